/**
 * Adding a device with a one-time code (docs/SIGN-IN.md). The code is made here, shown once, and
 * never sent: Argon2id (interactive limits) turns it into an auth half, which is sent, and a
 * wrapping half, which wraps the key for the new device. The new device derives the same halves.
 */
import type { KeyWrappedKey } from '@server/crypto/e2e';
import { api } from './api';
import type { Account } from './context';
import { currentIdentity, loadCrypto, nextPaint } from './keys';
import { signInWithSecret } from './session';

/** Crockford's base32: no I, L, O or U, so nothing reads as something else. 10 of them are 50 bits. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 10;
const DEVICE_CODE_LABEL = 'device-code';

export function newCode(): string {
  // 256 is a multiple of 32, so taking the low five bits of each byte is unbiased.
  return Array.from(crypto.getRandomValues(new Uint8Array(CODE_LENGTH)), (byte) => ALPHABET[byte & 31]).join('');
}

/** Two groups of five, as shown and as people read it aloud. */
export function formatCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/**
 * What a person typed, as the code: any case, spaces and dashes ignored, and the letters people
 * mistake for digits read as those digits. Undefined if it cannot be a code.
 */
export function normaliseCode(typed: string): string | undefined {
  const code = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return code.length === CODE_LENGTH && [...code].every((c) => ALPHABET.includes(c)) ? code : undefined;
}

/** On the signed-in device: a new code, replacing any pending one. Returns it to show, once. */
export async function makeDeviceCode(): Promise<{ code: string; expiresAt: number }> {
  const me = currentIdentity();
  if (!me) throw new Error('the key is not in memory');
  await nextPaint();
  const e2e = await loadCrypto();
  const code = newCode();
  const authSalt = e2e.newAuthSalt();
  const { authKey, wrappingKey } = e2e.deriveSignInKeys(code, authSalt, e2e.defaultArgon('interactive'));
  let wrappedKey: KeyWrappedKey;
  try {
    wrappedKey = e2e.wrapWithKey(me.secretKey, wrappingKey, DEVICE_CODE_LABEL);
  } finally {
    e2e.wipe(wrappingKey);
  }
  const { expiresAt } = await api<{ expiresAt: number }>('POST', '/api/device-codes', {
    authSalt,
    authKey,
    wrappedKey,
  });
  return { code, expiresAt };
}

export function cancelDeviceCode(): Promise<void> {
  return api<void>('DELETE', '/api/device-codes');
}

/** On the new device: the name and the code sign in, and the key comes back wrapped for the code. */
export function redeemDeviceCode(signInName: string, code: string): Promise<Account> {
  return signInWithSecret({ start: '/api/device-codes/start', finish: '/api/device-codes/redeem' }, signInName, code);
}
