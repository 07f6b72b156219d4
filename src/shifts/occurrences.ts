import type { Role } from '../auth/principal';
import type { Occurrence, ShiftOverride, ShiftRule, Tier } from './types';
import { DAY, MINUTE, instantAtWall, localDayWall, steadyOffset, weekdayOfWall } from '../platform/wall-time';

/** A half-open stretch of real time [start, end) in epoch ms. */
export interface Interval {
  start: number;
  end: number;
}

const WEEK_MINUTES = 7 * 1440;

export const overlaps = (a: Interval, b: Interval): boolean => a.start < b.end && b.start < a.end;

/**
 * The real stretch a rule covers when it starts on the local date beginning at wall `dayWall`.
 * Start and end are converted separately, so a 22:00→06:00 shift on a daylight-saving night
 * lasts 7 or 9 real hours, and a rule inside a skipped hour may come out empty.
 */
export function ruleOccurrence(
  rule: ShiftRule,
  zone: string,
  dayWall: number,
  steady = steadyOffset(zone, dayWall, dayWall + 2 * DAY),
): Interval {
  const startWall = dayWall + rule.startMinute * MINUTE;
  const endWall = startWall + rule.durationMinutes * MINUTE;
  if (steady !== undefined) return { start: startWall - steady * MINUTE, end: endWall - steady * MINUTE };
  return { start: instantAtWall(zone, startWall), end: instantAtWall(zone, endWall) };
}

/** Occurrences of weekly rules that touch `window`, in start order. */
export function expandRules(rules: readonly ShiftRule[], zone: string, window: Interval): Occurrence[] {
  const out: Occurrence[] = [];
  if (rules.length === 0 || window.end <= window.start) return out;
  // A rule from the evening before the window may still be running when it opens.
  const last = localDayWall(window.end - 1, zone);
  for (let day = localDayWall(window.start, zone) - DAY; day <= last; day += DAY) {
    const weekday = weekdayOfWall(day);
    // Rules starting this day end by the next day's end; one offset look-up serves them all.
    const steady = steadyOffset(zone, day, day + 2 * DAY);
    for (const rule of rules) {
      if (rule.weekday !== weekday) continue;
      const real = ruleOccurrence(rule, zone, day, steady);
      if (real.end > real.start && overlaps(real, window)) {
        out.push({
          responderId: rule.responderId,
          role: rule.role,
          tier: rule.tier,
          ...real,
          source: 'rule',
          sourceId: rule.id,
        });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A one-off `on` override as an occurrence. */
export function overrideOccurrence(override: ShiftOverride): Occurrence | undefined {
  if (override.kind !== 'on' || override.role === null || override.tier === null) return undefined;
  return {
    responderId: override.responderId,
    role: override.role,
    tier: override.tier,
    start: override.startsAt,
    end: override.endsAt,
    source: 'override',
    sourceId: override.id,
  };
}

/** Cuts each responder's time away out of their occurrences; an occurrence may split in two. */
export function clipTimeAway(occurrences: readonly Occurrence[], overrides: readonly ShiftOverride[]): Occurrence[] {
  const away = overrides.filter((o) => o.kind === 'off');
  if (away.length === 0) return [...occurrences];
  const out: Occurrence[] = [];
  for (const occurrence of occurrences) {
    let pieces: Occurrence[] = [occurrence];
    for (const off of away) {
      if (off.responderId !== occurrence.responderId) continue;
      pieces = pieces.flatMap((piece) => {
        if (!overlaps(piece, { start: off.startsAt, end: off.endsAt })) return [piece];
        const kept: Occurrence[] = [];
        if (piece.start < off.startsAt) kept.push({ ...piece, end: off.startsAt });
        if (off.endsAt < piece.end) kept.push({ ...piece, start: off.endsAt });
        return kept;
      });
    }
    out.push(...pieces);
  }
  return out;
}

/** Everything scheduled in `window`: rules and one-offs, minus time away, in start order. */
export function occurrencesIn(
  rules: readonly ShiftRule[],
  overrides: readonly ShiftOverride[],
  zone: string,
  window: Interval,
): Occurrence[] {
  const extra = overrides
    .map(overrideOccurrence)
    .filter((o): o is Occurrence => o !== undefined && overlaps(o, window));
  return clipTimeAway([...expandRules(rules, zone, window), ...extra], overrides).sort(
    (a, b) => a.start - b.start || a.responderId.localeCompare(b.responderId),
  );
}

/** Stretches of `window` with nobody scheduled for `role` at `tier`. */
export function gapsIn(occurrences: readonly Occurrence[], role: Role, tier: Tier, window: Interval): Interval[] {
  const covering = occurrences
    .filter((o) => o.role === role && o.tier === tier && overlaps(o, window))
    .sort((a, b) => a.start - b.start);
  const gaps: Interval[] = [];
  let cursor = window.start;
  for (const o of covering) {
    if (o.start > cursor) gaps.push({ start: cursor, end: Math.min(o.start, window.end) });
    cursor = Math.max(cursor, o.end);
    if (cursor >= window.end) break;
  }
  if (cursor < window.end) gaps.push({ start: cursor, end: window.end });
  return gaps;
}

/** Where a rule sits in the local week, in minutes from Monday 00:00. */
function weekSpan(rule: Pick<ShiftRule, 'weekday' | 'startMinute' | 'durationMinutes'>): Interval {
  const start = (rule.weekday - 1) * 1440 + rule.startMinute;
  return { start, end: start + rule.durationMinutes };
}

/**
 * Whether two weekly rules ever overlap. The week wraps (Sunday night runs into Monday), so each
 * span is also compared one week earlier and later. Wall-clock comparison is enough: turning
 * wall times into instants never reorders them, so disjoint wall spans stay disjoint in real time.
 */
export function weeklyOverlap(
  a: Pick<ShiftRule, 'weekday' | 'startMinute' | 'durationMinutes'>,
  b: Pick<ShiftRule, 'weekday' | 'startMinute' | 'durationMinutes'>,
): boolean {
  const x = weekSpan(a);
  const y = weekSpan(b);
  return [-WEEK_MINUTES, 0, WEEK_MINUTES].some((shift) => overlaps(x, { start: y.start + shift, end: y.end + shift }));
}
