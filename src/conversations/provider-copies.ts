import type { TextDeps } from './deps';
import type { Db } from './repo';

/**
 * Providers keep every text's body unless told to delete it, and refuse to delete one they are still
 * processing (Twilio: error 20009, "wait at least a minute"). So every text Kith handles is recorded
 * as a deletion owed — the provider's id only — as it is stored or sent, and the debt is cleared only
 * when the provider confirms. A crash between storing and deleting, or a status callback lost while
 * Kith was down, leaves the debt for the sweep, which tries with growing waits for three days.
 */
const RETRY_WAIT_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 60 * 60_000, 12 * 60 * 60_000, 24 * 60 * 60_000, 24 * 60 * 60_000];
/** An outbound text is normally deleted at its final status; if that never comes, the sweep asks after this. */
export const OUTBOUND_GRACE_MS = 10 * 60_000;

/** Records that a text's copy at the provider must be deleted, not before `notBefore`. */
export async function oweDeletion(db: Db, messageRef: string, notBefore: number): Promise<void> {
  if (messageRef === '') return;
  await db.insertInto('provider_deletions').values({ message_ref: messageRef, attempts: 0, not_before: notBefore }).onConflict((oc) => oc.doNothing()).execute();
}

/** Deletes the provider's copy now; on success the debt is cleared, on failure it waits for the sweep. */
export async function eraseAtProvider(deps: TextDeps, messageRef: string): Promise<void> {
  if (!deps.messaging || messageRef === '') return;
  try {
    await deps.messaging.deleteText(messageRef);
    await deps.db.deleteFrom('provider_deletions').where('message_ref', '=', messageRef).execute();
  } catch {
    const notBefore = deps.clock.now() + (RETRY_WAIT_MS[0] ?? 60_000);
    await deps.db
      .insertInto('provider_deletions')
      .values({ message_ref: messageRef, attempts: 1, not_before: notBefore })
      .onConflict((oc) => oc.column('message_ref').doUpdateSet({ attempts: 1, not_before: notBefore }))
      .execute();
  }
}

/**
 * Every inbound text, whatever becomes of it (stored, a keyword, blocked, slowed down, a retry):
 * owed before anything else happens, so a crash at any point leaves the debt, then deleted once
 * `handle` is done with it.
 */
export async function handleProviderCopy<T>(deps: TextDeps, messageRef: string, handle: () => Promise<T>): Promise<T> {
  await oweDeletion(deps.db, messageRef, deps.clock.now());
  const result = await handle();
  await eraseAtProvider(deps, messageRef);
  return result;
}

/** Tries the owed deletions that are due; gives up (and says so in the log, by count) after the last wait. */
export async function retryProviderDeletions(deps: TextDeps): Promise<{ deleted: number; gaveUp: number }> {
  if (!deps.messaging) return { deleted: 0, gaveUp: 0 };
  const now = deps.clock.now();
  const due = await deps.db.selectFrom('provider_deletions').selectAll().where('not_before', '<=', now).orderBy('not_before').limit(200).execute();
  let deleted = 0;
  let gaveUp = 0;
  for (const debt of due) {
    try {
      await deps.messaging.deleteText(debt.message_ref);
      await deps.db.deleteFrom('provider_deletions').where('message_ref', '=', debt.message_ref).execute();
      deleted += 1;
    } catch {
      const wait = RETRY_WAIT_MS[debt.attempts];
      if (wait === undefined) {
        await deps.db.deleteFrom('provider_deletions').where('message_ref', '=', debt.message_ref).execute();
        gaveUp += 1;
      } else {
        await deps.db.updateTable('provider_deletions').set({ attempts: debt.attempts + 1, not_before: now + wait }).where('message_ref', '=', debt.message_ref).execute();
      }
    }
  }
  if (gaveUp > 0) deps.logger.warn({ gaveUp }, 'the provider would not delete some texts after three days of trying; delete them in its console');
  return { deleted, gaveUp };
}
