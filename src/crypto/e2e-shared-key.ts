/**
 * A key pair shared by a team: its secret sealed (crypto_box_seal) to each member's own public key,
 * in a browser that holds it. The web chat's queue key is one (docs/CRYPTO.md, "The queue key").
 * Opening checks the secret really belongs to the public key it claims, so a wrap for a different
 * pair (a swapped or damaged row) is refused rather than used.
 */
import { assertReady, orWrongKey, sodium, toB64, fromB64, wipe, WrongKeyError } from './e2e-base';
import { checkedPublicKey, identityFromSecretKey, type Identity, type PublicIdentity } from './e2e-keys';

/** A shared secret key sealed to one member: `memberKeyId` names the member's key it opens with. */
export interface SharedKeyWrap {
  memberKeyId: string;
  /** crypto_box_seal of the 32-byte secret key: 48 + 32 bytes, base64url. */
  sealed: string;
}

export function wrapSharedKey(shared: Identity, member: PublicIdentity): SharedKeyWrap {
  assertReady();
  const publicKey = checkedPublicKey(member);
  return { memberKeyId: member.keyId, sealed: toB64(sodium.crypto_box_seal(shared.secretKey, publicKey)) };
}

/** Opens a wrap with the member's own key pair; WrongKeyError unless it yields the expected shared key. */
export function openSharedKey(wrap: SharedKeyWrap, me: Identity, expected: PublicIdentity): Identity {
  assertReady();
  if (wrap.memberKeyId !== me.keyId) throw new WrongKeyError();
  const secretKey = orWrongKey(() =>
    sodium.crypto_box_seal_open(fromB64(wrap.sealed), checkedPublicKey(me), me.secretKey),
  );
  const shared = orWrongKey(() => identityFromSecretKey(secretKey));
  if (shared.keyId !== expected.keyId || shared.publicKey !== expected.publicKey) {
    wipe(secretKey);
    throw new WrongKeyError();
  }
  return shared;
}
