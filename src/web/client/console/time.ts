/** Times (epoch ms or ISO 8601) shown in the program's time zone (where the line is), in the reader's language. */
export function formatTime(at: number | string, lang: string, timeZone: string | undefined, withDay = false): string {
  const options: Intl.DateTimeFormatOptions = withDay
    ? { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' }
    : { hour: 'numeric', minute: '2-digit' };
  return new Intl.DateTimeFormat(lang, timeZone ? { ...options, timeZone } : options).format(new Date(at));
}
