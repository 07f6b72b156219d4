import { WEEKDAYS, formatClock, type Weekday } from '../platform/local-time';
import { ruleEnd } from './overlap';
import type { OnCallNow, Schedule } from './service';
import type { ShiftOverride, ShiftRule } from './types';
import { formatInstant } from '../platform/wall-time';

/** Domain values (epoch ms, weekday numbers) into the API's local, readable shapes. */
export function presentRule(rule: ShiftRule) {
  return {
    id: rule.id,
    responderId: rule.responderId,
    role: rule.role,
    tier: rule.tier,
    day: WEEKDAYS[rule.weekday - 1] as Weekday,
    start: formatClock(rule.startMinute),
    end: ruleEnd(rule),
    ...(rule.restOverride ? { restOverride: rule.restOverride } : {}),
  };
}

export function presentOverride(override: ShiftOverride, zone: string) {
  return {
    id: override.id,
    responderId: override.responderId,
    kind: override.kind,
    ...(override.role === null ? {} : { role: override.role }),
    ...(override.tier === null ? {} : { tier: override.tier }),
    start: formatInstant(override.startsAt, zone),
    end: formatInstant(override.endsAt, zone),
    ...(override.restOverride ? { restOverride: override.restOverride } : {}),
  };
}

export function presentSchedule(s: Schedule) {
  const at = (ms: number) => formatInstant(ms, s.timeZone);
  return {
    timeZone: s.timeZone,
    occurrences: s.occurrences.map((o) => ({
      responderId: o.responderId,
      responderName: o.responderName,
      role: o.role,
      tier: o.tier,
      start: at(o.start),
      end: at(o.end),
      source: o.source,
      sourceId: o.sourceId,
      rest: o.rest ? { ...o.rest, at: at(o.rest.at) } : null,
    })),
    gaps: s.gaps.map((g) => ({ role: g.role, start: at(g.start), end: at(g.end) })),
  };
}

export function presentOnCall(entry: OnCallNow, zone: string) {
  return {
    responderId: entry.responderId,
    name: entry.name,
    role: entry.role,
    tier: entry.tier,
    until: formatInstant(entry.endsAt, zone),
    status: entry.status === 'paused' ? ('paused' as const) : ('active' as const),
  };
}
