import { DateTime, type WeekdayNumbers } from 'luxon';
import { catalogFor, fill, hasCatalog } from '../i18n';
import { WEEKDAYS, parseClock, type Weekday } from '../platform/local-time';
import { DAY, MINUTE, instantAtWall, localDayWall, wallDate, weekdayOfWall } from '../platform/wall-time';
import type { Hours, TimeSpan } from './types';

/** Spans in force on one local date (a wall value): that date's exception if any, else its weekly hours. */
function spansOn(hours: Hours, dayWall: number): TimeSpan[] {
  const date = wallDate(dayWall);
  const exception = hours.exceptions.find((e) => e.date === date);
  if (exception) return exception.open;
  const weekday = WEEKDAYS[weekdayOfWall(dayWall) - 1] as Weekday;
  return hours.weekly.filter((w) => w.day === weekday);
}

function spanMinutes(span: TimeSpan): { start: number; end: number } {
  const start = parseClock(span.start) ?? 0;
  let end = parseClock(span.end, true) ?? 0;
  if (end <= start) end += 1440; // runs past midnight into the next day
  return { start, end };
}

/** Whether the line is open at instant `at`, in the program's time zone, across DST changes. */
export function isOpenAt(hours: Hours, timeZone: string, at: number): boolean {
  const today = localDayWall(at, timeZone);
  // A span that started yesterday evening may still be running after midnight.
  for (const day of [today - DAY, today]) {
    for (const span of spansOn(hours, day)) {
      const { start, end } = spanMinutes(span);
      if (at >= instantAtWall(timeZone, day + start * MINUTE) && at < instantAtWall(timeZone, day + end * MINUTE))
        return true;
    }
  }
  return false;
}

/**
 * The stretches of real time the line is open within `window` (epoch ms, half-open), in order,
 * touching stretches joined: Friday 19:00–24:00 and Saturday 00:00–02:00 are one evening. Each
 * end is converted on its own, so a span across a daylight-saving change lasts its real length.
 */
export function openIntervals(
  hours: Hours,
  timeZone: string,
  window: { start: number; end: number },
): { start: number; end: number }[] {
  if (window.end <= window.start) return [];
  const found: { start: number; end: number }[] = [];
  const last = localDayWall(window.end - 1, timeZone);
  // A span that started the evening before the window may still be running when it opens.
  for (let day = localDayWall(window.start, timeZone) - DAY; day <= last; day += DAY) {
    for (const span of spansOn(hours, day)) {
      const { start, end } = spanMinutes(span);
      const real = {
        start: Math.max(window.start, instantAtWall(timeZone, day + start * MINUTE)),
        end: Math.min(window.end, instantAtWall(timeZone, day + end * MINUTE)),
      };
      if (real.end > real.start) found.push(real);
    }
  }
  found.sort((a, b) => a.start - b.start);
  const joined: { start: number; end: number }[] = [];
  for (const next of found) {
    const previous = joined.at(-1);
    if (previous && next.start <= previous.end) previous.end = Math.max(previous.end, next.end);
    else joined.push({ ...next });
  }
  return joined;
}

const listFormats = new Map<string, Intl.ListFormat>();
/** "a, b and c" in a language; formatters are costly to build, so each is built once. */
export function listFormat(language: string): Intl.ListFormat {
  let format = listFormats.get(language);
  if (!format) {
    format = new Intl.ListFormat(language, { type: 'conjunction' });
    listFormats.set(language, format);
  }
  return format;
}

const descriptions = new Map<string, string>();
const DESCRIPTIONS_KEPT = 256;

/** Plain-language opening hours in `language`, e.g. "Friday and Saturday, from 7:00 PM to midnight". */
export function describeHours(hours: Hours, language: string): string {
  // Said to every caller while hours change rarely: remember each description.
  const key = `${language}|${JSON.stringify(hours.weekly)}`;
  const known = descriptions.get(key);
  if (known !== undefined) return known;
  const description = describeWeekly(hours, language);
  if (descriptions.size >= DESCRIPTIONS_KEPT) descriptions.delete(descriptions.keys().next().value as string);
  descriptions.set(key, description);
  return description;
}

function describeWeekly(hours: Hours, language: string): string {
  // Settings refuse {hours} in a language Kith has no words for; only an older stored program lands on English.
  const text = hasCatalog(language) ? catalogFor(language) : catalogFor('en');
  const spanText = (span: TimeSpan) => {
    const clock = (value: string) => {
      const minutes = parseClock(value, true) ?? 0;
      if (minutes === 0 || minutes === 1440) return text.midnight;
      return DateTime.fromObject({ hour: Math.floor(minutes / 60), minute: minutes % 60 }, { zone: 'UTC' })
        .setLocale(language)
        .toLocaleString(DateTime.TIME_SIMPLE)
        .replace(/\s/gu, ' '); // Intl uses narrow no-break spaces; speech engines want plain ones
    };
    return fill(text.hoursSpan, { start: clock(span.start), end: clock(span.end) });
  };
  const fullDay = (spans: TimeSpan[]) => spans.length === 1 && spans[0]?.start === '00:00' && spans[0]?.end === '24:00';

  const byDay = WEEKDAYS.map((day) => ({ day, spans: hours.weekly.filter((w) => w.day === day) }));
  if (byDay.every((d) => fullDay(d.spans))) return text.hoursAlways;
  const openDays = byDay.filter((d) => d.spans.length > 0);
  if (openDays.length === 0) return text.hoursNone;

  // Days with identical spans are said together.
  const groups = new Map<string, { days: Weekday[]; spans: TimeSpan[] }>();
  for (const { day, spans } of openDays) {
    const key = spans.map((s) => `${s.start}-${s.end}`).join(',');
    const group = groups.get(key) ?? { days: [], spans };
    group.days.push(day);
    groups.set(key, group);
  }
  const dayName = (day: Weekday) =>
    DateTime.fromObject({ weekday: (WEEKDAYS.indexOf(day) + 1) as WeekdayNumbers }, { zone: 'UTC' })
      .setLocale(language)
      .toFormat('cccc');
  const list = listFormat(language);
  return [...groups.values()]
    .map((g) =>
      fill(text.hoursDay, { days: list.format(g.days.map(dayName)), spans: list.format(g.spans.map(spanText)) }),
    )
    .join('; ');
}
