import { afterEach, describe, expect, it } from 'vitest';
import { acceptBody, Browser, inviteToken, makeEnrolment } from '../../../test/support/console-client';
import { DB_KINDS } from '../../../test/support/databases';
import { PUBLIC_URL, startTestKith, type TestKith } from '../../../test/support/kith';

interface Problem {
  error?: { code: string; message: string; fields?: { field: string; message: string }[] };
}

describe.each(DB_KINDS)('invites and setting up sign-in (%s)', (kind) => {
  let t: TestKith;
  afterEach(async () => t?.stop());

  async function start() {
    t = await startTestKith(kind);
    const { token } = await t.setup('Northside Care Line');
    const ana = await t.api<{ id: string }>(
      'POST',
      '/api/responders',
      { name: 'Ana', phone: '+12025550111', roles: ['phone'] },
      token,
    );
    return { token, anaId: ana.body.id };
  }
  const invite = async (token: string, responderId: string) =>
    t.api<{ inviteUrl: string; expiresAt: number } & Problem>(
      'POST',
      `/api/responders/${responderId}/invite`,
      undefined,
      token,
    );

  it('invite → inspect → accept gives a session cookie that works on the API', async () => {
    const { token, anaId } = await start();
    const issued = await invite(token, anaId);
    expect(issued.status).toBe(201);
    expect(issued.body.inviteUrl).toMatch(new RegExp(`^${PUBLIC_URL}/join#invite=inv_[A-Za-z0-9_-]+$`));
    expect(issued.body.expiresAt).toBe(t.clock.now() + 72 * 60 * 60 * 1000);
    const code = inviteToken(issued.body.inviteUrl);

    const browser = new Browser(t.url);
    const seen = await browser.request('POST', '/api/invites/inspect', { invite: code });
    expect(seen).toMatchObject({ status: 200, body: { programName: 'Northside Care Line', responderName: 'Ana' } });

    const enrolment = await makeEnrolment('ana.k', 'correct horse battery staple');
    const accepted = await browser.request<{ responderId: string; wrappedKey: unknown }>(
      'POST',
      '/api/invites/accept',
      acceptBody(code, enrolment),
    );
    expect(accepted.status).toBe(201);
    expect(accepted.body).toMatchObject({ responderId: anaId, roles: ['phone'], publicKey: enrolment.publicKey });
    expect(accepted.body.wrappedKey).toEqual(enrolment.wrappedKey);
    const cookie = browser.setCookies.at(-1) ?? '';
    expect(cookie).toMatch(/^kith_session=sess_[A-Za-z0-9_-]+; /);
    for (const attribute of ['HttpOnly', 'SameSite=Strict', 'Path=/', 'Secure', 'Max-Age=43200'])
      expect(cookie).toContain(attribute);

    const program = await browser.request<{ name: string }>('GET', '/api/program');
    expect(program).toMatchObject({ status: 200, body: { name: 'Northside Care Line' } });
    const me = await browser.request('GET', '/api/session');
    expect(me.body).toMatchObject({
      responderId: anaId,
      name: 'Ana',
      publicKey: enrolment.publicKey,
      session: { expiresAt: t.clock.now() + 12 * 60 * 60 * 1000 },
    });
    // Without the cookie the same browser is nobody.
    browser.cookies.clear();
    expect((await browser.request('GET', '/api/program')).status).toBe(401);
  });

  it('used, expired and unknown invites all get the same answer', async () => {
    const { token, anaId } = await start();
    const ben = await t.api<{ id: string }>(
      'POST',
      '/api/responders',
      { name: 'Ben', phone: '+12025550112', roles: ['phone'] },
      token,
    );
    const used = inviteToken((await invite(token, anaId)).body.inviteUrl);
    const browser = new Browser(t.url);
    expect(
      (
        await browser.request(
          'POST',
          '/api/invites/accept',
          acceptBody(used, await makeEnrolment('ana.k', 'pass one two')),
        )
      ).status,
    ).toBe(201);
    const expired = inviteToken((await invite(token, ben.body.id)).body.inviteUrl);
    t.clock.advance(72 * 60 * 60 * 1000);
    const unknown = 'inv_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

    const answers = [];
    for (const code of [used, expired, unknown]) {
      const inspected = await browser.request<Problem>('POST', '/api/invites/inspect', { invite: code });
      const accepted = await browser.request<Problem>(
        'POST',
        '/api/invites/accept',
        acceptBody(code, await makeEnrolment('ben.b', 'pass three')),
      );
      answers.push([inspected.status, inspected.body, accepted.status, accepted.body]);
    }
    expect(answers[0]?.[0]).toBe(404);
    expect(answers[0]?.[2]).toBe(404);
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    // Nothing was half-written by the refused acceptances.
    expect(await t.kith.ctx.db.kysely.selectFrom('credentials').select('responder_id').execute()).toEqual([
      { responder_id: anaId },
    ]);
  });

  it('a new invite replaces the unused one; someone set up cannot be invited again until reset', async () => {
    const { token, anaId } = await start();
    const first = inviteToken((await invite(token, anaId)).body.inviteUrl);
    const second = inviteToken((await invite(token, anaId)).body.inviteUrl);
    const browser = new Browser(t.url);
    expect((await browser.request('POST', '/api/invites/inspect', { invite: first })).status).toBe(404);
    expect(
      (
        await browser.request(
          'POST',
          '/api/invites/accept',
          acceptBody(second, await makeEnrolment('ana.k', 'pass one two')),
        )
      ).status,
    ).toBe(201);
    const again = await invite(token, anaId);
    expect(again.status).toBe(409);
    expect(again.body.error?.message).toContain('reset');
    expect((await invite(token, 'rsp_nobody')).status).toBe(404);
  });

  it('sign-in names are unique across the install, whatever their case', async () => {
    const { token, anaId } = await start();
    const ben = await t.api<{ id: string }>(
      'POST',
      '/api/responders',
      { name: 'Ben', phone: '+12025550112', roles: ['phone'] },
      token,
    );
    const browser = new Browser(t.url);
    const ana = inviteToken((await invite(token, anaId)).body.inviteUrl);
    expect(
      (
        await browser.request(
          'POST',
          '/api/invites/accept',
          acceptBody(ana, await makeEnrolment('River.Stone', 'pass one two')),
        )
      ).status,
    ).toBe(201);
    const benCode = inviteToken((await invite(token, ben.body.id)).body.inviteUrl);
    const taken = await browser.request<Problem>(
      'POST',
      '/api/invites/accept',
      acceptBody(benCode, await makeEnrolment('river.STONE', 'pass three')),
    );
    expect(taken.status).toBe(409);
    expect(taken.body.error?.fields?.map((f) => f.field)).toEqual(['/signInName']);
    // The refused attempt used nothing up: Ben's invite still works with another name.
    expect(
      (
        await browser.request(
          'POST',
          '/api/invites/accept',
          acceptBody(benCode, await makeEnrolment('ben.b', 'pass three')),
        )
      ).status,
    ).toBe(201);
  });

  it('refuses malformed keys, salts, limits and names, naming every field', async () => {
    const { token, anaId } = await start();
    const code = inviteToken((await invite(token, anaId)).body.inviteUrl);
    const good = acceptBody(code, await makeEnrolment('ana.k', 'pass one two'));
    const browser = new Browser(t.url);
    const bad = await browser.request<Problem>('POST', '/api/invites/accept', {
      ...good,
      signInName: 'a b',
      publicKey: Buffer.alloc(31).toString('base64url'),
      authSalt: Buffer.alloc(16).toString('base64'),
      authKey: 'not base64url!',
      argon: { opslimit: 1, memlimit: 2 ** 31 },
      wrappedKey: { v: 1, alg: 'x', padding: 'x'.repeat(5000) },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error?.fields?.map((f) => f.field).sort()).toEqual(
      [
        '/argon/memlimit',
        '/argon/opslimit',
        '/authKey',
        '/authSalt',
        '/publicKey',
        '/signInName',
        '/wrappedKey',
      ].sort(),
    );
    const noAlg = await browser.request<Problem>('POST', '/api/invites/accept', { ...good, wrappedKey: { v: 1 } });
    expect(noAlg.body.error?.fields?.map((f) => f.field)).toEqual(['/wrappedKey/alg']);
    // The invite survives refused attempts.
    expect((await browser.request('POST', '/api/invites/accept', good)).status).toBe(201);
  });

  it('over plain http the cookie is not marked Secure; a foreign Origin cannot accept', async () => {
    t = await startTestKith(kind, { env: { KITH_PUBLIC_URL: 'http://kith.lan:8080' } });
    const { token } = await t.setup();
    const ana = await t.api<{ id: string }>(
      'POST',
      '/api/responders',
      { name: 'Ana', phone: '+12025550111', roles: ['phone'] },
      token,
    );
    const code = inviteToken((await invite(token, ana.body.id)).body.inviteUrl);
    const body = acceptBody(code, await makeEnrolment('ana.k', 'pass one two'));
    const browser = new Browser(t.url);
    expect(
      (await browser.request('POST', '/api/invites/accept', body, { origin: 'https://evil.example' })).status,
    ).toBe(403);
    expect(
      (await browser.request('POST', '/api/invites/accept', body, { origin: 'http://kith.lan:8080' })).status,
    ).toBe(201);
    expect(browser.setCookies.at(-1)).not.toContain('Secure');
  });
});
