/**
 * Times in the console. One explicit choice: a 24-hour clock ("09:00", "17:30"), in every language,
 * because shift times are typed that way (the shift form, opening hours, a follow-up) and the CLI
 * and API read and write HH:MM — so what a coordinator sees is exactly what they type, and a week
 * never shows "5:00 PM" beside "17:00". Everything else (day and month names, order) follows the
 * reader's language through Intl.
 */

/** Times (epoch ms or ISO 8601) shown in the program's time zone (where the line is), in the reader's language. */
export function formatTime(at: number | string, lang: string, timeZone: string | undefined, withDay = false): string {
  const clock: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  const options: Intl.DateTimeFormatOptions = withDay
    ? { weekday: 'short', day: 'numeric', month: 'short', ...clock }
    : clock;
  return new Intl.DateTimeFormat(lang, timeZone ? { ...options, timeZone } : options).format(new Date(at));
}

/** "9:00", "0900" and "09:00" all mean 09:00; anything else (a 12-hour "5pm" too) is not a time. `end` allows 24:00. */
export function cleanTime(text: string, end = false): string | undefined {
  const match = /^(\d{1,2}):?(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && (minutes > 0 || !end))) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
