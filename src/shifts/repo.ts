import { PostgresAdapter, type Kysely } from 'kysely';
import type { Role } from '../auth/principal';
import type { Database, ShiftOverrideRow, ShiftRuleRow } from '../db/schema';
import { notFound } from '../platform/errors';
import type { RestOverride } from './rest';
import type { OverrideKind, ShiftOverride, ShiftRule, Tier } from './types';

const restOverrideOf = (json: string | null): RestOverride | null =>
  json === null ? null : (JSON.parse(json) as RestOverride);

export function ruleFromRow(
  row: Pick<
    ShiftRuleRow,
    'id' | 'responder_id' | 'role' | 'tier' | 'weekday' | 'start_minute' | 'duration_minutes' | 'rest_override'
  >,
): ShiftRule {
  return {
    id: row.id,
    responderId: row.responder_id,
    role: row.role as Role,
    tier: row.tier as Tier,
    weekday: row.weekday,
    startMinute: row.start_minute,
    durationMinutes: row.duration_minutes,
    restOverride: restOverrideOf(row.rest_override),
  };
}

export function overrideFromRow(
  row: Pick<
    ShiftOverrideRow,
    'id' | 'responder_id' | 'kind' | 'role' | 'tier' | 'starts_at' | 'ends_at' | 'rest_override'
  >,
): ShiftOverride {
  return {
    id: row.id,
    responderId: row.responder_id,
    kind: row.kind as OverrideKind,
    role: row.role as Role | null,
    tier: row.tier as Tier | null,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    restOverride: restOverrideOf(row.rest_override),
  };
}

const RULE_COLUMNS = [
  'id',
  'responder_id',
  'role',
  'tier',
  'weekday',
  'start_minute',
  'duration_minutes',
  'rest_override',
] as const;
const OVERRIDE_COLUMNS = [
  'id',
  'responder_id',
  'kind',
  'role',
  'tier',
  'starts_at',
  'ends_at',
  'rest_override',
] as const;

const restOverrideJson = (o: RestOverride | null | undefined): string | null =>
  o === null || o === undefined ? null : JSON.stringify(o);

/** A responder removed between our check and our insert trips the foreign key; say so plainly. */
function rethrow(error: unknown): never {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || code === '23503') throw notFound('Responder');
  throw error;
}

/**
 * Reads the responder a shift is for and, on PostgreSQL, locks their row until the transaction
 * ends, so two coordinators writing shifts for the same person take turns and the overlap check
 * sees the other's shift. SQLite transactions are already serialized by its single writer.
 */
export async function lockResponder(
  db: Kysely<Database>,
  programId: string,
  id: string,
): Promise<{ id: string; name: string; roles: Role[] } | undefined> {
  let query = db
    .selectFrom('responders')
    .select(['id', 'name', 'roles'])
    .where('id', '=', id)
    .where('program_id', '=', programId);
  if (db.getExecutor().adapter instanceof PostgresAdapter) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row ? { id: row.id, name: row.name, roles: JSON.parse(row.roles) as Role[] } : undefined;
}

/** Names and statuses for presenting schedules; no phone numbers are read. */
export async function responderDirectory(
  db: Kysely<Database>,
  programId: string,
): Promise<Map<string, { name: string; status: string }>> {
  const rows = await db
    .selectFrom('responders')
    .select(['id', 'name', 'status'])
    .where('program_id', '=', programId)
    .execute();
  return new Map(rows.map((row) => [row.id, { name: row.name, status: row.status }]));
}

export async function findRules(
  db: Kysely<Database>,
  programId: string,
  filter: { responderId?: string; responderIds?: readonly string[]; role?: Role; weekdays?: number[] } = {},
): Promise<ShiftRule[]> {
  let query = db.selectFrom('shift_rules').select(RULE_COLUMNS).where('program_id', '=', programId);
  if (filter.responderId !== undefined) query = query.where('responder_id', '=', filter.responderId);
  if (filter.responderIds !== undefined) query = query.where('responder_id', 'in', filter.responderIds);
  if (filter.role !== undefined) query = query.where('role', '=', filter.role);
  if (filter.weekdays !== undefined) query = query.where('weekday', 'in', filter.weekdays);
  const rows = await query.orderBy('weekday').orderBy('start_minute').orderBy('id').execute();
  return rows.map(ruleFromRow);
}

export async function findRule(db: Kysely<Database>, programId: string, id: string): Promise<ShiftRule | undefined> {
  const row = await db
    .selectFrom('shift_rules')
    .select(RULE_COLUMNS)
    .where('program_id', '=', programId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? ruleFromRow(row) : undefined;
}

export async function insertRule(db: Kysely<Database>, programId: string, rule: ShiftRule, now: number): Promise<void> {
  try {
    await db
      .insertInto('shift_rules')
      .values({
        id: rule.id,
        program_id: programId,
        responder_id: rule.responderId,
        role: rule.role,
        tier: rule.tier,
        weekday: rule.weekday,
        start_minute: rule.startMinute,
        duration_minutes: rule.durationMinutes,
        rest_override: restOverrideJson(rule.restOverride),
        created_at: now,
      })
      .execute();
  } catch (error) {
    rethrow(error);
  }
}

export async function updateRule(db: Kysely<Database>, programId: string, rule: ShiftRule): Promise<void> {
  try {
    await db
      .updateTable('shift_rules')
      .set({
        responder_id: rule.responderId,
        role: rule.role,
        tier: rule.tier,
        weekday: rule.weekday,
        start_minute: rule.startMinute,
        duration_minutes: rule.durationMinutes,
        rest_override: restOverrideJson(rule.restOverride),
      })
      .where('program_id', '=', programId)
      .where('id', '=', rule.id)
      .execute();
  } catch (error) {
    rethrow(error);
  }
}

export async function deleteRule(db: Kysely<Database>, programId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('shift_rules')
    .where('program_id', '=', programId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export interface OverrideFilter {
  responderId?: string;
  responderIds?: readonly string[];
  kind?: OverrideKind;
  /** Only overrides still running after this instant. */
  endsAfter?: number;
  /** Only overrides that start before this instant. */
  startsBefore?: number;
  /** Extra shifts for this role, plus all time away (which applies to every role). */
  roleOrAway?: Role;
}

export async function findOverrides(
  db: Kysely<Database>,
  programId: string,
  filter: OverrideFilter = {},
): Promise<ShiftOverride[]> {
  let query = db.selectFrom('shift_overrides').select(OVERRIDE_COLUMNS).where('program_id', '=', programId);
  if (filter.responderId !== undefined) query = query.where('responder_id', '=', filter.responderId);
  if (filter.responderIds !== undefined) query = query.where('responder_id', 'in', filter.responderIds);
  if (filter.kind !== undefined) query = query.where('kind', '=', filter.kind);
  if (filter.endsAfter !== undefined) query = query.where('ends_at', '>', filter.endsAfter);
  if (filter.startsBefore !== undefined) query = query.where('starts_at', '<', filter.startsBefore);
  const role = filter.roleOrAway;
  if (role !== undefined) query = query.where((eb) => eb.or([eb('kind', '=', 'off'), eb('role', '=', role)]));
  const rows = await query.orderBy('starts_at').orderBy('id').execute();
  return rows.map(overrideFromRow);
}

export async function insertOverride(
  db: Kysely<Database>,
  programId: string,
  override: ShiftOverride,
  now: number,
): Promise<void> {
  try {
    await db
      .insertInto('shift_overrides')
      .values({
        id: override.id,
        program_id: programId,
        responder_id: override.responderId,
        kind: override.kind,
        role: override.role,
        tier: override.tier,
        starts_at: override.startsAt,
        ends_at: override.endsAt,
        rest_override: restOverrideJson(override.restOverride),
        created_at: now,
      })
      .execute();
  } catch (error) {
    rethrow(error);
  }
}

export async function deleteOverride(db: Kysely<Database>, programId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('shift_overrides')
    .where('program_id', '=', programId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
