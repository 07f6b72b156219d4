import { sql, type Kysely } from 'kysely';
import { runCompiled } from '../../db/compiled';
import type { CallRow, Database } from '../../db/schema';
import { batchPer, ItemFailure, TurnBatch } from '../../db/turn-batch';
import { briefingStateOf, type BriefingState, type PlanVersion } from '../../program/briefing';
import { findCallByKey } from './index';

/**
 * The incoming call's SQL: its one read and its one write. Concurrent calls share them: calls that
 * arrive within one turn of the event loop are stored by one statement (one commit, one round trip
 * on PostgreSQL), and those for the same program and shift share one read. Each webhook still waits
 * for the statement that stores its own call (db/turn-batch.ts).
 */
type Db = Kysely<Database>;

const CALL_COLUMNS = [
  'id',
  'program_id',
  'call_key',
  'caller_leg_ref',
  'channel',
  'language',
  'state',
  'phase',
  'phase_started_at',
  'started_at',
  'ring_started_at',
  'held_at',
  'answered_at',
  'ended_at',
  'outcome',
  'end_reason',
  'accepted_by',
  'accepted_leg_id',
  'updated_at',
] as const satisfies readonly (keyof CallRow)[];
/** A column added to calls must be added above, or the compiled insert would leave it out: this stops the build. */
const everyCallColumn: [Exclude<keyof CallRow, (typeof CALL_COLUMNS)[number]>] extends [never] ? true : never = true;
void everyCallColumn;

/** Calls whose statement is still being put together (this turn), per database handle. */
const callInserts = batchPer((db: Db) => new TurnBatch<CallRow, CallRow>((rows) => insertCallsOnce(db, rows)));

/**
 * Inserts the call unless a webhook retry already did; returns the stored row either way. Settles
 * once the statement that stores it (with the other calls of this turn) has been committed.
 */
export function insertCallOnce(db: Db, row: CallRow): Promise<CallRow> {
  return callInserts(db).add(row);
}

/** One statement for every call of the turn; should it fail, each is tried alone, so one bad row fails only itself. */
async function insertCallsOnce(db: Db, rows: readonly CallRow[]): Promise<(CallRow | ItemFailure)[]> {
  try {
    return await insertMany(db, rows);
  } catch (error) {
    if (rows.length === 1) throw error;
    const alone = await Promise.allSettled(rows.map((row) => insertMany(db, [row])));
    // A failed row's error reaches only its own webhook, through its own promise.
    return alone.map((result) =>
      result.status === 'rejected' ? new ItemFailure(result.reason) : (result.value[0] ?? new ItemFailure(error)),
    );
  }
}

async function insertMany(db: Db, rows: readonly CallRow[]): Promise<CallRow[]> {
  // Bound by position: call i's column c is value i × columns + c.
  const values: unknown[] = [];
  for (const row of rows) for (const column of CALL_COLUMNS) values.push(row[column]);
  // Compiled once per number of calls in a batch, not built anew each time.
  const { rows: inserted } = await runCompiled(
    db,
    `calls.insert.${rows.length}`,
    (slot) =>
      db
        .insertInto('calls')
        .values(
          rows.map(
            (_, i) =>
              Object.fromEntries(
                CALL_COLUMNS.map((column, c) => [column, slot(i * CALL_COLUMNS.length + c)]),
              ) as CallRow,
          ),
        )
        .onConflict((conflict) => conflict.column('call_key').doNothing())
        .returning('id'),
    values,
  );
  const stored = new Set(inserted.map((row) => row.id));
  return Promise.all(
    rows.map(async (row) => {
      if (stored.has(row.id)) return row;
      // A provider's retry of a call already stored (by an earlier webhook, or earlier in this batch).
      const existing = await findCallByKey(db, row.call_key);
      if (!existing) throw new Error('a call was neither stored nor found by its key');
      return existing;
    }),
  );
}

export interface RingableRow {
  id: string;
  /** Their briefing (program/briefing.ts), judged by the caller against `plan`. */
  briefing: BriefingState;
  languages: string;
  roles: string;
  phone_sealed: string;
}

/**
 * The one read an incoming call makes before it is stored: the program's routing stamp (to check
 * the cached program and shifts against; see routing-cache.ts), and which of `ids` could be rung
 * now — active, not on break, with a number, not on a Kith call (ringing legs and talking legs
 * within the staleness limits) — in roster order, the ring order. Numbers stay sealed; roles are
 * checked by the caller. Undefined if the program is gone.
 */
export async function routingRead(
  db: Db,
  programId: string,
  ids: readonly string[],
  now: number,
  limits: { ringingMs: number; talkingMs: number },
): Promise<{ stamp: string; plan: PlanVersion; ringable: RingableRow[] } | undefined> {
  if (ids.length === 0) {
    const row = await db
      .selectFrom('programs')
      .select(['routing_stamp', 'plan_version', 'plan_version_at'])
      .where('id', '=', programId)
      .executeTakeFirst();
    return (
      row && { stamp: row.routing_stamp, plan: { version: row.plan_version, at: row.plan_version_at }, ringable: [] }
    );
  }
  // Every incoming call: compiled once per number of people on shift, not built anew each time.
  const values: Record<string, unknown> = {
    programId,
    ringingSince: now - limits.ringingMs,
    talkingSince: now - limits.talkingMs,
    now,
  };
  ids.forEach((id, i) => (values[`id${i}`] = id));
  const { rows } = await runCompiled(
    db,
    `calls.routingRead.${ids.length}`,
    (slot) =>
      routingReadQuery(
        db,
        slot,
        ids.map((_, i) => slot<string>(`id${i}`)),
      ),
    values,
  );
  const first = rows[0];
  if (!first) return undefined;
  return {
    stamp: first.routing_stamp,
    plan: { version: first.plan_version, at: first.plan_version_at },
    ringable: rows.flatMap((row) =>
      row.id === null ||
      row.languages === null ||
      row.roles === null ||
      row.phone_sealed === null ||
      row.briefed_version === null ||
      row.briefed_shifts === null
        ? []
        : [
            {
              id: row.id,
              languages: row.languages,
              roles: row.roles,
              phone_sealed: row.phone_sealed,
              briefing: briefingStateOf({
                briefed_version: row.briefed_version,
                briefed_shifts: row.briefed_shifts,
                shift_seen_at: row.shift_seen_at,
              }),
            },
          ],
    ),
  };
}

function routingReadQuery(db: Db, slot: <T>(name: string) => T, ids: readonly string[]) {
  return db
    .selectFrom('programs as p')
    .leftJoin('responders as r', (join) =>
      join
        .onRef('r.program_id', '=', 'p.id')
        .on('r.id', 'in', ids)
        .on('r.status', '=', sql.lit('active'))
        // A break with an end (a cool-down, stepping back to the shift's end) is over once it passes:
        // the rule of src/responders' `reachableAmong`, kept here inside this one compiled statement.
        .on((eb) => eb.or([eb('r.on_break_since', 'is', null), eb('r.break_until', '<=', slot<number>('now'))]))
        .on('r.phone_sealed', 'is not', null)
        .on(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('call_legs as l')
                .select(sql.lit(1).as('busy'))
                .whereRef('l.responder_id', '=', 'r.id')
                .where('l.ended_at', 'is', null)
                .where((eb) =>
                  eb.or([
                    eb.and([
                      eb('l.state', 'in', [sql.lit('ringing'), sql.lit('screening')]),
                      eb('l.updated_at', '>', slot<number>('ringingSince')),
                    ]),
                    eb.and([
                      eb('l.state', '=', sql.lit('accepted')),
                      eb('l.updated_at', '>', slot<number>('talkingSince')),
                    ]),
                  ]),
                ),
            ),
          ),
        ),
    )
    .select([
      'p.routing_stamp',
      'p.plan_version',
      'p.plan_version_at',
      'r.id',
      'r.languages',
      'r.roles',
      'r.phone_sealed',
      'r.briefed_version',
      'r.briefed_shifts',
      'r.shift_seen_at',
    ])
    .where('p.id', '=', slot<string>('programId'))
    .orderBy('r.created_at')
    .orderBy('r.id');
}

type RoutingAnswer = Awaited<ReturnType<typeof routingRead>>;
interface RoutingAsk {
  programId: string;
  ids: readonly string[];
  now: number;
  limits: { ringingMs: number; talkingMs: number };
}

/** Routing reads asked for this turn, per database handle. */
const routingReads = batchPer(
  (db: Db) =>
    new TurnBatch<RoutingAsk, RoutingAnswer>(async (asks) => {
      const groups = new Map<string, RoutingAsk[]>();
      for (const ask of asks) {
        const key = [ask.programId, ask.limits.ringingMs, ask.limits.talkingMs, ...ask.ids].join('\n');
        groups.set(key, [...(groups.get(key) ?? []), ask]);
      }
      const answers = new Map<RoutingAsk, RoutingAnswer>();
      for (const group of groups.values()) {
        const [first] = group;
        if (!first) continue;
        // Read after every asker arrived, so as of the latest of their moments.
        const now = Math.max(...group.map((ask) => ask.now));
        const answer = await routingRead(db, first.programId, first.ids, now, first.limits);
        for (const ask of group) answers.set(ask, answer);
      }
      return asks.map((ask) => answers.get(ask));
    }),
);

/**
 * `routingRead` for incoming calls: calls to one program that arrive within one turn share one read,
 * made when the turn ends — after all of them arrived, so it is as fresh for each as its own would
 * be. Read-only: the rows are shared, and nobody changes them.
 */
export function sharedRoutingRead(
  db: Db,
  programId: string,
  ids: readonly string[],
  now: number,
  limits: { ringingMs: number; talkingMs: number },
): Promise<RoutingAnswer> {
  return routingReads(db).add({ programId, ids, now, limits });
}
