import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { DomainError, invalid } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { DAY, instantAtWall, localDayWall, MINUTE } from '../../platform/wall-time';
import * as repo from './repo';

/**
 * Check-ins, as data and timing only (the texts are the parent's, src/members/sweep.ts):
 * - `once`: "if I don't send Good night by 3:00, tell my people" — due at the next 3:00 local time.
 * - `watch`: "text me each evening for N days; if I don't answer twice, tell my people, then the team".
 * Times are wall times in the program's zone, turned into instants one day at a time, so each day's
 * prompt and deadline fall at the same local time on either side of a daylight-saving change.
 * A missed check-in tells the member's people (stage `peers`), then, if nobody says they have it
 * within `escalate_minutes`, the team on call; then the row goes. Never police, never 911.
 */
export type CheckInRow = repo.CheckInRow;
export type Kind = 'once' | 'watch';

/** How long a watch's prompt waits for an answer before it counts as missed. */
export const ANSWER_WINDOW_MS = 3 * 60 * MINUTE;
export const MISSES_TO_ESCALATE = 2;
export const DEFAULT_ESCALATE_MINUTES = 30;
/**
 * Check-ins a member may have at once. Each one's prompts and alerts are texts Kith sends on its own,
 * so without a bound a member (or whoever holds their phone) could set enough to flood their people.
 */
export const MAX_CHECK_INS = 3;

/** The first instant after `now` at which the local clock in `zone` reads `minute` (minutes after midnight). */
export function nextLocal(now: number, zone: string, minute: number): number {
  const today = localDayWall(now, zone) + minute * MINUTE;
  for (const wall of [today, today + DAY, today + 2 * DAY]) {
    const at = instantAtWall(zone, wall);
    if (at > now) return at;
  }
  return instantAtWall(zone, today + 2 * DAY);
}

/** The same local time one day after the wall time `at` showed (DST-safe). */
export function nextDay(at: number, zone: string, minute: number): number {
  return nextLocal(at + MINUTE, zone, minute);
}

export function parseTime(text: string): number | undefined {
  const match = /^(\d{1,2})(?::(\d{2}))?$/.exec(text.trim());
  if (!match) return undefined;
  const hour = Number(match[1]);
  const minute = Number(match[2] ?? '0');
  return hour < 24 && minute < 60 ? hour * 60 + minute : undefined;
}

export const timeLabel = (minute: number): string =>
  `${Math.floor(minute / 60)}:${String(minute % 60).padStart(2, '0')}`;

export interface NewCheckIn {
  kind: Kind;
  /** "3:00", "19:30" in the program's time zone. */
  time: string;
  /** A watch's number of days (1–60). */
  days?: number;
  escalateMinutes?: number;
}

export async function setCheckIn(
  db: Kysely<Database>,
  where: { programId: string; memberId: string; zone: string; now: number },
  input: NewCheckIn,
): Promise<CheckInRow> {
  const minute = parseTime(input.time);
  const days = input.days ?? 1;
  const escalate = input.escalateMinutes ?? DEFAULT_ESCALATE_MINUTES;
  const problems = [];
  if (minute === undefined) problems.push({ field: '/time', message: 'must be a time such as 3:00 or 19:30' });
  if (input.kind === 'watch' && !(Number.isInteger(days) && days >= 1 && days <= 60))
    problems.push({ field: '/days', message: 'must be 1 to 60 days' });
  if (!(Number.isInteger(escalate) && escalate >= 5 && escalate <= 240))
    problems.push({ field: '/escalateMinutes', message: 'must be 5 to 240 minutes' });
  if (problems.length > 0 || minute === undefined) throw invalid(problems);
  if ((await repo.checkInsOf(db, where.memberId)).length >= MAX_CHECK_INS)
    throw new DomainError('conflict', `A member may have at most ${MAX_CHECK_INS} check-ins at once`, [
      { field: '/kind', message: `at most ${MAX_CHECK_INS} check-ins at once: cancel one first` },
    ]);
  const row: CheckInRow = {
    id: newId('chk'),
    program_id: where.programId,
    member_id: where.memberId,
    kind: input.kind,
    local_minute: minute,
    due_at: nextLocal(where.now, where.zone, minute),
    answer_by: null,
    days_left: input.kind === 'watch' ? days : 0,
    misses: 0,
    escalate_minutes: escalate,
    stage: 'set',
    told_at: null,
    created_at: where.now,
  };
  await repo.insertCheckIn(db, row);
  return row;
}

export const checkInsOf = (db: Kysely<Database>, memberId: string) => repo.checkInsOf(db, memberId);
export const cancelCheckIn = (db: Kysely<Database>, programId: string, id: string) =>
  repo.deleteCheckIn(db, programId, id);

/**
 * The member said they are safe (their safe code or danger word): every `once` check-in of theirs
 * is met, whatever its stage, and a watch's awaited answer is given.
 */
export async function metBy(db: Kysely<Database>, memberId: string): Promise<void> {
  for (const row of await repo.checkInsOf(db, memberId)) {
    if (row.kind === 'once') await repo.deleteIfStage(db, row.id, row.stage);
    else await answered(db, row);
  }
}

/** A watch's prompt was answered (or one of the member's people has it): the misses start again. */
async function answered(db: Kysely<Database>, row: CheckInRow): Promise<boolean> {
  return repo.advance(db, row, { answer_by: null, misses: 0, stage: 'set', told_at: null });
}

/** Any text from the member while a watch waits for an answer. Whether one was waiting. */
export async function watchAnswered(db: Kysely<Database>, memberId: string): Promise<boolean> {
  let any = false;
  for (const row of await repo.checkInsOf(db, memberId))
    if (row.kind === 'watch' && (row.answer_by !== null || row.stage === 'peers'))
      any = (await answered(db, row)) || any;
  return any;
}

/** One of the member's people says they have it: no alert goes on to the team. Whether one was waiting. */
export async function acknowledged(db: Kysely<Database>, memberId: string): Promise<boolean> {
  let any = false;
  for (const row of await repo.checkInsOf(db, memberId)) {
    if (row.stage !== 'peers') continue;
    any = (row.kind === 'once' ? await repo.deleteIfStage(db, row.id, 'peers') : await answered(db, row)) || any;
  }
  return any;
}

/** What the sweep must do with a row now. */
export type Step =
  | { kind: 'missed'; row: CheckInRow }
  | { kind: 'watchMiss'; row: CheckInRow }
  | { kind: 'prompt'; row: CheckInRow }
  | { kind: 'watchOver'; row: CheckInRow }
  | { kind: 'toTeam'; row: CheckInRow };

export async function dueSteps(db: Kysely<Database>, now: number): Promise<Step[]> {
  const rows = await repo.due(db, now, (r) => (r.told_at ?? now) + r.escalate_minutes * MINUTE <= now);
  return rows.map((row): Step => {
    if (row.stage === 'peers') return { kind: 'toTeam', row };
    if (row.kind === 'once') return { kind: 'missed', row };
    if (row.answer_by !== null && row.answer_by <= now)
      return { kind: row.misses + 1 >= MISSES_TO_ESCALATE ? 'missed' : 'watchMiss', row };
    return row.days_left <= 0 ? { kind: 'watchOver', row } : { kind: 'prompt', row };
  });
}

/** Claims a step (a conditional update): false if another instance got there first. */
export async function claim(
  db: Kysely<Database>,
  step: Step,
  now: number,
  zone: string,
  peers: boolean,
): Promise<boolean> {
  const { row } = step;
  switch (step.kind) {
    case 'missed':
      return peers
        ? repo.advance(db, row, { stage: 'peers', told_at: now, answer_by: null, misses: 0 })
        : repo.deleteIfStage(db, row.id, 'set');
    case 'watchMiss':
      return repo.advance(db, row, { answer_by: null, misses: row.misses + 1 });
    case 'prompt':
      return repo.advance(db, row, {
        due_at: nextDay(row.due_at, zone, row.local_minute),
        answer_by: now + ANSWER_WINDOW_MS,
        days_left: row.days_left - 1,
      });
    case 'watchOver':
      return repo.deleteIfStage(db, row.id, 'set');
    case 'toTeam':
      // The team has it now: a once check-in is over, and so is a watch (the team decides what next).
      return repo.deleteIfStage(db, row.id, 'peers');
  }
}
