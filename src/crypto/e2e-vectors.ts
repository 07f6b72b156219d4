/**
 * TEST-ONLY: the known-answer vectors of the end-to-end layer, in one place so that every build runs
 * the very same ones — `src/crypto/e2e.test.ts` in Node, and `test/browser/crypto.test.ts`, which
 * bundles this file with e2e.ts for Chromium. `knownAnswers()` computes each output from its inputs
 * with whichever libsodium it was built with; both tests compare the result with `EXPECTED`.
 *
 * Never import this from application code (it pulls in e2e-testing.ts, whose fixed keys would
 * destroy the scheme).
 */
import { sodium } from './e2e-base';
import {
  deriveSignInKeys,
  deriveWrappingKey,
  identityFromSecretKey,
  keyId,
  openRecordText,
  unwrapWithKey,
  unwrapWithPassphrase,
  type KeyWrappedKey,
  type PassphraseWrappedKey,
  type SealedRecord,
} from './e2e';
import { identityFromSeed, sealRecordDeterministic } from './e2e-testing';

/** Published vectors for the primitives, checked through libsodium. */
export const PRIMITIVES = {
  /** draft-irtf-cfrg-xchacha-03, appendix A.3.1 */
  xchacha: {
    key: '808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f',
    nonce: '404142434445464748494a4b4c4d4e4f5051525354555657',
    aad: '50515253c0c1c2c3c4c5c6c7',
    plaintext:
      "Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.",
    ciphertext:
      'bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb' +
      '731c7f1b0b4aa6440bf3a82f4eda7e39ae64c6708c54c216cb96b72e1213b452' +
      '2f8c9ba40db5d945b11b69b982c1bb9e3f3fac2bc369488f76b2383565d3fff9' +
      '21f9664c97637da9768812f615c68b13b52e',
    tag: 'c0875924c1c7987947deafd8780acf49',
  },
  /** RFC 7693, appendix A */
  blake2b512Abc:
    'ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1' +
    '7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923',
  /** RFC 7748 §6.1 (Alice) */
  x25519: {
    secretKey: '77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a',
    publicKey: '8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a',
  },
  /**
   * Outputs of the reference `argon2` CLI (phc-winner-argon2, parallelism 1, 32-byte tag, version
   * 0x13), e.g. `echo -n 123 | argon2 ABCDEFGHIJKLMNOP -id -v 13 -k 1024 -t 5`, as published in
   * iov-one/iov-core (packages/iov-crypto/src/libsodium.spec.ts). libsodium's memlimit is in bytes
   * where the CLI's -k is in KiB. RFC 9106's Argon2id vector needs a secret and associated data,
   * which crypto_pwhash does not take.
   */
  argon2id: [
    {
      password: '123',
      salt: 'ABCDEFGHIJKLMNOP',
      opslimit: 5,
      memlimit: 1024 * 1024,
      output: '3c5d010180ba0cf5b6b858cba23b318e42d33088983c404598599c3b029ecac6',
    },
    {
      password: '123',
      salt: 'ABCDEFGHIJKLMNOP',
      opslimit: 2,
      memlimit: 8 * 1024 * 1024,
      output: '3ee950488d26ce691657b1d753f562139857b61a58f234d6cb0ce84c4cc27328',
    },
  ],
} as const;

const readerSecretKey = '3d94eea49c580aef816935762be049559d6d1440dede12e6a125f1841fff8e6f';

/**
 * Frozen format vectors: produced once by this build (2026-11-23) and never to change for v: 1.
 * Sealed keys and wrapped keys use fresh randomness each time, so they are pinned by opening the
 * frozen objects with fixed keys; content bytes are pinned exactly.
 */
export const FORMAT = {
  readerSeed: '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f',
  otherSeed: '202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f',
  reader: {
    keyId: 'g_xCGC7eAr0pWpLsxZeaoA',
    publicKey: 'RwHQhIhFH1RaQJ-1iuPlhYHKQKw_fxFGmM1x3qxzygE',
    secretKey: readerSecretKey,
  },
  otherKeyId: '9f__iUh_gLqBf9k7n2_5zA',
  plaintext: 'Kith format vector v1: café ☕',
  recordId: 'note-0001',
  dataKey: 'a0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebf',
  nonce: 'c0c1c2c3c4c5c6c7c8c9cacbcccdcecfd0d1d2d3d4d5d6d7',
  ciphertextHex: 'f4400dec5daacff5ca2976bf9759575ed1f44ed6b62500ac467af446416effb379d6478c062868c92d5d8211b1084990',
  record: {
    v: 1,
    alg: 'xchacha20poly1305-ietf+x25519-sealedbox',
    recordId: 'note-0001',
    nonce: 'wMHCw8TFxsfIycrLzM3Oz9DR0tPU1dbX',
    ciphertext: '9EAN7F2qz_XKKXa_l1lXXtH0Tta2JQCsRnr0RkFu_7N51keMBihoyS1dghGxCEmQ',
    keys: [
      {
        keyId: 'g_xCGC7eAr0pWpLsxZeaoA',
        sealedKey:
          'X9oDzwBVnSn5IR8puT1KRHxwjlqMiIKWuIb3nTm9bxs0VEjrNg944RcNr1jBORGwBxERVYfgkDBFng4NgCWuDu1KZvqJSw8G-BxpoPTgOsk',
      },
      {
        keyId: '9f__iUh_gLqBf9k7n2_5zA',
        sealedKey:
          'D2llkGueNOcpA95i2mOE28bKm35yA99dpxdT5va_vH97xKKkrEgTjAU6-8FGlJo6uAXqmtS5Ln7XK1zdU4_bYizkI8PeMVd4alNF6h6bIlE',
      },
    ],
  } satisfies SealedRecord,
  passphrase: 'correct horse battery staple',
  passphraseWrapped: {
    v: 1,
    alg: 'argon2id13+xchacha20poly1305-ietf',
    keyId: 'g_xCGC7eAr0pWpLsxZeaoA',
    publicKey: 'RwHQhIhFH1RaQJ-1iuPlhYHKQKw_fxFGmM1x3qxzygE',
    opslimit: 2,
    memlimit: 67108864,
    salt: 'qy9IHYBnRV0_iB2PxKklaQ',
    nonce: 'EcdRBh0uBcQDBjaLu3aWUBqFV1MB18Pl',
    ciphertext: 'CP1Vsf6k8ht1FwpTs3u48Va6jv5WVuoCElDCYrAStX7lAKGGSahR2hbKWLEpW1pF',
  } satisfies PassphraseWrappedKey,
  prf: 'e0e1e2e3e4e5e6e7e8e9eaebecedeeeff0f1f2f3f4f5f6f7f8f9fafbfcfdfeff',
  prfLabel: 'credential-1',
  prfWrappingKey: '1c954ac0e8a79c1d84c840e88bef2378802f64ee80fcdd47b96e4ad110c3a929',
  keyWrapped: {
    v: 1,
    alg: 'blake2b256-kdf+xchacha20poly1305-ietf',
    keyId: 'g_xCGC7eAr0pWpLsxZeaoA',
    publicKey: 'RwHQhIhFH1RaQJ-1iuPlhYHKQKw_fxFGmM1x3qxzygE',
    label: 'credential-1',
    nonce: '2bu-Qfg4Liazjk1jD0UujiXngR-i_JdO',
    ciphertext: 'ufZjHxM8fVz-hqrzb5WD-RikvQ_Uo-sKEFXH_KbtSnnzHbo6F5N-a2_DY5nJlY04',
  } satisfies KeyWrappedKey,
  /**
   * The sign-in split (docs/SIGN-IN.md) with 'interactive' limits, frozen 2026-11-23: the auth key
   * the server sees, the wrapping key that never leaves the browser, and the reader's secret key
   * wrapped with it the way the console wraps at set-up.
   */
  signIn: {
    passphrase: 'correct horse battery',
    authSalt: 'AAECAwQFBgcICQoLDA0ODw',
    argon: { opslimit: 2, memlimit: 67108864 },
    authKey: '9kpSBAapDGxTHwTxjrmf9KnF13u00b-3_tTqk3Q0T2s',
    wrappingKey: 'f5e85ff758d75f756ca792e94772b2ea8cadfec6bc27463ef62d38829251e43d',
    wrapped: {
      v: 1,
      alg: 'blake2b256-kdf+xchacha20poly1305-ietf',
      keyId: 'g_xCGC7eAr0pWpLsxZeaoA',
      publicKey: 'RwHQhIhFH1RaQJ-1iuPlhYHKQKw_fxFGmM1x3qxzygE',
      label: 'passphrase',
      nonce: 'Uq73mnPxHJcshLEp6XfpozM3FT8hv5rd',
      ciphertext: 'txzD78vh5KEraNfhh9CfHYyERStClxM8JVJ_PI36omYMUSSuVCJ9WttdgaDpp_mk',
    } satisfies KeyWrappedKey,
  },
} as const;

/** Each known answer by name, as text (hex for bytes), so any two builds' results compare with one toEqual. */
export type KnownAnswers = Record<string, string>;

const hex = (text: string) => sodium.from_hex(text);
const toHex = (bytes: Uint8Array) => sodium.to_hex(bytes);

/** Computes every known answer from the inputs above, with this build's libsodium (await ready() first). */
export function knownAnswers(): KnownAnswers {
  const x = PRIMITIVES.xchacha;
  const sealed = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
    x.plaintext,
    hex(x.aad),
    null,
    hex(x.nonce),
    hex(x.key),
  );
  const opened = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
    null,
    hex(x.ciphertext + x.tag),
    hex(x.aad),
    hex(x.nonce),
    hex(x.key),
  );
  const answers: KnownAnswers = {
    'xchacha20poly1305-ietf seal': toHex(sealed),
    'xchacha20poly1305-ietf open': sodium.to_string(opened),
    'blake2b-512 abc': toHex(sodium.crypto_generichash(64, 'abc', null)),
    'x25519 public key': toHex(
      sodium.from_base64(
        identityFromSecretKey(hex(PRIMITIVES.x25519.secretKey)).publicKey,
        sodium.base64_variants.URLSAFE_NO_PADDING,
      ),
    ),
  };
  for (const [i, a] of PRIMITIVES.argon2id.entries()) {
    answers[`argon2id13 #${i + 1}`] = toHex(
      sodium.crypto_pwhash(
        32,
        a.password,
        sodium.from_string(a.salt),
        a.opslimit,
        a.memlimit,
        sodium.crypto_pwhash_ALG_ARGON2ID13,
      ),
    );
  }

  const reader = identityFromSeed(hex(FORMAT.readerSeed));
  const other = identityFromSeed(hex(FORMAT.otherSeed));
  const record = sealRecordDeterministic({
    recordId: FORMAT.recordId,
    plaintext: FORMAT.plaintext,
    readers: [reader, other],
    dataKey: hex(FORMAT.dataKey),
    nonce: hex(FORMAT.nonce),
  });
  const signIn = deriveSignInKeys(FORMAT.signIn.passphrase, FORMAT.signIn.authSalt, FORMAT.signIn.argon);
  return {
    ...answers,
    'format reader key id': reader.keyId,
    'format reader public key': reader.publicKey,
    'format reader secret key': toHex(reader.secretKey),
    'format key id is BLAKE2b-128 of the public key':
      keyId(reader.publicKey) ===
      toB64(
        sodium.crypto_generichash(
          16,
          sodium.from_base64(reader.publicKey, sodium.base64_variants.URLSAFE_NO_PADDING),
          null,
        ),
      )
        ? 'yes'
        : 'no',
    'format other key id': other.keyId,
    'format record, sealed keys as key ids': JSON.stringify({ ...record, keys: record.keys.map((k) => k.keyId) }),
    'format record ciphertext': toHex(sodium.from_base64(record.ciphertext, sodium.base64_variants.URLSAFE_NO_PADDING)),
    'format frozen record opened by its reader': openRecordText(FORMAT.record, reader),
    'format frozen record opened by the other reader': openRecordText(FORMAT.record, other),
    'format passphrase-wrapped key unwrapped': toHex(unwrapWithPassphrase(FORMAT.passphraseWrapped, FORMAT.passphrase)),
    'format passkey-PRF wrapping key': toHex(deriveWrappingKey(hex(FORMAT.prf), FORMAT.prfLabel)),
    'format key-wrapped key unwrapped': toHex(unwrapWithKey(FORMAT.keyWrapped, hex(FORMAT.prf))),
    'sign-in auth key': signIn.authKey,
    'sign-in wrapping key': toHex(signIn.wrappingKey),
    'sign-in wrapped key unwrapped': toHex(unwrapWithKey(FORMAT.signIn.wrapped, signIn.wrappingKey)),
  };
}

function toB64(bytes: Uint8Array): string {
  return sodium.to_base64(bytes, sodium.base64_variants.URLSAFE_NO_PADDING);
}

/** What knownAnswers() must return in every build. */
export const EXPECTED: KnownAnswers = {
  'xchacha20poly1305-ietf seal': PRIMITIVES.xchacha.ciphertext + PRIMITIVES.xchacha.tag,
  'xchacha20poly1305-ietf open': PRIMITIVES.xchacha.plaintext,
  'blake2b-512 abc': PRIMITIVES.blake2b512Abc,
  'x25519 public key': PRIMITIVES.x25519.publicKey,
  'argon2id13 #1': PRIMITIVES.argon2id[0].output,
  'argon2id13 #2': PRIMITIVES.argon2id[1].output,
  'format reader key id': FORMAT.reader.keyId,
  'format reader public key': FORMAT.reader.publicKey,
  'format reader secret key': FORMAT.reader.secretKey,
  'format key id is BLAKE2b-128 of the public key': 'yes',
  'format other key id': FORMAT.otherKeyId,
  'format record, sealed keys as key ids': JSON.stringify({
    ...FORMAT.record,
    keys: FORMAT.record.keys.map((k) => k.keyId),
  }),
  'format record ciphertext': FORMAT.ciphertextHex,
  'format frozen record opened by its reader': FORMAT.plaintext,
  'format frozen record opened by the other reader': FORMAT.plaintext,
  'format passphrase-wrapped key unwrapped': FORMAT.reader.secretKey,
  'format passkey-PRF wrapping key': FORMAT.prfWrappingKey,
  'format key-wrapped key unwrapped': FORMAT.reader.secretKey,
  'sign-in auth key': FORMAT.signIn.authKey,
  'sign-in wrapping key': FORMAT.signIn.wrappingKey,
  'sign-in wrapped key unwrapped': FORMAT.reader.secretKey,
};
