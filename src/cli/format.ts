/** Plain-text output for people: aligned columns, readable dates, no colour codes (screen readers, logs). */

/** Aligned columns with a header row; the last column is not padded so lines carry no trailing spaces. */
export function table(headers: string[], rows: string[][]): string[] {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

/** Label: value lines with the values lined up. */
export function fields(pairs: [string, string][]): string[] {
  const width = Math.max(...pairs.map(([label]) => label.length)) + 2;
  return pairs.map(([label, value]) => `${`${label}:`.padEnd(width)}${value}`);
}

const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** Epoch ms as "Mon 2026-11-23 10:00" in the given time zone (the program's, so everyone reads the same clock). */
export function when(ms: number, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    weekday: 'short',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(ms));
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('weekday')} ${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

/**
 * An instant the shifts API already wrote in the program's zone ("2026-12-24T18:00-05:00") as
 * "Thu 2026-12-24 18:00": the local part is what people mean, so it is shown as written.
 */
export function localInstant(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})/.exec(iso);
  if (!match) return iso;
  const [, y, m, d, time] = match;
  const weekday = WEEKDAY_NAMES[new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))).getUTCDay()];
  return `${weekday} ${y}-${m}-${d} ${time}`;
}

/** The local date part of such an instant, for grouping a schedule by day. */
export function localDate(iso: string): string {
  return iso.slice(0, 10);
}

export function localTime(iso: string): string {
  return iso.slice(11, 16);
}

export function seconds(total: number | null): string {
  if (total === null) return '-';
  if (total < 60) return `${total} s`;
  const minutes = Math.floor(total / 60);
  return total % 60 === 0 ? `${minutes} min` : `${minutes} min ${total % 60} s`;
}

export function languageName(code: string): string {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * An invite link as the CLI prints it: the link on a line of its own (easy to copy), when it stops
 * working, and — while Kith's public address is a loopback one — the server's notice that it opens
 * only on this machine and how to set the public address.
 */
export function inviteLines(
  invite: { inviteUrl: string; expiresAt: number; notice?: string },
  timeZone?: string,
): string[] {
  return [
    `  ${invite.inviteUrl}`,
    `It works once, until ${when(invite.expiresAt, timeZone)}. Send it privately, to that person only.`,
    ...(invite.notice ? ['', `Note: ${invite.notice}`] : []),
  ];
}
