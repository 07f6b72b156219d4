import { DateTime } from 'luxon';
import { tellResponder } from '../conversations/notify';
import { fillRota, rotaLanguage, rotaTextsFor } from '../i18n/rota';
import type { Program } from '../program/types';
import { getResponder } from '../responders/service';
import { shiftsOfProgram } from '../shifts/service';
import type { Occurrence } from '../shifts/types';
import type { RotaDeps } from './deps';
import { pushTo } from './push';
import * as repo from './repo';
import { leadOf } from './settings';
import { LOOK_AHEAD_MS, reminderAt } from './timing';

/** The console's Home, where the shift is. */
export const HOME_PATH = '/console';

/** A local day and time in the reader's language: "Sun, Mar 8, 10:00". */
export function localWhen(at: number, zone: string, language: string): string {
  return DateTime.fromMillis(at, { zone }).setLocale(language).toLocaleString({
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
}

/**
 * Shifts as a person lives them: back-to-back pieces (a midnight between two all-day rules, a one-off
 * right after a weekly shift) are one stretch, reminded once at its start.
 */
export function stretchStarts(occurrences: readonly Occurrence[]): Occurrence[] {
  const ends = new Set(occurrences.map((o) => `${o.responderId}:${o.end}`));
  return occurrences.filter((o) => !ends.has(`${o.responderId}:${o.start}`));
}

/**
 * Every reminder due now in one program: for each responder who asked for one, each stretch starting
 * in the next two days whose reminder time has come and whose start has not. Claimed before it is
 * sent (`rota_notices`), so it goes out once — with two instances, or after a restart that finds it
 * late but before the shift. Returns how many were sent.
 */
export async function sendDueReminders(deps: RotaDeps, program: Program): Promise<number> {
  const wanted = await repo.settingsWanted(deps.db, program.id);
  if (wanted.length === 0) return 0;
  const now = deps.clock.now();
  const zone = program.timeZone;
  // From a day back, so a stretch that began yesterday is seen as ongoing, not as starting now.
  const all = await shiftsOfProgram(deps, program.id, zone, { start: now - LOOK_AHEAD_MS, end: now + LOOK_AHEAD_MS });
  const starts = stretchStarts(all).filter((o) => o.start > now);
  let sent = 0;
  for (const settings of wanted) {
    const lead = leadOf(settings);
    for (const shift of starts.filter((o) => o.responderId === settings.responderId)) {
      if (reminderAt(shift.start, lead, zone) > now) continue;
      const key = `reminder:${settings.responderId}:${shift.start}`;
      if (
        !(await repo.claimNotice(deps.db, { key, programId: program.id, kind: 'reminder', aboutAt: shift.start }, now))
      )
        continue;
      await remind(deps, program, settings, shift);
      sent += 1;
    }
  }
  return sent;
}

async function remind(deps: RotaDeps, program: Program, settings: repo.SettingsRow, shift: Occurrence): Promise<void> {
  const me = await getResponder(deps, program.id, settings.responderId);
  const language = rotaLanguage(me.languages[0] ?? 'en');
  const words = rotaTextsFor(language);
  const values = {
    program: program.name,
    role: words.roles[shift.role],
    tier: words.tiers[shift.tier],
    when: localWhen(shift.start, program.timeZone, language),
    url: `${deps.publicUrl}${HOME_PATH}`,
  };
  if (settings.bySms)
    await tellResponder(deps, program, me.id, () => fillRota(words.reminder, values), 'shift reminder');
  if (settings.byPush)
    await pushTo(deps, me.id, { title: words.pushTitle, body: fillRota(words.pushBody, values), path: HOME_PATH });
}
