/**
 * How a responder's secret key rests: wrapped (XChaCha20-Poly1305) under a key derived from their
 * passphrase (Argon2id13) or from a passkey's PRF output (keyed BLAKE2b). Only wrapped keys ever
 * leave the browser. See docs/CRYPTO.md.
 */
import {
  assertReady,
  fromB64,
  InvalidKeyError,
  orWrongKey,
  PassphraseTooShortError,
  sodium,
  toB64,
  UnsupportedFormatError,
  utf8,
  wipe,
  WrongKeyError,
} from './e2e-base';
import { identityFromSecretKey } from './e2e-keys';

export const PASSPHRASE_WRAP_ALG = 'argon2id13+xchacha20poly1305-ietf';
export const KEY_WRAP_ALG = 'blake2b256-kdf+xchacha20poly1305-ietf';
export const PASSPHRASE_MIN_LENGTH = 12;

interface WrappedBase {
  v: 1;
  keyId: string;
  publicKey: string;
  nonce: string;
  /** XChaCha20-Poly1305-IETF of the 32-byte secret key, associated data = UTF-8 of keyId. */
  ciphertext: string;
}

export interface PassphraseWrappedKey extends WrappedBase {
  alg: typeof PASSPHRASE_WRAP_ALG;
  /** Argon2id13 parameters exactly as given to crypto_pwhash (memlimit in bytes), output 32 bytes. */
  opslimit: number;
  memlimit: number;
  salt: string;
}

export interface KeyWrappedKey extends WrappedBase {
  alg: typeof KEY_WRAP_ALG;
  /** Bound into the key derivation (see deriveWrappingKey), e.g. the passkey's credential id. */
  label: string;
}

export type WrappedKey = PassphraseWrappedKey | KeyWrappedKey;

export type Strength = 'interactive' | 'moderate';

// ---- passphrase ------------------------------------------------------------------------------

function limits(strength: Strength): { opslimit: number; memlimit: number } {
  return strength === 'interactive'
    ? { opslimit: sodium.crypto_pwhash_OPSLIMIT_INTERACTIVE, memlimit: sodium.crypto_pwhash_MEMLIMIT_INTERACTIVE }
    : { opslimit: sodium.crypto_pwhash_OPSLIMIT_MODERATE, memlimit: sodium.crypto_pwhash_MEMLIMIT_MODERATE };
}

/**
 * NFKC first: the same passphrase can reach us as different code points depending on the device —
 * "é" precomposed (U+00E9) from one keyboard, "e" + U+0301 from another (macOS file dialogs and some
 * IMEs decompose), full-width Latin letters from CJK input methods. Argon2 hashes bytes, so without
 * one normal form a responder would be locked out of their own key on a new phone. Length is then
 * counted in code points, not UTF-16 units.
 */
function passphraseBytes(passphrase: string): { bytes: Uint8Array; length: number } {
  const normalised = passphrase.normalize('NFKC');
  return { bytes: utf8(normalised), length: Array.from(normalised).length };
}

function argon2id(passBytes: Uint8Array, salt: Uint8Array, opslimit: number, memlimit: number): Uint8Array {
  return sodium.crypto_pwhash(32, passBytes, salt, opslimit, memlimit, sodium.crypto_pwhash_ALG_ARGON2ID13);
}

/**
 * Wraps a secret key under Argon2id13(passphrase, random 16-byte salt). Production uses 'moderate'
 * (3 passes, 256 MiB); 'interactive' (2 passes, 64 MiB) is for tests and devices that cannot spare
 * the memory. The parameters travel in the object, so old wraps stay openable when defaults change.
 */
export function wrapWithPassphrase(
  secretKey: Uint8Array,
  passphrase: string,
  strength: Strength = 'moderate',
): PassphraseWrappedKey {
  assertReady();
  const me = identityFromSecretKey(secretKey);
  const { opslimit, memlimit } = limits(strength);
  const salt = sodium.randombytes_buf(sodium.crypto_pwhash_SALTBYTES);
  const pass = passphraseBytes(passphrase);
  let kek: Uint8Array;
  try {
    if (pass.length < PASSPHRASE_MIN_LENGTH) throw new PassphraseTooShortError(PASSPHRASE_MIN_LENGTH);
    kek = argon2id(pass.bytes, salt, opslimit, memlimit);
  } finally {
    wipe(pass.bytes);
  }
  try {
    const sealed = seal(secretKey, me.keyId, kek);
    return {
      v: 1,
      alg: PASSPHRASE_WRAP_ALG,
      keyId: me.keyId,
      publicKey: me.publicKey,
      opslimit,
      memlimit,
      salt: toB64(salt),
      ...sealed,
    };
  } finally {
    wipe(kek);
  }
}

/** Returns the secret key, or throws WrongKeyError (wrong passphrase and damaged data look alike). */
export function unwrapWithPassphrase(wrapped: PassphraseWrappedKey, passphrase: string): Uint8Array {
  assertReady();
  checkVersion(wrapped, PASSPHRASE_WRAP_ALG);
  const { opslimit, memlimit } = wrapped;
  // Bounded both ways: a stored object asking for more than 'sensitive' could exhaust a phone's memory.
  const inRange = (n: number, lo: number, hi: number) => Number.isSafeInteger(n) && n >= lo && n <= hi;
  if (
    !inRange(opslimit, sodium.crypto_pwhash_OPSLIMIT_INTERACTIVE, sodium.crypto_pwhash_OPSLIMIT_SENSITIVE) ||
    !inRange(memlimit, sodium.crypto_pwhash_MEMLIMIT_INTERACTIVE, sodium.crypto_pwhash_MEMLIMIT_SENSITIVE)
  ) {
    throw new UnsupportedFormatError('Argon2id parameters out of range');
  }
  const pass = passphraseBytes(passphrase);
  let kek: Uint8Array;
  try {
    kek = orWrongKey(() => argon2id(pass.bytes, fromB64(wrapped.salt), opslimit, memlimit));
  } finally {
    wipe(pass.bytes);
  }
  try {
    return open(wrapped, kek);
  } finally {
    wipe(kek);
  }
}

/** A passphrase change re-wraps the same secret key: key id, public key and every record stay as they are. */
export function changePassphrase(
  wrapped: PassphraseWrappedKey,
  oldPassphrase: string,
  newPassphrase: string,
  strength: Strength = 'moderate',
): PassphraseWrappedKey {
  const secretKey = unwrapWithPassphrase(wrapped, oldPassphrase);
  try {
    return wrapWithPassphrase(secretKey, newPassphrase, strength);
  } finally {
    wipe(secretKey);
  }
}

// ---- passkey PRF (or any other 32-byte secret) -----------------------------------------------

/**
 * The wrapping key is never the PRF output itself:
 *   kek = BLAKE2b-256(key = prfOutput, message = UTF-8("kith/key-wrap/v1") ‖ 0x00 ‖ UTF-8(label))
 * Keyed BLAKE2b is a PRF (it is what libsodium's crypto_kdf uses inside); the fixed prefix keeps
 * this use apart from any other use of the same PRF output, and the label (stored in the object,
 * e.g. the credential id) gives each credential its own key.
 */
export function deriveWrappingKey(prfOutput: Uint8Array, label: string): Uint8Array {
  assertReady();
  if (prfOutput.length !== 32) throw new InvalidKeyError('the wrapping secret must be 32 bytes');
  if (label.length === 0) throw new InvalidKeyError('a wrapping label must not be empty');
  const prefix = utf8('kith/key-wrap/v1');
  const message = new Uint8Array([...prefix, 0, ...utf8(label)]);
  return sodium.crypto_generichash(32, message, prfOutput);
}

export function wrapWithKey(secretKey: Uint8Array, wrappingKey32: Uint8Array, label: string): KeyWrappedKey {
  const me = identityFromSecretKey(secretKey);
  const kek = deriveWrappingKey(wrappingKey32, label);
  try {
    return {
      v: 1,
      alg: KEY_WRAP_ALG,
      keyId: me.keyId,
      publicKey: me.publicKey,
      label,
      ...seal(secretKey, me.keyId, kek),
    };
  } finally {
    wipe(kek);
  }
}

export function unwrapWithKey(wrapped: KeyWrappedKey, wrappingKey32: Uint8Array): Uint8Array {
  checkVersion(wrapped, KEY_WRAP_ALG);
  const kek = orWrongKey(() => deriveWrappingKey(wrappingKey32, wrapped.label));
  try {
    return open(wrapped, kek);
  } finally {
    wipe(kek);
  }
}

// ---- shared ----------------------------------------------------------------------------------

function checkVersion(wrapped: { v: unknown; alg: unknown }, alg: string): void {
  if (wrapped.v !== 1 || wrapped.alg !== alg)
    throw new UnsupportedFormatError(`wrapped key ${String(wrapped.alg)} v${String(wrapped.v)}`);
}

function seal(secretKey: Uint8Array, keyIdText: string, kek: Uint8Array): { nonce: string; ciphertext: string } {
  const nonce = sodium.randombytes_buf(sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  const ciphertext = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(secretKey, utf8(keyIdText), null, nonce, kek);
  return { nonce: toB64(nonce), ciphertext: toB64(ciphertext) };
}

function open(wrapped: WrappedBase, kek: Uint8Array): Uint8Array {
  const secretKey = orWrongKey(() =>
    sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      fromB64(wrapped.ciphertext),
      utf8(wrapped.keyId),
      fromB64(wrapped.nonce),
      kek,
    ),
  );
  // The key id is authenticated; check the secret key really is the one behind the stored public key.
  const derived = orWrongKey(() => identityFromSecretKey(secretKey));
  if (derived.publicKey !== wrapped.publicKey || derived.keyId !== wrapped.keyId) {
    wipe(secretKey);
    throw new WrongKeyError();
  }
  return secretKey;
}
