import { tellResponder } from '../conversations/notify';
import { reminderText } from '../i18n/dispatch-care';
import { runPeriodically, type Periodic } from '../platform/periodic';
import { wallClock, wallOf } from '../platform/wall-time';
import { getProgram } from '../program/service';
import type { Program } from '../program/types';
import { truncateWal } from '../db/erase';
import type { DispatchDeps } from '../dispatch/types';
import { eraseContactIfUnneeded, MISSED_AFTER_MS } from './follow-ups/follow-ups';

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

  const due = await deps.db
    .selectFrom('follow_ups')
    .innerJoin('field_responses', 'field_responses.id', 'follow_ups.response_id')
    .select([
      'follow_ups.id as id',
      'follow_ups.program_id as programId',
      'follow_ups.kind as kind',
      'follow_ups.assigned_to as assignedTo',
      'follow_ups.due_at as dueAt',
      'field_responses.alias as alias',
    ])
    .where('follow_ups.done_at', 'is', null)
    .where('follow_ups.reminded_at', 'is', null)
    .where('follow_ups.due_at', '<=', now)
    // One missed long ago (Kith was down for days) is not worth a text "today at …" any more.
    .where('follow_ups.due_at', '>', now - MISSED_AFTER_MS)
    .orderBy('follow_ups.due_at')
    .execute();
  for (const followUp of due) {
    const claimed = await deps.db
      .updateTable('follow_ups')
      .set({ reminded_at: now })
      .where('id', '=', followUp.id)
      .where('reminded_at', 'is', null)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) continue;
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

  const holding = await deps.db
    .selectFrom('field_responses')
    .select(['id', 'program_id'])
    .where('contact_sealed', 'is not', null)
    .execute();
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
