/**
 * Whole-database job: the retention purge deletes, for every program at once, whatever is past its
 * period in a dozen capabilities' tables (conversations, notes, calls, field responses, blocks, and
 * the access records of what it deletes), in one transaction so keys always go before the records
 * they open. No one capability's repo could do that, so the SQL is here; it reads each program's
 * periods from its row itself (settings.ts), so retention imports nothing from src/program.
 * The per-class deletes are a table keyed by the settable classes (classes.ts): the compiler asks
 * for one here when a class is added.
 */
import { sql, type Kysely, type OperandValueExpressionOrList, type Transaction } from 'kysely';
import { truncateWal } from '../db/erase';
import type { Database } from '../db/schema';
import type { Dialect } from '../db/open';
import type { Clock } from '../platform/clock';
import type { Logger } from '../platform/logger';
import { runPeriodically, type Periodic } from '../platform/periodic';
import { daysToMs, SETTABLE, SETTABLE_CLASSES, type SettableClass } from './classes';
import { retentionFromJson } from './settings';

export interface PurgeDeps {
  db: Kysely<Database>;
  dialect: Dialect;
  clock: Clock;
  logger: Logger;
}

/** Rows deleted, per retention class. Counts only: nothing here says whose or what. */
export interface PurgeReport {
  /** False when another instance was purging (PostgreSQL); it does the work. */
  ran: boolean;
  /** `accessRecords`: who opened those notes and conversations, shredded with their words. */
  words: {
    messages: number;
    messageKeys: number;
    notes: number;
    noteKeys: number;
    accessRecords: number;
    debriefWords: number;
  };
  /** Field responses, and (by ON DELETE CASCADE) their members, events, debriefs and follow-ups. */
  evaluation: {
    calls: number;
    callLegs: number;
    conversations: number;
    fieldResponses: number;
    fieldMembers: number;
    fieldEvents: number;
    debriefs: number;
    followUps: number;
  };
  blocks: number;
}

/**
 * One key for the purge across every instance sharing the database (distinct from
 * PG_SCHEMA_CHANGE_LOCK in db/open.ts).
 */
export const PG_PURGE_LOCK = 7_140_205;

type Tx = Transaction<Database>;
const deleted = (result: { numDeletedRows: bigint }) => Number(result.numDeletedRows);

export function emptyReport(ran: boolean): PurgeReport {
  return {
    ran,
    words: { messages: 0, messageKeys: 0, notes: 0, noteKeys: 0, accessRecords: 0, debriefWords: 0 },
    evaluation: {
      calls: 0,
      callLegs: 0,
      conversations: 0,
      fieldResponses: 0,
      fieldMembers: 0,
      fieldEvents: 0,
      debriefs: 0,
      followUps: 0,
    },
    blocks: 0,
  };
}

/**
 * Deletes everything past its program's retention, working only from stored timestamps: nothing is
 * scheduled in memory, so a restart loses nothing and one run after a long downtime catches up on
 * all of it. Data keys go before the records they open (readers, then rows), so a record is
 * shredded even if a crash stops the run between the two.
 */
export async function purgeExpired(deps: PurgeDeps): Promise<PurgeReport> {
  const now = deps.clock.now();
  const report = await deps.db.transaction().execute(async (trx) => {
    // A transaction-level advisory lock, tried rather than waited for: with several instances on one
    // PostgreSQL, exactly one purges and the others skip this round (the work is idempotent and
    // timestamp-driven, so the next round of whoever gets the lock catches up). Unlike a session
    // lock it is released by commit, rollback, or the connection dying, so a crashed instance can
    // never leave the purge locked. SKIP LOCKED suits a queue of rows; this is one job, not a queue.
    if (deps.dialect === 'postgres') {
      const { rows } = await sql<{
        locked: boolean;
      }>`SELECT pg_try_advisory_xact_lock(${PG_PURGE_LOCK}) AS locked`.execute(trx);
      if (rows[0]?.locked !== true) return emptyReport(false);
    }
    const out = emptyReport(true);
    const programs = await trx.selectFrom('programs').select(['id', 'retention']).execute();
    for (const program of programs) await purgeProgram(trx, program.id, program.retention, now, out);
    return out;
  });
  await truncateWal(deps.db);
  if (report.ran && total(report) > 0) deps.logger.info({ purged: report }, 'retention purge');
  return report;
}

/** One settable class's deletes for one program: everything of the class from at or before `before`. */
type ClassPurge = (trx: Tx, programId: string, before: number, out: PurgeReport) => Promise<void>;

/** Each settable class's deletes, run in the table's order (words before evaluation: keys before rows). */
const PURGES: { readonly [C in SettableClass]: ClassPurge } = {
  words: purgeWords,
  evaluation: purgeEvaluation,
  blocks: purgeBlocks,
};

async function purgeProgram(trx: Tx, programId: string, retentionJson: string, now: number, out: PurgeReport) {
  const retention = retentionFromJson(retentionJson);
  for (const cls of SETTABLE) {
    await PURGES[cls](trx, programId, now - daysToMs(retention[SETTABLE_CLASSES[cls].setting]), out);
  }
}

/** Words: only conversations that are closed, however old their messages; an open one is live. */
async function purgeWords(trx: Tx, programId: string, wordsBefore: number, out: PurgeReport): Promise<void> {
  await deleteMessagesOf(trx, programId, wordsBefore, out);
  const notes = trx
    .selectFrom('notes')
    .select('id')
    .where('program_id', '=', programId)
    .where('updated_at', '<=', wordsBefore);
  out.words.accessRecords += await deleteAccessRecords(trx, 'note', notes);
  out.words.noteKeys += deleted(
    await trx.deleteFrom('note_readers').where('note_id', 'in', notes).executeTakeFirstOrThrow(),
  );
  out.words.notes += deleted(
    await trx
      .deleteFrom('notes')
      .where('program_id', '=', programId)
      .where('updated_at', '<=', wordsBefore)
      .executeTakeFirstOrThrow(),
  );
  // A debrief's words go at the words period after its response ended (the response stays).
  const updated = await trx
    .updateTable('debriefs')
    .set({ sealed: null })
    .where('response_id', 'in', endedResponses(trx, programId, wordsBefore))
    .where('sealed', 'is not', null)
    .executeTakeFirst();
  out.words.debriefWords += Number(updated.numUpdatedRows);
}

/** Evaluation: a shorter evaluation period than the words' takes the words with it. */
async function purgeEvaluation(trx: Tx, programId: string, evaluationBefore: number, out: PurgeReport) {
  await deleteMessagesOf(trx, programId, evaluationBefore, out);
  out.evaluation.conversations += deleted(
    await trx
      .deleteFrom('conversations')
      .where('program_id', '=', programId)
      .where('state', '=', 'closed')
      .where('closed_at', '<=', evaluationBefore)
      .executeTakeFirstOrThrow(),
  );
  const calls = trx
    .selectFrom('calls')
    .select('id')
    .where('program_id', '=', programId)
    .where('ended_at', '<=', evaluationBefore);
  out.evaluation.callLegs += deleted(
    await trx.deleteFrom('call_legs').where('call_id', 'in', calls).executeTakeFirstOrThrow(),
  );
  out.evaluation.calls += deleted(
    await trx
      .deleteFrom('calls')
      .where('program_id', '=', programId)
      .where('ended_at', '<=', evaluationBefore)
      .executeTakeFirstOrThrow(),
  );
  await purgeFieldResponses(trx, programId, evaluationBefore, out);
}

async function purgeBlocks(trx: Tx, programId: string, blocksBefore: number, out: PurgeReport): Promise<void> {
  out.blocks += deleted(
    await trx
      .deleteFrom('blocked_senders')
      .where('program_id', '=', programId)
      .where('created_at', '<=', blocksBefore)
      .executeTakeFirstOrThrow(),
  );
}

/** The program's field responses that ended (closed, or no team) at or before `before`. */
const endedResponses = (trx: Tx, programId: string, before: number) =>
  trx
    .selectFrom('field_responses')
    .select('id')
    .where('program_id', '=', programId)
    .where('state', 'in', ['closed', 'no_team'])
    .where((eb) => eb.fn.coalesce('closed_at', 'updated_at'), '<=', before);

/**
 * Field dispatch: responses that ended go at the evaluation period, and with them — by ON DELETE
 * CASCADE — their members, events, debriefs and follow-ups, and any follow-up number still held
 * (their debrief words went with the words class). The brief and its keys are not here: they were
 * deleted when the response closed (src/care/closing.ts).
 */
async function purgeFieldResponses(trx: Tx, programId: string, evaluationBefore: number, out: PurgeReport) {
  const gone = endedResponses(trx, programId, evaluationBefore);
  const count = async (table: 'field_members' | 'field_events' | 'debriefs' | 'follow_ups') =>
    Number(
      (
        await trx
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .where('response_id', 'in', gone)
          .executeTakeFirstOrThrow()
      ).n,
    );
  out.evaluation.fieldMembers += await count('field_members');
  out.evaluation.fieldEvents += await count('field_events');
  out.evaluation.debriefs += await count('debriefs');
  out.evaluation.followUps += await count('follow_ups');
  // Keys before rows, as everywhere: a brief left on a response that never closed properly goes first.
  await trx.deleteFrom('field_brief_readers').where('response_id', 'in', gone).execute();
  out.evaluation.fieldResponses += deleted(
    await trx
      .deleteFrom('field_responses')
      .where('program_id', '=', programId)
      .where('state', 'in', ['closed', 'no_team'])
      .where((eb) => eb.fn.coalesce('closed_at', 'updated_at'), '<=', evaluationBefore)
      .executeTakeFirstOrThrow(),
  );
}

/** The messages (keys first) of the program's conversations closed at or before `closedBefore`. */
async function deleteMessagesOf(trx: Tx, programId: string, closedBefore: number, out: PurgeReport): Promise<void> {
  const closed = trx
    .selectFrom('conversations')
    .select('id')
    .where('program_id', '=', programId)
    .where('state', '=', 'closed')
    .where('closed_at', '<=', closedBefore);
  const messages = trx.selectFrom('conversation_messages').select('id').where('conversation_id', 'in', closed);
  // The access was to the words: its record goes with them (even for a conversation that had none).
  out.words.accessRecords += await deleteAccessRecords(trx, 'conversation', closed);
  out.words.messageKeys += deleted(
    await trx.deleteFrom('message_readers').where('message_id', 'in', messages).executeTakeFirstOrThrow(),
  );
  out.words.messages += deleted(
    await trx.deleteFrom('conversation_messages').where('conversation_id', 'in', closed).executeTakeFirstOrThrow(),
  );
}

/**
 * Who opened these notes or conversations, and when (src/access): the record of access was to the
 * words, so it goes with them. The same delete as access's own repo, here so that the purge stays
 * below every capability it cleans up after.
 */
async function deleteAccessRecords(
  trx: Tx,
  kind: 'note' | 'conversation',
  recordIds: OperandValueExpressionOrList<Database, 'access_records', 'access_records.record_id'>,
): Promise<number> {
  return deleted(
    await trx
      .deleteFrom('access_records')
      .where('record_kind', '=', kind)
      .where('access_records.record_id', 'in', recordIds)
      .executeTakeFirstOrThrow(),
  );
}

function total(report: PurgeReport): number {
  return [...Object.values(report.words), ...Object.values(report.evaluation), report.blocks].reduce(
    (a, b) => a + b,
    0,
  );
}

export const PURGE_INTERVAL_MS = 10 * 60_000;

/** The purge at start and every `intervalMs` (ten minutes in production). */
export function startRetentionPurge(deps: PurgeDeps, intervalMs: number): Periodic {
  return runPeriodically(() => purgeExpired(deps), intervalMs, deps.logger, 'retention purge');
}

export function purgeDepsOf(ctx: {
  db: { kysely: Kysely<Database>; dialect: Dialect };
  clock: Clock;
  logger: Logger;
}): PurgeDeps {
  return { db: ctx.db.kysely, dialect: ctx.db.dialect, clock: ctx.clock, logger: ctx.logger };
}
