import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { AwayState, OfferState } from '../../db/schema-rota';

/** The only SQL of swaps and time-away requests. */
type Db = Kysely<Database>;

export interface OfferRow {
  id: string;
  programId: string;
  code: number;
  giverId: string;
  role: string;
  tier: string;
  startsAt: number;
  endsAt: number;
  state: OfferState;
  takerId: string | null;
  createdAt: number;
}

const offerColumns = [
  'id',
  'program_id as programId',
  'code',
  'giver_id as giverId',
  'role',
  'tier',
  'starts_at as startsAt',
  'ends_at as endsAt',
  'state',
  'taker_id as takerId',
  'created_at as createdAt',
] as const;

/** Numbers of open rows come back as strings from PostgreSQL's bigint; make them numbers. */
const offerOf = (row: OfferRow): OfferRow => ({
  ...row,
  code: Number(row.code),
  startsAt: Number(row.startsAt),
  endsAt: Number(row.endsAt),
  createdAt: Number(row.createdAt),
});

/** The next code in the program (1, 2, 3…); the unique constraint settles two offers at once. */
export async function nextCode(db: Db, programId: string): Promise<number> {
  const row = await db
    .selectFrom('shift_offers')
    .where('program_id', '=', programId)
    .select((eb) => eb.fn.max('code').as('top'))
    .executeTakeFirst();
  return Number(row?.top ?? 0) + 1;
}

export async function insertOffer(db: Db, row: Omit<OfferRow, 'takerId'>): Promise<void> {
  await db
    .insertInto('shift_offers')
    .values({
      id: row.id,
      program_id: row.programId,
      code: row.code,
      giver_id: row.giverId,
      role: row.role,
      tier: row.tier,
      starts_at: row.startsAt,
      ends_at: row.endsAt,
      state: row.state,
      created_at: row.createdAt,
    })
    .execute();
}

export async function findOffer(
  db: Db,
  programId: string,
  by: { id: string } | { code: number },
): Promise<OfferRow | undefined> {
  let query = db.selectFrom('shift_offers').select(offerColumns).where('program_id', '=', programId);
  query = 'id' in by ? query.where('id', '=', by.id) : query.where('code', '=', by.code);
  const row = await query.executeTakeFirst();
  return row ? offerOf(row) : undefined;
}

/** Offers in these states whose stretch has not started by `now`, soonest first. */
export async function offersIn(
  db: Db,
  programId: string,
  states: readonly OfferState[],
  now: number,
  filter: { giverId?: string } = {},
): Promise<OfferRow[]> {
  let query = db
    .selectFrom('shift_offers')
    .select(offerColumns)
    .where('program_id', '=', programId)
    .where('state', 'in', states)
    .where('starts_at', '>', now);
  if (filter.giverId !== undefined) query = query.where('giver_id', '=', filter.giverId);
  return (await query.orderBy('starts_at').orderBy('code').execute()).map(offerOf);
}

/** Whether the giver already offers any of this stretch (open or waiting for approval). */
export async function overlappingOffer(
  db: Db,
  giverId: string,
  span: { start: number; end: number },
): Promise<boolean> {
  const row = await db
    .selectFrom('shift_offers')
    .select('id')
    .where('giver_id', '=', giverId)
    .where('state', 'in', ['open', 'pending'])
    .where('starts_at', '<', span.end)
    .where('ends_at', '>', span.start)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * The one conditional update every change of hands goes through: `from` → `to`, only while the
 * offer is still in `from` and has not started. Of any number of callers at once (two instances
 * too) exactly one sees a row changed.
 */
export async function moveOffer(
  db: Db,
  change: {
    id: string;
    programId: string;
    from: OfferState;
    to: OfferState;
    now: number;
    takerId?: string;
    giverId?: string;
    decidedBy?: string;
  },
): Promise<boolean> {
  let query = db
    .updateTable('shift_offers')
    .set({
      state: change.to,
      ...(change.takerId !== undefined ? { taker_id: change.takerId, taken_at: change.now } : {}),
      ...(change.decidedBy !== undefined ? { decided_by: change.decidedBy, decided_at: change.now } : {}),
    })
    .where('id', '=', change.id)
    .where('program_id', '=', change.programId)
    .where('state', '=', change.from)
    .where('starts_at', '>', change.now);
  if (change.giverId !== undefined) query = query.where('giver_id', '=', change.giverId);
  if (change.takerId !== undefined) query = query.where('giver_id', '<>', change.takerId);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface AwayRow {
  id: string;
  programId: string;
  responderId: string;
  startsAt: number;
  endsAt: number;
  reason: string | null;
  state: AwayState;
  createdAt: number;
}

const awayColumns = [
  'id',
  'program_id as programId',
  'responder_id as responderId',
  'starts_at as startsAt',
  'ends_at as endsAt',
  'reason',
  'state',
  'created_at as createdAt',
] as const;

const awayOf = (row: AwayRow): AwayRow => ({
  ...row,
  startsAt: Number(row.startsAt),
  endsAt: Number(row.endsAt),
  createdAt: Number(row.createdAt),
});

export async function insertAway(db: Db, row: AwayRow): Promise<void> {
  await db
    .insertInto('away_requests')
    .values({
      id: row.id,
      program_id: row.programId,
      responder_id: row.responderId,
      starts_at: row.startsAt,
      ends_at: row.endsAt,
      reason: row.reason,
      state: row.state,
      created_at: row.createdAt,
      ...(row.state === 'approved' ? { decided_at: row.createdAt } : {}),
    })
    .execute();
}

export async function findAway(db: Db, programId: string, id: string): Promise<AwayRow | undefined> {
  const row = await db
    .selectFrom('away_requests')
    .select(awayColumns)
    .where('program_id', '=', programId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? awayOf(row) : undefined;
}

/** Requests whose stretch has not ended by `now`, soonest first. */
export async function awayIn(
  db: Db,
  programId: string,
  states: readonly AwayState[],
  now: number,
  filter: { responderId?: string } = {},
): Promise<AwayRow[]> {
  let query = db
    .selectFrom('away_requests')
    .select(awayColumns)
    .where('program_id', '=', programId)
    .where('state', 'in', states)
    .where('ends_at', '>', now);
  if (filter.responderId !== undefined) query = query.where('responder_id', '=', filter.responderId);
  return (await query.orderBy('starts_at').orderBy('id').execute()).map(awayOf);
}

/** As `moveOffer`, for a request: `from` → `to` only while it is still `from` and not over. */
export async function moveAway(
  db: Db,
  change: {
    id: string;
    programId: string;
    from: AwayState;
    to: AwayState;
    now: number;
    responderId?: string;
    decidedBy?: string;
  },
): Promise<boolean> {
  let query = db
    .updateTable('away_requests')
    .set({
      state: change.to,
      ...(change.decidedBy !== undefined ? { decided_by: change.decidedBy, decided_at: change.now } : {}),
    })
    .where('id', '=', change.id)
    .where('program_id', '=', change.programId)
    .where('state', '=', change.from)
    .where('ends_at', '>', change.now);
  if (change.responderId !== undefined) query = query.where('responder_id', '=', change.responderId);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Forgets offers and requests whose stretch ended before `before`; how many. */
export async function purgeSwaps(db: Db, before: number): Promise<number> {
  const offers = await db.deleteFrom('shift_offers').where('ends_at', '<', before).executeTakeFirst();
  const away = await db.deleteFrom('away_requests').where('ends_at', '<', before).executeTakeFirst();
  return Number(offers.numDeletedRows) + Number(away.numDeletedRows);
}
