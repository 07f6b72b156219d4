/**
 * The web chat's queue key, as this console keeps it (docs/CRYPTO.md, "The queue key"). A waiting
 * chat is sealed to it, so the chat page learns nothing of who is on call. Its secret is opened here
 * from my own wrap, kept in this page's memory only (as my own key is), and never sent anywhere
 * except sealed to a teammate's public key. Without being asked, this console:
 * - makes the first queue key when I am a coordinator and none exists;
 * - makes the next one when a member who held it left, was paused or lost the role (a coordinator),
 *   re-sealing the waiting chats' data keys to it;
 * - wraps it for any member who lacks it (joined late, a new key), when I hold it.
 */
import type { Identity, SealedRecord } from '@server/crypto/e2e';
import type { QueueStateView } from '@server/conversations/queue/schema';
import { useEffect } from 'preact/hooks';
import { api } from './api';
import { currentIdentity, loadCrypto, onIdentityChange, type E2e } from './keys';
import { useLive } from './live';

let queue: Identity | undefined;

/** The queue key pair, opened from my wrap; undefined when there is none or I hold none. */
export async function queueIdentity(): Promise<Identity | undefined> {
  const me = currentIdentity();
  if (!me) return undefined;
  const state = await api<QueueStateView>('GET', '/api/queue-key');
  return openedFrom(await loadCrypto(), state, me);
}

function openedFrom(e2e: E2e, state: QueueStateView, me: Identity): Identity | undefined {
  const key = state.key;
  if (!key || !state.mine || state.mine.memberKeyId !== me.keyId) return undefined;
  if (queue?.keyId === key.keyId) return queue;
  try {
    forgetQueueKey();
    queue = e2e.openSharedKey(state.mine, me, key);
    return queue;
  } catch {
    return undefined; // a damaged or swapped wrap: treated as none, and a holder will wrap it again
  }
}

/** Zeroes the queue secret's bytes (signing out, or a newer key). */
export function forgetQueueKey(): void {
  queue?.secretKey.fill(0);
  queue = undefined;
}

type Wrap = { responderId: string; memberKeyId: string; sealed: string };

function wrapsFor(e2e: E2e, shared: Identity, members: QueueStateView['members']): Wrap[] {
  return members.map((m) => ({
    responderId: m.responderId,
    ...e2e.wrapSharedKey(shared, { keyId: m.keyId, publicKey: m.publicKey }),
  }));
}

/** A new pair wrapped to every member; on a rotation the waiting chats' keys move to it. */
async function makeKey(e2e: E2e, state: QueueStateView, old: Identity | undefined): Promise<void> {
  const next = e2e.generateIdentity();
  const reseal = state.waiting.flatMap((m) => {
    if (!old || m.keyId !== old.keyId) return [];
    const record: SealedRecord = {
      v: 1,
      alg: e2e.RECORD_ALG,
      recordId: m.messageId,
      ...(JSON.parse(m.sealed) as { nonce: string; ciphertext: string }),
      keys: [{ keyId: m.keyId, sealedKey: m.sealedKey }],
    };
    try {
      const shared = e2e.shareRecord(record, old, next);
      const entry = shared.keys.find((k) => k.keyId === next.keyId);
      return entry ? [{ messageId: m.messageId, sealedKey: entry }] : [];
    } catch {
      return []; // one that does not open cannot be passed on
    }
  });
  try {
    await api('POST', '/api/queue-key', {
      publicKey: next.publicKey,
      replaces: state.key?.keyId ?? null,
      wraps: wrapsFor(e2e, next, state.members),
      reseal,
    });
  } finally {
    next.secretKey.fill(0);
  }
}

let tending: Promise<void> | undefined;

/** Makes, rotates or shares the queue key as needed; one run at a time, and failures wait for the next event. */
export function tendQueueKey(coordinator: boolean): Promise<void> {
  tending ??= tendOnce(coordinator)
    .catch(() => undefined) // another console won a race, or the network dropped: the next event retries
    .finally(() => {
      tending = undefined;
    });
  return tending;
}

async function tendOnce(coordinator: boolean): Promise<void> {
  const me = currentIdentity();
  if (!me) return;
  const e2e = await loadCrypto();
  const state = await api<QueueStateView>('GET', '/api/queue-key');
  const held = openedFrom(e2e, state, me);
  const mine = state.members.some((m) => m.keyId === me.keyId);
  // A rotation by a console that cannot open the old key would strand the waiting chats sealed to it:
  // that is left to a coordinator who holds it, unless nothing is waiting.
  const mayRotate = state.key?.rotate === true && (held !== undefined || state.waiting.length === 0);
  if (coordinator && mine && (!state.key || mayRotate)) {
    await makeKey(e2e, state, held);
    return;
  }
  if (held && state.key && state.lacking.length > 0)
    await api('POST', '/api/queue-key/wraps', {
      queueKeyId: state.key.keyId,
      wraps: wrapsFor(e2e, held, state.lacking),
    });
}

/** Keeps the queue key while signed in: on unlocking my key, and whenever the roster changes. */
export function useQueueKeyTending(coordinator: boolean): void {
  useEffect(() => {
    const tend = () => {
      if (!currentIdentity()) return forgetQueueKey();
      void tendQueueKey(coordinator);
    };
    tend();
    return onIdentityChange(tend);
  }, [coordinator]);
  useLive(['roster'], () => void tendQueueKey(coordinator));
}

/** Tends the queue key for as long as someone is signed in (a component so the shell can place it). */
export function QueueKeyKeeper({ coordinator }: { coordinator: boolean }): null {
  useQueueKeyTending(coordinator);
  return null;
}
