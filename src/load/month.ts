import { invalid } from '../platform/errors';
import { instantAtWall, localDayWall, wallDate } from '../platform/wall-time';
import type { Interval } from '../shifts/occurrences';

/**
 * A calendar month in the program's time zone, as real instants: from local midnight on the 1st to
 * local midnight on the 1st of the next month. A month with a daylight-saving change has its true
 * length (an hour more or less), and a call at 23:30 local on the last day counts in that month
 * wherever the server is.
 */
export interface Month {
  /** YYYY-MM */
  month: string;
  window: Interval;
}

const MONTH = /^(\d{4})-(\d{2})$/;

/** `month` as YYYY-MM (default: the month it is now where the line is), or a 422 naming the field. */
export function monthIn(zone: string, now: number, month: string | undefined): Month {
  const chosen = month ?? wallDate(localDayWall(now, zone)).slice(0, 7);
  const match = MONTH.exec(chosen);
  const year = Number(match?.[1]);
  const index = Number(match?.[2]) - 1;
  if (!match || index < 0 || index > 11 || year < 2000 || year > 2200) {
    throw invalid([{ field: '/month', message: 'must be a month written YYYY-MM' }]);
  }
  return {
    month: chosen,
    window: {
      start: instantAtWall(zone, Date.UTC(year, index, 1)),
      end: instantAtWall(zone, Date.UTC(year, index + 1, 1)),
    },
  };
}
