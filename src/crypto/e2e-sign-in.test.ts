import { beforeAll, describe, expect, it } from 'vitest';
import { sodium } from './e2e-base';
import {
  defaultArgon,
  deriveSignInKeys,
  generateIdentity,
  newAuthSalt,
  openRecordText,
  PASSPHRASE_LABEL,
  PassphraseTooShortError,
  ready,
  resealRecord,
  sealRecord,
  shareRecord,
  unwrapWithKey,
  wrapWithKey,
  NotAReaderError,
} from './e2e';

beforeAll(ready);

describe('the sign-in split', () => {
  it('is Argon2id13 over NFKC(passphrase), 64 bytes: the first half authenticates, the second wraps', () => {
    const salt = 'AAECAwQFBgcICQoLDA0ODw'; // bytes 0..15
    const argon = defaultArgon('interactive');
    const keys = deriveSignInKeys('correct horse battery', salt, argon);
    const whole = sodium.crypto_pwhash(
      64,
      sodium.from_string('correct horse battery'),
      sodium.from_base64(salt, sodium.base64_variants.URLSAFE_NO_PADDING),
      argon.opslimit,
      argon.memlimit,
      sodium.crypto_pwhash_ALG_ARGON2ID13,
    );
    expect(keys.authKey).toBe(sodium.to_base64(whole.subarray(0, 32), sodium.base64_variants.URLSAFE_NO_PADDING));
    expect(keys.wrappingKey).toEqual(whole.subarray(32));
    // Same passphrase typed differently (full-width digits) gives the same keys.
    expect(deriveSignInKeys('correct horse battery', salt, argon).authKey).toBe(keys.authKey);
    expect(deriveSignInKeys('correct horse battery ', salt, argon).authKey).not.toBe(keys.authKey);
  });

  it('wraps the private key with the second half; only that passphrase unwraps it', () => {
    const me = generateIdentity();
    const salt = newAuthSalt();
    const argon = defaultArgon('interactive');
    const { wrappingKey } = deriveSignInKeys('a long enough passphrase', salt, argon, true);
    const wrapped = wrapWithKey(me.secretKey, wrappingKey, PASSPHRASE_LABEL);
    const again = deriveSignInKeys('a long enough passphrase', salt, argon);
    expect(unwrapWithKey(wrapped, again.wrappingKey)).toEqual(me.secretKey);
    expect(() =>
      unwrapWithKey(wrapped, deriveSignInKeys('another long passphrase', salt, argon).wrappingKey),
    ).toThrow();
  });

  it('refuses a short passphrase when creating an account, counting code points', () => {
    expect(() => deriveSignInKeys('too short', newAuthSalt(), defaultArgon('interactive'), true)).toThrow(
      PassphraseTooShortError,
    );
  });
});

describe('editing a sealed record', () => {
  it('keeps every reader and the data key; a non-reader cannot edit', () => {
    const a = generateIdentity();
    const b = generateIdentity();
    const note = shareRecord(sealRecord({ recordId: 'note-1', plaintext: 'first words', readers: [a] }), a, b);
    const edited = resealRecord(note, b, 'second words');
    expect(edited.keys).toEqual(note.keys);
    expect(edited.nonce).not.toBe(note.nonce);
    expect(openRecordText(edited, a)).toBe('second words');
    expect(() => resealRecord(note, generateIdentity(), 'x')).toThrow(NotAReaderError);
  });
});
