import sodium from 'libsodium-wrappers-sumo';
import { argonPolicy } from '../crypto/argon-policy';
import { invalid, type FieldProblem } from '../platform/errors';

/**
 * The passphrase sign-in protocol's fixed numbers and the checks on what a browser sends.
 * See docs/SIGN-IN.md. The browser derives 64 bytes with Argon2id: the first 32 are the auth key
 * (sent here), the last 32 the wrapping key (never sent).
 */
export const INVITE_LIFETIME_MS = 72 * 60 * 60 * 1000;
export const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;
export const SESSION_IDLE_MS = 30 * 60 * 1000;
/** Last-seen is written at most this often, so reading pages does not mean a write per request. */
export const SESSION_TOUCH_MS = 60 * 1000;
export const SESSION_COOKIE = 'kith_session';

export const NAME_FAILURES = { max: 5, windowMs: 15 * 60 * 1000 } as const;
export const GLOBAL_FAILURES = { key: 'global', max: 60, windowMs: 60 * 1000 } as const;

/**
 * A browser that has signed in before (OWASP's "device cookie"): it is held to its own count of
 * failures instead of the name's and the install's, so a spray of made-up names cannot keep a
 * responder's own phone out. A fresh cookie comes with every successful sign-in.
 */
export const DEVICE_COOKIE = 'kith_device';
export const DEVICE_COOKIE_PATH = '/api/session';
export const DEVICE_COOKIE_LIFETIME_MS = 90 * 24 * 60 * 60 * 1000;
export const DEVICE_FAILURES = { max: 5, windowMs: 15 * 60 * 1000 } as const;
/** One browser may be shared (a desk): it remembers this many accounts, newest first. */
export const DEVICE_COOKIE_ACCOUNTS = 5;

export const PUBLIC_KEY_BYTES = 32;
export const AUTH_KEY_BYTES = 32;
export const SALT_BYTES = 16;
export const WRAPPED_KEY_MAX_BYTES = 4096;

/** A private key wrapped in the browser: opaque to the server beyond its version and algorithm. */
export interface WrappedKey {
  v: number;
  alg: string;
  [field: string]: unknown;
}

export interface ArgonParams {
  opslimit: number;
  memlimit: number;
}

/** The range accepted at enrolment (src/crypto/argon-policy.ts: libsodium interactive to sensitive). */
export function argonBounds(): { min: ArgonParams; max: ArgonParams } {
  const { min, max } = argonPolicy();
  return { min, max };
}

/**
 * What the console uses when someone sets up sign-in, and so also what an unknown name is answered
 * with (the two must match, or the parameters would tell real names from made-up ones). The console
 * asks for it the same way (/api/session/start), so the strength is set in one place: moderate
 * (3 passes, 256 MiB) in production, see src/crypto/argon-policy.ts.
 */
export function defaultArgon(): ArgonParams {
  return argonPolicy().enrol;
}

/** Case-insensitive, and the same name however a keyboard composed its accents. */
export function normaliseSignInName(name: string): string {
  return name.normalize('NFKC').toLowerCase();
}

export const SIGN_IN_NAME = /^[\p{L}\p{M}\p{N}._-]{3,40}$/u;

/** Canonical unpadded base64url of exactly `bytes` bytes, or undefined. */
export function decodeBase64url(text: string, bytes: number): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  const decoded = Buffer.from(text, 'base64url');
  if (decoded.length !== bytes || decoded.toString('base64url') !== text) return undefined;
  return new Uint8Array(decoded);
}

export interface Enrolment {
  signInName: string;
  publicKey: string;
  wrappedKey: Record<string, unknown>;
  authSalt: string;
  argon: ArgonParams;
  authKey: string;
}

/** Checks every field of an invite acceptance at once, naming each bad one. */
export function checkEnrolment(input: Enrolment): void {
  const problems: FieldProblem[] = [];
  if (!SIGN_IN_NAME.test(normaliseSignInName(input.signInName))) {
    problems.push({ field: '/signInName', message: 'must be 3 to 40 letters, digits, dots, dashes or underscores' });
  }
  const sized: [keyof Enrolment, string, number][] = [
    ['publicKey', input.publicKey, PUBLIC_KEY_BYTES],
    ['authSalt', input.authSalt, SALT_BYTES],
    ['authKey', input.authKey, AUTH_KEY_BYTES],
  ];
  for (const [field, value, bytes] of sized) {
    if (!decodeBase64url(value, bytes))
      problems.push({ field: `/${field}`, message: `must be ${bytes} bytes in unpadded base64url` });
  }
  const { min, max } = argonBounds();
  for (const limit of ['opslimit', 'memlimit'] as const) {
    const value = input.argon[limit];
    if (value < min[limit] || value > max[limit]) {
      problems.push({
        field: `/argon/${limit}`,
        message: `must be from ${min[limit]} to ${max[limit]} (libsodium interactive to sensitive)`,
      });
    }
  }
  if (Buffer.byteLength(JSON.stringify(input.wrappedKey), 'utf8') > WRAPPED_KEY_MAX_BYTES) {
    problems.push({ field: '/wrappedKey', message: `must be at most ${WRAPPED_KEY_MAX_BYTES} bytes as JSON` });
  }
  if (problems.length > 0) throw invalid(problems);
}

/** Equal-length byte comparison whose time does not depend on where the first difference is. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && sodium.memcmp(a, b);
}
