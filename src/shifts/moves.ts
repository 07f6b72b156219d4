import type { Kysely } from 'kysely';
import type { Role } from '../auth/principal';
import type { Database } from '../db/schema';
import { DomainError, notFound } from '../platform/errors';
import { newId } from '../platform/ids';
import { openIntervals } from '../program/hours';
import { getProgram, routingChanged } from '../program/service';
import type { Program } from '../program/types';
import { clipTimeAway, gapsIn, occurrencesIn, overlaps, type Interval } from './occurrences';
import { overrideCollision } from './overlap';
import * as repo from './repo';
import { REST_LOOKBACK_MS, restBreach, restRulesOn } from './rest';
import { restOfOverride } from './rest-check';
import type { ShiftDeps } from './service';
import type { ShiftOverride, Tier } from './types';

/**
 * Shifts changing hands (issue 17's swaps and time away, src/rota/swaps/): the caller's claim — one
 * conditional update of its own row, run first inside the same transaction — and the shift rows it
 * settles commit together or not at all. So of two takers at once exactly one claim wins, and a
 * winner who turns out to be busy or past a rest rule leaves nothing written, not even the claim.
 */
export type Claim = (trx: Kysely<Database>) => Promise<boolean>;

export interface Move {
  giverId: string;
  takerId: string;
  role: Role;
  tier: Tier;
  start: number;
  end: number;
}

/** Why someone cannot cover a stretch: already on, away, without the role, or past a rest rule. */
export type Unfit = 'busy' | 'away' | 'role' | 'rest';

const unfitError = (why: Unfit, name: string): DomainError =>
  new DomainError('conflict', `${name} cannot take this shift (${why})`, [], undefined, { why });

/**
 * Moves `start`–`end` of the giver's shift to the taker: a one-off for the taker and time away for
 * the giver, so the giver's weekly rule stays as it is for every other week. The taker is checked
 * as any new one-off is (overlap, time away, every rest rule), with no coordinator's override.
 * Returns false, having written nothing, when the claim lost.
 */
export async function moveShift(
  deps: ShiftDeps,
  programId: string,
  move: Move,
  claim: Claim,
): Promise<{ takerShiftId: string; giverAwayId: string } | false> {
  const program = await getProgram(deps, programId);
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    if (!(await claim(trx))) return false;
    const span = { start: move.start, end: move.end };
    // The giver's shift may have been changed since it was offered: then there is nothing to move.
    const giverShifts = occurrencesIn(
      await repo.findRules(trx, programId, { responderId: move.giverId }),
      await repo.findOverrides(trx, programId, {
        responderId: move.giverId,
        endsAfter: span.start,
        startsBefore: span.end,
      }),
      program.timeZone,
      span,
    );
    if (!giverShifts.some((o) => o.role === move.role && o.start <= span.start && span.end <= o.end))
      throw new DomainError('conflict', 'The offered shift has changed', [], undefined, { why: 'gone' });
    const taker = await repo.lockResponder(trx, programId, move.takerId);
    if (!taker) throw notFound('Responder');
    if (!taker.roles.includes(move.role)) throw unfitError('role', taker.name);
    const [rules, others] = await Promise.all([
      repo.findRules(trx, programId, { responderId: taker.id }),
      repo.findOverrides(trx, programId, { responderId: taker.id, endsAfter: span.start, startsBefore: span.end }),
    ]);
    if (others.some((o) => o.kind === 'off')) throw unfitError('away', taker.name);
    if (overrideCollision(taker.name, 'on', span, rules, others, program.timeZone))
      throw unfitError('busy', taker.name);
    const shift: ShiftOverride = {
      id: newId('sho'),
      responderId: taker.id,
      kind: 'on',
      role: move.role,
      tier: move.tier,
      startsAt: span.start,
      endsAt: span.end,
    };
    await restOfOverride(
      { trx, programId, zone: program.timeZone, limits: program.care, responder: taker, now, allow: undefined },
      shift,
    );
    const away: ShiftOverride = {
      id: newId('sho'),
      responderId: move.giverId,
      kind: 'off',
      role: null,
      tier: null,
      startsAt: span.start,
      endsAt: span.end,
    };
    await repo.insertOverride(trx, programId, { ...shift, restOverride: null }, now);
    await repo.insertOverride(trx, programId, away, now);
    await routingChanged({ db: trx }, programId);
    return { takerShiftId: shift.id, giverAwayId: away.id };
  });
}

/** Time away for a responder, written with the caller's claim (a request's approval); false when the claim lost. */
export async function addTimeAway(
  deps: ShiftDeps,
  programId: string,
  responderId: string,
  span: Interval,
  claim: Claim,
): Promise<string | false> {
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    if (!(await claim(trx))) return false;
    const away: ShiftOverride = {
      id: newId('sho'),
      responderId,
      kind: 'off',
      role: null,
      tier: null,
      startsAt: span.start,
      endsAt: span.end,
    };
    await repo.insertOverride(trx, programId, away, now);
    await routingChanged({ db: trx }, programId);
    return away.id;
  });
}

/**
 * Of `candidates` (active teammates holding `role`), who could take `span`: not on at any of it,
 * not away, and within every rest rule with it added — the same arithmetic `moveShift` refuses by,
 * from one read of everyone's rows.
 */
export async function whoCouldCover(
  deps: Pick<ShiftDeps, 'db'>,
  program: Program,
  candidates: readonly string[],
  span: Interval,
): Promise<string[]> {
  if (candidates.length === 0) return [];
  const window = { start: span.start - REST_LOOKBACK_MS, end: span.end + REST_LOOKBACK_MS };
  const [rules, overrides] = await Promise.all([
    repo.findRules(deps.db, program.id, { responderIds: candidates }),
    repo.findOverrides(deps.db, program.id, {
      responderIds: candidates,
      endsAfter: window.start,
      startsBefore: window.end,
    }),
  ]);
  const zone = program.timeZone;
  return candidates.filter((id) => {
    const own = rules.filter((r) => r.responderId === id);
    const theirs = overrides.filter((o) => o.responderId === id);
    const near = theirs.filter((o) => overlaps(span, { start: o.startsAt, end: o.endsAt }));
    if (near.some((o) => o.kind === 'off')) return false;
    if (overrideCollision('', 'on', span, own, near, zone)) return false;
    if (!restRulesOn(program.care)) return true;
    return !restBreach(program.care, [span], occurrencesIn(own, theirs, zone, window), zone);
  });
}

/** Stretches of opening hours left with no primary on the phone if `responderId` were away for `span`, not already gaps. */
export async function gapsOpenedBy(
  deps: Pick<ShiftDeps, 'db'>,
  program: Program,
  responderId: string,
  span: Interval,
): Promise<Interval[]> {
  const [rules, overrides] = await Promise.all([
    repo.findRules(deps.db, program.id),
    repo.findOverrides(deps.db, program.id, { endsAfter: span.start, startsBefore: span.end }),
  ]);
  const before = occurrencesIn(rules, overrides, program.timeZone, span);
  const away: ShiftOverride = {
    id: 'asked',
    responderId,
    kind: 'off',
    role: null,
    tier: null,
    startsAt: span.start,
    endsAt: span.end,
  };
  const after = clipTimeAway(before, [away]);
  const opened: Interval[] = [];
  for (const open of openIntervals(program.hours, program.timeZone, span)) {
    const had = gapsIn(before, 'phone', 'primary', open);
    for (const gap of gapsIn(after, 'phone', 'primary', open)) opened.push(...subtract(gap, had));
  }
  return opened;
}

/** `span` less every stretch of `holes` (sorted, disjoint). */
function subtract(span: Interval, holes: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let cursor = span.start;
  for (const hole of holes) {
    if (hole.end <= cursor || hole.start >= span.end) continue;
    if (hole.start > cursor) out.push({ start: cursor, end: hole.start });
    cursor = Math.max(cursor, hole.end);
  }
  if (cursor < span.end) out.push({ start: cursor, end: span.end });
  return out;
}
