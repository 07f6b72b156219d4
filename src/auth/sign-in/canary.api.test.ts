import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  acceptBody,
  Browser,
  deriveKeys,
  inviteToken,
  makeEnrolment,
  signIn,
} from '../../../test/support/console-client';
import { postgresRowsText } from '../../../test/support/canary';
import { DB_KINDS } from '../../../test/support/databases';
import { startTestKith, type TestKith } from '../../../test/support/kith';

const PASSPHRASE = 'otters hold hands while sleeping';
const SIGN_IN_NAME = 'Quokka.Rider';

/** Every way a secret could sit in a file or a row: as text, and its bytes raw, hex, base64 and base64url. */
function forms(secret: string | Uint8Array): Buffer[] {
  const text = typeof secret === 'string' ? [Buffer.from(secret, 'utf8'), Buffer.from(secret, 'utf16le')] : [];
  const raw = typeof secret === 'string' ? tokenBytes(secret) : Buffer.from(secret);
  const encoded = raw
    ? [
        raw,
        Buffer.from(raw.toString('hex')),
        Buffer.from(raw.toString('base64')),
        Buffer.from(raw.toString('base64url')),
      ]
    : [];
  return [...text, ...encoded];
}

/** `sess_…`/`inv_…` tokens and base64url keys carry random bytes after the prefix. */
function tokenBytes(value: string): Buffer | undefined {
  const body = value.replace(/^[a-z]+_/, '');
  return /^[A-Za-z0-9_-]{20,}$/.test(body) ? Buffer.from(body, 'base64url') : undefined;
}

function filesHolding(dir: string, needles: Buffer[]): string[] {
  const hits: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = joinPath(dir, name);
    if (statSync(path).isDirectory()) hits.push(...filesHolding(path, needles));
    else if (needles.some((n) => readFileSync(path).includes(n))) hits.push(path);
  }
  return hits;
}

describe.each(DB_KINDS)('sign-in secrets never rest on the server (%s)', (kind) => {
  let t: TestKith;
  afterEach(async () => t?.stop());

  it('no form of the passphrase, auth key, wrapping key, sign-in name or cookie/invite tokens is in the database or logs', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const { token } = await t.setup();
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
    const invite = inviteToken(invited.body.inviteUrl);
    const enrolment = await makeEnrolment(SIGN_IN_NAME, PASSPHRASE);
    const browser = new Browser(t.url);
    expect((await browser.request('POST', '/api/invites/inspect', { invite })).status).toBe(200);
    expect((await browser.request('POST', '/api/invites/accept', acceptBody(invite, enrolment))).status).toBe(201);
    const firstCookie = browser.cookies.get('kith_session') ?? '';
    expect((await browser.request('GET', '/api/program')).status).toBe(200);
    expect((await browser.request('DELETE', '/api/session')).status).toBe(204);
    expect((await signIn(browser, SIGN_IN_NAME, 'not the passphrase')).status).toBe(401);
    expect((await signIn(browser, SIGN_IN_NAME, PASSPHRASE)).status).toBe(200);
    const secondCookie = browser.cookies.get('kith_session') ?? '';
    t.clock.advance(2 * 60 * 1000);
    expect((await browser.request('GET', '/api/session')).status).toBe(200);

    const { wrappingKey } = await deriveKeys(PASSPHRASE, enrolment.authSalt, enrolment.argon);
    const secrets: (string | Uint8Array)[] = [
      PASSPHRASE,
      enrolment.authKey,
      wrappingKey,
      enrolment.privateKey,
      SIGN_IN_NAME,
      SIGN_IN_NAME.toLowerCase(),
      invite,
      firstCookie,
      secondCookie,
    ];
    expect(firstCookie).toMatch(/^sess_/);
    expect(secondCookie).toMatch(/^sess_/);
    const needles = secrets.flatMap(forms);
    expect(filesHolding(t.storage.dataDir, needles)).toEqual([]);
    if (t.storage.pgSchema) {
      const rows = await postgresRowsText(t.storage.pgSchema);
      expect(rows).toContain(enrolment.publicKey); // the scan does see what is stored
      for (const needle of needles) expect(rows).not.toContain(needle.toString('utf8'));
    } else {
      // The scan does see what is stored: the public key is meant to be there.
      expect(filesHolding(t.storage.dataDir, [Buffer.from(enrolment.publicKey)]).length).toBeGreaterThan(0);
    }
  });
});
