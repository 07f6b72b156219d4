import sodium from 'libsodium-wrappers-sumo';
import { openWithKey, sealWithKey, type ServerKeys } from '../crypto/server-keys';
import { newId } from '../platform/ids';
import { deleteUnusedSenderKeys, insertSenderKey, newestSenderKey, sealedSenderKey, type Db } from './repo';

/**
 * The keys that hold texters' numbers while their conversations are open. A new key is made every
 * day; a key no conversation still needs is deleted, and with it every copy of every number it ever
 * sealed — in backups too, since the random key was never derivable from the server's root.
 */
export const SENDER_KEY_LIFETIME_MS = 24 * 60 * 60_000;

interface Deps {
  db: Db;
  keys: ServerKeys;
}

async function keyBytes(deps: Deps, id: string): Promise<Uint8Array | undefined> {
  const sealed = await sealedSenderKey(deps.db, id);
  return sealed === undefined ? undefined : Buffer.from(deps.keys.open(sealed, id), 'base64');
}

/** The current key (made if the newest is a day old), and the number sealed under it for this conversation. */
export async function sealSenderNumber(
  deps: Deps,
  now: number,
  conversationId: string,
  number: string,
): Promise<{ keyId: string; sealed: string }> {
  await sodium.ready;
  const newest = await newestSenderKey(deps.db);
  let keyId = newest && newest.created_at > now - SENDER_KEY_LIFETIME_MS ? newest.id : undefined;
  if (keyId === undefined) {
    keyId = newId('sk');
    const key = sodium.crypto_aead_xchacha20poly1305_ietf_keygen();
    await insertSenderKey(deps.db, {
      id: keyId,
      key_sealed: deps.keys.seal(Buffer.from(key).toString('base64'), keyId),
      created_at: now,
    });
    sodium.memzero(key);
  }
  const key = await keyBytes(deps, keyId);
  if (!key) throw new Error('a sender key vanished while in use');
  try {
    return { keyId, sealed: sealWithKey(key, number, conversationId) };
  } finally {
    sodium.memzero(key);
  }
}

/** The number, or undefined once it (or its key) has been erased. */
export async function openSenderNumber(
  deps: Deps,
  conversation: { id: string; sender_key_id: string | null; sender_sealed: string | null },
): Promise<string | undefined> {
  if (!conversation.sender_key_id || !conversation.sender_sealed) return undefined;
  await sodium.ready;
  const key = await keyBytes(deps, conversation.sender_key_id);
  if (!key) return undefined;
  try {
    return openWithKey(key, conversation.sender_sealed, conversation.id);
  } finally {
    sodium.memzero(key);
  }
}

/** Deletes every key that is not today's and that no conversation still holds a number under. */
export async function retireSenderKeys(deps: Deps, now: number): Promise<number> {
  return deleteUnusedSenderKeys(deps.db, now - SENDER_KEY_LIFETIME_MS);
}
