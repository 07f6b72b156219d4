/**
 * Dates and times for the week of shifts. The API speaks in the program's own time zone: dates
 * as YYYY-MM-DD and instants as ISO 8601 with the zone's offset, so the first 16 characters of an
 * instant are already the local wall time ("2026-11-23T09:00"). The week is worked out on those
 * local strings, never in the browser's own zone, which may be somewhere else entirely.
 */
import type { Weekday } from './types';
import { WEEKDAYS } from './types';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function utcOf(date: string): Date | undefined {
  const match = DATE.exec(date);
  if (!match) return undefined;
  const parsed = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return parsed.toISOString().startsWith(date) ? parsed : undefined;
}

export function isDate(date: string): boolean {
  return utcOf(date) !== undefined;
}

/** Today's date where the line is. */
export function todayIn(timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date());
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

export function addDays(date: string, days: number): string {
  const base = utcOf(date);
  if (!base) return date;
  return new Date(base.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

export function weekdayOf(date: string): Weekday {
  const day = utcOf(date)?.getUTCDay() ?? 1; // 0 is Sunday
  return WEEKDAYS[(day + 6) % 7] ?? 'mon';
}

/** The Monday on or before `date`: weeks start on Monday, as ISO weeks do. */
export function mondayOf(date: string): string {
  return addDays(date, -WEEKDAYS.indexOf(weekdayOf(date)));
}

/** "Monday 23 November" in the reader's language. */
export function dayName(date: string, lang: string, withWeekday = true): string {
  const at = utcOf(date);
  if (!at) return date;
  const options: Intl.DateTimeFormatOptions = withWeekday
    ? { weekday: 'long', day: 'numeric', month: 'long' }
    : { day: 'numeric', month: 'long' };
  return new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' }).format(at);
}

/** The local wall time of an API instant: "2026-11-23T09:00". */
export function wallOf(instant: string): string {
  return instant.slice(0, 16);
}

/** A local time of a wall value; midnight at the end of `day` reads 24:00. */
export function clockOf(wall: string, day?: string): string {
  const time = wall.slice(11, 16);
  return day !== undefined && time === '00:00' && wall.slice(0, 10) === addDays(day, 1) ? '24:00' : time;
}

/** The part of [start, end) that falls on `date`, as local times, or undefined if none does. */
export function partOn(date: string, start: string, end: string): { from: string; to: string } | undefined {
  const dayStart = `${date}T00:00`;
  const dayEnd = `${addDays(date, 1)}T00:00`;
  const from = start > dayStart ? start : dayStart;
  const to = end < dayEnd ? end : dayEnd;
  if (from >= to) return undefined;
  return { from: clockOf(from), to: clockOf(to, date) };
}

export { cleanTime } from '../../time';
