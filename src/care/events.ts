import { DateTime } from 'luxon';
import type { FieldEventKind } from '../db/schema-dispatch';
import { invalid } from '../platform/errors';
import { newId } from '../platform/ids';
import { getProgram } from '../program/service';
import { reachableResponse } from '../dispatch/service';
import * as repo from './repo';
import type { Actor, DispatchDeps } from '../dispatch/types';
import { MISSED_AFTER_MS } from './follow-ups/contact';

/**
 * Emergency services by consent, and police contact if it ever happened: a count with a category,
 * never a story (promise 1). Kith never contacts any service; the team records what happened so the
 * program can see it and discuss it.
 */

export interface EventInput {
  kind: FieldEventKind;
  category: string;
  /** Required, and true, for emergency services: the person asked for or agreed to them. */
  personConsented?: boolean;
}

export interface EventView {
  id: string;
  responseId: string;
  kind: FieldEventKind;
  category: string;
  at: number;
}

export async function recordEvent(
  deps: DispatchDeps,
  who: Actor,
  responseId: string,
  input: EventInput,
): Promise<EventView> {
  const program = await getProgram(deps, who.programId);
  await reachableResponse(deps, who, responseId);
  const { emergencyReasons, policeCategories } = program.dispatch;
  if (input.kind === 'emergency_services') {
    const problems = [];
    if (input.personConsented !== true) {
      problems.push({
        field: '/personConsented',
        message: 'must be true: record emergency services only when the person asked for them or agreed to them',
      });
    }
    if (!emergencyReasons.includes(input.category))
      problems.push({
        field: '/category',
        message: `must be one of the program’s emergency reasons: ${emergencyReasons.join(', ')}`,
      });
    if (problems.length > 0) throw invalid(problems);
  } else if (!policeCategories.includes(input.category)) {
    throw invalid([
      { field: '/category', message: `must be one of the program’s police categories: ${policeCategories.join(', ')}` },
    ]);
  }
  const event: EventView = {
    id: newId('fev'),
    responseId,
    kind: input.kind,
    category: input.category,
    at: deps.clock.now(),
  };
  await repo.insertEvent(deps.db, { ...event, recordedBy: who.responderId });
  deps.live.publish(who.programId, 'dispatch');
  return event;
}

/** Counts for the program's own evaluation: numbers only, by category. */
export interface Evaluation {
  /** Local dates in the program's time zone, both included, and the instants they span. */
  from: string;
  to: string;
  fromAt: number;
  toAt: number;
  /** Responses requested in the period. */
  responses: {
    total: number;
    byState: Record<string, number>;
    byOutcome: Record<string, number>;
    byUrgency: Record<string, number>;
  };
  /** Events recorded in the period. */
  emergencyServices: { total: number; byCategory: Record<string, number> };
  policeContacts: { total: number; byCategory: Record<string, number> };
  /** Debriefs of responses requested in the period. */
  debriefs: { done: number; notDone: number };
  /** Follow-ups due in the period; missed: not done within two days of being due. */
  followUps: { done: number; missed: number; pending: number };
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function localDay(text: string, zone: string, field: string): DateTime {
  const day = DATE.test(text) ? DateTime.fromISO(text, { zone }) : undefined;
  if (!day?.isValid) throw invalid([{ field, message: 'must be a date, YYYY-MM-DD' }]);
  return day.startOf('day');
}

function tally(rows: { key: string | null; n: unknown }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const row of rows) out[row.key ?? 'none'] = (out[row.key ?? 'none'] ?? 0) + Number(row.n);
  return out;
}

/**
 * The period's counts. Without dates: the last 30 days to today, in the program's time zone.
 * Days are calendar days there, so a period across a daylight-saving change is still whole days.
 */
export async function evaluate(
  deps: DispatchDeps,
  programId: string,
  range: { from?: string; to?: string },
): Promise<Evaluation> {
  const program = await getProgram(deps, programId);
  const zone = program.timeZone;
  const today = DateTime.fromMillis(deps.clock.now(), { zone }).startOf('day');
  const to = range.to === undefined ? today : localDay(range.to, zone, '/to');
  const from = range.from === undefined ? to.minus({ days: 29 }) : localDay(range.from, zone, '/from');
  if (from > to) throw invalid([{ field: '/from', message: 'must not be after to' }]);
  const fromAt = from.toMillis();
  const toAt = to.plus({ days: 1 }).toMillis();
  const now = deps.clock.now();
  const { byState, byOutcome, byUrgency, events, debriefs, followUps } = await repo.evaluationCounts(
    deps.db,
    programId,
    fromAt,
    toAt,
  );
  const ofKind = (kind: FieldEventKind) => {
    const byCategory = tally(events.filter((e) => e.kind === kind));
    return { total: Object.values(byCategory).reduce((a, b) => a + b, 0), byCategory };
  };
  const states = tally(byState);
  return {
    from: from.toISODate() ?? '',
    to: to.toISODate() ?? '',
    fromAt,
    toAt,
    responses: {
      total: Object.values(states).reduce((a, b) => a + b, 0),
      byState: states,
      byOutcome: tally(byOutcome),
      byUrgency: tally(byUrgency),
    },
    emergencyServices: ofKind('emergency_services'),
    policeContacts: ofKind('police_contact'),
    debriefs: {
      done: debriefs.filter((d) => d.doneAt !== null).length,
      notDone: debriefs.filter((d) => d.doneAt === null).length,
    },
    followUps: {
      done: followUps.filter((f) => f.doneAt !== null).length,
      missed: followUps.filter((f) => f.doneAt === null && Number(f.dueAt) + MISSED_AFTER_MS <= now).length,
      pending: followUps.filter((f) => f.doneAt === null && Number(f.dueAt) + MISSED_AFTER_MS > now).length,
    },
  };
}
