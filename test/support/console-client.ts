import sodium from 'libsodium-wrappers-sumo';
import { argonPolicy } from '../../src/crypto/argon-policy';
import type { Fetcher } from './https-fetch';
import { PUBLIC_URL, type TestKith } from './kith';

/**
 * A stand-in for the console's browser: a cookie jar, an Origin header, and the key handling the
 * real console will do (Argon2id on the passphrase, an X25519 key pair, wrapping the private key).
 */
export const OWN_ORIGIN = new URL(PUBLIC_URL).origin;

export interface Argon {
  opslimit: number;
  memlimit: number;
}

export interface BrowserResult<T> {
  status: number;
  body: T;
  headers: Headers;
}

export class Browser {
  readonly cookies = new Map<string, string>();
  /** Every Set-Cookie header this browser received, newest last. */
  readonly setCookies: string[] = [];

  /**
   * `ownOrigin`: the Origin its pages send, the line's public URL (a server on its own address has
   * its own). `fetcher`: how it reaches the server (another for HTTPS through a proxy, test/deploy).
   */
  constructor(
    private readonly base: string,
    private readonly ownOrigin: string = OWN_ORIGIN,
    private readonly fetcher: Fetcher = fetch,
  ) {}

  async request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    options: { origin?: string | null } = {},
  ): Promise<BrowserResult<T>> {
    const origin = options.origin === undefined ? this.ownOrigin : options.origin;
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await this.fetcher(`${this.base}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(origin === null ? {} : { origin }),
        ...(cookie ? { cookie } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    for (const line of response.headers.getSetCookie()) {
      this.setCookies.push(line);
      const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
      const [name = '', value = ''] = pair.split('=');
      if (attributes.some((a) => a.toLowerCase() === 'max-age=0')) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T, headers: response.headers };
  }
}

/** The cheapest parameters the server accepts: tests use them for speed (the console's default is moderate). */
export function interactiveArgon(): Argon {
  return { opslimit: sodium.crypto_pwhash_OPSLIMIT_INTERACTIVE, memlimit: sodium.crypto_pwhash_MEMLIMIT_INTERACTIVE };
}

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const derived = new Map<string, Uint8Array>();

/** Argon2id once on the passphrase; the first 32 bytes authenticate, the last 32 wrap. Cached: it is slow on purpose. */
export async function deriveKeys(
  passphrase: string,
  authSalt: string,
  argon: Argon,
): Promise<{ authKey: string; wrappingKey: Uint8Array }> {
  await sodium.ready;
  const cacheKey = JSON.stringify([passphrase, authSalt, argon]);
  let out = derived.get(cacheKey);
  if (!out) {
    out = sodium.crypto_pwhash(
      64,
      Buffer.from(passphrase.normalize('NFKC'), 'utf8'),
      Buffer.from(authSalt, 'base64url'),
      argon.opslimit,
      argon.memlimit,
      sodium.crypto_pwhash_ALG_ARGON2ID13,
    );
    derived.set(cacheKey, out);
  }
  return { authKey: b64(out.subarray(0, 32)), wrappingKey: out.subarray(32) };
}

export interface Enrolment {
  signInName: string;
  passphrase: string;
  publicKey: string;
  privateKey: Uint8Array;
  wrappedKey: { v: number; alg: string; nonce: string; ciphertext: string };
  authSalt: string;
  argon: Argon;
  authKey: string;
}

/**
 * The cheapest parameters this process's server accepts: interactive with production's, libsodium's
 * minimum with a test's cheap ones (startTestKith's `cheapArgon`). Never above what the server takes.
 */
export function cheapestAccepted(): Argon {
  return argonPolicy().min;
}

/** What a browser makes when someone accepts an invite. */
export async function makeEnrolment(signInName: string, passphrase: string): Promise<Enrolment> {
  await sodium.ready;
  const pair = sodium.crypto_box_keypair();
  const authSalt = b64(sodium.randombytes_buf(16));
  const argon = cheapestAccepted();
  const { authKey, wrappingKey } = await deriveKeys(passphrase, authSalt, argon);
  const nonce = sodium.randombytes_buf(sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  const ciphertext = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(pair.privateKey, null, null, nonce, wrappingKey);
  return {
    signInName,
    passphrase,
    publicKey: b64(pair.publicKey),
    privateKey: pair.privateKey,
    wrappedKey: { v: 1, alg: 'xchacha20poly1305-ietf', nonce: b64(nonce), ciphertext: b64(ciphertext) },
    authSalt,
    argon,
    authKey,
  };
}

/** Opens a wrapped private key with the wrapping key, as the console will. */
export function unwrap(wrapped: { nonce: string; ciphertext: string }, wrappingKey: Uint8Array): Uint8Array {
  return sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
    null,
    Buffer.from(wrapped.ciphertext, 'base64url'),
    null,
    Buffer.from(wrapped.nonce, 'base64url'),
    wrappingKey,
  );
}

export function acceptBody(invite: string, e: Enrolment) {
  const { signInName, publicKey, wrappedKey, authSalt, argon, authKey } = e;
  return { invite, signInName, publicKey, wrappedKey, authSalt, argon, authKey };
}

/** The token in an invite link's fragment. */
export function inviteToken(inviteUrl: string): string {
  return new URL(inviteUrl).hash.replace(/^#invite=/, '');
}

/** A coordinator invites a responder, whose browser accepts: returns that signed-in browser. */
export async function join(
  t: TestKith,
  coordinatorToken: string,
  responderId: string,
  enrolment: Enrolment,
): Promise<Browser> {
  const invited = await t.api<{ inviteUrl: string }>(
    'POST',
    `/api/responders/${responderId}/invite`,
    undefined,
    coordinatorToken,
  );
  if (invited.status !== 201) throw new Error(`invite failed: ${invited.status} ${JSON.stringify(invited.body)}`);
  const browser = new Browser(t.url);
  const accepted = await browser.request(
    'POST',
    '/api/invites/accept',
    acceptBody(inviteToken(invited.body.inviteUrl), enrolment),
  );
  if (accepted.status !== 201) throw new Error(`accept failed: ${accepted.status} ${JSON.stringify(accepted.body)}`);
  return browser;
}

/** Signing in the way the console does: ask for the salt, derive, send the auth key. */
export async function signIn<T = unknown>(
  browser: Browser,
  signInName: string,
  passphrase: string,
): Promise<BrowserResult<T>> {
  const start = await browser.request<{ authSalt: string; argon: Argon }>('POST', '/api/session/start', { signInName });
  const { authKey } = await deriveKeys(passphrase, start.body.authSalt, start.body.argon);
  return browser.request<T>('POST', '/api/session', { signInName, authKey });
}
