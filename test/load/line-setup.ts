import { acceptBody, Browser, inviteToken, makeEnrolment, type Enrolment } from '../support/console-client';

/** The coordinator's side of setting up the line, over the child's real HTTP API. */
export interface LoadLine {
  coordinatorToken: string;
  programId: string;
  responders: { id: string; phone: string; tier: 'primary' | 'backup'; enrolment: Enrolment }[];
}

async function api<T>(base: string, method: string, path: string, body: unknown, token?: string): Promise<T> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  // The status only: an answer could echo what was sent, and that may hold a (fictional) number.
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/**
 * The program with the community number, then responders on call all week, each with a key pair
 * enrolled through an invite as the console would, so the test can later open what was sealed to them.
 */
export async function setUpLine(
  base: string,
  setupToken: string,
  communityNumber: string,
  people: { phone: string; tier: 'primary' | 'backup' }[],
): Promise<LoadLine> {
  const setup = await api<{ token: string; programId: string }>(base, 'POST', '/api/setup', {
    token: setupToken,
    programName: 'Load Line',
    coordinator: { name: 'Coordinator' },
  });
  const token = setup.token;
  await api(base, 'PATCH', '/api/program', { phoneNumber: communityNumber }, token);
  const responders: LoadLine['responders'] = [];
  for (const [n, person] of people.entries()) {
    const { id } = await api<{ id: string }>(
      base,
      'POST',
      '/api/responders',
      { name: `Responder ${n + 1}`, phone: person.phone, languages: ['en'], roles: ['phone'] },
      token,
    );
    for (const day of ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']) {
      await api(
        base,
        'POST',
        '/api/shifts/rules',
        { responderId: id, role: 'phone', tier: person.tier, day, start: '00:00', end: '24:00' },
        token,
      );
    }
    const enrolment = await makeEnrolment(`responder${n + 1}`, `a long load-test passphrase ${n + 1}`);
    const { inviteUrl } = await api<{ inviteUrl: string }>(
      base,
      'POST',
      `/api/responders/${id}/invite`,
      undefined,
      token,
    );
    const accepted = await new Browser(base).request(
      'POST',
      '/api/invites/accept',
      acceptBody(inviteToken(inviteUrl), enrolment),
    );
    if (accepted.status !== 201) throw new Error(`accepting the invite answered ${accepted.status}`);
    responders.push({ id, phone: person.phone, tier: person.tier, enrolment });
  }
  return { coordinatorToken: token, programId: setup.programId, responders };
}
