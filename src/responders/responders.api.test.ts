import { afterEach, describe, expect, it } from 'vitest';
import { filesContaining, numberForms, postgresRowsText } from '../../test/support/canary';
import { DB_KINDS } from '../../test/support/databases';
import { join, makeEnrolment } from '../../test/support/console-client';
import { startTestKith, type TestKith } from '../../test/support/kith';

interface Body {
  id: string;
  phone?: string | null;
  status?: string;
  error?: { code: string; message: string; fields?: { field: string; message: string }[] };
}

describe.each(DB_KINDS)('responders API (%s)', (kind) => {
  let t: TestKith;
  afterEach(async () => t?.stop());

  it('stores numbers in E.164 whatever the format, and refuses invalid ones without echoing them', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const { token } = await t.setup();
    const added = await t.api<Body>(
      'POST',
      '/api/responders',
      { name: 'Ana', phone: '(202) 555-0111', roles: ['phone'], languages: ['en', 'es'] },
      token,
    );
    expect(added.status).toBe(201);
    expect(added.body.phone).toBe('+12025550111');
    const bad = await t.api<Body>('POST', '/api/responders', { name: 'Ben', phone: '555-12', roles: ['phone'] }, token);
    expect(bad.status).toBe(422);
    expect(bad.body.error?.fields?.[0]?.field).toBe('/phone');
    expect(JSON.stringify(bad.body)).not.toContain('555-12');
    const noPhone = await t.api<Body>('POST', '/api/responders', { name: 'Cam', phone: null, roles: ['field'] }, token);
    expect(noPhone.body.error?.fields?.map((f) => f.field)).toEqual(['/phone']);
    const duplicate = await t.api<Body>(
      'POST',
      '/api/responders',
      { name: 'Dee', phone: '+1 202 555 0111', roles: ['phone'] },
      token,
    );
    expect(duplicate.status).toBe(409);
    expect((await t.api<Body[]>('GET', '/api/responders', undefined, token)).body.filter((r) => r.id)).toHaveLength(2);
  });

  it('keeps skills from the program’s dispatch needs, and refuses others naming each one', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const { token } = await t.setup();
    const added = await t.api<Body & { skills: string[] }>(
      'POST',
      '/api/responders',
      { name: 'Ana', phone: '+12025550111', roles: ['field'], skills: ['naloxone', 'de-escalation', 'naloxone'] },
      token,
    );
    expect(added.status).toBe(201);
    expect(added.body.skills).toEqual(['naloxone', 'de-escalation']);
    const bad = await t.api<Body>(
      'PATCH',
      `/api/responders/${added.body.id}`,
      { skills: ['first-aid', 'juggling'] },
      token,
    );
    expect(bad.status).toBe(422);
    expect(bad.body.error?.fields?.map((f) => f.field)).toEqual(['/skills/1']);
    const changed = await t.api<Body & { skills: string[] }>(
      'PATCH',
      `/api/responders/${added.body.id}`,
      { skills: ['first-aid'] },
      token,
    );
    expect(changed.body.skills).toEqual(['first-aid']);
    const plain = await t.api<Body & { skills: string[] }>(
      'POST',
      '/api/responders',
      { name: 'Ben', phone: '+12025550112', roles: ['phone'] },
      token,
    );
    expect(plain.body.skills).toEqual([]);
  });

  it('tells coordinators (only) who can sign in, who has an invite waiting, and who has neither', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const { token, coordinatorId } = await t.setup();
    const ana = await t.api<Body>(
      'POST',
      '/api/responders',
      { name: 'Ana', phone: '+12025550111', roles: ['phone'] },
      token,
    );
    const ben = await t.api<Body>(
      'POST',
      '/api/responders',
      { name: 'Ben', phone: '+12025550112', roles: ['phone'] },
      token,
    );
    expect((await t.api('POST', `/api/responders/${ben.body.id}/invite`, undefined, token)).status).toBe(201);
    const enrolment = await makeEnrolment('ana.r', 'river stone lantern');
    const anaBrowser = await join(t, token, ana.body.id, enrolment);
    const states = async () =>
      Object.fromEntries(
        (await t.api<(Body & { signIn?: string })[]>('GET', '/api/responders', undefined, token)).body.map((r) => [
          r.id,
          r.signIn,
        ]),
      );
    // The first coordinator's own invite, made at setup, waits until they make their sign-in.
    expect(await states()).toEqual({ [coordinatorId]: 'invited', [ana.body.id]: 'set_up', [ben.body.id]: 'invited' });
    // A responder reading the roster sees no sign-in states, as no numbers.
    const seen = await anaBrowser.request<(Body & { signIn?: string })[]>('GET', '/api/responders');
    expect(seen.status).toBe(200);
    expect(seen.body.every((r) => r.signIn === undefined && r.phone === undefined)).toBe(true);
    t.clock.advance(73 * 60 * 60 * 1000); // Ben's invite lapses after 72 hours
    expect((await states())[ben.body.id]).toBe('none');
  });

  it('refuses to take away a role the responder still has shifts in', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const { token } = await t.setup();
    const ana = await t.api<Body>(
      'POST',
      '/api/responders',
      { name: 'Ana', phone: '+12025550111', roles: ['phone', 'field'] },
      token,
    );
    const shift = await t.api(
      'POST',
      '/api/shifts/rules',
      { responderId: ana.body.id, role: 'phone', tier: 'primary', day: 'fri', start: '19:00', end: '23:00' },
      token,
    );
    expect(shift.status).toBe(201);
    const refused = await t.api<Body>('PATCH', `/api/responders/${ana.body.id}`, { roles: ['field'] }, token);
    expect(refused.status).toBe(409);
    expect(refused.body.error?.fields?.[0]?.field).toBe('/roles');
    expect(refused.body.error?.message).toContain('Ana still has 1 shift(s) as phone');
    expect((await t.api<Body>('PATCH', `/api/responders/${ana.body.id}`, { roles: ['phone'] }, token)).status).toBe(
      200,
    );
  });

  it('keeps numbers sealed at rest: no form of them in the database files or rows', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const { token } = await t.setup();
    const added = await t.api<Body>(
      'POST',
      '/api/responders',
      { name: 'Eve', phone: '+13125550142', roles: ['phone'] },
      token,
    );
    expect(added.status).toBe(201);
    expect((await t.api<Body>('GET', `/api/responders/${added.body.id}`, undefined, token)).body.phone).toBe(
      '+13125550142',
    );
    const forms = numberForms('+13125550142');
    expect(filesContaining(t.storage.dataDir, forms)).toEqual([]);
    if (t.storage.pgSchema) {
      const rows = await postgresRowsText(t.storage.pgSchema);
      for (const form of forms) expect(rows).not.toContain(form);
    }
  });

  it('shows numbers to coordinators only; pausing and removing work and are for coordinators', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const { token } = await t.setup();
    const ana = await t.api<Body>(
      'POST',
      '/api/responders',
      { name: 'Ana', phone: '+12025550111', roles: ['phone'] },
      token,
    );
    const responderToken = (
      await t.api<{ token: string }>('POST', '/api/tokens', { responderId: ana.body.id, label: 'test' }, token)
    ).body.token;
    const seen = await t.api<Body[]>('GET', '/api/responders', undefined, responderToken);
    expect(seen.status).toBe(200);
    expect(seen.body.every((r) => !('phone' in r))).toBe(true);
    expect((await t.api('PATCH', `/api/responders/${ana.body.id}`, { status: 'paused' }, responderToken)).status).toBe(
      404,
    );
    const paused = await t.api<Body>('PATCH', `/api/responders/${ana.body.id}`, { status: 'paused' }, token);
    expect(paused.body.status).toBe('paused');
    expect((await t.api('DELETE', `/api/responders/${ana.body.id}`, undefined, token)).status).toBe(204);
    expect((await t.api('GET', `/api/responders/${ana.body.id}`, undefined, token)).status).toBe(404);
    // The removed responder's token no longer works.
    expect((await t.api('GET', '/api/program', undefined, responderToken)).status).toBe(401);
  });
});
