/**
 * Responders' identities: X25519 key pairs (crypto_box) and their short ids. How a secret key
 * rests (wrapped) is in e2e-wrap.ts; docs/CRYPTO.md describes the whole hierarchy.
 */
import { assertReady, fromB64, InvalidKeyError, sodium, toB64 } from './e2e-base';

/** What others need to seal to someone: safe to publish, stored by the server. */
export interface PublicIdentity {
  /** keyId(publicKey): a short fingerprint people can compare out of band. */
  keyId: string;
  publicKey: string;
}

/** The full key pair; `secretKey` exists unwrapped only in its owner's browser, and only while needed. */
export interface Identity extends PublicIdentity {
  secretKey: Uint8Array;
}

export function generateIdentity(): Identity {
  assertReady();
  const pair = sodium.crypto_box_keypair();
  const publicKey = toB64(pair.publicKey);
  return { keyId: keyId(publicKey), publicKey, secretKey: pair.privateKey };
}

/** BLAKE2b-128 of the raw 32-byte public key, base64url (22 characters). */
export function keyId(publicKey: string): string {
  assertReady();
  return toB64(sodium.crypto_generichash(16, publicKeyBytes(publicKey), null));
}

/** Rebuilds the public half (and its id) from a secret key, e.g. after unwrapping. */
export function identityFromSecretKey(secretKey: Uint8Array): Identity {
  assertReady();
  if (secretKey.length !== sodium.crypto_box_SECRETKEYBYTES) throw new InvalidKeyError('secret key must be 32 bytes');
  const publicKey = toB64(sodium.crypto_scalarmult_base(secretKey));
  return { keyId: keyId(publicKey), publicKey, secretKey };
}

/** Decodes a public key, refusing anything that is not 32 bytes of strict base64url. */
export function publicKeyBytes(publicKey: string): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = fromB64(publicKey);
  } catch {
    throw new InvalidKeyError('public key is not base64url');
  }
  if (bytes.length !== sodium.crypto_box_PUBLICKEYBYTES) throw new InvalidKeyError('public key must be 32 bytes');
  return bytes;
}

/** A key id must be the id of the public key beside it; returns the decoded public key. */
export function checkedPublicKey(who: PublicIdentity): Uint8Array {
  const bytes = publicKeyBytes(who.publicKey);
  if (keyId(who.publicKey) !== who.keyId) throw new InvalidKeyError('key id does not match the public key');
  return bytes;
}
