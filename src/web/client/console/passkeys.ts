/**
 * The console's half of passkeys (docs/SIGN-IN.md): adding one while the key is in memory, and
 * signing in with one. The PRF output is turned into a wrapping key by wrapWithKey/unwrapWithKey
 * (never used directly) and wiped once used; it is never sent.
 */
import type { KeyWrappedKey } from '@server/crypto/e2e';
import { api, ApiError } from './api';
import type { Account } from './context';
import { currentIdentity, loadCrypto, rememberIdentity } from './keys';
import { currentAccount } from './session';
import { createPasskey, forgetCredential, getPasskey, NoPrfError } from './webauthn';

export interface PasskeySummary {
  id: string;
  createdAt: number;
  lastUsedAt: number | null;
}

interface AccountAnswer {
  responderId: string;
  publicKey: string;
  wrappedKey: KeyWrappedKey;
}

export function listPasskeys(): Promise<PasskeySummary[]> {
  return api<PasskeySummary[]>('GET', '/api/passkeys');
}

export function removePasskey(id: string): Promise<void> {
  return api<void>('DELETE', `/api/passkeys/${encodeURIComponent(id)}`);
}

/** Makes a passkey on this device and wraps the key in memory under its PRF output. */
export async function addPasskey(): Promise<PasskeySummary> {
  const me = currentIdentity();
  if (!me) throw new Error('the key is not in memory');
  const options = await api<Parameters<typeof createPasskey>[0]>('POST', '/api/passkeys/register/options');
  const { attestation, prfOutput } = await createPasskey(options);
  const e2e = await loadCrypto();
  let wrappedKey: KeyWrappedKey;
  try {
    wrappedKey = e2e.wrapWithKey(me.secretKey, prfOutput, attestation.id);
  } finally {
    e2e.wipe(prfOutput);
  }
  try {
    return await api<PasskeySummary>('POST', '/api/passkeys/register', { attestation, wrappedKey });
  } catch (error) {
    if (error instanceof ApiError && error.names('/attestation/clientExtensionResults/prf')) throw new NoPrfError();
    throw error;
  }
}

/**
 * Joining with a passkey alone: the key pair is made here, after the passkey, and wrapped under
 * its PRF output; only the public key and the wrapped key are sent, never the PRF output.
 */
export async function joinWithPasskey(invite: string, signInName: string | undefined): Promise<Account> {
  const options = await api<Parameters<typeof createPasskey>[0]>('POST', '/api/invites/passkey/options', { invite });
  const { attestation, prfOutput } = await createPasskey(options);
  const e2e = await loadCrypto();
  const me = e2e.generateIdentity();
  let wrappedKey: KeyWrappedKey;
  try {
    wrappedKey = e2e.wrapWithKey(me.secretKey, prfOutput, attestation.id);
  } finally {
    e2e.wipe(prfOutput);
  }
  try {
    await api('POST', '/api/invites/accept-passkey', {
      invite,
      attestation,
      publicKey: me.publicKey,
      wrappedKey,
      ...(signInName ? { signInName } : {}),
    });
  } catch (error) {
    // The server will never know this credential: ask the browser to drop it from the person's list.
    forgetCredential(options.rp.id, attestation.id);
    if (error instanceof ApiError && error.names('/attestation/clientExtensionResults/prf')) throw new NoPrfError();
    throw error;
  }
  rememberIdentity(me);
  const account = await currentAccount();
  if (!account) throw new Error('joined, but the session did not hold');
  return account;
}

/** The passkey gave no PRF output: it cannot open the key here (nothing was sent). */
export class CannotUnlockError extends Error {
  constructor() {
    super('this passkey gave no PRF output');
  }
}

/** No name asked: the authenticator offers the passkey, the server finds whose it is. */
export async function signInWithPasskey(): Promise<Account> {
  const options = await api<Parameters<typeof getPasskey>[0]>('POST', '/api/session/passkey/options');
  const { assertion, prfOutput } = await getPasskey(options);
  // Without the PRF output the key cannot be opened; signing in anyway would leave a console that
  // cannot read notes, so nothing is sent and the passphrase remains the way in.
  if (!prfOutput) throw new CannotUnlockError();
  const e2e = await loadCrypto();
  try {
    const answer = await api<AccountAnswer>('POST', '/api/session/passkey', { assertion });
    if (answer.wrappedKey.alg !== e2e.KEY_WRAP_ALG)
      throw new Error('this passkey’s key is wrapped in a way this console does not know');
    const me = e2e.identityFromSecretKey(e2e.unwrapWithKey(answer.wrappedKey, prfOutput));
    if (me.publicKey !== answer.publicKey) throw new Error('the unwrapped key does not match this account');
    rememberIdentity(me);
  } finally {
    e2e.wipe(prfOutput);
  }
  const account = await currentAccount();
  if (!account) throw new Error('signed in, but the session did not hold');
  return account;
}
