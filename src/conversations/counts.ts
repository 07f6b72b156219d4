import { heldCounts } from './repo';
import type { Db } from './types';

/**
 * Conversations handled, for the load view (src/load/): per responder, how many conversations they
 * hold that were first taken in [from, to). A conversation handed on counts once, for whoever holds it
 * last. Counts only: no alias, words, number or time of any one conversation leaves here.
 */
export async function conversationsHandled(
  deps: { db: Db },
  programId: string,
  window: { from: number; to: number },
): Promise<Map<string, number>> {
  return new Map((await heldCounts(deps.db, programId, window)).map((r) => [r.responderId, r.count]));
}
