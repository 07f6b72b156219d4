import { sql, type Insertable } from 'kysely';
import type { ConversationsTable, ConversationState } from '../../db/schema-texting';
import type { ConversationRow, Db } from '../types';

export type { ConversationRow, Db } from '../types';
/** What may change on a conversation row (never its id). */
export type ConversationChange = Partial<Omit<ConversationRow, 'id'>>;

export async function findConversation(db: Db, id: string): Promise<ConversationRow | undefined> {
  return db.selectFrom('conversations').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The sender's conversation that is still open, if any. */
export async function openConversationOf(
  db: Db,
  programId: string,
  senderIndex: string,
): Promise<ConversationRow | undefined> {
  return db
    .selectFrom('conversations')
    .selectAll()
    .where('program_id', '=', programId)
    .where('sender_index', '=', senderIndex)
    .where('state', '!=', 'closed')
    .executeTakeFirst();
}

/** The sender's most recently closed conversation that still knows them (within its grace). */
export async function lastClosedOf(
  db: Db,
  programId: string,
  senderIndex: string,
): Promise<ConversationRow | undefined> {
  return db
    .selectFrom('conversations')
    .selectAll()
    .where('program_id', '=', programId)
    .where('sender_index', '=', senderIndex)
    .where('state', '=', 'closed')
    .orderBy('closed_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function findByAlias(db: Db, programId: string, alias: string): Promise<ConversationRow | undefined> {
  return db
    .selectFrom('conversations')
    .selectAll()
    .where('program_id', '=', programId)
    .where('alias', '=', alias)
    .orderBy('opened_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * Of `aliases`, those that must not be given out again yet: an open conversation has one, or a closed one
 * still in its grace. One indexed look-up per alias, in one statement. The condition is
 * `conversations_alias_held`'s (migration 028) word for word, 'closed' written in, not bound: that is how
 * SQLite and PostgreSQL know the partial index answers it.
 */
export async function aliasesHeld(db: Db, programId: string, aliases: string[]): Promise<Set<string>> {
  const rows = await db
    .selectFrom('conversations')
    .select('alias')
    .where('program_id', '=', programId)
    .where('alias', 'in', aliases)
    .where(sql<boolean>`(state <> 'closed' or sender_index is not null)`)
    .execute();
  return new Set(rows.map((r) => r.alias));
}

/** The row as stored (defaults filled in), from the insert itself: no second round trip to read it back. */
export async function insertConversation(db: Db, row: Insertable<ConversationsTable>): Promise<ConversationRow> {
  return db.insertInto('conversations').values(row).returningAll().executeTakeFirstOrThrow();
}

/** A conditional update: applies only in one of `from` states; true if it did (so exactly one racer wins). */
export async function updateIf(
  db: Db,
  id: string,
  from: ConversationState[],
  set: ConversationChange,
): Promise<boolean> {
  const result = await db
    .updateTable('conversations')
    .set(set)
    .where('id', '=', id)
    .where('state', 'in', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Records that a tier's alerts are going out; true for exactly one caller, so none are sent twice. */
export async function markAlerted(db: Db, id: string, tier: ConversationRow['tier']): Promise<boolean> {
  const result = await db
    .updateTable('conversations')
    .set({ alerted_tier: tier })
    .where('id', '=', id)
    .where('state', '=', 'waiting')
    .where((eb) => eb.or([eb('alerted_tier', 'is', null), eb('alerted_tier', '!=', tier)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function openConversations(db: Db, programId: string): Promise<ConversationRow[]> {
  return db
    .selectFrom('conversations')
    .selectAll()
    .where('program_id', '=', programId)
    .where('state', '!=', 'closed')
    .orderBy('opened_at')
    .execute();
}

export async function recentClosed(db: Db, programId: string, since: number): Promise<ConversationRow[]> {
  return db
    .selectFrom('conversations')
    .selectAll()
    .where('program_id', '=', programId)
    .where('state', '=', 'closed')
    .where('closed_at', '>=', since)
    .orderBy('closed_at', 'desc')
    .limit(50)
    .execute();
}

/** An unconditional change, for a row the caller has just read or opened inside its transaction. */
export async function updateConversation(db: Db, id: string, set: ConversationChange): Promise<void> {
  await db.updateTable('conversations').set(set).where('id', '=', id).execute();
}

/** The first reply's time, kept once: later replies leave it as it is. */
export async function noteFirstResponse(db: Db, id: string, at: number): Promise<void> {
  await db
    .updateTable('conversations')
    .set({ first_response_at: at })
    .where('id', '=', id)
    .where('first_response_at', 'is', null)
    .execute();
}

/** A chat session's newest conversation, closed ones included, so the visitor can see that it ended. */
export async function latestChatOf(
  db: Db,
  programId: string,
  senderIndex: string,
): Promise<ConversationRow | undefined> {
  return db
    .selectFrom('conversations')
    .selectAll()
    .where('program_id', '=', programId)
    .where('sender_index', '=', senderIndex)
    .where('channel', '=', 'chat')
    .orderBy('opened_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** The visitor came back with a new key (a new tab, or JavaScript turned off): later replies are sealed to it. */
export async function setPersonKey(db: Db, id: string, publicKey: string, now: number): Promise<void> {
  await db
    .updateTable('conversations')
    .set({ person_public_key: publicKey, updated_at: now })
    .where('id', '=', id)
    .execute();
}

// The sweep's timers, across every program.

export async function openEverywhere(db: Db): Promise<ConversationRow[]> {
  return db.selectFrom('conversations').selectAll().where('state', '!=', 'closed').execute();
}

/**
 * Moves a waiting conversation from one tier to the next, only if it is still waiting at `from`:
 * true for exactly one caller. `set` is what else changes with the tier.
 */
export async function moveTier(
  db: Db,
  id: string,
  from: ConversationRow['tier'],
  set: ConversationChange & { tier: ConversationRow['tier'] },
): Promise<boolean> {
  const moved = await db
    .updateTable('conversations')
    .set(set)
    .where('id', '=', id)
    .where('state', '=', 'waiting')
    .where('tier', '=', from)
    .executeTakeFirst();
  return Number(moved.numUpdatedRows) === 1;
}

/** Forgets who wrote every closed conversation whose grace has passed: their number, its key, their index. */
export async function eraseSendersPastGrace(db: Db, now: number): Promise<number> {
  const erased = await db
    .updateTable('conversations')
    .set({ sender_index: null, sender_sealed: null, sender_key_id: null, updated_at: now })
    .where('state', '=', 'closed')
    .where('erase_after', '<=', now)
    .where('sender_index', 'is not', null)
    .executeTakeFirst();
  return Number(erased.numUpdatedRows);
}

/** How many conversations each responder holds that were first taken in [from, to): counts only. */
export async function heldCounts(
  db: Db,
  programId: string,
  window: { from: number; to: number },
): Promise<{ responderId: string; count: number }[]> {
  const rows = await db
    .selectFrom('conversations')
    .select(['claimed_by', (eb) => eb.fn.countAll<number | string | bigint>().as('n')])
    .where('program_id', '=', programId)
    .where('claimed_by', 'is not', null)
    .where('claimed_at', '>=', window.from)
    .where('claimed_at', '<', window.to)
    .groupBy('claimed_by')
    .execute();
  return rows.map((r) => ({ responderId: r.claimed_by ?? '', count: Number(r.n) }));
}
