import { invalid, notFound } from '../platform/errors';
import { newId } from '../platform/ids';
import { CARE_RANGES } from './limits';
import { findPlan, updatePlan } from './repo';
import { changeProgram, getProgram, type ProgramDeps } from './service';

/**
 * The program's emergency plan: what the team does when a life is in danger, written by a
 * coordinator and read on every responder's console. It is about the program, never about a
 * caller, so it is kept in clear (a coordinator must not write caller details into it).
 * Each save that changes the words is a new version, which every responder reads at the start of
 * their next shift before they are rung (program/briefing.ts, src/rota/briefing/).
 */
export const PLAN_MAX_CHARS = 20_000;

export interface EmergencyPlan {
  text: string;
  /** Epoch ms of the last change, or null if nobody has written one yet. */
  updatedAt: number | null;
  /** 0 before the first words; one more for each save that changed them. */
  version: number;
  versionAt: number | null;
  /** Read it again every this many shifts; 0: only when it changes (`care.briefEveryShifts`). */
  everyShifts: number;
}

export async function getPlan(deps: ProgramDeps, programId: string): Promise<EmergencyPlan> {
  const [plan, program] = await Promise.all([findPlan(deps.db, programId), getProgram(deps, programId)]);
  if (!plan) throw notFound('Program');
  const { text, updatedAt, version, versionAt } = plan;
  return { text, updatedAt, version, versionAt, everyShifts: program.care.briefEveryShifts };
}

export async function writePlan(
  deps: ProgramDeps,
  programId: string,
  body: { text: string; everyShifts?: number | undefined },
): Promise<EmergencyPlan> {
  const { text } = body;
  // Counted in characters as people see them (code points), not UTF-16 units.
  const length = [...text].length;
  if (length > PLAN_MAX_CHARS)
    throw invalid([{ field: '/text', message: `must be at most ${PLAN_MAX_CHARS} characters (it has ${length})` }]);
  const before = await getPlan(deps, programId);
  const every = body.everyShifts;
  if (every !== undefined) {
    const [min, max] = CARE_RANGES.briefEveryShifts;
    if (!Number.isInteger(every) || every < min || every > max)
      throw invalid([{ field: '/everyShifts', message: `must be a whole number from ${min} to ${max}` }]);
    if (every !== before.everyShifts) await changeProgram(deps, programId, { care: { briefEveryShifts: every } });
  }
  // Saving the same words again (a stray click) is not a new version nobody needs to re-read.
  const changed = text !== before.text && text.trim() !== '' ? { stamp: newId('rts') } : undefined;
  await updatePlan(deps.db, programId, text, deps.clock.now(), changed);
  return getPlan(deps, programId);
}
