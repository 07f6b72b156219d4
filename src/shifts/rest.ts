import type { RestOverrideReason, RestRule } from '../program/limits';
import { occurrencesIn, overlaps, type Interval } from './occurrences';
import type { Occurrence, ShiftOverride, ShiftRule } from './types';
import { DAY, instantAtWall, wallOf } from '../platform/wall-time';

/**
 * Rest rules (issue 17): at most N hours on call in any 7 days, at least M hours off between
 * stretches, at most K hours in one stretch. Hours are real hours (a 22:00–06:00 shift the night
 * clocks go back is 9 of them); "7 days" are 7 local days in the program's time zone, so a week
 * with a daylight-saving change has its true 167 or 169 hours. Every role counts: a coordinator
 * shift is not rest. Pure, so the shift editor's check and the router's use the same arithmetic.
 */
export interface RestLimits {
  weekHours: number | null;
  restHours: number | null;
  stretchHours: number | null;
}

/** A coordinator's recorded decision to let a shift break a rest rule. */
export interface RestOverride {
  reason: RestOverrideReason;
  /** The coordinator's responder id. */
  by: string;
  at: number;
  /** The rules it broke when it was written. */
  rules: RestRule[];
}

export interface RestBreach {
  rule: RestRule;
  /** Hours on call (week, stretch) or hours of rest (between), to one decimal. */
  hours: number;
  limit: number;
  /** Where it happens: the window's, the stretch's, or the second stretch's start. */
  at: number;
}

const HOUR = 3_600_000;
const WEEK = 7 * DAY;

/** The same local time 7 days later, and 7 days earlier: a local week, whatever the clocks did. */
const weekAfter = (at: number, zone: string): number => instantAtWall(zone, wallOf(at, zone) + WEEK);
const weekBefore = (at: number, zone: string): number => instantAtWall(zone, wallOf(at, zone) - WEEK);
/** How far back the router and the editor look: a week, plus the longest stretch could reach before it. */
export const REST_LOOKBACK_MS = WEEK + 2 * DAY;

export const restRulesOn = (limits: RestLimits): boolean =>
  limits.weekHours !== null || limits.restHours !== null || limits.stretchHours !== null;

const tenths = (ms: number): number => Math.round((ms / HOUR) * 10) / 10;

/** Overlapping or touching stretches of time merged into unbroken stretches on call, in order. */
export function stretchesOf(intervals: readonly Interval[]): Interval[] {
  const sorted = [...intervals].filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  for (const i of sorted) {
    const last = out.at(-1);
    if (last && i.start <= last.end) last.end = Math.max(last.end, i.end);
    else out.push({ start: i.start, end: i.end });
  }
  return out;
}

const onCallWithin = (stretches: readonly Interval[], window: Interval): number =>
  stretches.reduce((sum, s) => sum + Math.max(0, Math.min(s.end, window.end) - Math.max(s.start, window.start)), 0);

/**
 * The first rest rule the `candidate` stretches (a new or moved shift's occurrences) would break,
 * with the responder's `others` on call. Only breaches that touch a candidate count: a schedule
 * that already broke a rule elsewhere does not block an unrelated change.
 */
export function restBreach(
  limits: RestLimits,
  candidate: readonly Interval[],
  others: readonly Interval[],
  zone: string,
): RestBreach | undefined {
  const all = stretchesOf([...candidate, ...others]);
  const touches = (span: Interval) => candidate.some((c) => overlaps(c, span));
  const found: RestBreach[] = [];
  if (limits.stretchHours !== null) {
    for (const s of all) {
      if (touches(s) && s.end - s.start > limits.stretchHours * HOUR)
        found.push({ rule: 'stretchHours', hours: tenths(s.end - s.start), limit: limits.stretchHours, at: s.start });
    }
  }
  if (limits.restHours !== null) {
    for (let i = 1; i < all.length; i++) {
      const before = all[i - 1] as Interval;
      const after = all[i] as Interval;
      const rest = after.start - before.end;
      if ((touches(before) || touches(after)) && rest < limits.restHours * HOUR)
        found.push({ rule: 'restHours', hours: tenths(rest), limit: limits.restHours, at: after.start });
    }
  }
  if (limits.weekHours !== null) {
    // The most on call in a sliding 7 days is reached with a window starting where a stretch
    // starts or ending where one ends; only those windows need counting.
    const windows = all.flatMap((s) => [
      { start: s.start, end: weekAfter(s.start, zone) },
      { start: weekBefore(s.end, zone), end: s.end },
    ]);
    let worst: RestBreach | undefined;
    for (const window of windows) {
      if (!touches(window)) continue;
      const total = onCallWithin(all, window);
      if (total > limits.weekHours * HOUR && (!worst || total > worst.hours * HOUR))
        worst = { rule: 'weekHours', hours: tenths(total), limit: limits.weekHours, at: window.start };
    }
    if (worst) found.push(worst);
  }
  return found.sort((a, b) => a.at - b.at)[0];
}

/**
 * Whether the router must not ring this responder at `at`: already on call for the weekly limit
 * in the 7 days before, already a full stretch, or rested less than the rule before this stretch.
 * `occurrences` are the responder's, every role, covering at least `REST_LOOKBACK_MS` before `at`.
 * `weekStart` is the same local time 7 days before `at`, given when many responders are judged at once.
 */
export function pastRestLimit(
  limits: RestLimits,
  occurrences: readonly Interval[],
  zone: string,
  at: number,
  weekStart = weekBefore(at, zone),
): boolean {
  const upToNow = stretchesOf(occurrences.map((o) => ({ start: o.start, end: Math.min(o.end, at) })));
  const current = upToNow.find((s) => s.start <= at && at <= s.end && s.end === at);
  if (limits.weekHours !== null && onCallWithin(upToNow, { start: weekStart, end: at }) >= limits.weekHours * HOUR)
    return true;
  if (!current) return false;
  if (limits.stretchHours !== null && at - current.start >= limits.stretchHours * HOUR) return true;
  if (limits.restHours !== null) {
    const before = upToNow.filter((s) => s.end < current.start).at(-1);
    if (before && current.start - before.end < limits.restHours * HOUR) return true;
  }
  return false;
}

/** Everything the router needs to judge rest, read once and held with the routing cache. */
export interface RestRows {
  rules: readonly ShiftRule[];
  /** Every one-off and time away that ended at most `REST_LOOKBACK_MS` before the read, or later. */
  overrides: readonly ShiftOverride[];
}

/**
 * Of `ids` (people scheduled now), those the router must skip for rest. An occurrence covering
 * `at` that a coordinator let break a rule is rung as written: that was their explicit choice.
 * Pure CPU on rows already held — no query per responder.
 */
export function pastRestOf(
  limits: RestLimits,
  rows: RestRows,
  zone: string,
  at: number,
  ids: readonly string[],
): Set<string> {
  return new RestLedger(rows, zone, { start: at - REST_LOOKBACK_MS, end: at + 1 }).pastRestOf(limits, at, ids);
}

/**
 * `pastRestOf` for any instant whose look-back lies within `span`, with each responder's shifts
 * expanded once, on first use, over the whole span. Expanding a week and more of shifts for each
 * responder was the cost of the rest rules on every call (twice the CPU of a call without them,
 * docs/PERFORMANCE.md); the router's cache keeps one ledger per read of the rows. The verdict itself
 * is still judged at each instant: it changes as a stretch goes on, not only when a shift starts.
 */
export class RestLedger {
  private readonly expanded = new Map<string, Occurrence[]>();

  constructor(
    private readonly rows: RestRows,
    private readonly zone: string,
    private readonly span: Interval,
  ) {}

  pastRestOf(limits: RestLimits, at: number, ids: readonly string[]): Set<string> {
    const out = new Set<string>();
    if (!restRulesOn(limits) || ids.length === 0) return out;
    const window = { start: at - REST_LOOKBACK_MS, end: at + 1 };
    if (window.start < this.span.start || window.end > this.span.end)
      throw new RangeError('rest judged outside the span its shifts were expanded over');
    const weekStart = weekBefore(at, this.zone);
    for (const id of new Set(ids)) {
      const occurrences = this.occurrencesOf(id).filter((o) => overlaps(o, window));
      if (overridden(occurrences, this.rows, at)) continue;
      if (pastRestLimit(limits, occurrences, this.zone, at, weekStart)) out.add(id);
    }
    return out;
  }

  private occurrencesOf(id: string): Occurrence[] {
    let occurrences = this.expanded.get(id);
    if (!occurrences) {
      const rules = this.rows.rules.filter((r) => r.responderId === id);
      const overrides = this.rows.overrides.filter((o) => o.responderId === id);
      occurrences = occurrencesIn(rules, overrides, this.zone, this.span);
      this.expanded.set(id, occurrences);
    }
    return occurrences;
  }
}

function overridden(occurrences: readonly Occurrence[], rows: RestRows, at: number): boolean {
  return occurrences.some((o) => {
    if (!(o.start <= at && at < o.end)) return false;
    const source =
      o.source === 'rule'
        ? rows.rules.find((r) => r.id === o.sourceId)
        : rows.overrides.find((x) => x.id === o.sourceId);
    return (source?.restOverride ?? null) !== null;
  });
}
