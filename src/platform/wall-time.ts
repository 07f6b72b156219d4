import { DateTime, IANAZone } from 'luxon';

/**
 * Local wall-clock time ↔ real instants (shared by opening hours and shifts), with daylight-saving gaps and repeats made explicit.
 * A "wall" value is a local date-time written as if it were UTC epoch ms (Date.UTC(y, m-1, d, h, min)),
 * which keeps calendar arithmetic to plain integers and leaves only the offset lookup to luxon.
 */
export const MINUTE = 60_000;
export const DAY = 86_400_000;

/** A change of UTC offset; offsets are minutes east of UTC. */
export interface Transition {
  at: number;
  before: number;
  after: number;
}

export type WallResolution =
  | { kind: 'exact'; at: number }
  /** The wall time was skipped (spring forward). */
  | { kind: 'gap'; transition: Transition }
  /** The wall time happened twice (fall back). */
  | { kind: 'ambiguous'; earlier: number; later: number; transition: Transition };

/** What the helpers below need of a zone: its UTC offset, in minutes, at an instant. */
interface OffsetSource {
  offset(at: number): number;
}

const offsetCaches = new Map<string, Map<number, number>>();
const OFFSETS_KEPT_PER_ZONE = 4096;

/**
 * Luxon asks Intl for every offset, which costs microseconds each and runs dozens of times per
 * incoming call. An offset can only change on a whole minute, so remember it per zone and minute.
 */
function zoneOf(name: string): OffsetSource {
  let cache = offsetCaches.get(name);
  if (!cache) {
    cache = new Map();
    offsetCaches.set(name, cache);
  }
  const minutes = cache;
  const zone = IANAZone.create(name);
  return {
    offset(at: number): number {
      const minute = Math.floor(at / MINUTE);
      const known = minutes.get(minute);
      if (known !== undefined) return known;
      const offset = zone.offset(at);
      if (minutes.size >= OFFSETS_KEPT_PER_ZONE) minutes.delete(minutes.keys().next().value as number);
      minutes.set(minute, offset);
      return offset;
    },
  };
}

/** The local wall time of instant `at`. */
export function wallOf(at: number, zone: string): number {
  return at + zoneOf(zone).offset(at) * MINUTE;
}

/** Wall value of local midnight starting the local date that contains instant `at`. */
export function localDayWall(at: number, zone: string): number {
  return Math.floor(wallOf(at, zone) / DAY) * DAY;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a wall value. */
export function weekdayOfWall(wall: number): number {
  return ((new Date(wall).getUTCDay() + 6) % 7) + 1;
}

/** The first instant after `lo` whose offset is that of `hi` (one change lies between them), to the minute. */
function findTransition(zone: OffsetSource, lo: number, hi: number): Transition {
  const before = zone.offset(lo);
  const after = zone.offset(hi);
  let a = Math.floor(lo / MINUTE);
  let b = Math.ceil(hi / MINUTE);
  while (b - a > 1) {
    const mid = Math.floor((a + b) / 2);
    if (zone.offset(mid * MINUTE) === after) b = mid;
    else a = mid;
  }
  return { at: b * MINUTE, before, after };
}

export function resolveWall(zoneName: string, wall: number): WallResolution {
  const zone = zoneOf(zoneName);
  // Offsets in force a day either side cover every real change (they are months apart).
  const offsets = [...new Set([zone.offset(wall - DAY), zone.offset(wall + DAY)])];
  const real = offsets
    .map((offset) => wall - offset * MINUTE)
    .filter((at) => at + zone.offset(at) * MINUTE === wall)
    .sort((x, y) => x - y);
  const [first, second] = real;
  if (first !== undefined && second !== undefined) {
    return { kind: 'ambiguous', earlier: first, later: second, transition: findTransition(zone, first, second) };
  }
  if (first !== undefined) return { kind: 'exact', at: first };
  const candidates = offsets.map((offset) => wall - offset * MINUTE);
  const lo = Math.min(...candidates);
  const hi = Math.max(...candidates);
  if (lo === hi) return { kind: 'exact', at: lo }; // cannot happen with real zone data; stay total
  return { kind: 'gap', transition: findTransition(zone, lo, hi) };
}

/**
 * The instant a wall-clock time arrives: the first moment the local clock reads it or later.
 * A skipped time (02:30 on a spring-forward night) arrives when the clocks jump (03:00);
 * a repeated time (01:30 on a fall-back night) arrives the first time round.
 */
export function instantAtWall(zone: string, wall: number): number {
  const resolved = resolveWall(zone, wall);
  if (resolved.kind === 'exact') return resolved.at;
  if (resolved.kind === 'gap') return resolved.transition.at;
  return resolved.earlier;
}

/**
 * The UTC offset in force across the walls [fromWall, toWall] when it does not change there, else
 * undefined. Offset changes are months apart, so equal offsets a day beyond each end mean none
 * between; then every wall time in the span maps to exactly one instant by plain subtraction,
 * which spares the full resolution (and its offset look-ups) on the hot path of every call.
 */
export function steadyOffset(zoneName: string, fromWall: number, toWall: number): number | undefined {
  const zone = zoneOf(zoneName);
  const before = zone.offset(fromWall - DAY);
  return before === zone.offset(toWall + DAY) ? before : undefined;
}

/** "HH:MM" of a wall value. */
export function wallClock(wall: number): string {
  return new Date(wall).toISOString().slice(11, 16);
}

/** "YYYY-MM-DD" of a wall value. */
export function wallDate(wall: number): string {
  return new Date(wall).toISOString().slice(0, 10);
}

/** "±HH:MM" for an offset in minutes. */
export function formatOffset(offset: number): string {
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** ISO 8601 local time with offset, e.g. 2026-12-24T18:00-05:00. */
export function formatInstant(at: number, zone: string): string {
  return (
    DateTime.fromMillis(at, { zone }).toISO({ suppressMilliseconds: true, suppressSeconds: true }) ??
    new Date(at).toISOString()
  );
}
