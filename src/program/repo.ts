import type { Kysely } from 'kysely';
import { refusingDuplicates } from '../db/open';
import type { Database, ProgramRow } from '../db/schema';
import { DomainError } from '../platform/errors';
import { careFromJson } from './care';
import { dispatchFromJson } from './dispatch';
import { retentionFromJson } from './retention';
import { textingFromJson } from './texting';
import type { Program, ProgramSettings } from './types';

function fromRow(row: ProgramRow): Program {
  return {
    id: row.id,
    name: row.name,
    phoneNumber: row.phone_number,
    timeZone: row.time_zone,
    defaultCountry: row.default_country,
    languages: JSON.parse(row.languages) as Program['languages'],
    respondsTo: JSON.parse(row.responds_to) as Program['respondsTo'],
    hours: JSON.parse(row.hours) as Program['hours'],
    messages: JSON.parse(row.messages) as Program['messages'],
    ringTimeoutSeconds: row.ring_timeout_seconds,
    ringStrategy: row.ring_strategy as Program['ringStrategy'],
    texting: textingFromJson(row.texting),
    retention: retentionFromJson(row.retention),
    dispatch: dispatchFromJson(row.dispatch),
    care: careFromJson(row.care),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toColumns(s: ProgramSettings) {
  return {
    name: s.name,
    phone_number: s.phoneNumber,
    time_zone: s.timeZone,
    default_country: s.defaultCountry,
    languages: JSON.stringify(s.languages),
    responds_to: JSON.stringify(s.respondsTo),
    hours: JSON.stringify(s.hours),
    messages: JSON.stringify(s.messages),
    ring_timeout_seconds: s.ringTimeoutSeconds,
    ring_strategy: s.ringStrategy,
    texting: JSON.stringify(s.texting),
    retention: JSON.stringify(s.retention),
    dispatch: JSON.stringify(s.dispatch),
    care: JSON.stringify(s.care),
  };
}

const numberTaken = () =>
  new DomainError('conflict', 'That community number is already used by another program', [
    { field: '/phoneNumber', message: 'is already used by another program' },
  ]);

export async function insertProgram(
  db: Kysely<Database>,
  id: string,
  s: ProgramSettings,
  now: number,
): Promise<Program> {
  await refusingDuplicates(
    () =>
      db
        .insertInto('programs')
        .values({ id, ...toColumns(s), created_at: now, updated_at: now })
        .execute(),
    numberTaken,
  );
  return { id, ...s, createdAt: now, updatedAt: now };
}

/** Any change of settings may change routing, so it writes a new routing stamp too (`stamp`). */
export async function updateProgram(
  db: Kysely<Database>,
  id: string,
  s: ProgramSettings,
  now: number,
  stamp: string,
): Promise<void> {
  await refusingDuplicates(
    () =>
      db
        .updateTable('programs')
        .set({ ...toColumns(s), updated_at: now, routing_stamp: stamp })
        .where('id', '=', id)
        .execute(),
    numberTaken,
  );
}

export async function findProgram(db: Kysely<Database>, id: string): Promise<Program | undefined> {
  const row = await db.selectFrom('programs').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

export async function findProgramByNumber(db: Kysely<Database>, phoneNumber: string): Promise<Program | undefined> {
  const row = await db.selectFrom('programs').selectAll().where('phone_number', '=', phoneNumber).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

/** The program with the routing stamp read in the same row, for a cache that is checked against it later. */
export async function findProgramStamped(
  db: Kysely<Database>,
  by: { id: string } | { phoneNumber: string },
): Promise<{ program: Program; stamp: string } | undefined> {
  const query = db.selectFrom('programs').selectAll();
  const row = await (
    'id' in by ? query.where('id', '=', by.id) : query.where('phone_number', '=', by.phoneNumber)
  ).executeTakeFirst();
  return row ? { program: fromRow(row), stamp: row.routing_stamp } : undefined;
}

/** Says that something routing reads (a shift) changed, so every cache of the program is stale. */
export async function setRoutingStamp(db: Kysely<Database>, programId: string, stamp: string): Promise<void> {
  await db.updateTable('programs').set({ routing_stamp: stamp }).where('id', '=', programId).execute();
}

/** The earliest program made (ties broken by id): the one first-time setup made, which an install serves. */
export async function findFirstProgram(db: Kysely<Database>): Promise<Program | undefined> {
  const row = await db
    .selectFrom('programs')
    .selectAll()
    .orderBy('created_at')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

export async function countPrograms(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('programs')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The emergency plan lives beside the program's settings but changes on its own, with its own time and version. */
export async function findPlan(
  db: Kysely<Database>,
  programId: string,
): Promise<{ text: string; updatedAt: number | null; version: number; versionAt: number | null } | undefined> {
  const row = await db
    .selectFrom('programs')
    .select(['emergency_plan', 'emergency_plan_updated_at', 'plan_version', 'plan_version_at'])
    .where('id', '=', programId)
    .executeTakeFirst();
  return row
    ? {
        text: row.emergency_plan,
        updatedAt: row.emergency_plan_updated_at,
        version: row.plan_version,
        versionAt: row.plan_version_at,
      }
    : undefined;
}

/**
 * Writes the plan; changed words make a new version (and a new routing stamp, since who may be
 * rung depends on it), in the same statement so two saves never share a number.
 */
export async function updatePlan(
  db: Kysely<Database>,
  programId: string,
  text: string,
  now: number,
  changed: { stamp: string } | undefined,
): Promise<void> {
  await db
    .updateTable('programs')
    .set((eb) =>
      changed
        ? {
            emergency_plan: text,
            emergency_plan_updated_at: now,
            plan_version: eb('plan_version', '+', 1),
            plan_version_at: now,
            routing_stamp: changed.stamp,
          }
        : { emergency_plan: text, emergency_plan_updated_at: now },
    )
    .where('id', '=', programId)
    .execute();
}
