import { runPeriodically, type Periodic } from '../platform/periodic';
import { getProgram } from '../program/service';
import { forgetEndedShiftNotes } from './briefing/notes/service';
import { forgetExpiredLinks } from './briefing/service';
import { sweepBriefings } from './briefing/sweep';
import { sendGapAlerts } from './coverage';
import type { RotaDeps } from './deps';
import { sendDueReminders } from './reminders';
import * as repo from './repo';
import { forgetEnded } from './swaps/offers';

export interface RotaSweepReport {
  reminders: number;
  gapAlerts: number;
  /** Texts at shift start asking someone to read the emergency plan first. */
  briefings: number;
  /** Sent notices, expired briefing links, swap offers and time-away requests old enough to forget. */
  forgotten: number;
  /** Notes for shifts that have ended: gone with their shift. */
  shiftNotes: number;
}

/** A sent notice is kept until two days after the shift or gap it was about began. */
const NOTICE_KEPT_MS = 2 * 86_400_000;

/**
 * Reminders and coverage alerts, from stored rules and times only (a restart loses none): run on
 * the same half-minute as texting's timers. Each program apart, so one program's failure does not
 * silence another's reminders.
 */
export async function sweepRota(deps: RotaDeps): Promise<RotaSweepReport> {
  // First, so a program's failure below never keeps an ended shift's notes.
  const shiftNotes = await forgetEndedShiftNotes(deps);
  const report: RotaSweepReport = { reminders: 0, gapAlerts: 0, briefings: 0, forgotten: 0, shiftNotes };
  for (const id of await repo.programIds(deps.db)) {
    try {
      const program = await getProgram(deps, id);
      report.reminders += await sendDueReminders(deps, program);
      report.gapAlerts += await sendGapAlerts(deps, program);
      report.briefings += await sweepBriefings(deps, program);
    } catch (error) {
      deps.logger.error({ programId: id, err: { name: (error as Error).name } }, 'rota sweep failed for a program');
    }
  }
  // Swaps and time-away requests end with their stretch: whatever they settled is in the shifts.
  report.forgotten =
    (await repo.purgeNotices(deps.db, deps.clock.now() - NOTICE_KEPT_MS)) +
    (await forgetExpiredLinks(deps)) +
    (await forgetEnded(deps, deps.clock.now() - NOTICE_KEPT_MS));
  return report;
}

export function startRotaSweep(deps: RotaDeps, intervalMs: number): Periodic {
  return runPeriodically(() => sweepRota(deps), intervalMs, deps.logger, 'rota sweep');
}
