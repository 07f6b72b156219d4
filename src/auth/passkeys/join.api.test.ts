import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  generateIdentity,
  identityFromSecretKey,
  ready,
  unwrapWithKey,
  wrapWithKey,
  type Identity,
  type KeyWrappedKey,
} from '../../crypto/e2e';
import { SoftAuthenticator, type CreationOptions, type Tamper } from '../../../test/support/authenticator';
import {
  Browser,
  deriveKeys,
  interactiveArgon,
  inviteToken,
  join,
  makeEnrolment,
  OWN_ORIGIN,
  signIn,
} from '../../../test/support/console-client';
import { DB_KINDS } from '../../../test/support/databases';
import { startTestKith, type TestKith } from '../../../test/support/kith';

interface Account {
  responderId: string;
  programId: string;
  roles: string[];
  publicKey: string;
  wrappedKey: KeyWrappedKey;
}
interface Problem {
  error?: { code: string; message: string; fields?: { field: string; message: string }[] };
}
interface JoinOptions extends CreationOptions {
  rp: { id: string; name: string };
  authenticatorSelection: { residentKey: string; userVerification: string };
}

const MINUTE = 60 * 1000;

beforeAll(async () => ready());

describe.each(DB_KINDS)('joining with a passkey alone (%s)', (kind) => {
  let t: TestKith;
  afterEach(async () => t?.stop());

  async function start(): Promise<{ token: string; anaId: string; invite: string }> {
    t = await startTestKith(kind, { cheapArgon: true });
    const { token } = await t.setup('Northside Care Line');
    const ana = await t.api<{ id: string }>(
      'POST',
      '/api/responders',
      { name: 'Ana Ruiz', phone: '+12025550111', roles: ['phone'] },
      token,
    );
    const invited = await t.api<{ inviteUrl: string }>(
      'POST',
      `/api/responders/${ana.body.id}/invite`,
      undefined,
      token,
    );
    expect(invited.status).toBe(201);
    return { token, anaId: ana.body.id, invite: inviteToken(invited.body.inviteUrl) };
  }

  /** The join page's half: options for this invite, create, PRF output, a new key pair wrapped under it, accept. */
  async function joinWithPasskey(
    browser: Browser,
    invite: string,
    authenticator: SoftAuthenticator,
    extra: { tamper?: Tamper; options?: JoinOptions; signInName?: string; me?: Identity } = {},
  ) {
    const options =
      extra.options ?? (await browser.request<JoinOptions>('POST', '/api/invites/passkey/options', { invite })).body;
    const made = authenticator.create(options, extra.tamper);
    const me = extra.me ?? generateIdentity();
    const wrappedKey = wrapWithKey(me.secretKey, made.prfOutput ?? new Uint8Array(32), made.credentialId);
    const body = {
      invite,
      attestation: made.attestation,
      publicKey: me.publicKey,
      wrappedKey,
      ...(extra.signInName ? { signInName: extra.signInName } : {}),
    };
    const accepted = await browser.request<Account & Problem>('POST', '/api/invites/accept-passkey', body);
    return { options, made, me, accepted, body };
  }

  async function passkeySignIn(authenticator: SoftAuthenticator, browser = new Browser(t.url)) {
    const options = await browser.request<CreationOptions & { rpId: string }>('POST', '/api/session/passkey/options');
    const { assertion, prfOutput } = authenticator.get(options.body);
    const answer = await browser.request<Account & Problem>('POST', '/api/session/passkey', { assertion });
    return { browser, answer, prfOutput };
  }

  it('joins with a passkey, uses the invite up, signs in with it later, and the session shows the public key', async () => {
    const { token, anaId, invite } = await start();
    const authenticator = new SoftAuthenticator(OWN_ORIGIN);
    const browser = new Browser(t.url);
    const { options, made, me, accepted } = await joinWithPasskey(browser, invite, authenticator);
    expect(options.rp).toEqual({ id: 'line.example.org', name: 'Kith' });
    expect(options.user.name).toBe('Kith – Northside Care Line');
    expect(JSON.stringify(options)).not.toContain(anaId);
    expect(options.authenticatorSelection).toMatchObject({ residentKey: 'required', userVerification: 'required' });

    expect(accepted.status).toBe(201);
    expect(accepted.body.responderId).toBe(anaId);
    expect(accepted.body.publicKey).toBe(me.publicKey);
    expect(accepted.body.wrappedKey.label).toBe(made.credentialId);
    expect(browser.setCookies.at(-1)).toMatch(
      /^kith_session=[A-Za-z0-9_-]+; Path=\/; HttpOnly; SameSite=Strict; Secure; Max-Age=43200$/,
    );
    const session = await browser.request<{ responderId: string; publicKey: string | null }>('GET', '/api/session');
    expect(session.body).toMatchObject({ responderId: anaId, publicKey: me.publicKey });

    // The invite is used up: it no longer inspects, nor gives options, nor accepts again.
    expect((await new Browser(t.url).request('POST', '/api/invites/inspect', { invite })).status).toBe(404);
    expect((await new Browser(t.url).request('POST', '/api/invites/passkey/options', { invite })).status).toBe(404);

    // What the server keeps: a public key, no passphrase, no name; the passkey with its wrapped key.
    const db = t.kith.ctx.db.kysely;
    const credential = await db.selectFrom('credentials').selectAll().executeTakeFirstOrThrow();
    expect(credential).toMatchObject({
      responder_id: anaId,
      public_key: me.publicKey,
      name_key: null,
      wrapped_key: null,
      verifier: null,
      auth_salt: null,
    });
    expect(await db.selectFrom('passkeys').select(['id', 'responder_id']).execute()).toEqual([
      { id: made.credentialId, responder_id: anaId },
    ]);

    // Later, on this or another device: the passkey signs in and its PRF output opens the same key.
    t.clock.advance(MINUTE);
    const later = await passkeySignIn(authenticator);
    expect(later.answer.status).toBe(200);
    const secretKey = unwrapWithKey(later.answer.body.wrappedKey, later.prfOutput ?? new Uint8Array(32));
    expect(identityFromSecretKey(secretKey).publicKey).toBe(me.publicKey);
    expect((await later.browser.request<{ publicKey: string }>('GET', '/api/session')).body.publicKey).toBe(
      me.publicKey,
    );

    // The coordinator's roster shows Ana as set up.
    const roster = await t.api<{ id: string; signIn: string }[]>('GET', '/api/responders', undefined, token);
    expect(roster.body.find((r) => r.id === anaId)?.signIn).toBe('set_up');
    // Her phone is lost and signed out: that deletes her passkeys, and with no passphrase she has no
    // way in left, so the roster stops saying she can sign in (the coordinator knows to reset her).
    expect((await t.api('DELETE', `/api/responders/${anaId}/sessions`, undefined, token)).status).toBe(204);
    const after = await t.api<{ id: string; signIn: string }[]>('GET', '/api/responders', undefined, token);
    expect(after.body.find((r) => r.id === anaId)?.signIn).toBe('none');
  });

  it('refuses an authenticator without PRF, and the invite still works afterwards', async () => {
    const { invite } = await start();
    const noPrf = await joinWithPasskey(new Browser(t.url), invite, new SoftAuthenticator(OWN_ORIGIN, { prf: false }));
    expect(noPrf.accepted.status).toBe(422);
    expect(noPrf.accepted.body.error?.fields?.[0]?.field).toBe('/attestation/clientExtensionResults/prf');
    expect(noPrf.accepted.body.error?.fields?.[0]?.message).toContain('PRF');
    expect(await t.kith.ctx.db.kysely.selectFrom('credentials').select('responder_id').execute()).toEqual([]);
    expect((await new Browser(t.url).request('POST', '/api/invites/inspect', { invite })).status).toBe(200);
    // The same invite, now with an authenticator that has PRF, works.
    const retried = await joinWithPasskey(new Browser(t.url), invite, new SoftAuthenticator(OWN_ORIGIN));
    expect(retried.accepted.status).toBe(201);
  });

  it('refuses a PRF output in the request, a wrap for another key, and a bad public key; the invite stays usable', async () => {
    const { invite } = await start();
    const browser = new Browser(t.url);
    const authenticator = new SoftAuthenticator(OWN_ORIGIN);
    const options = (await browser.request<JoinOptions>('POST', '/api/invites/passkey/options', { invite })).body;
    const made = authenticator.create(options);
    const me = generateIdentity();
    const good = wrapWithKey(me.secretKey, made.prfOutput ?? new Uint8Array(32), made.credentialId);
    const send = (body: Record<string, unknown>) =>
      browser.request<Account & Problem>('POST', '/api/invites/accept-passkey', {
        invite,
        attestation: made.attestation,
        publicKey: me.publicKey,
        wrappedKey: good,
        ...body,
      });
    const leak = await send({
      attestation: {
        ...made.attestation,
        clientExtensionResults: { prf: { enabled: true, results: { first: 'c2VjcmV0' } } },
      },
    });
    expect(leak.status).toBe(422);
    expect(leak.body.error?.fields?.[0]?.field).toBe('/attestation/clientExtensionResults/prf/results');
    const other = generateIdentity();
    expect(
      (
        await send({ wrappedKey: wrapWithKey(other.secretKey, new Uint8Array(32), made.credentialId) })
      ).body.error?.fields?.map((f) => f.field),
    ).toContain('/wrappedKey/publicKey');
    expect(
      (await send({ wrappedKey: wrapWithKey(me.secretKey, new Uint8Array(32), 'another') })).body.error?.fields?.map(
        (f) => f.field,
      ),
    ).toContain('/wrappedKey/label');
    expect((await send({ publicKey: 'AAAA' })).body.error?.fields?.map((f) => f.field)).toContain('/publicKey');
    expect((await send({ signInName: 'a' })).body.error?.fields?.map((f) => f.field)).toContain('/signInName');
    // None of those touched the invite or the challenge: the right request still works.
    expect((await send({})).status).toBe(201);
  });

  it('refuses a replayed, forged, expired or foreign challenge, a wrong origin, and a challenge for another invite', async () => {
    const { token, anaId, invite } = await start();
    const authenticator = new SoftAuthenticator(OWN_ORIGIN);
    // A challenge the server never gave.
    const forged = await joinWithPasskey(new Browser(t.url), invite, authenticator, {
      tamper: { challenge: Buffer.alloc(32, 1).toString('base64url') },
    });
    expect(forged.accepted.status).toBe(422);
    expect(forged.accepted.body.error?.fields?.[0]?.field).toBe('/attestation');
    // Wrong origin and relying party.
    expect(
      (await joinWithPasskey(new Browser(t.url), invite, authenticator, { tamper: { origin: 'https://evil.example' } }))
        .accepted.status,
    ).toBe(422);
    expect(
      (await joinWithPasskey(new Browser(t.url), invite, authenticator, { tamper: { rpId: 'evil.example' } })).accepted
        .status,
    ).toBe(422);
    // Expired: five minutes.
    const browser = new Browser(t.url);
    const stale = (await browser.request<JoinOptions>('POST', '/api/invites/passkey/options', { invite })).body;
    t.clock.advance(5 * MINUTE);
    expect((await joinWithPasskey(browser, invite, authenticator, { options: stale })).accepted.status).toBe(422);

    // A challenge from another invite (Ben's) is not good for Ana's.
    const ben = await t.api<{ id: string }>(
      'POST',
      '/api/responders',
      { name: 'Ben Okafor', phone: '+12025550122', roles: ['phone'] },
      token,
    );
    const benInvite = inviteToken(
      (await t.api<{ inviteUrl: string }>('POST', `/api/responders/${ben.body.id}/invite`, undefined, token)).body
        .inviteUrl,
    );
    const bens = (await browser.request<JoinOptions>('POST', '/api/invites/passkey/options', { invite: benInvite }))
      .body;
    expect((await joinWithPasskey(browser, invite, authenticator, { options: bens })).accepted.status).toBe(422);
    // A registration challenge (someone signed in adding a passkey) is not a join challenge either.
    const carla = await t.api<{ id: string }>(
      'POST',
      '/api/responders',
      { name: 'Carla', phone: '+12025550133', roles: ['phone'] },
      token,
    );
    const carlaBrowser = await join(t, token, carla.body.id, await makeEnrolment('carla.m', 'lanterns along the quay'));
    const register = (await carlaBrowser.request<JoinOptions>('POST', '/api/passkeys/register/options')).body;
    expect((await joinWithPasskey(browser, invite, authenticator, { options: register })).accepted.status).toBe(422);
    // An unknown invite gets no options.
    expect((await browser.request('POST', '/api/invites/passkey/options', { invite: 'inv_nope' })).status).toBe(404);
    // A foreign Origin is refused.
    expect(
      (await browser.request('POST', '/api/invites/passkey/options', { invite }, { origin: 'https://evil.example' }))
        .status,
    ).toBe(403);

    expect(
      await t.kith.ctx.db.kysely
        .selectFrom('credentials')
        .select('responder_id')
        .where('responder_id', '=', anaId)
        .execute(),
    ).toEqual([]);
    // Replayed: the answer that worked once cannot be sent again (the invite and challenge are gone).
    const good = await joinWithPasskey(new Browser(t.url), invite, authenticator);
    expect(good.accepted.status).toBe(201);
    const replay = await new Browser(t.url).request<Problem>('POST', '/api/invites/accept-passkey', good.body);
    expect(replay.status).toBe(404);
    // And the challenge alone was single use: Ben's options can't be answered twice either.
    const benOnce = await joinWithPasskey(new Browser(t.url), benInvite, new SoftAuthenticator(OWN_ORIGIN), {
      options: bens,
    });
    expect(benOnce.accepted.status).toBe(422); // used up above, when tried with Ana's invite
  });

  it('a passkey-only account: passphrase sign-in fails as for anyone, device codes need the optional name, reset starts over', async () => {
    const { token, anaId, invite } = await start();
    const authenticator = new SoftAuthenticator(OWN_ORIGIN);
    const browser = new Browser(t.url);
    const { me, accepted } = await joinWithPasskey(browser, invite, authenticator, { signInName: 'ana.r' });
    expect(accepted.status).toBe(201);
    // The name has no passphrase: its salt looks like an unknown name's, and no passphrase opens it.
    const salt = (
      await new Browser(t.url).request<{ authSalt: string }>('POST', '/api/session/start', { signInName: 'ana.r' })
    ).body;
    expect((await signIn(new Browser(t.url), 'ana.r', 'lanterns along the quay')).status).toBe(401);
    expect(salt.authSalt).toHaveLength(22);

    // A device code, made on the signed-in device, adds a new one by name.
    const code = '7KQ2MXH9PD';
    const codeSalt = Buffer.alloc(16, 7).toString('base64url');
    const made = await deriveKeys(code, codeSalt, interactiveArgon());
    const codeWrap = wrapWithKey(me.secretKey, made.wrappingKey, 'device-code');
    expect(
      (
        await browser.request('POST', '/api/device-codes', {
          authSalt: codeSalt,
          authKey: made.authKey,
          wrappedKey: codeWrap,
        })
      ).status,
    ).toBe(201);
    const phone = new Browser(t.url);
    const started = await phone.request<{ authSalt: string }>('POST', '/api/device-codes/start', {
      signInName: 'ana.r',
    });
    expect(started.body.authSalt).toBe(codeSalt);
    const redeemed = await phone.request<Account>('POST', '/api/device-codes/redeem', {
      signInName: 'ana.r',
      authKey: made.authKey,
    });
    expect(redeemed.status).toBe(200);
    expect(identityFromSecretKey(unwrapWithKey(redeemed.body.wrappedKey, made.wrappingKey)).publicKey).toBe(
      me.publicKey,
    );

    // Reset deletes the credential and passkey; a new invite can be sent.
    expect((await t.api('POST', `/api/responders/${anaId}/reset`, undefined, token)).status).toBe(204);
    expect((await passkeySignIn(authenticator)).answer.status).toBe(401);
    expect((await t.api('POST', `/api/responders/${anaId}/invite`, undefined, token)).status).toBe(201);
  });

  it('without a sign-in name, making a device code is refused plainly', async () => {
    const { invite } = await start();
    const browser = new Browser(t.url);
    const { me } = await joinWithPasskey(browser, invite, new SoftAuthenticator(OWN_ORIGIN));
    const codeSalt = Buffer.alloc(16, 7).toString('base64url');
    const made = await deriveKeys('7KQ2MXH9PD', codeSalt, interactiveArgon());
    const refused = await browser.request<Problem>('POST', '/api/device-codes', {
      authSalt: codeSalt,
      authKey: made.authKey,
      wrappedKey: wrapWithKey(me.secretKey, made.wrappingKey, 'device-code'),
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error?.message).toContain('sign-in name');
  });

  it('a taken sign-in name is refused and leaves the invite usable', async () => {
    const { token, invite } = await start();
    const ben = await t.api<{ id: string }>(
      'POST',
      '/api/responders',
      { name: 'Ben', phone: '+12025550122', roles: ['phone'] },
      token,
    );
    await join(t, token, ben.body.id, await makeEnrolment('ben.o', 'lanterns along the quay'));
    const taken = await joinWithPasskey(new Browser(t.url), invite, new SoftAuthenticator(OWN_ORIGIN), {
      signInName: 'BEN.O',
    });
    expect(taken.accepted.status).toBe(409);
    expect(taken.accepted.body.error?.fields?.[0]?.field).toBe('/signInName');
    expect((await new Browser(t.url).request('POST', '/api/invites/inspect', { invite })).status).toBe(200);
    expect(await t.kith.ctx.db.kysely.selectFrom('passkeys').select('id').execute()).toEqual([]);
  });
});
