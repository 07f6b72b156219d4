import type { RestOverrideReason } from '../program/limits';
import type { Interval } from './occurrences';
import { restBreach, restRulesOn, type RestBreach, type RestLimits } from './rest';
import type { Occurrence, ShiftOverride, ShiftRule } from './types';

/**
 * Which shifts on the schedule break a rest rule, so the week grid can flag them in words. Each
 * occurrence is judged as the shift editor judges a new one: against the same person's other
 * occurrences around it (every role counts). A shift a coordinator allowed is still flagged, with
 * their reason, because the person still works past the rule; the router rings it as written.
 * Pure: the schedule reads the rows once and passes them in.
 */
export interface RestMark extends RestBreach {
  /** The coordinator's reason, when they allowed this shift to break the rule. */
  allowed: RestOverrideReason | null;
}

/** The key of one occurrence on the schedule: its source and where it starts. */
export const markKey = (o: Pick<Occurrence, 'source' | 'sourceId' | 'start'>): string =>
  `${o.source}:${o.sourceId}:${o.start}`;

/**
 * `shown` are the occurrences on screen; `around` every occurrence of the same people reaching a
 * week and more either side (`REST_LOOKBACK_MS`), so a breach across the window's edge is seen.
 */
export function restMarks(
  limits: RestLimits,
  shown: readonly Occurrence[],
  around: readonly Occurrence[],
  rows: { rules: readonly ShiftRule[]; overrides: readonly ShiftOverride[] },
  zone: string,
): Map<string, RestMark> {
  const marks = new Map<string, RestMark>();
  if (!restRulesOn(limits)) return marks;
  for (const o of shown) {
    const candidate: Interval = { start: o.start, end: o.end };
    // Only what came before: the shift that tips a week over, shortens a rest or stretches a
    // stretch too far is the one flagged, not every shift it touches.
    const others = around.filter((x) => x.responderId === o.responderId && x.start < o.start);
    const breach = restBreach(limits, [candidate], others, zone);
    if (!breach) continue;
    const source =
      o.source === 'rule'
        ? rows.rules.find((r) => r.id === o.sourceId)
        : rows.overrides.find((x) => x.id === o.sourceId);
    marks.set(markKey(o), { ...breach, allowed: source?.restOverride?.reason ?? null });
  }
  return marks;
}
