import { afterEach, describe, expect, it } from 'vitest';
import { acceptBody, Browser, inviteToken, join, makeEnrolment, signIn } from '../../../test/support/console-client';
import { DB_KINDS } from '../../../test/support/databases';
import { startTestKith, type TestKith } from '../../../test/support/kith';

interface Problem {
  error?: { code: string; message: string };
}

describe.each(DB_KINDS)('cookie sessions: CSRF and revocation (%s)', (kind) => {
  let t: TestKith;
  afterEach(async () => t?.stop());

  async function start() {
    t = await startTestKith(kind, { cheapArgon: true });
    const { token, coordinatorId } = await t.setup();
    const coordinator = await join(t, token, coordinatorId, await makeEnrolment('coord.one', 'first passphrase here'));
    const ana = await t.api<{ id: string }>(
      'POST',
      '/api/responders',
      { name: 'Ana', phone: '+12025550111', roles: ['phone'] },
      token,
    );
    return { token, coordinator, anaId: ana.body.id };
  }

  it('a cookie alone cannot change anything without Kith’s own Origin; bearer tokens are unaffected', async () => {
    const { token, coordinator } = await start();
    const patch = (origin: string | null) =>
      coordinator.request<Problem & { name?: string }>('PATCH', '/api/program', { name: 'Renamed' }, { origin });
    const missing = await patch(null);
    expect(missing.status).toBe(403);
    expect(missing.body.error?.code).toBe('forbidden');
    expect((await patch('https://evil.example')).status).toBe(403);
    expect((await patch('https://line.example.org:8443')).status).toBe(403);
    expect((await t.api<{ name: string }>('GET', '/api/program', undefined, token)).body.name).toBe('Test Line');
    const same = await patch('https://line.example.org');
    expect(same.status).toBe(200);
    expect(same.body.name).toBe('Renamed');

    // Reading needs no Origin; a body or another method does, even to sign out.
    expect((await coordinator.request('GET', '/api/program', undefined, { origin: null })).status).toBe(200);
    expect(
      (await coordinator.request('DELETE', '/api/session', undefined, { origin: 'https://evil.example' })).status,
    ).toBe(403);
    expect((await coordinator.request('GET', '/api/program')).status).toBe(200);

    // Bearer tokens are judged on their own: no Origin needed, and a cookie beside a bad token does not help.
    expect((await t.api('PATCH', '/api/program', { name: 'By token' }, token)).status).toBe(200);
    const cookie = [...coordinator.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const mixed = await fetch(`${t.url}/api/program`, { headers: { cookie, authorization: 'Bearer kith_wrong' } });
    expect(mixed.status).toBe(401);
  });

  it('a coordinator signs a responder out everywhere at once; their sign-in still works', async () => {
    const { token, coordinator, anaId } = await start();
    const enrolment = await makeEnrolment('ana.k', 'second passphrase here');
    const phone = await join(t, token, anaId, enrolment);
    const laptop = new Browser(t.url);
    expect((await signIn(laptop, 'ana.k', enrolment.passphrase)).status).toBe(200);
    expect((await coordinator.request('DELETE', `/api/responders/${anaId}/sessions`)).status).toBe(204);
    expect((await phone.request('GET', '/api/program')).status).toBe(401);
    expect((await laptop.request('GET', '/api/program')).status).toBe(401);
    expect((await coordinator.request('GET', '/api/program')).status).toBe(200); // only Ana's
    expect((await signIn(laptop, 'ana.k', enrolment.passphrase)).status).toBe(200);
    // Responders cannot sign others out, and unknown responders look the same as forbidden ones.
    expect((await laptop.request('DELETE', `/api/responders/${anaId}/sessions`)).status).toBe(404);
    expect((await coordinator.request('DELETE', '/api/responders/rsp_nobody/sessions')).status).toBe(404);
  });

  it('reset ends sessions and deletes the credential so a new invite can be accepted', async () => {
    const { token, coordinator, anaId } = await start();
    const old = await makeEnrolment('ana.k', 'second passphrase here');
    const phone = await join(t, token, anaId, old);
    expect((await coordinator.request('POST', `/api/responders/${anaId}/invite`)).status).toBe(409);
    expect((await coordinator.request('POST', `/api/responders/${anaId}/reset`)).status).toBe(204);
    expect((await phone.request('GET', '/api/program')).status).toBe(401);
    expect((await signIn(new Browser(t.url), 'ana.k', old.passphrase)).status).toBe(401);
    expect(
      await t.kith.ctx.db.kysely
        .selectFrom('credentials')
        .select('responder_id')
        .where('responder_id', '=', anaId)
        .execute(),
    ).toEqual([]);

    const invited = await coordinator.request<{ inviteUrl: string }>('POST', `/api/responders/${anaId}/invite`);
    expect(invited.status).toBe(201);
    const fresh = await makeEnrolment('ana.k', 'a brand new passphrase');
    const browser = new Browser(t.url);
    const accepted = await browser.request<{ publicKey: string }>(
      'POST',
      '/api/invites/accept',
      acceptBody(inviteToken(invited.body.inviteUrl), fresh),
    );
    expect(accepted.status).toBe(201);
    expect(accepted.body.publicKey).toBe(fresh.publicKey);
    expect((await signIn(new Browser(t.url), 'ana.k', fresh.passphrase)).status).toBe(200);
  });

  it('pausing a responder does not sign them out; removing one removes their sign-in and sessions', async () => {
    const { token, coordinator, anaId } = await start();
    const phone = await join(t, token, anaId, await makeEnrolment('ana.k', 'second passphrase here'));
    expect((await coordinator.request('PATCH', `/api/responders/${anaId}`, { status: 'paused' })).status).toBe(200);
    expect((await phone.request('GET', '/api/program')).status).toBe(200);
    expect((await coordinator.request('DELETE', `/api/responders/${anaId}`)).status).toBe(204);
    expect((await phone.request('GET', '/api/program')).status).toBe(401);
    const db = t.kith.ctx.db.kysely;
    expect(await db.selectFrom('sessions').select('responder_id').where('responder_id', '=', anaId).execute()).toEqual(
      [],
    );
    expect(
      await db.selectFrom('credentials').select('responder_id').where('responder_id', '=', anaId).execute(),
    ).toEqual([]);
    expect((await signIn(new Browser(t.url), 'ana.k', 'second passphrase here')).status).toBe(401);
  });
});
