import type { Role } from '../auth/principal';
import type { Weekday } from '../platform/local-time';
import type { RestOverrideReason } from '../program/limits';
import type { RestOverride } from './rest';

export const TIERS = ['primary', 'backup'] as const;
/** Primary responders are rung first; backup when no primary answers. */
export type Tier = (typeof TIERS)[number];

export const OVERRIDE_KINDS = ['on', 'off'] as const;
/** `on`: an extra one-off shift. `off`: the responder is away, whatever the rules say. */
export type OverrideKind = (typeof OVERRIDE_KINDS)[number];

/** A weekly recurring shift, stored as local wall-clock minutes in the program's time zone. */
export interface ShiftRule {
  id: string;
  responderId: string;
  role: Role;
  tier: Tier;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Minutes after local midnight. */
  startMinute: number;
  /** Local wall-clock minutes, 1…1440; the real length differs on daylight-saving nights. */
  durationMinutes: number;
  /** Set when a coordinator let it break a rest rule; the router then rings it as written. */
  restOverride?: RestOverride | null;
}

/** A one-off shift or time away, at real instants (epoch ms). */
export interface ShiftOverride {
  id: string;
  responderId: string;
  kind: OverrideKind;
  /** Set for `on`, null for `off`. */
  role: Role | null;
  tier: Tier | null;
  startsAt: number;
  endsAt: number;
  /** As on a weekly rule. */
  restOverride?: RestOverride | null;
}

/** One real stretch of time someone is scheduled, after time away has been cut out. */
export interface Occurrence {
  responderId: string;
  role: Role;
  tier: Tier;
  start: number;
  end: number;
  source: 'rule' | 'override';
  sourceId: string;
}

/** A rule as the API writes it: local day and HH:MM times. */
export interface RuleInput {
  responderId: string;
  role: Role;
  tier: Tier;
  day: Weekday;
  start: string;
  end: string;
  /** A coordinator lets it break a rest rule, for this reason. */
  restOverride?: RestOverrideReason | undefined;
}

/** A one-off as the API writes it: local date-times in the program zone, or ISO with an offset. */
export interface OverrideInput {
  responderId: string;
  kind: OverrideKind;
  role?: Role | undefined;
  tier?: Tier | undefined;
  start: string;
  end: string;
  /** A coordinator lets it break a rest rule, for this reason. */
  restOverride?: RestOverrideReason | undefined;
}
