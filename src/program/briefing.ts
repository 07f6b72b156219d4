/**
 * The shift-start briefing's one rule (issue 17): whether a responder on call must read the
 * emergency plan before they may be rung or alerted. Pure, so every place that chooses whom to
 * ring or alert (calls, text alerts, dispatch asks) applies the same rule to rows it already read.
 */

/** The plan's current version (0: never written, nothing to read) and when it was saved. */
export interface PlanVersion {
  version: number;
  at: number | null;
}

/** A responder's briefing, as kept on their roster row (migration 020). */
export interface BriefingState {
  /** The last version they acknowledged; 0 if none. */
  briefedVersion: number;
  /** Shifts begun under that acknowledgement, the current one included once counted. */
  briefedShifts: number;
  /** When the sweep first saw the shift they are on; null when it has not (yet). */
  shiftSeenAt: number | null;
}

/**
 * True when a responder who is on call now must read the plan first: they have not read the current
 * version, or (with `everyShifts` > 0) more than that many shifts have begun since they last did.
 * A shift the sweep has not seen yet is a new one: counted here already, so a call in the first
 * seconds of a shift gates exactly as one a minute later. A version saved during a shift the
 * responder is already on waits for their next shift: nobody drops off the line mid-shift.
 */
export function briefingDue(plan: PlanVersion, everyShifts: number, state: BriefingState): boolean {
  if (plan.version === 0) return false;
  const seen = state.shiftSeenAt !== null;
  const shifts = state.briefedShifts + (seen ? 0 : 1);
  if (everyShifts > 0 && shifts > everyShifts) return true;
  if (state.briefedVersion >= plan.version) return false;
  return !(seen && plan.at !== null && state.shiftSeenAt !== null && plan.at > state.shiftSeenAt);
}

/** Row columns to the state, for repos that select them. */
export function briefingStateOf(row: {
  briefed_version: number;
  briefed_shifts: number;
  shift_seen_at: number | null;
}): BriefingState {
  return { briefedVersion: row.briefed_version, briefedShifts: row.briefed_shifts, shiftSeenAt: row.shift_seen_at };
}
