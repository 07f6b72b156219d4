import { afterEach, describe, expect, it } from 'vitest';
import { Visitor } from '../../chat/test-fixtures';
import { acceptBody, Browser, inviteToken, join, makeEnrolment, signIn } from '../../../test/support/console-client';
import { DB_KINDS } from '../../../test/support/databases';
import { startTestKith, type TestKith } from '../../../test/support/kith';

/** A real v3 address (the Tor Project's); any valid one would do. */
const ONION = 'http://2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid.onion';
/** Valid too, but not this line's. */
const OTHER_ONION = 'http://xvqm2yjpcvfcltfqo4ucbmeg4qf3z6l35fvyqaxyqpxx4vs2dcifuoid.onion';

interface Problem {
  error?: { code: string };
}

describe.each(DB_KINDS)('the console and chat at the onion address, KITH_ONION_URL (%s)', (kind) => {
  let t: TestKith;
  afterEach(async () => t?.stop());

  it('signs in with the passphrase from the onion Origin, and still refuses any other', async () => {
    t = await startTestKith(kind, { env: { KITH_ONION_URL: ONION } });
    const { token, coordinatorId } = await t.setup();
    const enrolment = await makeEnrolment('coord.one', 'first passphrase here');
    await join(t, token, coordinatorId, enrolment);

    const tor = new Browser(t.url, ONION);
    expect((await signIn(tor, 'coord.one', enrolment.passphrase)).status).toBe(200);
    const renamed = await tor.request<{ name?: string }>('PATCH', '/api/program', { name: 'Renamed over Tor' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.name).toBe('Renamed over Tor');

    for (const origin of ['https://evil.example', OTHER_ONION, ONION.replace('http:', 'https:'), `${ONION}:8080`]) {
      const refused = await tor.request<Problem>('PATCH', '/api/program', { name: 'Forged' }, { origin });
      expect(refused.status, origin).toBe(403);
      expect(refused.body.error?.code).toBe('forbidden');
      expect((await signIn(new Browser(t.url, origin), 'coord.one', enrolment.passphrase)).status, origin).toBe(403);
    }
    expect((await t.api<{ name: string }>('GET', '/api/program', undefined, token)).body.name).toBe('Renamed over Tor');

    // An invite can be accepted there too (the link names the public URL; the token is the same).
    const ana = await t.api<{ id: string }>(
      'POST',
      '/api/responders',
      { name: 'Ana', phone: '+12025550111', roles: ['phone'] },
      token,
    );
    const invited = await t.api<{ inviteUrl: string }>(
      'POST',
      `/api/responders/${ana.body.id}/invite`,
      undefined,
      token,
    );
    const accepted = await new Browser(t.url, ONION).request(
      'POST',
      '/api/invites/accept',
      acceptBody(inviteToken(invited.body.inviteUrl), await makeEnrolment('ana.k', 'second passphrase here')),
    );
    expect(accepted.status).toBe(201);

    // Passkeys are bound to the public URL's domain: their ceremonies are refused from the onion.
    expect((await tor.request('POST', '/api/session/passkey/options', {})).status).toBe(403);
    expect((await new Browser(t.url).request('POST', '/api/session/passkey/options', {})).status).toBe(200);
  });

  it('without KITH_ONION_URL, the onion Origin is as foreign as any other', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const { token, coordinatorId } = await t.setup();
    const enrolment = await makeEnrolment('coord.one', 'first passphrase here');
    await join(t, token, coordinatorId, enrolment);
    expect((await signIn(new Browser(t.url, ONION), 'coord.one', enrolment.passphrase)).status).toBe(403);
  });

  it('the chat page’s script posts from the onion Origin; a foreign one is refused', async () => {
    t = await startTestKith(kind, { env: { KITH_ONION_URL: ONION } });
    await t.setup();
    const visitor = new Visitor(t.url, ONION);
    expect((await visitor.open()).status).toBe(200);
    expect((await visitor.postSealed('hello')).status).toBe(201);
    const forged = new Visitor(t.url, 'https://evil.example');
    await forged.open();
    expect((await forged.postSealed('hello')).status).toBe(403);
  });
});
