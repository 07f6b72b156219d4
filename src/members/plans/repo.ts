import { PostgresAdapter, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema';

/**
 * The only SQL of members' plans. It also reads, never writes, whether a call, conversation or field
 * response is still open and who is on it: the plan's readers are exactly those people, and only
 * while it lasts.
 */
type Db = Kysely<Database> | Transaction<Database>;

export type ScopeKind = 'call' | 'conversation' | 'response';
export const SCOPE_KINDS: readonly ScopeKind[] = ['call', 'conversation', 'response'];

export interface PlanRow {
  member_id: string;
  program_id: string;
  sealed: string;
  window_started_at: number | null;
  wrong_in_window: number;
  locked_until: number | null;
  wrong_total: number;
  created_at: number;
  updated_at: number;
}

export async function findPlan(db: Db, memberId: string): Promise<PlanRow | undefined> {
  return db.selectFrom('member_plans').selectAll().where('member_id', '=', memberId).executeTakeFirst();
}

/** A new plan replaces the old one whole: counters start again, openings of the old one go. */
export async function putPlan(
  trx: Transaction<Database>,
  row: { member_id: string; program_id: string; sealed: string; now: number },
): Promise<void> {
  await trx.deleteFrom('member_plan_openings').where('member_id', '=', row.member_id).execute();
  await trx.deleteFrom('member_plans').where('member_id', '=', row.member_id).execute();
  await trx
    .insertInto('member_plans')
    .values({
      member_id: row.member_id,
      program_id: row.program_id,
      sealed: row.sealed,
      window_started_at: null,
      wrong_in_window: 0,
      locked_until: null,
      wrong_total: 0,
      created_at: row.now,
      updated_at: row.now,
    })
    .execute();
}

export async function setTries(
  db: Db,
  memberId: string,
  set: Pick<PlanRow, 'window_started_at' | 'wrong_in_window' | 'locked_until' | 'wrong_total'>,
): Promise<void> {
  await db.updateTable('member_plans').set(set).where('member_id', '=', memberId).execute();
}

/** Destroying: the plan, every opening and its keys, the events and links, at once. */
export async function destroyPlan(trx: Transaction<Database>, memberId: string): Promise<boolean> {
  await trx.deleteFrom('member_plan_openings').where('member_id', '=', memberId).execute();
  await trx.deleteFrom('member_plan_events').where('member_id', '=', memberId).execute();
  const result = await trx.deleteFrom('member_plans').where('member_id', '=', memberId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export interface EventRow {
  id: string;
  member_id: string;
  kind: string;
  channel: string;
  scope_kind: string | null;
  who: string;
  at: number;
}

export async function addEvent(db: Db, row: EventRow): Promise<void> {
  await db.insertInto('member_plan_events').values(row).execute();
}

export async function eventsOf(db: Db, memberId: string): Promise<EventRow[]> {
  return db
    .selectFrom('member_plan_events')
    .selectAll()
    .where('member_id', '=', memberId)
    .orderBy('at', 'desc')
    .orderBy('id')
    .limit(100)
    .execute();
}

export async function putLink(db: Db, row: { token_hash: string; member_id: string; expires_at: number }) {
  await db.insertInto('member_plan_links').values(row).execute();
}

export async function findLink(db: Db, tokenHash: string, now: number) {
  return db
    .selectFrom('member_plan_links')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('expires_at', '>', now)
    .executeTakeFirst();
}

export async function dropLink(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('member_plan_links').where('token_hash', '=', tokenHash).execute();
}

export async function dropExpiredLinks(db: Db, now: number): Promise<number> {
  const result = await db.deleteFrom('member_plan_links').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Whether the call, conversation or field response is open now, and the responders on it. */
export async function scopeNow(
  db: Db,
  programId: string,
  kind: ScopeKind,
  id: string,
): Promise<{ open: boolean; responders: string[] } | undefined> {
  if (kind === 'call') {
    const call = await db
      .selectFrom('calls')
      .select(['ended_at', 'accepted_by'])
      .where('program_id', '=', programId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!call) return undefined;
    return { open: call.ended_at === null, responders: call.accepted_by ? [call.accepted_by] : [] };
  }
  if (kind === 'conversation') {
    const conversation = await db
      .selectFrom('conversations')
      .select(['state', 'claimed_by'])
      .where('program_id', '=', programId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!conversation) return undefined;
    if (conversation.claimed_by)
      return { open: conversation.state !== 'closed', responders: [conversation.claimed_by] };
    // Nobody holds it yet: those its words were sealed to (on call when it came in) are the ones on it.
    const readers = await db
      .selectFrom('message_readers')
      .innerJoin('conversation_messages', 'conversation_messages.id', 'message_readers.message_id')
      .innerJoin('responders', 'responders.id', 'message_readers.reader')
      .select('responders.id')
      .distinct()
      .where('conversation_messages.conversation_id', '=', id)
      .where('responders.program_id', '=', programId)
      .execute();
    return { open: conversation.state !== 'closed', responders: readers.map((r) => r.id) };
  }
  const response = await db
    .selectFrom('field_responses')
    .select(['state', 'requested_by'])
    .where('program_id', '=', programId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!response) return undefined;
  const went = await db
    .selectFrom('field_members')
    .select('responder_id')
    .where('response_id', '=', id)
    .where('status', 'in', ['accepted', 'on_the_way', 'on_scene', 'leaving', 'clear'])
    .execute();
  return {
    open: response.state === 'forming' || response.state === 'formed',
    responders: [...new Set([response.requested_by, ...went.map((m) => m.responder_id)])],
  };
}

/** Responders' names and current public keys (none for someone who has never signed in). */
export async function readersOf(
  db: Db,
  ids: string[],
): Promise<{ id: string; name: string; publicKey: string | null }[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('responders')
    .leftJoin('credentials', 'credentials.responder_id', 'responders.id')
    .select(['responders.id', 'responders.name', 'credentials.public_key as publicKey'])
    .where('responders.id', 'in', ids)
    .orderBy('responders.name')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, publicKey: r.publicKey ?? null }));
}

export interface OpeningRow {
  id: string;
  program_id: string;
  member_id: string;
  scope_kind: string;
  scope_id: string;
  sealed: string;
  opened_at: number;
}

/** One opening per member and scope: unlocking again re-seals it (to whoever is on it now). */
export async function putOpening(
  trx: Transaction<Database>,
  row: OpeningRow,
  readers: { responder_id: string; key_id: string; sealed_key: string }[],
): Promise<void> {
  await trx
    .deleteFrom('member_plan_openings')
    .where('member_id', '=', row.member_id)
    .where('scope_kind', '=', row.scope_kind)
    .where('scope_id', '=', row.scope_id)
    .execute();
  await trx.insertInto('member_plan_openings').values(row).execute();
  if (readers.length > 0)
    await trx
      .insertInto('member_plan_readers')
      .values(readers.map((r) => ({ opening_id: row.id, ...r })))
      .execute();
}

export async function openingsOfProgram(db: Db, programId?: string): Promise<OpeningRow[]> {
  let query = db.selectFrom('member_plan_openings').selectAll();
  if (programId !== undefined) query = query.where('program_id', '=', programId);
  return query.orderBy('opened_at').execute();
}

/** The openings sealed to this responder, with their own key. */
export async function openingsFor(db: Db, programId: string, responderId: string) {
  return db
    .selectFrom('member_plan_openings')
    .innerJoin('member_plan_readers', 'member_plan_readers.opening_id', 'member_plan_openings.id')
    .innerJoin('members', 'members.id', 'member_plan_openings.member_id')
    .select([
      'member_plan_openings.id',
      'member_plan_openings.scope_kind',
      'member_plan_openings.scope_id',
      'member_plan_openings.sealed',
      'member_plan_openings.opened_at',
      'members.number',
      'member_plan_readers.key_id',
      'member_plan_readers.sealed_key',
    ])
    .where('member_plan_openings.program_id', '=', programId)
    .where('member_plan_readers.responder_id', '=', responderId)
    .orderBy('member_plan_openings.opened_at')
    .execute();
}

/** Every reader's sealed key of an opening but `keep`'s deleted; how many went. */
export async function narrowReaders(db: Db, openingId: string, keep: string): Promise<number> {
  const result = await db
    .deleteFrom('member_plan_readers')
    .where('opening_id', '=', openingId)
    .where('responder_id', '!=', keep)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function dropOpenings(db: Db, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const result = await db.deleteFrom('member_plan_openings').where('id', 'in', ids).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Claims one try against a plan, before the slow derivation, so tries made at once cannot slip past
 * the limit together: a window older than `windowMs` starts again; a full one refuses. Counted as
 * wrong until proved right (`refundTry`).
 */
export async function claimTry(
  trx: Transaction<Database>,
  memberId: string,
  now: number,
  windowMs: number,
  max: number,
): Promise<'claimed' | 'locked' | 'none'> {
  let query = trx
    .selectFrom('member_plans')
    .select(['window_started_at', 'wrong_in_window'])
    .where('member_id', '=', memberId);
  // SQLite runs one writing transaction at a time; PostgreSQL needs the row locked.
  if (trx.getExecutor().adapter instanceof PostgresAdapter) query = query.forUpdate();
  const plan = await query.executeTakeFirst();
  if (!plan) return 'none';
  const fresh = plan.window_started_at === null || plan.window_started_at <= now - windowMs;
  const wrong = fresh ? 0 : plan.wrong_in_window;
  if (wrong >= max) return 'locked';
  await trx
    .updateTable('member_plans')
    .set((eb) => ({
      window_started_at: fresh ? now : plan.window_started_at,
      wrong_in_window: wrong + 1,
      wrong_total: eb('wrong_total', '+', 1),
      locked_until: wrong + 1 >= max ? (fresh ? now : (plan.window_started_at ?? now)) + windowMs : null,
    }))
    .where('member_id', '=', memberId)
    .execute();
  return 'claimed';
}

/** The try was right after all: not counted as wrong. */
export async function refundTry(db: Db, memberId: string): Promise<void> {
  await db
    .updateTable('member_plans')
    .set((eb) => ({
      wrong_in_window: eb('wrong_in_window', '-', 1),
      wrong_total: eb('wrong_total', '-', 1),
      locked_until: null,
    }))
    .where('member_id', '=', memberId)
    .execute();
}

export async function programOfMember(db: Db, memberId: string): Promise<string | undefined> {
  const row = await db.selectFrom('members').select('program_id').where('id', '=', memberId).executeTakeFirst();
  return row?.program_id;
}

export async function openConversationBySender(db: Db, programId: string, senderIndex: string) {
  const row = await db
    .selectFrom('conversations')
    .select('id')
    .where('program_id', '=', programId)
    .where('sender_index', '=', senderIndex)
    .where('state', '!=', 'closed')
    .orderBy('opened_at', 'desc')
    .executeTakeFirst();
  return row?.id;
}
