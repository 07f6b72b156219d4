import type { Kysely } from 'kysely';
import { callsAnswered } from '../calls/service';
import { conversationsHandled } from '../conversations/counts';
import type { Database } from '../db/schema';
import { fieldResponsesJoined } from '../dispatch/service';
import type { Clock } from '../platform/clock';
import { notFound } from '../platform/errors';
import { getProgram } from '../program/service';
import type { Interval } from '../shifts/occurrences';
import { stretchesOf } from '../shifts/rest';
import { shiftsOfProgram, teamDirectory } from '../shifts/service';
import { monthIn } from './month';

/**
 * Load (issue 17): how much each person carried in a calendar month, so a coordinator can spread
 * it and a responder can see their own. Composed from the shifts, calls, conversations and
 * dispatch services; counts and hours only — no caller, conversation or response is named, timed
 * or linked from here.
 */
export interface LoadDeps {
  db: Kysely<Database>;
  clock: Clock;
}

export interface PersonLoad {
  responderId: string;
  name: string;
  /** Scheduled hours on call in the month (every role, time away taken out), to one decimal. */
  hoursOnCall: number;
  callsAnswered: number;
  conversationsHandled: number;
  fieldResponsesJoined: number;
}

export interface Load {
  month: string;
  timeZone: string;
  window: Interval;
  people: PersonLoad[];
}

const HOUR = 3_600_000;

async function loadOf(deps: LoadDeps, programId: string, month: string | undefined): Promise<Load> {
  const { timeZone } = await getProgram(deps, programId);
  const chosen = monthIn(timeZone, deps.clock.now(), month);
  const { window } = chosen;
  const span = { from: window.start, to: window.end };
  const [shifts, names, calls, texts, field] = await Promise.all([
    shiftsOfProgram(deps, programId, timeZone, window),
    teamDirectory(deps, programId),
    callsAnswered(deps, programId, span),
    conversationsHandled(deps, programId, span),
    fieldResponsesJoined(deps, programId, span),
  ]);
  const people = [...names.entries()].map(([id, { name }]) => {
    // Only the part of each shift inside the month, and overlapping shifts (two roles) counted once.
    const mine = shifts
      .filter((o) => o.responderId === id)
      .map((o) => ({ start: Math.max(o.start, window.start), end: Math.min(o.end, window.end) }));
    const ms = stretchesOf(mine).reduce((sum, s) => sum + (s.end - s.start), 0);
    return {
      responderId: id,
      name,
      hoursOnCall: Math.round((ms / HOUR) * 10) / 10,
      callsAnswered: calls.get(id) ?? 0,
      conversationsHandled: texts.get(id) ?? 0,
      fieldResponsesJoined: field.get(id) ?? 0,
    };
  });
  people.sort((a, b) => a.name.localeCompare(b.name) || a.responderId.localeCompare(b.responderId));
  return { month: chosen.month, timeZone, window, people };
}

/** The whole team's month, for coordinators: names and numbers only. */
export const teamLoad = (deps: LoadDeps, programId: string, month: string | undefined): Promise<Load> =>
  loadOf(deps, programId, month);

/** My own month. */
export async function myLoad(
  deps: LoadDeps,
  programId: string,
  responderId: string,
  month: string | undefined,
): Promise<Omit<Load, 'people'> & { me: PersonLoad }> {
  const { people, ...load } = await loadOf(deps, programId, month);
  const me = people.find((p) => p.responderId === responderId);
  if (!me) throw notFound('Responder');
  return { ...load, me };
}
