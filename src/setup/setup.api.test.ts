import { afterEach, describe, expect, it } from 'vitest';
import { acceptBody, Browser, inviteToken, makeEnrolment } from '../../test/support/console-client';
import { DB_KINDS } from '../../test/support/databases';
import { PUBLIC_URL, startTestKith, type TestKith } from '../../test/support/kith';
import { en } from '../web/i18n/en';
import { es } from '../web/i18n/es';
import type { IssuedInvite } from '../auth/issued';
import { inviteIfNobodyCanSignIn, issueSetupTokenIfNeeded } from './service';

interface SetupAnswer {
  programId: string;
  responderId: string;
  invite: IssuedInvite;
  token?: string;
  tokenId?: string;
}

describe.each(DB_KINDS)('first-run setup and tokens (%s)', (kind) => {
  let t: TestKith;
  afterEach(async () => t?.stop());
  const issue = () => issueSetupTokenIfNeeded({ db: t.kith.ctx.db.kysely, clock: t.clock, keys: t.kith.ctx.keys });
  const setup = (token: string, phone: string | null = null) =>
    t.api<{ token?: string; error?: { code: string; fields?: { field: string }[] } }>('POST', '/api/setup', {
      token,
      programName: 'Line',
      coordinator: { name: 'Co', phone },
    });

  it('a setup token works once, and a restart replaces an unused one', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const stale = await issue();
    const fresh = await issue();
    expect(stale).toBeDefined();
    expect((await setup(stale ?? '')).status).toBe(401);
    const done = await setup(fresh ?? '');
    expect(done.status).toBe(201);
    expect(done.body.token).toMatch(/^kith_/);
    expect((await setup(fresh ?? '')).status).toBe(401);
    expect(await issue()).toBeUndefined();
  });

  it('expires after a day', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const token = await issue();
    t.clock.advance(24 * 60 * 60 * 1000 + 1);
    expect((await setup(token ?? '')).status).toBe(401);
  });

  it('half-done setup leaves nothing behind: a bad coordinator number creates no program', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const token = (await issue()) ?? '';
    const bad = await setup(token, 'not a number');
    expect(bad.status).toBe(422);
    // Fields are named as they are in the setup request, so the web page can mark the right one.
    expect(bad.body.error?.fields?.[0]?.field).toBe('/coordinator/phone');
    expect((await t.kith.ctx.db.kysely.selectFrom('programs').select('id').execute()).length).toBe(0);
    expect((await setup(token, '+1 202 555 0171')).status).toBe(201);
  });

  it('names problems by where they are in the setup request, for the program and the coordinator alike', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const token = (await issue()) ?? '';
    const bad = await t.api<{ error: { fields: { field: string }[] } }>('POST', '/api/setup', {
      token,
      programName: '   ',
      coordinator: { name: 'Co', languages: ['English'] },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields.map((f) => f.field)).toEqual(['/programName']);
    const worse = await t.api<{ error: { fields: { field: string }[] } }>('POST', '/api/setup', {
      token,
      programName: 'Line',
      coordinator: { name: ' ', languages: ['English'] },
    });
    expect(worse.body.error.fields.map((f) => f.field)).toEqual(['/coordinator/name', '/coordinator/languages/0']);
  });

  it('answers with the coordinator’s invite: accepting it signs them in to the console as coordinator', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const token = (await issue()) ?? '';
    const done = await t.api<SetupAnswer>('POST', '/api/setup', {
      token,
      programName: 'Northside Care Line',
      coordinator: { name: 'Sam' },
      apiToken: false,
    });
    expect(done.status).toBe(201);
    // The web page asks for no API token, so none exists that nobody saw.
    expect(done.body.token).toBeUndefined();
    expect(await t.kith.ctx.db.kysely.selectFrom('api_tokens').select('id').execute()).toEqual([]);
    expect(done.body.invite).toEqual({
      inviteUrl: expect.stringMatching(new RegExp(`^${PUBLIC_URL}/join#invite=inv_`)),
      expiresAt: t.clock.now() + 72 * 60 * 60 * 1000,
      onlyOnThisMachine: false,
    });

    // The same invite every teammate gets: inspect, accept, signed in.
    const browser = new Browser(t.url);
    const invite = inviteToken(done.body.invite.inviteUrl);
    expect((await browser.request('POST', '/api/invites/inspect', { invite })).body).toEqual({
      programName: 'Northside Care Line',
      responderName: 'Sam',
    });
    const accepted = await browser.request<{ responderId: string; roles: string[] }>(
      'POST',
      '/api/invites/accept',
      acceptBody(invite, await makeEnrolment('sam.r', 'a long first passphrase')),
    );
    expect(accepted).toMatchObject({
      status: 201,
      body: { responderId: done.body.responderId, roles: ['coordinator'] },
    });
    // A coordinator's console session: it can make the API token the console offers, and that token works.
    const issued = await browser.request<{ token: string }>('POST', '/api/tokens', {
      responderId: done.body.responderId,
      label: 'command line',
    });
    expect(issued.status).toBe(201);
    expect((await t.api<{ name: string }>('GET', '/api/program', undefined, issued.body.token)).body.name).toBe(
      'Northside Care Line',
    );
    // Used once: the invite is gone.
    expect((await new Browser(t.url).request('POST', '/api/invites/inspect', { invite })).status).toBe(404);
  });

  it('gives the command line its API token by default, with the invite too; a failed setup leaves no invite', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const token = (await issue()) ?? '';
    expect((await setup(token, 'not a number')).status).toBe(422);
    expect(await t.kith.ctx.db.kysely.selectFrom('invites').select('responder_id').execute()).toEqual([]);
    const done = await t.api<SetupAnswer>('POST', '/api/setup', {
      token,
      programName: 'Line',
      coordinator: { name: 'Co' },
    });
    expect(done.body.token).toMatch(/^kith_/);
    expect(done.body.invite.inviteUrl).toContain('/join#invite=');
    expect((await t.api('GET', '/api/program', undefined, done.body.token)).status).toBe(200);
  });

  it('on a loopback public address, every invite says it opens only on this machine and how to set the address', async () => {
    t = await startTestKith(kind, { ownAddress: true });
    const token = (await issue()) ?? '';
    const done = await t.api<SetupAnswer>('POST', '/api/setup', {
      token,
      programName: 'Line',
      coordinator: { name: 'Co' },
    });
    expect(done.body.invite.inviteUrl.startsWith(`${t.url}/join#invite=`)).toBe(true); // the try-out: it opens here
    expect(done.body.invite.onlyOnThisMachine).toBe(true);
    expect(done.body.invite.notice).toContain('opens only on the computer Kith runs on');
    expect(done.body.invite.notice).toContain('KITH_PUBLIC_URL');
    const ana = await t.api<{ id: string }>(
      'POST',
      '/api/responders',
      { name: 'Ana', phone: '+12025550111', roles: ['phone'] },
      done.body.token,
    );
    const invite = await t.api<IssuedInvite>(
      'POST',
      `/api/responders/${ana.body.id}/invite`,
      undefined,
      done.body.token,
    );
    expect(invite.body).toMatchObject({ onlyOnThisMachine: true, notice: done.body.invite.notice });
    const burnt = await t.api<{ inviteOnlyOnThisMachine: boolean; inviteNotice: string }>(
      'POST',
      '/api/program/burn',
      { confirm: 'Line' },
      done.body.token,
    );
    expect(burnt.body).toMatchObject({ inviteOnlyOnThisMachine: true, inviteNotice: done.body.invite.notice });
  });

  it('GET / says how to set up (never the link), then shows the line and how to reach it; a used /setup says to sign in', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const page = async (path: string, lang = 'en') => {
      const response = await fetch(`${t.url}${path}?lang=${lang}`);
      return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
    };
    const token = (await issue()) ?? '';
    const before = await page('/');
    expect(before).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    expect(before.body).toContain(en.front.notSetUp.heading);
    expect(before.body).toContain('/setup#token=');
    expect(before.body).not.toContain(token);
    expect((await page('/', 'es')).body).toContain(es.front.notSetUp.heading);
    expect((await page('/setup')).body).toContain('id="setup-form"');

    const done = await t.api<SetupAnswer>('POST', '/api/setup', {
      token,
      programName: 'Northside <Care> Line',
      coordinator: { name: 'Sam' },
    });
    const after = await page('/');
    expect(after.status).toBe(200);
    expect(after.body).toContain('<h1>Northside &lt;Care&gt; Line</h1>');
    expect(after.body).toContain(en.front.noNumber);
    expect(after.body).toContain('href="/chat"');
    expect(after.body).toContain('href="/sign-in"');
    expect(after.body).toContain(en.front.noAccount);
    expect(after.body).not.toContain(en.front.notSetUp.heading);

    await t.api('PATCH', '/api/program', { phoneNumber: '+12025550100' }, done.body.token);
    const numbered = await page('/', 'es');
    expect(numbered.body).toContain('<a href="tel:+12025550100" dir="ltr">(202) 555-0100</a>');
    expect(numbered.body).toContain(es.front.reachHeading);

    // The used link: no form again, but a plain "already set up — sign in".
    const used = await page('/setup');
    expect(used.status).toBe(200);
    expect(used.body).toContain(en.setup.alreadySetUp.heading);
    expect(used.body).toContain('href="/sign-in"');
    expect(used.body).not.toContain('setup-form');
    expect((await page('/setup', 'es')).body).toContain(es.setup.alreadySetUp.heading);
  });

  it('a setup left before the first sign-in is not a lock-out: each start gives the first coordinator a fresh invite until someone can get in', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const deps = () => ({ db: t.kith.ctx.db.kysely, clock: t.clock, keys: t.kith.ctx.keys, publicUrl: PUBLIC_URL });
    expect(await inviteIfNobodyCanSignIn(deps())).toBeUndefined(); // no line yet: the setup link is the way in
    const token = (await issue()) ?? '';
    const done = await t.api<SetupAnswer>('POST', '/api/setup', {
      token,
      programName: 'Line',
      coordinator: { name: 'Sam' },
      apiToken: false,
    });
    // The browser closed before the join view: the next start makes a new invite, and the old one stops working.
    const again = await inviteIfNobodyCanSignIn(deps());
    expect(again?.inviteUrl).toMatch(new RegExp(`^${PUBLIC_URL}/join#invite=inv_`));
    const browser = new Browser(t.url);
    expect(
      (await browser.request('POST', '/api/invites/inspect', { invite: inviteToken(done.body.invite.inviteUrl) }))
        .status,
    ).toBe(404);
    const invite = inviteToken(again?.inviteUrl ?? '');
    expect(
      (
        await browser.request(
          'POST',
          '/api/invites/accept',
          acceptBody(invite, await makeEnrolment('sam.r', 'a long first passphrase')),
        )
      ).status,
    ).toBe(201);
    // Someone can sign in now: no more invites at start.
    expect(await inviteIfNobodyCanSignIn(deps())).toBeUndefined();
  });

  it('a line set up from the command line has a way in (its API token), so no invite is printed at start', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    await t.setup();
    expect(
      await inviteIfNobodyCanSignIn({
        db: t.kith.ctx.db.kysely,
        clock: t.clock,
        keys: t.kith.ctx.keys,
        publicUrl: PUBLIC_URL,
      }),
    ).toBeUndefined();
  });

  it('revoked tokens stop working; the token list never shows secrets', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const { token } = await t.setup();
    const list = await t.api<{ id: string }[]>('GET', '/api/tokens', undefined, token);
    expect(JSON.stringify(list.body)).not.toContain(token);
    const id = list.body[0]?.id ?? '';
    expect((await t.api('DELETE', `/api/tokens/${id}`, undefined, token)).status).toBe(204);
    expect((await t.api('GET', '/api/program', undefined, token)).status).toBe(401);
  });
});
