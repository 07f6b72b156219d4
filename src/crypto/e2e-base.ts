/**
 * Shared ground for the end-to-end layer (e2e.ts): the one crypto library, its encodings, and the
 * typed errors. Isomorphic on purpose — this file and its siblings import libsodium only (no
 * `node:` modules, no Buffer), so the same code runs on the server and in the browser.
 */
import sodium from 'libsodium-wrappers-sumo';

export { sodium };

let initialised = false;

/** Resolves once libsodium's WebAssembly/asm.js module is loaded. Call (and await) before anything else. */
export async function ready(): Promise<void> {
  await sodium.ready;
  initialised = true;
}

export function assertReady(): void {
  if (!initialised) throw new Error('kith e2e: await ready() before using the crypto layer');
}

/** Every binary field in a serialised object is base64url without padding (RFC 4648 §5). */
export function toB64(bytes: Uint8Array): string {
  return sodium.to_base64(bytes, sodium.base64_variants.URLSAFE_NO_PADDING);
}

/** Strict: libsodium refuses padding, foreign alphabets and non-canonical trailing bits. */
export function fromB64(text: string): Uint8Array {
  return sodium.from_base64(text, sodium.base64_variants.URLSAFE_NO_PADDING);
}

export function utf8(text: string): Uint8Array {
  return sodium.from_string(text);
}

/** Overwrites key material in place. Strings (passphrases, base64) cannot be wiped in JS; bytes can. */
export function wipe(bytes: Uint8Array): void {
  sodium.memzero(bytes);
}

/** Base of the layer's errors; `code` is stable, messages never carry key material or plaintext. */
export class E2eError extends Error {
  constructor(
    readonly code: 'wrong_key' | 'not_a_reader' | 'passphrase_too_short' | 'unsupported_format' | 'invalid_key',
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/**
 * Opening failed: wrong passphrase, wrong secret key, or data that was damaged or tampered with.
 * Deliberately one error for all of them, so a caller (or an attacker watching one) never learns
 * which part failed.
 */
export class WrongKeyError extends E2eError {
  constructor() {
    super('wrong_key', 'Could not open: wrong key or passphrase, or the data was altered');
  }
}

/** The record has no sealed copy of its data key for this reader's key id. */
export class NotAReaderError extends E2eError {
  constructor() {
    super('not_a_reader', 'This key is not among the record’s readers');
  }
}

export class PassphraseTooShortError extends E2eError {
  constructor(readonly minimum: number) {
    super('passphrase_too_short', `A passphrase must be at least ${minimum} characters long`);
  }
}

/** A serialised object with a version, algorithm or parameter this build does not accept. */
export class UnsupportedFormatError extends E2eError {
  constructor(what: string) {
    super('unsupported_format', `Unsupported format: ${what}`);
  }
}

/** A public key of the wrong size, or a key id that is not the id of the public key beside it. */
export class InvalidKeyError extends E2eError {
  constructor(what: string) {
    super('invalid_key', `Invalid key: ${what}`);
  }
}

/** Runs `open`, turning any failure (bad base64, failed authentication) into a WrongKeyError. */
export function orWrongKey<T>(open: () => T): T {
  try {
    return open();
  } catch {
    throw new WrongKeyError();
  }
}
