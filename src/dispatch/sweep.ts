import { keepFieldSessionsAlive } from '../auth/sessions/service';
import { runPeriodically, type Periodic } from '../platform/periodic';
import { getProgram } from '../program/service';
import type { Program } from '../program/types';
import { noTeam, timeOut } from './formation';
import { ringForCheckIn } from './check-in-call';
import { missedCheckIn } from './out';
import * as repo from './repo';
import type { DispatchDeps } from './types';

export interface DispatchSweepReport {
  timedOut: number;
  noTeam: number;
  missedCheckIns: number;
  /** Field members rung for a check-in by keypress. */
  checkInCalls: number;
  /** Console sessions on the phones of people out, kept from idling out. */
  sessionsKept: number;
}

/**
 * The dispatch timers, driven from stored times so a restart loses none: an ask unanswered within
 * `askMinutes` times out (and the next candidate is asked); a team not formed by `form_by` ends as
 * `no_team`; shortly before a formed team's check-in falls due its members are rung to check in by
 * keypress; past it, the support person and the coordinators are alerted once. And the console on
 * the phone of anyone out, if they marked it as their own, stays signed in while they are out.
 */
export async function sweepDispatch(deps: DispatchDeps): Promise<DispatchSweepReport> {
  const report: DispatchSweepReport = { timedOut: 0, noTeam: 0, missedCheckIns: 0, checkInCalls: 0, sessionsKept: 0 };
  const programs = new Map<string, Program>();
  const programOf = async (id: string) => {
    let program = programs.get(id);
    if (!program) programs.set(id, (program = await getProgram(deps, id)));
    return program;
  };
  for (const row of await repo.allOpen(deps.db)) {
    const now = deps.clock.now();
    const program = await programOf(row.program_id);
    if (row.state === 'forming' && row.form_by <= now) {
      if (await noTeam(deps, program, row.id)) report.noTeam += 1;
      continue;
    }
    const members = await repo.membersOf(deps.db, [row.id]);
    for (const member of members.filter((m) => m.status === 'asked' && m.answer_by <= now)) {
      if (await timeOut(deps, program, row, member)) report.timedOut += 1;
    }
    report.checkInCalls += await ringForCheckIn(deps, program, row);
    if (
      row.state === 'formed' &&
      row.check_in_due_at !== null &&
      row.check_in_due_at <= now &&
      row.missed_check_in_at === null
    ) {
      if (await missedCheckIn(deps, program, row)) report.missedCheckIns += 1;
    }
  }
  report.sessionsKept = await keepFieldSessionsAlive(deps.db, await repo.respondersOut(deps.db), deps.clock.now());
  return report;
}

/** The sweep at start and every `intervalMs`. */
export function startDispatchSweeps(deps: DispatchDeps, intervalMs: number): Periodic {
  return runPeriodically(() => sweepDispatch(deps), intervalMs, deps.logger, 'dispatch sweep');
}
