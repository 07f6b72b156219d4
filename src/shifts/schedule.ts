import type { Role } from '../auth/principal';
import { invalid, type FieldProblem } from '../platform/errors';
import { DAY, instantAtWall, localDayWall, wallDate } from '../platform/wall-time';
import { openIntervals } from '../program/hours';
import { getProgram } from '../program/service';
import { gapsIn, occurrencesIn, type Interval } from './occurrences';
import * as repo from './repo';
import { REST_LOOKBACK_MS } from './rest';
import { markKey, restMarks, type RestMark } from './rest-marks';
import type { ShiftDeps } from './service';
import type { Occurrence } from './types';

export const SCHEDULE_DAYS = { min: 1, max: 31, default: 7 } as const;

export interface Schedule {
  timeZone: string;
  window: Interval;
  occurrences: (Occurrence & { responderName: string; rest: RestMark | null })[];
  gaps: (Interval & { role: Role })[];
}

/**
 * Who is on when, for `days` local days from `from` (default today), which shifts break a rest
 * rule (`rest-marks.ts`), and where no primary answers the phone while the line is open. Closed hours are not gaps: a line covered for all its opening
 * hours shows none, so a warning always means a real hole.
 */
export async function schedule(
  deps: ShiftDeps,
  programId: string,
  query: { from?: string | undefined; days?: string | undefined },
): Promise<Schedule> {
  const { timeZone, hours, care } = await getProgram(deps, programId);
  const problems: FieldProblem[] = [];
  const from = query.from ?? wallDate(localDayWall(deps.clock.now(), timeZone));
  const fromWall = Date.parse(`${from}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || Number.isNaN(fromWall) || wallDate(fromWall) !== from) {
    problems.push({ field: '/from', message: 'must be a real date written YYYY-MM-DD' });
  }
  const days =
    query.days === undefined ? SCHEDULE_DAYS.default : /^\d{1,3}$/.test(query.days) ? Number(query.days) : Number.NaN;
  if (!(days >= SCHEDULE_DAYS.min && days <= SCHEDULE_DAYS.max)) {
    problems.push({
      field: '/days',
      message: `must be a whole number of days from ${SCHEDULE_DAYS.min} to ${SCHEDULE_DAYS.max}`,
    });
  }
  if (problems.length > 0) throw invalid(problems);

  // Local midnights, so a 25-hour fall-back day is shown whole.
  const window = { start: instantAtWall(timeZone, fromWall), end: instantAtWall(timeZone, fromWall + days * DAY) };
  // Rest is judged on what came before each shift, so read back as far as a rule can reach.
  const around = { start: window.start - REST_LOOKBACK_MS, end: window.end };
  const [rules, overrides, names] = await Promise.all([
    repo.findRules(deps.db, programId),
    repo.findOverrides(deps.db, programId, { endsAfter: around.start, startsBefore: around.end }),
    repo.responderDirectory(deps.db, programId),
  ]);
  const occurrences = occurrencesIn(rules, overrides, timeZone, window);
  const marks = restMarks(
    care,
    occurrences,
    occurrencesIn(rules, overrides, timeZone, around),
    { rules, overrides },
    timeZone,
  );
  return {
    timeZone,
    window,
    occurrences: occurrences.map((o) => ({
      ...o,
      responderName: names.get(o.responderId)?.name ?? '',
      rest: marks.get(markKey(o)) ?? null,
    })),
    gaps: openIntervals(hours, timeZone, window).flatMap((open) =>
      gapsIn(occurrences, 'phone', 'primary', open).map((gap) => ({ role: 'phone' as const, ...gap })),
    ),
  };
}
