import { IANAZone } from 'luxon';

/**
 * Local wall-clock helpers shared by hours and shifts. Luxon (well kept, IANA time zones,
 * DST-aware arithmetic) does the calendar work; we never add fixed 24-hour offsets.
 */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export function isValidTimeZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

/** "HH:MM" → minutes after midnight; "24:00" is allowed as an end of day. Undefined if malformed. */
export function parseClock(text: string, allowEndOfDay = false): number | undefined {
  const match = /^(\d{2}):(\d{2})$/.exec(text);
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59) return undefined;
  if (hours === 24 && minutes === 0 && allowEndOfDay) return 1440;
  if (hours > 23) return undefined;
  return hours * 60 + minutes;
}

export function formatClock(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}
