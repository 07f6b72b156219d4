import { PostgresAdapter, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../db/schema';
import type { FieldMembersTable, FieldMemberStatus, FieldResponsesTable, FieldRole } from '../db/schema-dispatch';
import { OPEN_STATES, OUT, WENT } from './types';

/** The only dispatch code that knows SQL. */

export type ResponseRow = Selectable<FieldResponsesTable>;
export type MemberRow = Selectable<FieldMembersTable>;
type Db = Kysely<Database>;

const isPostgres = (db: Db) => db.getExecutor().adapter instanceof PostgresAdapter;

export async function findResponse(db: Db, programId: string, id: string): Promise<ResponseRow | undefined> {
  return db
    .selectFrom('field_responses')
    .selectAll()
    .where('id', '=', id)
    .where('program_id', '=', programId)
    .executeTakeFirst();
}

/**
 * Reads a response inside a transaction and, on PostgreSQL, locks its row until the transaction
 * ends: two answers for the last place take turns, so exactly one gets it. SQLite transactions are
 * already serialized by its single writer.
 */
export async function lockResponse(trx: Db, programId: string, id: string): Promise<ResponseRow | undefined> {
  let query = trx.selectFrom('field_responses').selectAll().where('id', '=', id).where('program_id', '=', programId);
  if (isPostgres(trx)) query = query.forUpdate();
  return query.executeTakeFirst();
}

/** Serializes alias choice within a program on PostgreSQL (two requests at once must not both take R4). */
export async function lockProgram(trx: Db, programId: string): Promise<void> {
  if (isPostgres(trx)) await trx.selectFrom('programs').select('id').where('id', '=', programId).forUpdate().execute();
}

export async function openByAlias(db: Db, programId: string, alias: string): Promise<ResponseRow | undefined> {
  return db
    .selectFrom('field_responses')
    .selectAll()
    .where('program_id', '=', programId)
    .where('alias', '=', alias)
    .where('state', 'in', [...OPEN_STATES])
    .executeTakeFirst();
}

export async function openAliases(db: Db, programId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('field_responses')
    .select('alias')
    .where('program_id', '=', programId)
    .where('state', 'in', [...OPEN_STATES])
    .execute();
  return new Set(rows.map((r) => r.alias));
}

/** Open responses, then those that ended since `since`, newest first. */
export async function boardRows(db: Db, programId: string, since: number): Promise<ResponseRow[]> {
  return db
    .selectFrom('field_responses')
    .selectAll()
    .where('program_id', '=', programId)
    .where((eb) => eb.or([eb('state', 'in', [...OPEN_STATES]), eb('closed_at', '>=', since)]))
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}

export async function allOpen(db: Db): Promise<ResponseRow[]> {
  return db
    .selectFrom('field_responses')
    .selectAll()
    .where('state', 'in', [...OPEN_STATES])
    .orderBy('created_at')
    .execute();
}

export async function membersOf(db: Db, responseIds: string[]): Promise<(MemberRow & { name: string })[]> {
  if (responseIds.length === 0) return [];
  return db
    .selectFrom('field_members')
    .innerJoin('responders', 'responders.id', 'field_members.responder_id')
    .selectAll('field_members')
    .select('responders.name as name')
    .where('field_members.response_id', 'in', responseIds)
    .orderBy('field_members.asked_at')
    .orderBy('field_members.responder_id')
    .execute();
}

export async function member(db: Db, responseId: string, responderId: string): Promise<MemberRow | undefined> {
  return db
    .selectFrom('field_members')
    .selectAll()
    .where('response_id', '=', responseId)
    .where('responder_id', '=', responderId)
    .executeTakeFirst();
}

export async function insertMember(
  db: Db,
  row: { responseId: string; responderId: string; role: FieldRole; now: number; answerBy: number },
): Promise<void> {
  await db
    .insertInto('field_members')
    .values({
      response_id: row.responseId,
      responder_id: row.responderId,
      role: row.role,
      status: 'asked',
      eta_minutes: null,
      asked_at: row.now,
      answer_by: row.answerBy,
      answered_at: null,
      updated_at: row.now,
    })
    .execute();
}

/** Moves a member from one of `from` to `to`; whether it moved (a concurrent change may have won). */
export async function moveMember(
  db: Db,
  key: { responseId: string; responderId: string },
  from: readonly FieldMemberStatus[],
  to: { status: FieldMemberStatus; now: number; etaMinutes?: number | null; answered?: boolean },
): Promise<boolean> {
  const result = await db
    .updateTable('field_members')
    .set({
      status: to.status,
      updated_at: to.now,
      ...(to.etaMinutes === undefined ? {} : { eta_minutes: to.etaMinutes }),
      ...(to.answered ? { answered_at: to.now } : {}),
    })
    .where('response_id', '=', key.responseId)
    .where('responder_id', '=', key.responderId)
    .where('status', 'in', [...from])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Responders out right now on any open response: not candidates for another. */
export async function outNow(db: Db, programId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('field_members')
    .innerJoin('field_responses', 'field_responses.id', 'field_members.response_id')
    .select('field_members.responder_id as id')
    .where('field_responses.program_id', '=', programId)
    .where('field_responses.state', 'in', [...OPEN_STATES])
    .where('field_members.status', 'in', [...OUT])
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** When each responder last said yes to a field response, for "who has gone out least recently". */
export async function lastWentAt(db: Db, responderIds: string[]): Promise<Map<string, number>> {
  if (responderIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('field_members')
    .select(['responder_id', (eb) => eb.fn.max('answered_at').as('at')])
    .where('responder_id', 'in', responderIds)
    .where('status', 'in', [...WENT])
    .groupBy('responder_id')
    .execute();
  return new Map(rows.map((r) => [r.responder_id, Number(r.at ?? 0)]));
}

export async function insertBriefReaders(
  db: Db,
  responseId: string,
  readers: { responderId: string; keyId: string; sealedKey: string }[],
): Promise<void> {
  if (readers.length === 0) return;
  await db
    .insertInto('field_brief_readers')
    .values(
      readers.map((r) => ({
        response_id: responseId,
        responder_id: r.responderId,
        key_id: r.keyId,
        sealed_key: r.sealedKey,
      })),
    )
    .execute();
}

export async function briefKeyOf(
  db: Db,
  responseId: string,
  responderId: string,
): Promise<{ keyId: string; sealedKey: string } | undefined> {
  return db
    .selectFrom('field_brief_readers')
    .select(['key_id as keyId', 'sealed_key as sealedKey'])
    .where('response_id', '=', responseId)
    .where('responder_id', '=', responderId)
    .executeTakeFirst();
}

/** Someone who will not go (declined, timed out, released) loses their copy of the brief's key. */
export async function dropBriefKey(db: Db, responseId: string, responderId: string): Promise<void> {
  await db
    .deleteFrom('field_brief_readers')
    .where('response_id', '=', responseId)
    .where('responder_id', '=', responderId)
    .execute();
}

/** The brief and every key to it, gone: the response is over (closed, or no team). */
export async function dropBrief(db: Db, responseId: string, now: number): Promise<void> {
  await db.deleteFrom('field_brief_readers').where('response_id', '=', responseId).execute();
  await db
    .updateTable('field_responses')
    .set({ brief_sealed: null, updated_at: now })
    .where('id', '=', responseId)
    .execute();
}

export interface ResponderLite {
  id: string;
  name: string;
  languages: string[];
  roles: string[];
  skills: string[];
  publicKey: string | null;
}

/** Active responders of a program, not on break, by id: names, languages, roles, skills and public keys — never numbers. */
export async function respondersLite(db: Db, programId: string, ids: string[]): Promise<ResponderLite[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('responders')
    .leftJoin('credentials', 'credentials.responder_id', 'responders.id')
    .select([
      'responders.id as id',
      'responders.name as name',
      'responders.languages as languages',
      'responders.roles as roles',
      'responders.skills as skills',
      'credentials.public_key as publicKey',
    ])
    .where('responders.program_id', '=', programId)
    .where('responders.id', 'in', [...new Set(ids)])
    .where('responders.status', '=', 'active')
    .where('responders.on_break_since', 'is', null)
    .orderBy('responders.created_at')
    .orderBy('responders.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    languages: JSON.parse(r.languages) as string[],
    roles: JSON.parse(r.roles) as string[],
    skills: JSON.parse(r.skills) as string[],
    publicKey: r.publicKey ?? null,
  }));
}

export async function responderBasics(
  db: Db,
  id: string,
): Promise<{ id: string; name: string; languages: string[]; roles: string[]; publicKey: string | null } | undefined> {
  const row = await db
    .selectFrom('responders')
    .leftJoin('credentials', 'credentials.responder_id', 'responders.id')
    .select([
      'responders.id as id',
      'responders.name as name',
      'responders.languages as languages',
      'responders.roles as roles',
      'credentials.public_key as publicKey',
    ])
    .where('responders.id', '=', id)
    .executeTakeFirst();
  return row
    ? {
        id: row.id,
        name: row.name,
        languages: JSON.parse(row.languages) as string[],
        roles: JSON.parse(row.roles) as string[],
        publicKey: row.publicKey ?? null,
      }
    : undefined;
}

/** Active coordinators of a program (ids), for when none is on call. */
export async function coordinators(db: Db, programId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('responders')
    .select(['id', 'roles'])
    .where('program_id', '=', programId)
    .where('status', '=', 'active')
    .orderBy('created_at')
    .execute();
  return rows.filter((r) => (JSON.parse(r.roles) as string[]).includes('coordinator')).map((r) => r.id);
}

/** Everyone out right now (said yes, not yet clear) on an open response, in any program. */
export async function respondersOut(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('field_members')
    .innerJoin('field_responses', 'field_responses.id', 'field_members.response_id')
    .select('field_members.responder_id')
    .distinct()
    .where('field_members.status', 'in', [...OUT])
    .where('field_responses.state', 'in', [...OPEN_STATES])
    .execute();
  return rows.map((r) => r.responder_id);
}
