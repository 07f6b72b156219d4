import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { identityFromSecretKey, openRecordText, ready, sealRecord } from '../crypto/e2e';
import { fromB64, sodium, toB64 } from '../crypto/e2e-base';

/**
 * The chat page may make its key pair with the browser's X25519 (Web Crypto) before libsodium has
 * arrived on a slow connection (src/web/client/chat/tab-key.ts), then use it with libsodium. These
 * known answers show the two agree, both ways, with Node's Web Crypto standing in for the browser's.
 */
const subtle = webcrypto.subtle;
const hex = (text: string) => Uint8Array.from(Buffer.from(text, 'hex'));

/** RFC 7748 §6.1: Alice's and Bob's keys and their shared secret. */
const ALICE_SECRET = hex('77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a');
const ALICE_PUBLIC = hex('8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a');
const BOB_PUBLIC = hex('de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f');
const SHARED = hex('4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742');

async function webCryptoPrivate(secretKey: Uint8Array, publicKey: Uint8Array) {
  const jwk = { kty: 'OKP', crv: 'X25519', d: toB64(secretKey), x: toB64(publicKey) };
  return subtle.importKey('jwk', jwk, { name: 'X25519' }, true, ['deriveBits']);
}

async function webCryptoShared(secretKey: Uint8Array, publicKey: Uint8Array, other: Uint8Array) {
  const mine = await webCryptoPrivate(secretKey, publicKey);
  const theirs = await subtle.importKey('raw', other, { name: 'X25519' }, true, []);
  return new Uint8Array(await subtle.deriveBits({ name: 'X25519', public: theirs }, mine, 256));
}

describe('a chat key made by Web Crypto works with libsodium', () => {
  it('agrees with RFC 7748’s known answers on both sides', async () => {
    await ready();
    expect(fromB64(identityFromSecretKey(ALICE_SECRET.slice()).publicKey)).toEqual(ALICE_PUBLIC);
    expect(sodium.crypto_scalarmult(ALICE_SECRET, BOB_PUBLIC)).toEqual(SHARED);
    expect(await webCryptoShared(ALICE_SECRET, ALICE_PUBLIC, BOB_PUBLIC)).toEqual(SHARED);
  });

  it('a pair from Web Crypto: libsodium derives the same public key, and a sealed record to it opens', async () => {
    await ready();
    for (let i = 0; i < 20; i++) {
      const pair = (await subtle.generateKey({ name: 'X25519' }, true, ['deriveBits'])) as webcrypto.CryptoKeyPair;
      const jwk = await subtle.exportKey('jwk', pair.privateKey);
      const me = identityFromSecretKey(fromB64(jwk.d ?? ''));
      expect(me.publicKey).toBe(jwk.x);
      // What the server does for the page's early message, and what the page then opens with libsodium.
      const record = sealRecord({ recordId: `msg_${i}`, plaintext: 'hello', readers: [me] });
      expect(openRecordText(record, me)).toBe('hello');
    }
  });

  it('a pair from libsodium: Web Crypto accepts it and computes the same shared secret', async () => {
    await ready();
    const mine = sodium.crypto_box_keypair();
    const other = sodium.crypto_box_keypair();
    const shared = await webCryptoShared(mine.privateKey, mine.publicKey, other.publicKey);
    expect(shared).toEqual(sodium.crypto_scalarmult(mine.privateKey, other.publicKey));
  });
});
