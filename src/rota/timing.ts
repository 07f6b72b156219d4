import { DAY, MINUTE, instantAtWall, localDayWall } from '../platform/wall-time';

/** How long before a shift: minutes before it, or a local time the evening before its day. */
export const LEAD_MINUTES = [15, 30, 60, 120, 240, 720] as const;
export type LeadMinutes = (typeof LEAD_MINUTES)[number];
export type Lead = { kind: 'before'; minutes: LeadMinutes } | { kind: 'evening'; minute: number };
/** The evening before: from noon to 23:45, on the quarter hour. */
export const EVENING = { min: 12 * 60, max: 23 * 60 + 45, step: 15 } as const;

/**
 * When the reminder for a shift starting at `start` falls. Minutes before are real minutes (30 min
 * before is 30 min before, whatever the clocks do); "the evening before at 20:00" is 20:00 on the
 * program's wall clock on the day before the shift's local day, so across a daylight-saving change
 * it keeps its local time and its distance to the shift changes by an hour.
 */
export function reminderAt(start: number, lead: Lead, zone: string): number {
  if (lead.kind === 'before') return start - lead.minutes * MINUTE;
  return instantAtWall(zone, localDayWall(start, zone) - DAY + lead.minute * MINUTE);
}

/** The furthest ahead a reminder can fall: a shift at the end of a day, reminded at noon the day before. */
export const LOOK_AHEAD_MS = 2 * DAY;
