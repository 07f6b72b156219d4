import { DomainError } from '../platform/errors';
import { formatClock } from '../platform/local-time';
import { expandRules, overlaps, weeklyOverlap, type Interval } from './occurrences';
import type { ShiftOverride, ShiftRule } from './types';
import { formatInstant, localDayWall, wallDate } from '../platform/wall-time';

/**
 * Finding the shift a new one collides with, for the same responder, and saying which it is.
 * Time away is deliberately not subtracted here: deleting time away must never create an overlap.
 */
const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** The end written back as HH:MM; a shift ending exactly at midnight reads 24:00. */
export function ruleEnd(rule: Pick<ShiftRule, 'startMinute' | 'durationMinutes'>): string {
  const end = rule.startMinute + rule.durationMinutes;
  return end === 1440 ? '24:00' : formatClock(end % 1440);
}

export function describeRule(rule: ShiftRule): string {
  const day = DAY_NAMES[rule.weekday - 1] ?? '?';
  return `weekly shift ${rule.id}, ${day}s ${formatClock(rule.startMinute)}–${ruleEnd(rule)} (${rule.role}, ${rule.tier})`;
}

export function describeOverride(override: ShiftOverride, zone: string): string {
  const span = `from ${formatInstant(override.startsAt, zone)} to ${formatInstant(override.endsAt, zone)}`;
  return override.kind === 'off'
    ? `time away ${override.id} ${span}`
    : `one-off shift ${override.id} ${span} (${override.role ?? '?'}, ${override.tier ?? '?'})`;
}

function overlapError(name: string, other: string, otherId: string): DomainError {
  return new DomainError(
    'shift_overlap',
    `${name} already has ${other} at that time`,
    [
      { field: '/start', message: `overlaps ${other}` },
      { field: '/end', message: `overlaps ${other}` },
    ],
    otherId,
  );
}

/** For a new or moved weekly rule: other weekly rules (cyclically), then upcoming one-off shifts. */
export function ruleCollision(
  name: string,
  candidate: ShiftRule,
  rules: readonly ShiftRule[],
  upcomingOneOffs: readonly ShiftOverride[],
  zone: string,
): DomainError | undefined {
  const rule = rules.find((r) => r.id !== candidate.id && weeklyOverlap(candidate, r));
  if (rule) return overlapError(name, describeRule(rule), rule.id);
  const oneOff = upcomingOneOffs.find(
    (o) => o.kind === 'on' && expandRules([candidate], zone, { start: o.startsAt, end: o.endsAt }).length > 0,
  );
  return oneOff ? overlapError(name, describeOverride(oneOff, zone), oneOff.id) : undefined;
}

/** For a new one-off: real occurrences of weekly rules, then other one-offs of the same kind. */
export function overrideCollision(
  name: string,
  kind: ShiftOverride['kind'],
  span: Interval,
  rules: readonly ShiftRule[],
  overrides: readonly ShiftOverride[],
  zone: string,
): DomainError | undefined {
  if (kind === 'on') {
    const [hit] = expandRules(rules, zone, span);
    const rule = hit && rules.find((r) => r.id === hit.sourceId);
    if (hit && rule)
      return overlapError(name, `${describeRule(rule)} on ${wallDate(localDayWall(hit.start, zone))}`, rule.id);
  }
  const other = overrides.find((o) => o.kind === kind && overlaps(span, { start: o.startsAt, end: o.endsAt }));
  return other ? overlapError(name, describeOverride(other, zone), other.id) : undefined;
}
