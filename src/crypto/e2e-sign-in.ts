/**
 * The passphrase sign-in split (docs/SIGN-IN.md): Argon2id runs once, in the browser, and its 64
 * bytes are cut in two. The first half proves the passphrase to the server; the second half never
 * leaves the browser and wraps the private key (with wrapWithKey, label PASSPHRASE_LABEL). One
 * derivation, because on a cheap phone each one costs seconds and 256 MiB.
 */
import { assertReady, fromB64, PassphraseTooShortError, sodium, toB64, utf8, wipe } from './e2e-base';
import { PASSPHRASE_MIN_LENGTH } from './e2e-wrap';

/** The label bound into the key-wrapping derivation for a passphrase sign-in (a passkey uses its credential id). */
export const PASSPHRASE_LABEL = 'passphrase';

export interface ArgonParams {
  opslimit: number;
  memlimit: number;
}

export interface SignInKeys {
  /** base64url, 32 bytes: sent to the server, which keeps only a keyed hash of it. */
  authKey: string;
  /** 32 bytes: stays in this browser, in memory, and is wiped once the private key is unwrapped. */
  wrappingKey: Uint8Array;
}

/**
 * libsodium's 'moderate' (3 passes, 256 MiB) or 'interactive' (device codes, tests). A new account's
 * parameters are the server's to choose (src/crypto/argon-policy.ts): the console asks for them.
 */
export function defaultArgon(strength: 'moderate' | 'interactive' = 'moderate'): ArgonParams {
  assertReady();
  return strength === 'moderate'
    ? { opslimit: sodium.crypto_pwhash_OPSLIMIT_MODERATE, memlimit: sodium.crypto_pwhash_MEMLIMIT_MODERATE }
    : { opslimit: sodium.crypto_pwhash_OPSLIMIT_INTERACTIVE, memlimit: sodium.crypto_pwhash_MEMLIMIT_INTERACTIVE };
}

/** 16 random bytes, base64url: one per account, chosen by the browser at set-up. */
export function newAuthSalt(): string {
  assertReady();
  return toB64(sodium.randombytes_buf(sodium.crypto_pwhash_SALTBYTES));
}

/**
 * NFKC (not trimmed), as e2e-wrap.ts does, so the same passphrase typed on another device gives
 * the same bytes. Refuses passphrases shorter than PASSPHRASE_MIN_LENGTH code points only when
 * `creating`: an existing account is checked by the server, not here.
 */
export function deriveSignInKeys(
  passphrase: string,
  authSalt: string,
  argon: ArgonParams,
  creating = false,
): SignInKeys {
  assertReady();
  const normalised = passphrase.normalize('NFKC');
  if (creating && Array.from(normalised).length < PASSPHRASE_MIN_LENGTH)
    throw new PassphraseTooShortError(PASSPHRASE_MIN_LENGTH);
  const bytes = utf8(normalised);
  try {
    const out = sodium.crypto_pwhash(
      64,
      bytes,
      fromB64(authSalt),
      argon.opslimit,
      argon.memlimit,
      sodium.crypto_pwhash_ALG_ARGON2ID13,
    );
    const authKey = toB64(out.subarray(0, 32));
    const wrappingKey = out.slice(32);
    wipe(out);
    return { authKey, wrappingKey };
  } finally {
    wipe(bytes);
  }
}
