import { owedWritesOf } from '../provider-copies/batched';
import { eraseNow, oweDeletions } from '../provider-copies/owed';
import type { TextDeps } from './deps';
import type { Db } from './repo';

/**
 * Texts' copies at the provider (the generic owed-deletion logic is `src/provider-copies/owed.ts`).
 * Every text Kith handles is owed a deletion — the provider's id only — as it is stored or sent,
 * and the debt is cleared only when the provider confirms; `src/provider-copies/sweep.ts` retries
 * what the provider refused (Twilio: error 20009 while it is still processing a text).
 */
/**
 * An outbound text is normally deleted at its final status. If that never comes — a lost callback, or a
 * carrier that never reports past `sent` — the retry asks after this: every text Kith sends is owed a
 * deletion from its first status (API sends: as they are sent), due this long after.
 */
export const OUTBOUND_GRACE_MS = 10 * 60_000;

/** Records that a text's copy at the provider must be deleted, not before `notBefore`. */
export async function oweDeletion(db: Db, messageRef: string, notBefore: number): Promise<void> {
  await oweDeletions(db, 'message', [messageRef], notBefore);
}

/** Deletes the provider's copy now; on success the debt is cleared, on failure it waits for the retry. */
export async function eraseAtProvider(deps: TextDeps, messageRef: string): Promise<void> {
  const messaging = deps.messaging;
  if (!messaging) return;
  await eraseNow(
    {
      db: deps.db,
      clock: deps.clock,
      logger: deps.logger,
      erase: { message: (ref) => messaging.deleteText(ref) },
      clear: (ref) => owedWritesOf(deps.db).clear(ref),
    },
    'message',
    messageRef,
  );
}

/**
 * Every inbound text, whatever becomes of it (stored, a keyword, blocked, slowed down, a retry):
 * owed before anything else happens, so a crash at any point leaves the debt, then deleted once
 * `handle` is done with it; `handle` runs in `inTurn`, the debt before it and the deletion after.
 */
export async function handleProviderCopy<T>(
  deps: TextDeps,
  messageRef: string,
  handle: () => Promise<T>,
  inTurn: Turn = (work) => work(),
): Promise<T> {
  // At arrival, in one commit with the other texts arriving in the same turn of the event loop.
  await owedWritesOf(deps.db).owe('message', messageRef, deps.clock.now());
  const result = await inTurn(handle);
  await eraseAtProvider(deps, messageRef);
  return result;
}

/**
 * Where a text's work on the database waits its turn (src/line/voice-first.ts: calls first in a
 * surge). Waiting on the provider is left outside it, so one slow DELETE holds up no other text.
 */
export type Turn = <T>(work: () => Promise<T>) => Promise<T>;
