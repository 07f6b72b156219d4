import { createECDH } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sodium from 'libsodium-wrappers-sumo';
import { useRandomPool } from './random-pool';

/**
 * The server's own keys, derived from one 32-byte root with libsodium's KDF so that each use
 * (sealing responder numbers, indexing them, keying call ids) has a separate key and losing one
 * purpose's key says nothing about another's. Callers' content is NOT protected by these keys:
 * from issue 3 on it is sealed to responders' public keys, which the server never holds.
 */
export interface ServerKeys {
  /** XChaCha20-Poly1305 with the record id as associated data, so a sealed value can't be moved to another row. */
  seal(plaintext: string, boundTo: string): string;
  open(sealed: string, boundTo: string): string;
  /** Keyed BLAKE2b, hex: a stable, non-reversible index for equality lookups. */
  index(purpose: IndexPurpose, value: string): string;
  /**
   * The VAPID key pair web push is signed with (P-256, base64url as the `web-push` library takes it),
   * derived from the root like every other key: nothing more to store, and a restore keeps browsers'
   * subscriptions valid for it.
   */
  readonly vapid: { publicKey: string; privateKey: string };
}

const CONTEXT = 'kith_srv'; // libsodium KDF contexts are exactly 8 bytes.
const SUBKEY = {
  seal: 1,
  phoneIndex: 2,
  callIndex: 3,
  authIndex: 4,
  nameIndex: 5,
  senderIndex: 6,
  messageIndex: 7,
  deviceMac: 8,
  challengeMac: 9,
  memberIndex: 10,
  vapid: 11,
  planPepper: 12,
} as const;

/**
 * Each keyed hash has its own key: responders' numbers, provider call ids, sign-in verifiers, sign-in
 * names, people who text or chat (to find their open conversation, opt-outs and blocks), provider message
 * ids, the MAC on device cookies (a browser that has signed in before, docs/SIGN-IN.md) and the MAC on
 * passkey sign-in challenges (which the server does not store); members' numbers and duress words
 * (src/members: a key of their own, so a member's row never matches a texter's or a responder's hash);
 * and the pepper of members' plan keys (src/crypto/plan-lock.ts), so rows without the key file give a
 * guesser nothing to test codes against.
 */
export type IndexPurpose =
  'phone' | 'call' | 'auth' | 'name' | 'sender' | 'message' | 'device' | 'challenge' | 'member' | 'plan';

export async function loadServerKeys(options: { secretKey: string | undefined; dataDir: string }): Promise<ServerKeys> {
  await sodium.ready;
  // Every server starts here, before it seals anything: randomness from a pool (random-pool.ts says why).
  await useRandomPool();
  const root = options.secretKey ? Buffer.from(options.secretKey, 'base64') : readOrCreateKeyFile(options.dataDir);
  const derive = (id: number) => sodium.crypto_kdf_derive_from_key(32, id, CONTEXT, root);
  const sealKey = derive(SUBKEY.seal);
  const indexKeys: Record<IndexPurpose, Uint8Array> = {
    phone: derive(SUBKEY.phoneIndex),
    call: derive(SUBKEY.callIndex),
    auth: derive(SUBKEY.authIndex),
    name: derive(SUBKEY.nameIndex),
    sender: derive(SUBKEY.senderIndex),
    message: derive(SUBKEY.messageIndex),
    device: derive(SUBKEY.deviceMac),
    challenge: derive(SUBKEY.challengeMac),
    member: derive(SUBKEY.memberIndex),
    plan: derive(SUBKEY.planPepper),
  };

  const vapid = vapidPair(derive(SUBKEY.vapid));
  return {
    vapid,
    seal: (plaintext, boundTo) => sealWithKey(sealKey, plaintext, boundTo),
    open: (sealed, boundTo) => openWithKey(sealKey, sealed, boundTo),
    index(purpose, value) {
      return sodium.crypto_generichash(32, value, indexKeys[purpose], 'hex');
    },
  };
}

/**
 * A P-256 key pair from 32 derived bytes used as the private scalar. Any 32 bytes below the curve's
 * order (all but about 2^-32 of them) are a valid key; on the rare miss the bytes are hashed again.
 */
function vapidPair(seed: Uint8Array): { publicKey: string; privateKey: string } {
  let scalar = seed;
  for (;;) {
    try {
      const ecdh = createECDH('prime256v1');
      ecdh.setPrivateKey(Buffer.from(scalar));
      return { publicKey: ecdh.getPublicKey('base64url'), privateKey: Buffer.from(scalar).toString('base64url') };
    } catch {
      scalar = sodium.crypto_generichash(32, scalar, null);
    }
  }
}

/** XChaCha20-Poly1305 under `key`, bound to `boundTo`: nonce + box, base64. */
export function sealWithKey(key: Uint8Array, plaintext: string | Uint8Array, boundTo: string): string {
  const nonce = sodium.randombytes_buf(sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  const box = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(plaintext, boundTo, null, nonce, key);
  return Buffer.concat([nonce, box]).toString('base64');
}

export function openWithKey(key: Uint8Array, sealed: string, boundTo: string): string {
  const bytes = Buffer.from(sealed, 'base64');
  const npubBytes = sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
  return sodium.to_string(
    sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      bytes.subarray(npubBytes),
      boundTo,
      bytes.subarray(0, npubBytes),
      key,
    ),
  );
}

function readOrCreateKeyFile(dataDir: string): Uint8Array {
  const path = join(dataDir, 'secret.key');
  if (existsSync(path)) {
    const key = Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
    if (key.length !== 32) throw new Error(`${path} does not hold a 32-byte base64 key`);
    return key;
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const key = sodium.randombytes_buf(32);
  writeFileSync(path, `${Buffer.from(key).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(path, 0o600);
  return key;
}

/** Tokens are stored only as their SHA-256-equivalent BLAKE2b hash; a leaked table grants nothing. */
export function hashToken(token: string): string {
  return sodium.crypto_generichash(32, token, null, 'hex');
}

/**
 * The root itself, for a backup (which must carry it: sign-in verifiers, opt-outs and blocks are
 * keyed hashes under it). Never creates one: an install that has none has nothing to back up.
 */
export function readRootSecret(options: { secretKey: string | undefined; dataDir: string }): Uint8Array {
  if (options.secretKey) return Buffer.from(options.secretKey, 'base64');
  const path = join(options.dataDir, 'secret.key');
  const key = Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
  if (key.length !== 32) throw new Error(`${path} does not hold a 32-byte base64 key`);
  return key;
}

/** Writes a restored root to `dataDir/secret.key`, refusing to replace one that is already there. */
export function writeRootSecretFile(dataDir: string, root: Uint8Array): string {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const path = join(dataDir, 'secret.key');
  writeFileSync(path, `${Buffer.from(root).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(path, 0o600);
  return path;
}
