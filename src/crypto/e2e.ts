/**
 * Kith's end-to-end layer: one module for the server and the browser, built only on libsodium
 * (libsodium-wrappers-sumo; the sumo build is the one with Argon2id). No home-made primitives.
 *
 *   await ready();
 *   const me = generateIdentity();                        // in the responder's browser
 *   const wrapped = wrapWithPassphrase(me.secretKey, pass); // what the server stores, with me.publicKey
 *   const note = sealRecord({ recordId, plaintext, readers: [me] });
 *   openRecordText(note, me); shareRecord(note, me, teammate); unshare(note, teammate.keyId);
 *   resealRecord(note, me, edited);                       // an edit: same data key, fresh nonce
 *
 * Every serialised object carries `v: 1` and an `alg`; binary fields are base64url without padding.
 * docs/CRYPTO.md explains the key hierarchy, what the server holds and what it cannot read.
 */
export {
  ready,
  wipe,
  E2eError,
  WrongKeyError,
  NotAReaderError,
  PassphraseTooShortError,
  UnsupportedFormatError,
  InvalidKeyError,
} from './e2e-base';
export { generateIdentity, keyId, identityFromSecretKey, type PublicIdentity, type Identity } from './e2e-keys';
export {
  wrapWithPassphrase,
  unwrapWithPassphrase,
  changePassphrase,
  deriveWrappingKey,
  wrapWithKey,
  unwrapWithKey,
  PASSPHRASE_MIN_LENGTH,
  PASSPHRASE_WRAP_ALG,
  KEY_WRAP_ALG,
  type PassphraseWrappedKey,
  type KeyWrappedKey,
  type WrappedKey,
  type Strength,
} from './e2e-wrap';
export {
  sealRecord,
  openRecord,
  openRecordText,
  shareRecord,
  resealRecord,
  unshare,
  RECORD_ALG,
  type SealedRecord,
  type SealedKey,
  type SealInput,
} from './e2e-records';
export { wrapSharedKey, openSharedKey, type SharedKeyWrap } from './e2e-shared-key';
export {
  deriveSignInKeys,
  defaultArgon,
  newAuthSalt,
  PASSPHRASE_LABEL,
  type ArgonParams,
  type SignInKeys,
} from './e2e-sign-in';
