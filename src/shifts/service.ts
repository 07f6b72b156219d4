import type { Kysely } from 'kysely';
import type { Role } from '../auth/principal';
import type { Database } from '../db/schema';
import type { Clock } from '../platform/clock';
import { invalid, notFound } from '../platform/errors';
import { newId } from '../platform/ids';
import { getProgram, routingChanged } from '../program/service';
import { occurrencesIn, type Interval } from './occurrences';
import { scheduledAt, type OnCallEntry } from './on-call';
import { overrideCollision, ruleCollision } from './overlap';
import * as repo from './repo';
import type { Occurrence, OverrideInput, ShiftOverride, ShiftRule, RuleInput } from './types';
import { checkOverride, checkRule } from './validate';
import type { RestOverrideReason } from '../program/limits';
import { restOfOverride, restOfRule, type RestContext } from './rest-check';

export interface ShiftDeps {
  db: Kysely<Database>;
  clock: Clock;
}

type Locked = { id: string; name: string; roles: Role[] };

/**
 * Check-then-write inside one transaction, with the responder's row locked first (PostgreSQL),
 * so two coordinators can't both pass the overlap check for the same person; nothing is
 * half-written when a check fails.
 */
async function withResponder<T>(
  deps: ShiftDeps,
  programId: string,
  responderId: string,
  role: Role | null,
  write: (trx: Kysely<Database>, responder: Locked) => Promise<T>,
): Promise<T> {
  return deps.db.transaction().execute(async (trx) => {
    const responder = await repo.lockResponder(trx, programId, responderId);
    if (!responder) throw notFound('Responder');
    if (role !== null && !responder.roles.includes(role)) {
      throw invalid([{ field: '/role', message: `${responder.name} does not have the ${role} role` }]);
    }
    return write(trx, responder);
  });
}

async function zoneOf(deps: ShiftDeps, programId: string): Promise<string> {
  return (await getProgram(deps, programId)).timeZone;
}

/** Who writes a shift, and the reason they gave (if any) to let it break a rest rule. */
export interface Writer {
  by: string;
  restOverride?: RestOverrideReason | undefined;
}

async function restContext(deps: ShiftDeps, programId: string, writer: Writer | undefined) {
  const program = await getProgram(deps, programId);
  const reason = writer?.restOverride;
  return {
    zone: program.timeZone,
    at: (trx: Kysely<Database>, responder: Locked): RestContext => ({
      trx,
      programId,
      zone: program.timeZone,
      limits: program.care,
      responder,
      now: deps.clock.now(),
      allow: reason !== undefined && writer ? { reason, by: writer.by } : undefined,
    }),
  };
}

async function saveRule(
  deps: ShiftDeps,
  programId: string,
  spec: ShiftRule,
  isNew: boolean,
  writer: Writer | undefined,
): Promise<ShiftRule> {
  const rest = await restContext(deps, programId, writer);
  const now = deps.clock.now();
  return withResponder(deps, programId, spec.responderId, spec.role, async (trx, responder) => {
    const ctx = rest.at(trx, responder);
    const zone = ctx.zone;
    if (!isNew && !(await repo.findRule(trx, programId, spec.id))) throw notFound('Shift rule');
    const rules = await repo.findRules(trx, programId, { responderId: spec.responderId });
    // One-offs already over can't collide with anything still to come.
    const oneOffs = await repo.findOverrides(trx, programId, {
      responderId: spec.responderId,
      kind: 'on',
      endsAfter: now,
    });
    const collision = ruleCollision(responder.name, spec, rules, oneOffs, zone);
    if (collision) throw collision;
    const rule = { ...spec, restOverride: await restOfRule(ctx, spec) };
    if (isNew) await repo.insertRule(trx, programId, rule, now);
    else await repo.updateRule(trx, programId, rule);
    await routingChanged({ db: trx }, programId);
    return rule;
  });
}

export async function createRule(
  deps: ShiftDeps,
  programId: string,
  input: RuleInput,
  writer?: Writer,
): Promise<ShiftRule> {
  return saveRule(deps, programId, { id: newId('shr'), ...checkRule(input) }, true, writer);
}

/** Moves or replaces a weekly rule; its own old time never counts as an overlap. */
export async function replaceRule(
  deps: ShiftDeps,
  programId: string,
  id: string,
  input: RuleInput,
  writer?: Writer,
): Promise<ShiftRule> {
  return saveRule(deps, programId, { id, ...checkRule(input) }, false, writer);
}

export async function removeRule(deps: ShiftDeps, programId: string, id: string): Promise<void> {
  if (!(await repo.deleteRule(deps.db, programId, id))) throw notFound('Shift rule');
  await routingChanged(deps, programId);
}

/** Adds a one-off; returns it with the zone its local times were read in. */
export async function createOverride(
  deps: ShiftDeps,
  programId: string,
  input: OverrideInput,
  writer?: Writer,
): Promise<{ override: ShiftOverride; timeZone: string }> {
  const rest = await restContext(deps, programId, writer);
  const zone = rest.zone;
  const spec = checkOverride(input, zone);
  return withResponder(deps, programId, spec.responderId, spec.role, async (trx, responder) => {
    const span = { start: spec.startsAt, end: spec.endsAt };
    const rules = spec.kind === 'on' ? await repo.findRules(trx, programId, { responderId: spec.responderId }) : [];
    const others = await repo.findOverrides(trx, programId, {
      responderId: spec.responderId,
      kind: spec.kind,
      endsAfter: span.start,
      startsBefore: span.end,
    });
    const collision = overrideCollision(responder.name, spec.kind, span, rules, others, zone);
    if (collision) throw collision;
    const candidate: ShiftOverride = { id: newId('sho'), ...spec };
    const override = { ...candidate, restOverride: await restOfOverride(rest.at(trx, responder), candidate) };
    await repo.insertOverride(trx, programId, override, deps.clock.now());
    await routingChanged({ db: trx }, programId);
    return { override, timeZone: zone };
  });
}

export async function removeOverride(deps: ShiftDeps, programId: string, id: string): Promise<void> {
  if (!(await repo.deleteOverride(deps.db, programId, id))) throw notFound('Shift override');
  await routingChanged(deps, programId);
}

/** Every weekly rule, and the one-offs that have not ended yet (past ones are of no use to anyone). */
export async function listShifts(
  deps: ShiftDeps,
  programId: string,
): Promise<{ timeZone: string; rules: ShiftRule[]; overrides: ShiftOverride[] }> {
  const timeZone = await zoneOf(deps, programId);
  const [rules, overrides] = await Promise.all([
    repo.findRules(deps.db, programId),
    repo.findOverrides(deps.db, programId, { endsAfter: deps.clock.now() }),
  ]);
  return { timeZone, rules, overrides };
}

export { SCHEDULE_DAYS, schedule, type Schedule } from './schedule';

export interface OnCallNow extends OnCallEntry {
  name: string;
  status: string;
}

/** Everyone scheduled right now, every role; paused people are listed, marked, so coordinators see the hole. */
export async function onCallNow(
  deps: ShiftDeps,
  programId: string,
): Promise<{ timeZone: string; entries: OnCallNow[] }> {
  const program = await getProgram(deps, programId);
  const [entries, names] = await Promise.all([
    scheduledAt(deps.db, program, deps.clock.now()),
    repo.responderDirectory(deps.db, programId),
  ]);
  return {
    timeZone: program.timeZone,
    entries: entries.map((e) => ({
      ...e,
      name: names.get(e.responderId)?.name ?? '',
      status: names.get(e.responderId)?.status ?? 'active',
    })),
  };
}

/** One responder's shifts as they fall in `window` (weekly and one-off, time away taken out). */
export async function shiftsOfResponder(
  deps: Pick<ShiftDeps, 'db'>,
  programId: string,
  responderId: string,
  timeZone: string,
  window: Interval,
): Promise<Occurrence[]> {
  const [rules, overrides] = await Promise.all([
    repo.findRules(deps.db, programId, { responderId }),
    repo.findOverrides(deps.db, programId, { responderId, endsAfter: window.start, startsBefore: window.end }),
  ]);
  return occurrencesIn(rules, overrides, timeZone, window);
}

/** Names and statuses of the team, for presenting who is on; no phone numbers are read. */
export const teamDirectory = (
  deps: Pick<ShiftDeps, 'db'>,
  programId: string,
): Promise<Map<string, { name: string; status: string }>> => repo.responderDirectory(deps.db, programId);

/** Everyone's shifts as they fall in `window` (weekly and one-off, time away taken out): calendars and reminders. */
export async function shiftsOfProgram(
  deps: Pick<ShiftDeps, 'db'>,
  programId: string,
  timeZone: string,
  window: Interval,
): Promise<Occurrence[]> {
  const [rules, overrides] = await Promise.all([
    repo.findRules(deps.db, programId),
    repo.findOverrides(deps.db, programId, { endsAfter: window.start, startsBefore: window.end }),
  ]);
  return occurrencesIn(rules, overrides, timeZone, window);
}
