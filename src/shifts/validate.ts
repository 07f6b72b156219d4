import { ROLES } from '../auth/principal';
import { invalid, type FieldProblem } from '../platform/errors';
import { WEEKDAYS, parseClock } from '../platform/local-time';
import { OVERRIDE_KINDS, TIERS, type OverrideInput, type RuleInput, type ShiftOverride, type ShiftRule } from './types';
import { MINUTE, formatOffset, resolveWall, wallClock } from '../platform/wall-time';

export const LIMITS = {
  ruleMinutes: 1440,
  oneOffMs: 48 * 60 * MINUTE,
  awayMs: 366 * 1440 * MINUTE,
} as const;

/** What a checked rule or override is, before it has an id. */
export type RuleSpec = Omit<ShiftRule, 'id'>;
export type OverrideSpec = Omit<ShiftOverride, 'id'>;

type Add = (field: string, message: string) => void;

function collector(): { problems: FieldProblem[]; add: Add } {
  const problems: FieldProblem[] = [];
  return { problems, add: (field, message) => problems.push({ field, message }) };
}

// The HTTP schema already checks these; the service checks again because other callers skip HTTP.
function checkRoleAndTier(role: string | undefined, tier: string | undefined, add: Add): void {
  if (role !== undefined && !(ROLES as readonly string[]).includes(role))
    add('/role', `must be one of ${ROLES.join(', ')}`);
  if (tier !== undefined && !(TIERS as readonly string[]).includes(tier))
    add('/tier', `must be one of ${TIERS.join(', ')}`);
}

/** A weekly rule's meaning: a local day and HH:MM times; an end at or before the start runs past midnight. */
export function checkRule(input: RuleInput): RuleSpec {
  const { problems, add } = collector();
  checkRoleAndTier(input.role, input.tier, add);
  const weekday = WEEKDAYS.indexOf(input.day) + 1;
  if (weekday === 0) add('/day', `must be one of ${WEEKDAYS.join(', ')}`);
  const start = parseClock(input.start);
  const end = parseClock(input.end, true);
  if (start === undefined) add('/start', 'must be a time written HH:MM, from 00:00 to 23:59');
  if (end === undefined) add('/end', 'must be a time written HH:MM, from 00:00 to 24:00');
  let duration = 0;
  if (start !== undefined && end !== undefined) {
    duration = end > start ? end - start : end + 1440 - start;
    if (start === end) {
      add('/end', 'is the same as the start, so the shift would last no time; for a whole day write 00:00 to 24:00');
    } else if (duration > LIMITS.ruleMinutes) {
      add('/end', 'a weekly shift can last at most 24 hours');
    }
  }
  if (problems.length > 0) throw invalid(problems);
  return {
    responderId: input.responderId,
    role: input.role,
    tier: input.tier,
    weekday,
    startMinute: start ?? 0,
    durationMinutes: duration,
  };
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/;
const FORMAT_HINT =
  'must be a local date and time such as 2026-12-24T18:00, or ISO 8601 with a UTC offset such as 2026-12-24T18:00-05:00';

/**
 * A date-time written in the program's zone, or with an explicit offset. A local time the zone
 * skips, or one it repeats without an offset to pick one, is refused: guessing would put a
 * responder on call an hour off from what the coordinator meant.
 */
export function parseLocalDateTime(text: string, zone: string): { at: number } | { problem: string } {
  const match = DATE_TIME.exec(text);
  if (!match) return { problem: FORMAT_HINT };
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const back = new Date(wall);
  if (
    back.getUTCFullYear() !== year ||
    back.getUTCMonth() !== month - 1 ||
    back.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return { problem: `${FORMAT_HINT}; ${text} is not a real date and time` };
  }
  const offsetText = match[7];
  if (offsetText !== undefined) {
    const offset =
      offsetText === 'Z'
        ? 0
        : (offsetText.startsWith('-') ? -1 : 1) *
          (Number(offsetText.slice(1, 3)) * 60 + Number(offsetText.slice(4, 6)));
    if (Math.abs(offset) > 18 * 60 || Number(offsetText.slice(4, 6)) > 59)
      return { problem: `${offsetText} is not a UTC offset` };
    return { at: wall - offset * MINUTE }; // an explicit offset names one exact instant
  }
  const resolved = resolveWall(zone, wall);
  if (resolved.kind === 'exact') return { at: resolved.at };
  const { at, before, after } = resolved.transition;
  if (resolved.kind === 'gap') {
    return {
      problem: `${text} does not exist in ${zone}: clocks jump from ${wallClock(at + before * MINUTE)} to ${wallClock(at + after * MINUTE)}`,
    };
  }
  return {
    problem:
      `${text} happens twice in ${zone}: clocks go back from ${wallClock(at + before * MINUTE)} to ${wallClock(at + after * MINUTE)}. ` +
      `Add the UTC offset to say which: ${text}${formatOffset(before)} for the first time, ${text}${formatOffset(after)} for the second`,
  };
}

/** A one-off's meaning: real instants, a sensible length, role and tier only for an extra shift. */
export function checkOverride(input: OverrideInput, zone: string): OverrideSpec {
  const { problems, add } = collector();
  if (!(OVERRIDE_KINDS as readonly string[]).includes(input.kind))
    add('/kind', 'must be "on" (an extra shift) or "off" (time away)');
  checkRoleAndTier(input.role, input.tier, add);
  if (input.kind === 'on') {
    if (input.role === undefined) add('/role', 'is required for an extra shift (kind "on")');
    if (input.tier === undefined) add('/tier', 'is required for an extra shift (kind "on")');
  } else if (input.kind === 'off') {
    if (input.role !== undefined) add('/role', 'must not be given for time away (kind "off"): it covers every role');
    if (input.tier !== undefined) add('/tier', 'must not be given for time away (kind "off")');
  }
  const start = parseLocalDateTime(input.start, zone);
  const end = parseLocalDateTime(input.end, zone);
  if ('problem' in start) add('/start', start.problem);
  if ('problem' in end) add('/end', end.problem);
  if ('at' in start && 'at' in end) {
    const length = end.at - start.at;
    if (length <= 0) add('/end', 'must be after the start');
    else if (input.kind === 'on' && length > LIMITS.oneOffMs)
      add('/end', 'an extra shift can last at most 48 hours; add another for longer');
    else if (input.kind === 'off' && length > LIMITS.awayMs) add('/end', 'time away can last at most 366 days');
  }
  if (problems.length > 0 || !('at' in start) || !('at' in end)) throw invalid(problems);
  const on = input.kind === 'on';
  return {
    responderId: input.responderId,
    kind: input.kind,
    role: on ? (input.role ?? null) : null,
    tier: on ? (input.tier ?? null) : null,
    startsAt: start.at,
    endsAt: end.at,
  };
}
