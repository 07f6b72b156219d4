/**
 * Signing in and joining, the browser's half of docs/SIGN-IN.md: Argon2id once, the first half of
 * its output proves the passphrase, the second half unwraps (or, at set-up, wraps) the private key,
 * which then stays in this page's memory (keys.ts).
 */
import type { WrappedKey } from '@server/crypto/e2e';
import { api, ApiError } from './api';
import type { Account } from './context';
import { loadCrypto, nextPaint, rememberIdentity } from './keys';

interface ArgonParams {
  opslimit: number;
  memlimit: number;
}

interface AccountAnswer {
  responderId: string;
  programId: string;
  roles: string[];
  publicKey: string;
  wrappedKey: WrappedKey;
}

interface SessionAnswer {
  responderId: string;
  programId: string;
  name: string;
  roles: string[];
  publicKey: string | null;
}

/**
 * Who is signed in, from the cookie; undefined when the server says nobody is. When the server
 * cannot be asked (no connection, or a 5xx while Kith restarts behind its proxy) this throws:
 * not knowing is not being signed out, and a responder must not be sent to sign in again for it.
 */
export async function currentAccount(): Promise<Account | undefined> {
  let session: SessionAnswer;
  try {
    session = await api<SessionAnswer>('GET', '/api/session');
  } catch (error) {
    if (error instanceof ApiError && (error.status === 401 || error.status === 403)) return undefined;
    throw error;
  }
  return {
    responderId: session.responderId,
    programId: session.programId,
    name: session.name,
    roles: session.roles,
    publicKey: session.publicKey ?? '',
  };
}

export function signIn(signInName: string, passphrase: string): Promise<Account> {
  return signInWithSecret({ start: '/api/session/start', finish: '/api/session' }, signInName, passphrase);
}

/**
 * The Argon2id split for any secret the server holds a verifier of (a passphrase, or a one-time
 * device code): ask for the salt, derive once, send the first half, unwrap the returned key with
 * the second, check it is this account's key, and keep it in memory.
 */
export async function signInWithSecret(
  paths: { start: string; finish: string },
  signInName: string,
  secret: string,
): Promise<Account> {
  const start = await api<{ authSalt: string; argon: ArgonParams }>('POST', paths.start, { signInName });
  await nextPaint();
  const e2e = await loadCrypto();
  const { authKey, wrappingKey } = e2e.deriveSignInKeys(secret, start.authSalt, start.argon);
  try {
    const answer = await api<AccountAnswer>('POST', paths.finish, { signInName, authKey });
    if (answer.wrappedKey.alg !== e2e.KEY_WRAP_ALG)
      throw new Error('this sign-in’s key is wrapped in a way this console does not know');
    const me = e2e.identityFromSecretKey(e2e.unwrapWithKey(answer.wrappedKey, wrappingKey));
    if (me.publicKey !== answer.publicKey) throw new Error('the unwrapped key does not match this account');
    rememberIdentity(me);
  } finally {
    e2e.wipe(wrappingKey);
  }
  const account = await currentAccount();
  if (!account) throw new Error('signed in, but the session did not hold');
  return account;
}

export interface Invitation {
  programName: string;
  responderName: string;
}

export function inspectInvite(invite: string): Promise<Invitation> {
  return api<Invitation>('POST', '/api/invites/inspect', { invite });
}

/** Makes the key pair here, wraps it, and sends only the public key and the wrapped key. */
export async function acceptInvite(invite: string, signInName: string, passphrase: string): Promise<Account> {
  await nextPaint();
  const e2e = await loadCrypto();
  const me = e2e.generateIdentity();
  const authSalt = e2e.newAuthSalt();
  // The server says how strong: it answers a name nobody has with the parameters new accounts use
  // (src/auth/protocol.ts defaultArgon; moderate in production), so they are set in one place.
  const { argon } = await api<{ argon: ArgonParams }>('POST', '/api/session/start', { signInName });
  const { authKey, wrappingKey } = e2e.deriveSignInKeys(passphrase, authSalt, argon, true);
  let wrappedKey: WrappedKey;
  try {
    wrappedKey = e2e.wrapWithKey(me.secretKey, wrappingKey, e2e.PASSPHRASE_LABEL);
  } finally {
    e2e.wipe(wrappingKey);
  }
  await api('POST', '/api/invites/accept', {
    invite,
    signInName,
    publicKey: me.publicKey,
    wrappedKey,
    authSalt,
    argon,
    authKey,
  });
  rememberIdentity(me);
  const account = await currentAccount();
  if (!account) throw new Error('joined, but the session did not hold');
  return account;
}

/** The same rule the server applies (src/auth/protocol.ts), so most mistakes are named before Argon2id runs. */
export function validSignInName(name: string): boolean {
  return /^[\p{L}\p{M}\p{N}._-]{3,40}$/u.test(name.normalize('NFKC'));
}

export function longEnough(passphrase: string): boolean {
  return Array.from(passphrase.normalize('NFKC')).length >= 12;
}
