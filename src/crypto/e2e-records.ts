/**
 * Records (notes, message bodies, plans): each has its own random data key; the content is
 * encrypted with it and the data key is sealed to every reader's public key. Sharing re-seals the
 * data key; the content is never re-encrypted. See docs/CRYPTO.md.
 */
import {
  assertReady,
  fromB64,
  NotAReaderError,
  orWrongKey,
  sodium,
  toB64,
  UnsupportedFormatError,
  utf8,
  wipe,
  WrongKeyError,
} from './e2e-base';
import { checkedPublicKey, type Identity, type PublicIdentity } from './e2e-keys';

export const RECORD_ALG = 'xchacha20poly1305-ietf+x25519-sealedbox';

export interface SealedKey {
  keyId: string;
  /** crypto_box_seal(dataKey, reader's public key): 48 + 32 bytes, base64url. */
  sealedKey: string;
}

export interface SealedRecord {
  v: 1;
  alg: typeof RECORD_ALG;
  /** Also the associated data of the content, so a ciphertext cannot be moved to another record. */
  recordId: string;
  nonce: string;
  /** XChaCha20-Poly1305-IETF(content, ad = UTF-8(recordId), nonce, dataKey), tag appended. */
  ciphertext: string;
  keys: SealedKey[];
}

export interface SealInput {
  recordId: string;
  plaintext: string | Uint8Array;
  readers: PublicIdentity[];
}

/** Seals content to its readers under a fresh random 32-byte data key, wiped before returning. */
export function sealRecord(input: SealInput): SealedRecord {
  assertReady();
  const dataKey = sodium.crypto_aead_xchacha20poly1305_ietf_keygen();
  const nonce = sodium.randombytes_buf(sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  try {
    return sealRecordWith(input, dataKey, nonce);
  } finally {
    wipe(dataKey);
  }
}

/**
 * The whole construction with the data key and nonce supplied. Not part of the public API (e2e.ts
 * does not export it): only sealRecord and the test-only e2e-testing.ts call it.
 */
export function sealRecordWith(input: SealInput, dataKey: Uint8Array, nonce: Uint8Array): SealedRecord {
  assertReady();
  if (input.recordId.length === 0) throw new TypeError('recordId must not be empty');
  if (input.readers.length === 0) throw new TypeError('a record needs at least one reader');
  if (dataKey.length !== sodium.crypto_aead_xchacha20poly1305_ietf_KEYBYTES)
    throw new TypeError('data key must be 32 bytes');
  if (nonce.length !== sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES)
    throw new TypeError('nonce must be 24 bytes');

  const readers = new Map<string, Uint8Array>();
  for (const reader of input.readers) {
    if (!readers.has(reader.keyId)) readers.set(reader.keyId, checkedPublicKey(reader));
  }
  const fromText = typeof input.plaintext === 'string';
  const plaintext = typeof input.plaintext === 'string' ? utf8(input.plaintext) : input.plaintext;
  try {
    const ciphertext = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
      plaintext,
      utf8(input.recordId),
      null,
      nonce,
      dataKey,
    );
    return {
      v: 1,
      alg: RECORD_ALG,
      recordId: input.recordId,
      nonce: toB64(nonce),
      ciphertext: toB64(ciphertext),
      keys: [...readers].map(([keyId, publicKey]) => ({
        keyId,
        sealedKey: toB64(sodium.crypto_box_seal(dataKey, publicKey)),
      })),
    };
  } finally {
    if (fromText) wipe(plaintext); // our own copy; a caller's Uint8Array is theirs to wipe
  }
}

/** Opens a record with a reader's key pair: NotAReaderError if not a reader, WrongKeyError on any failure. */
export function openRecord(record: SealedRecord, me: Identity): Uint8Array {
  const dataKey = openDataKey(record, me);
  try {
    return decryptContent(record, dataKey);
  } finally {
    wipe(dataKey);
  }
}

/** openRecord for content that was sealed as a string (UTF-8). */
export function openRecordText(record: SealedRecord, me: Identity): string {
  const bytes = openRecord(record, me);
  try {
    return sodium.to_string(bytes);
  } finally {
    wipe(bytes);
  }
}

/**
 * Adds a reader by sealing the same data key to their public key; idempotent when they already
 * read it. Only someone who can open the record can share it. The content is checked to open
 * with the data key first, so a damaged record is never passed on.
 */
export function shareRecord(record: SealedRecord, me: Identity, newReader: PublicIdentity): SealedRecord {
  checkRecord(record);
  const publicKey = checkedPublicKey(newReader);
  if (record.keys.some((k) => k.keyId === newReader.keyId)) return record;
  const dataKey = openDataKey(record, me);
  try {
    wipe(decryptContent(record, dataKey));
    const entry: SealedKey = { keyId: newReader.keyId, sealedKey: toB64(sodium.crypto_box_seal(dataKey, publicKey)) };
    return { ...record, keys: [...record.keys, entry] };
  } finally {
    wipe(dataKey);
  }
}

/**
 * New content under the same data key and a fresh nonce: an edit keeps every reader without
 * touching their sealed keys. Only a reader can do it (the server cannot tell, and keeps the
 * previous version nowhere).
 */
export function resealRecord(record: SealedRecord, me: Identity, plaintext: string | Uint8Array): SealedRecord {
  checkRecord(record);
  const dataKey = openDataKey(record, me);
  try {
    wipe(decryptContent(record, dataKey));
    const nonce = sodium.randombytes_buf(sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    const fromText = typeof plaintext === 'string';
    const bytes = typeof plaintext === 'string' ? utf8(plaintext) : plaintext;
    try {
      const ciphertext = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
        bytes,
        utf8(record.recordId),
        null,
        nonce,
        dataKey,
      );
      return { ...record, nonce: toB64(nonce), ciphertext: toB64(ciphertext) };
    } finally {
      if (fromText) wipe(bytes);
    }
  } finally {
    wipe(dataKey);
  }
}

/**
 * Drops a reader's sealed copy of the data key. This stops future access through Kith only: it
 * cannot un-read what they saw, nor erase a copy of the data key they may have kept. Dropping the
 * last entry shreds the record (nobody can open it again).
 */
export function unshare(record: SealedRecord, keyId: string): SealedRecord {
  checkRecord(record);
  return { ...record, keys: record.keys.filter((k) => k.keyId !== keyId) };
}

function checkRecord(record: SealedRecord): void {
  if (record.v !== 1 || record.alg !== RECORD_ALG || !Array.isArray(record.keys)) {
    throw new UnsupportedFormatError(`record ${String(record.alg)} v${String(record.v)}`);
  }
}

function openDataKey(record: SealedRecord, me: Identity): Uint8Array {
  assertReady();
  checkRecord(record);
  const publicKey = checkedPublicKey(me);
  const entry = record.keys.find((k) => k.keyId === me.keyId);
  if (!entry) throw new NotAReaderError();
  const dataKey = orWrongKey(() => sodium.crypto_box_seal_open(fromB64(entry.sealedKey), publicKey, me.secretKey));
  if (dataKey.length !== sodium.crypto_aead_xchacha20poly1305_ietf_KEYBYTES) {
    wipe(dataKey);
    throw new WrongKeyError();
  }
  return dataKey;
}

function decryptContent(record: SealedRecord, dataKey: Uint8Array): Uint8Array {
  return orWrongKey(() =>
    sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      fromB64(record.ciphertext),
      utf8(record.recordId),
      fromB64(record.nonce),
      dataKey,
    ),
  );
}
