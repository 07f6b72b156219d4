import { tellResponder } from '../conversations/notify';
import { reminderText } from '../i18n/dispatch-care';
import { runPeriodically, type Periodic } from '../platform/periodic';
import { wallClock, wallOf } from '../platform/wall-time';
import { getProgram } from '../program/service';
import type { Program } from '../program/types';
import { truncateWal } from '../db/erase';
import type { DispatchDeps } from '../dispatch/types';
import * as repo from './repo';
import { eraseContactIfUnneeded, MISSED_AFTER_MS } from './follow-ups/contact';

export interface CareSweepReport {
  /** Reminders texted to assignees. */
  reminded: number;
  /** Responses whose follow-up number was erased. */
  erased: number;
}

/** The console's view of my debriefs and follow-ups. */
export const CARE_CONSOLE_PATH = '/console/field/after';

/**
 * Aftercare's timers, from stored times only (a restart loses none): each follow-up's assignee is
 * texted once when it falls due — claimed by setting `reminded_at` first, so two instances never
 * both send — and a number no follow-up still needs is erased. The reminder names the response's
 * alias, the local time and the kind; never the number.
 */
export async function sweepCare(deps: DispatchDeps): Promise<CareSweepReport> {
  const now = deps.clock.now();
  const report: CareSweepReport = { reminded: 0, erased: 0 };
  const programs = new Map<string, Program>();
  const programOf = async (id: string) => {
    let program = programs.get(id);
    if (!program) programs.set(id, (program = await getProgram(deps, id)));
    return program;
  };

  // One missed long ago (Kith was down for days) is not worth a text "today at …" any more.
  const due = await repo.dueForReminder(deps.db, now, now - MISSED_AFTER_MS);
  for (const followUp of due) {
    if (!(await repo.claimReminder(deps.db, followUp.id, now))) continue;
    const program = await programOf(followUp.programId);
    const time = wallClock(wallOf(followUp.dueAt, program.timeZone));
    const url = `${deps.publicUrl}${CARE_CONSOLE_PATH}`;
    await tellResponder(
      deps,
      program,
      followUp.assignedTo,
      (language) => reminderText(language, { alias: followUp.alias, time, kind: followUp.kind, url }),
      'follow-up reminder',
    );
    report.reminded += 1;
  }
  if (due.length > 0)
    for (const programId of new Set(due.map((f) => f.programId))) deps.live.publish(programId, 'dispatch');

  const holding = await repo.responsesHoldingContact(deps.db);
  for (const response of holding) {
    if (await eraseContactIfUnneeded(deps.db, response.id, now)) {
      report.erased += 1;
      deps.live.publish(response.program_id, 'dispatch');
    }
  }
  if (report.erased > 0) await truncateWal(deps.db);
  return report;
}

/** The sweep at start and every `intervalMs`. */
export function startCareSweep(deps: DispatchDeps, intervalMs: number): Periodic {
  return runPeriodically(() => sweepCare(deps), intervalMs, deps.logger, 'aftercare sweep');
}
