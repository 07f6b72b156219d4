import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sodium } from './e2e-base';
import {
  changePassphrase,
  deriveWrappingKey,
  generateIdentity,
  type Identity,
  identityFromSecretKey,
  InvalidKeyError,
  keyId,
  type KeyWrappedKey,
  NotAReaderError,
  openRecord,
  openRecordText,
  PassphraseTooShortError,
  type PassphraseWrappedKey,
  ready,
  type SealedRecord,
  sealRecord,
  shareRecord,
  unshare,
  UnsupportedFormatError,
  unwrapWithKey,
  unwrapWithPassphrase,
  wipe,
  wrapWithKey,
  wrapWithPassphrase,
  WrongKeyError,
} from './e2e';
import { identityFromSeed, sealRecordDeterministic } from './e2e-testing';
import { EXPECTED, FORMAT, knownAnswers, PRIMITIVES } from './e2e-vectors';
import { loadServerKeys } from './server-keys';

// Tests wrap with 'interactive' Argon2 limits (2 passes, 64 MiB) to stay fast; production wraps
// default to 'moderate' (3 passes, 256 MiB).

const hex = (h: string) => sodium.from_hex(h.replace(/\s+/g, ''));
const toHex = (b: Uint8Array) => sodium.to_hex(b);
const b64 = (b: Uint8Array) => sodium.to_base64(b, sodium.base64_variants.URLSAFE_NO_PADDING);
const unb64 = (s: string) => sodium.from_base64(s, sodium.base64_variants.URLSAFE_NO_PADDING);
/** Flips one bit of a base64url field, keeping it valid base64url. */
const flip = (field: string, at = 0) => {
  const bytes = unb64(field);
  bytes[at] = (bytes[at] ?? 0) ^ 0x01;
  return b64(bytes);
};

beforeAll(async () => {
  await ready();
});

describe('known answers: the primitives through libsodium', () => {
  // The vectors live in e2e-vectors.ts, which test/browser/crypto.test.ts runs in Chromium too.
  it('XChaCha20-Poly1305-IETF: draft-irtf-cfrg-xchacha-03, appendix A.3.1', () => {
    const x = PRIMITIVES.xchacha;
    const sealed = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
      x.plaintext,
      hex(x.aad),
      null,
      hex(x.nonce),
      hex(x.key),
    );
    expect(toHex(sealed)).toBe(x.ciphertext + x.tag);
    expect(
      sodium.to_string(
        sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
          null,
          hex(x.ciphertext + x.tag),
          hex(x.aad),
          hex(x.nonce),
          hex(x.key),
        ),
      ),
    ).toBe(x.plaintext);
  });

  it('BLAKE2b-512("abc"): RFC 7693, appendix A', () => {
    expect(toHex(sodium.crypto_generichash(64, 'abc', null))).toBe(PRIMITIVES.blake2b512Abc);
  });

  it('X25519 public key from a secret key: RFC 7748 §6.1 (Alice)', () => {
    const alice = identityFromSecretKey(hex(PRIMITIVES.x25519.secretKey));
    expect(toHex(unb64(alice.publicKey))).toBe(PRIMITIVES.x25519.publicKey);
  });

  it('Argon2id13 via crypto_pwhash matches the reference implementation', () => {
    // Outputs of the reference `argon2` CLI (see e2e-vectors.ts for where they come from and why
    // RFC 9106's vector cannot be used). Recorded here on 2026-11-23 and matching.
    for (const a of PRIMITIVES.argon2id) {
      expect(
        toHex(
          sodium.crypto_pwhash(
            32,
            a.password,
            sodium.from_string(a.salt),
            a.opslimit,
            a.memlimit,
            sodium.crypto_pwhash_ALG_ARGON2ID13,
          ),
        ),
      ).toBe(a.output);
    }
  });

  it('every known answer, computed by the same function the browser test runs, is as expected', () => {
    expect(knownAnswers()).toEqual(EXPECTED);
  });
});

/**
 * Frozen format vectors: produced once by this build (2026-11-23) and never to change for v: 1.
 * A browser build must reproduce the content bytes and open these objects with the same keys.
 */
describe('frozen format vectors (v: 1)', () => {
  const frozenRecord: SealedRecord = FORMAT.record;

  it('fixed seeds give fixed identities and key ids (BLAKE2b-128 of the public key)', () => {
    const reader = identityFromSeed(hex(FORMAT.readerSeed));
    expect(reader).toMatchObject({ keyId: FORMAT.reader.keyId, publicKey: FORMAT.reader.publicKey });
    expect(toHex(reader.secretKey)).toBe(FORMAT.reader.secretKey);
    expect(keyId(reader.publicKey)).toBe(b64(sodium.crypto_generichash(16, unb64(reader.publicKey), null)));
    expect(identityFromSeed(hex(FORMAT.otherSeed)).keyId).toBe(FORMAT.otherKeyId);
  });

  it('a fixed data key and nonce reproduce the frozen content bytes exactly', () => {
    const record = sealRecordDeterministic({
      recordId: FORMAT.recordId,
      plaintext: FORMAT.plaintext,
      readers: [identityFromSeed(hex(FORMAT.readerSeed)), identityFromSeed(hex(FORMAT.otherSeed))],
      dataKey: hex(FORMAT.dataKey),
      nonce: hex(FORMAT.nonce),
    });
    expect({ ...record, keys: record.keys.map((k) => k.keyId) }).toEqual({
      ...frozenRecord,
      keys: frozenRecord.keys.map((k) => k.keyId),
    });
    expect(toHex(unb64(record.ciphertext))).toBe(FORMAT.ciphertextHex);
  });

  it('the frozen record (sealed keys included) opens for both of its readers', () => {
    expect(openRecordText(frozenRecord, identityFromSeed(hex(FORMAT.readerSeed)))).toBe(FORMAT.plaintext);
    expect(openRecordText(frozenRecord, identityFromSeed(hex(FORMAT.otherSeed)))).toBe(FORMAT.plaintext);
  });

  it('the frozen passphrase-wrapped key opens with its passphrase', () => {
    const wrapped: PassphraseWrappedKey = FORMAT.passphraseWrapped;
    expect(toHex(unwrapWithPassphrase(wrapped, FORMAT.passphrase))).toBe(FORMAT.reader.secretKey);
  });

  it('the passkey-PRF derivation and the frozen key-wrapped key', () => {
    const prf = hex(FORMAT.prf);
    expect(toHex(deriveWrappingKey(prf, FORMAT.prfLabel))).toBe(FORMAT.prfWrappingKey);
    const wrapped: KeyWrappedKey = FORMAT.keyWrapped;
    expect(toHex(unwrapWithKey(wrapped, prf))).toBe(FORMAT.reader.secretKey);
  });
});

describe('records', () => {
  let a: Identity;
  let b: Identity;
  let coordinator: Identity;
  let note: SealedRecord;

  beforeAll(() => {
    a = generateIdentity();
    b = generateIdentity();
    coordinator = generateIdentity();
    note = sealRecord({ recordId: 'note-1', plaintext: 'Caller safe, follow-up wanted', readers: [a] });
  });

  it('round-trips text and bytes, with one sealed key per distinct reader and a fresh data key each time', () => {
    expect(openRecordText(note, a)).toBe('Caller safe, follow-up wanted');
    const bytes = new Uint8Array([0, 1, 2, 255]);
    const both = sealRecord({ recordId: 'r2', plaintext: bytes, readers: [a, b, a] });
    expect(both.keys.map((k) => k.keyId)).toEqual([a.keyId, b.keyId]);
    expect(openRecord(both, b)).toEqual(bytes);
    expect(both).toMatchObject({ v: 1, alg: 'xchacha20poly1305-ietf+x25519-sealedbox', recordId: 'r2' });
    const again = sealRecord({ recordId: 'note-1', plaintext: 'Caller safe, follow-up wanted', readers: [a] });
    expect(again.ciphertext).not.toBe(note.ciphertext);
    expect(again.nonce).not.toBe(note.nonce);
    // Nothing in the serialised record is plaintext, and binary fields are base64url, unpadded.
    expect(JSON.stringify(note)).not.toContain('Caller');
    for (const field of [note.nonce, note.ciphertext, note.keys[0]?.sealedKey ?? ''])
      expect(field).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('someone who is not a reader (a coordinator) cannot open it', () => {
    expect(() => openRecord(note, coordinator)).toThrow(NotAReaderError);
  });

  it("the server's whole view cannot open it: records, public keys, wrapped keys and the server key file", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kith-e2e-'));
    try {
      await loadServerKeys({ secretKey: undefined, dataDir });
      const serverKeyFile = readFileSync(join(dataDir, 'secret.key'), 'utf8').trim();
      const serverRoot = sodium.from_base64(serverKeyFile, sodium.base64_variants.ORIGINAL);
      const wrappedA = wrapWithPassphrase(a.secretKey, 'a long enough passphrase', 'interactive');
      const serverView = JSON.stringify({
        note,
        publicKeys: [a, b, coordinator].map(({ keyId: id, publicKey }) => ({ keyId: id, publicKey })),
        wrappedA,
      });
      expect(serverView).not.toContain('Caller safe');

      // Every secret the server could try, presented as A's entry (public key and id are public).
      // (The server's purpose keys are KDF subkeys of its root under context "kith_srv"; try the first nine.)
      const serverSubkeys = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((id) =>
        sodium.crypto_kdf_derive_from_key(32, id, 'kith_srv', serverRoot),
      );
      const candidates = [
        serverRoot,
        ...serverSubkeys,
        sodium.crypto_box_seed_keypair(serverRoot).privateKey,
        generateIdentity().secretKey,
      ];
      for (const secretKey of candidates) {
        expect(secretKey.length).toBe(32);
        expect(() => openRecord(note, { keyId: a.keyId, publicKey: a.publicKey, secretKey })).toThrow(WrongKeyError);
      }
      // A fresh unrelated identity is simply not a reader.
      expect(() => openRecord(note, generateIdentity())).toThrow(NotAReaderError);
      // Nor does the server key unwrap A's key, as a passphrase or as a wrapping key.
      expect(() => unwrapWithPassphrase(wrappedA, serverKeyFile)).toThrow(WrongKeyError);
      expect(() => unwrapWithKey(wrapWithKey(a.secretKey, sodium.randombytes_buf(32), 'cred'), serverRoot)).toThrow(
        WrongKeyError,
      );
      // With A's key it opens.
      expect(openRecordText(note, a)).toBe('Caller safe, follow-up wanted');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('after A shares with B, B can open it; sharing again changes nothing; the content is not re-encrypted', () => {
    expect(() => openRecord(note, b)).toThrow(NotAReaderError);
    const shared = shareRecord(note, a, b);
    expect(openRecordText(shared, b)).toBe('Caller safe, follow-up wanted');
    expect(shared.ciphertext).toBe(note.ciphertext);
    expect(shared.nonce).toBe(note.nonce);
    expect(shared.keys.map((k) => k.keyId)).toEqual([a.keyId, b.keyId]);
    expect(shareRecord(shared, a, b)).toBe(shared);
    expect(note.keys).toHaveLength(1); // the input is not mutated
  });

  it('only a reader can share, and a key id must match its public key', () => {
    expect(() => shareRecord(note, coordinator, b)).toThrow(NotAReaderError);
    expect(() => shareRecord(note, a, { keyId: coordinator.keyId, publicKey: b.publicKey })).toThrow(InvalidKeyError);
    expect(() =>
      sealRecord({ recordId: 'x', plaintext: 'x', readers: [{ keyId: a.keyId, publicKey: 'not-a-key' }] }),
    ).toThrow(InvalidKeyError);
  });

  it('unshare drops the reader; dropping the last reader leaves a record nobody can open', () => {
    const shared = shareRecord(note, a, b);
    const back = unshare(shared, b.keyId);
    expect(() => openRecord(back, b)).toThrow(NotAReaderError);
    expect(openRecordText(back, a)).toBe('Caller safe, follow-up wanted');
    expect(() => openRecord(unshare(back, a.keyId), a)).toThrow(NotAReaderError);
  });

  it('tampering with the ciphertext, nonce, record id or a sealed key gives WrongKeyError', () => {
    const shared = shareRecord(note, a, b);
    const [first, second] = shared.keys;
    if (!first || !second) throw new Error('expected two readers');
    const tampered: SealedRecord[] = [
      { ...shared, ciphertext: flip(shared.ciphertext) },
      { ...shared, ciphertext: flip(shared.ciphertext, unb64(shared.ciphertext).length - 1) }, // the tag
      { ...shared, ciphertext: shared.ciphertext.slice(0, 10) },
      { ...shared, nonce: flip(shared.nonce, 23) },
      { ...shared, recordId: 'note-2' },
      { ...shared, keys: [{ ...first, sealedKey: flip(first.sealedKey, 40) }, second] },
      { ...shared, keys: [{ ...first, sealedKey: second.sealedKey }, second] }, // B's box under A's id
      { ...shared, ciphertext: `${shared.ciphertext}=` }, // not strict base64url
    ];
    for (const record of tampered) expect(() => openRecord(record, a)).toThrow(WrongKeyError);
    // Moving the whole ciphertext to another record is caught by the associated data.
    const other = sealRecord({ recordId: 'note-2', plaintext: 'other', readers: [a] });
    expect(() => openRecord({ ...other, nonce: note.nonce, ciphertext: note.ciphertext }, a)).toThrow(WrongKeyError);
    // A damaged record is not passed on by sharing.
    expect(() => shareRecord({ ...note, ciphertext: flip(note.ciphertext) }, a, coordinator)).toThrow(WrongKeyError);
  });

  it('refuses formats it does not know', () => {
    expect(() => openRecord({ ...note, v: 2 } as unknown as SealedRecord, a)).toThrow(UnsupportedFormatError);
    expect(() => openRecord({ ...note, alg: 'aes' } as unknown as SealedRecord, a)).toThrow(UnsupportedFormatError);
  });
});

describe('wrapped secret keys', () => {
  let me: Identity;
  let wrapped: PassphraseWrappedKey;
  const passphrase = 'tangerine harbour 1987 kites';

  beforeAll(() => {
    me = generateIdentity();
    wrapped = wrapWithPassphrase(me.secretKey, passphrase, 'interactive');
  });

  it('records the Argon2id parameters, the key id and the public key; nothing secret in the clear', () => {
    expect(wrapped).toMatchObject({
      v: 1,
      alg: 'argon2id13+xchacha20poly1305-ietf',
      keyId: me.keyId,
      publicKey: me.publicKey,
      opslimit: sodium.crypto_pwhash_OPSLIMIT_INTERACTIVE,
      memlimit: sodium.crypto_pwhash_MEMLIMIT_INTERACTIVE,
    });
    expect(unb64(wrapped.salt)).toHaveLength(16);
    expect(JSON.stringify(wrapped)).not.toContain(b64(me.secretKey));
  });

  it('unwraps with the passphrase and not with a wrong one', () => {
    expect(unwrapWithPassphrase(wrapped, passphrase)).toEqual(me.secretKey);
    expect(() => unwrapWithPassphrase(wrapped, 'tangerine harbour 1987 kite')).toThrow(WrongKeyError);
    expect(() => unwrapWithPassphrase(wrapped, '')).toThrow(WrongKeyError);
  });

  it('tampering with any field gives WrongKeyError; absurd parameters are refused before hashing', () => {
    const other = generateIdentity();
    for (const bad of [
      { ...wrapped, ciphertext: flip(wrapped.ciphertext) },
      { ...wrapped, nonce: flip(wrapped.nonce) },
      { ...wrapped, salt: flip(wrapped.salt) },
      { ...wrapped, keyId: other.keyId },
      { ...wrapped, publicKey: other.publicKey },
      { ...wrapped, opslimit: wrapped.opslimit + 1 },
    ]) {
      expect(() => unwrapWithPassphrase(bad, passphrase)).toThrow(WrongKeyError);
    }
    expect(() => unwrapWithPassphrase({ ...wrapped, memlimit: 8 * 1024 ** 3 }, passphrase)).toThrow(
      UnsupportedFormatError,
    );
    expect(() => unwrapWithPassphrase({ ...wrapped, opslimit: 1 }, passphrase)).toThrow(UnsupportedFormatError);
  });

  it('refuses passphrases shorter than 12 characters, counted after NFKC in code points', () => {
    expect(() => wrapWithPassphrase(me.secretKey, 'short pass', 'interactive')).toThrow(PassphraseTooShortError);
    expect(() => wrapWithPassphrase(me.secretKey, 'short pass', 'interactive')).toThrow(/at least 12 characters/);
    // 11 emoji are 22 UTF-16 units but 11 characters.
    expect(() => wrapWithPassphrase(me.secretKey, '🔑'.repeat(11), 'interactive')).toThrow(PassphraseTooShortError);
  });

  it('NFKC: a composed and a decomposed "é" (and full-width letters) unwrap the same key', () => {
    const composed = 'caf\u00e9 con leche, por favor';
    const decomposed = 'cafe\u0301 con leche, por favor';
    expect(composed).not.toBe(decomposed);
    const w = wrapWithPassphrase(me.secretKey, composed, 'interactive');
    expect(unwrapWithPassphrase(w, decomposed)).toEqual(me.secretKey);
    const fullWidth = wrapWithPassphrase(me.secretKey, 'ｐａｓｓｐｈｒａｓｅ１２３', 'interactive');
    expect(unwrapWithPassphrase(fullWidth, 'passphrase123')).toEqual(me.secretKey);
  });

  it('a passphrase change re-wraps the same key: same id and public key, old passphrase no longer works', () => {
    const changed = changePassphrase(wrapped, passphrase, 'a brand new passphrase', 'interactive');
    expect(changed).toMatchObject({ keyId: me.keyId, publicKey: me.publicKey });
    expect(changed.salt).not.toBe(wrapped.salt);
    expect(unwrapWithPassphrase(changed, 'a brand new passphrase')).toEqual(me.secretKey);
    expect(() => unwrapWithPassphrase(changed, passphrase)).toThrow(WrongKeyError);
  });

  it('wraps with a passkey PRF output; a wrong output, label or kind of wrapping is refused', () => {
    const prf = sodium.randombytes_buf(32);
    const byKey = wrapWithKey(me.secretKey, prf, 'credential-abc');
    expect(byKey).toMatchObject({
      v: 1,
      alg: 'blake2b256-kdf+xchacha20poly1305-ietf',
      keyId: me.keyId,
      label: 'credential-abc',
    });
    expect(unwrapWithKey(byKey, prf)).toEqual(me.secretKey);
    expect(() => unwrapWithKey(byKey, sodium.randombytes_buf(32))).toThrow(WrongKeyError);
    expect(() => unwrapWithKey({ ...byKey, label: 'credential-abd' }, prf)).toThrow(WrongKeyError);
    expect(() => unwrapWithKey(byKey, prf.subarray(0, 16))).toThrow(WrongKeyError);
    expect(() => wrapWithKey(me.secretKey, prf.subarray(0, 16), 'x')).toThrow(InvalidKeyError);
    expect(() => unwrapWithPassphrase(byKey as unknown as PassphraseWrappedKey, passphrase)).toThrow(
      UnsupportedFormatError,
    );
  });

  it('wipe zeroes key material in place', () => {
    const key = generateIdentity().secretKey;
    wipe(key);
    expect(key).toEqual(new Uint8Array(32));
  });
});
