import { invalid, notFound } from '../platform/errors';
import { findPlan, updatePlan } from './repo';
import type { ProgramDeps } from './service';

/**
 * The program's emergency plan: what the team does when a life is in danger, written by a
 * coordinator and read on every responder's console. It is about the program, never about a
 * caller, so it is kept in clear (a coordinator must not write caller details into it).
 */
export const PLAN_MAX_CHARS = 20_000;

export interface EmergencyPlan {
  text: string;
  /** Epoch ms of the last change, or null if nobody has written one yet. */
  updatedAt: number | null;
}

export async function getPlan(deps: Pick<ProgramDeps, 'db'>, programId: string): Promise<EmergencyPlan> {
  const plan = await findPlan(deps.db, programId);
  if (!plan) throw notFound('Program');
  return plan;
}

export async function writePlan(deps: ProgramDeps, programId: string, text: string): Promise<EmergencyPlan> {
  // Counted in characters as people see them (code points), not UTF-16 units.
  const length = [...text].length;
  if (length > PLAN_MAX_CHARS)
    throw invalid([{ field: '/text', message: `must be at most ${PLAN_MAX_CHARS} characters (it has ${length})` }]);
  await getPlan(deps, programId);
  const now = deps.clock.now();
  await updatePlan(deps.db, programId, text, now);
  return { text, updatedAt: now };
}
