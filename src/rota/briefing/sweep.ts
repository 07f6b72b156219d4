import { tellResponder } from '../../conversations/notify';
import { onCallCoordinators } from '../../dispatch/candidates';
import { briefingLanguage, briefingTextsFor } from '../../i18n/briefing';
import { fillRota } from '../../i18n/rota';
import { briefingDue } from '../../program/briefing';
import { getPlan, type EmergencyPlan } from '../../program/emergency-plan';
import type { Program } from '../../program/types';
import { onCallNow, shiftsOfProgram, type OnCallNow } from '../../shifts/service';
import type { Occurrence } from '../../shifts/types';
import type { RotaDeps } from '../deps';
import * as repo from '../repo';
import { makeBriefingLink } from './service';
import * as briefingRepo from './repo';

/** The console's Home, where the briefing is shown first. */
const HOME_PATH = '/console';

/**
 * Shift starts, as the briefing counts them: everyone on call now whom the sweep had not seen on
 * shift has begun one (back-to-back pieces are one shift: they never leave). Each who must read the
 * plan first gets one text with a one-time link. Returns how many were texted.
 */
export async function sweepBriefings(deps: RotaDeps, program: Program): Promise<number> {
  const now = deps.clock.now();
  const { entries } = await onCallNow(deps, program.id);
  const since = stretchesNow(
    await shiftsOfProgram(deps, program.id, program.timeZone, { start: now - LOOK_BACK_MS, end: now + 1 }),
    now,
  );
  const onCall = [...new Set(entries.map((e) => e.responderId))].map((responderId) => ({
    responderId,
    since: since.get(responderId) ?? now,
  }));
  const begun = await briefingRepo.seeShifts(deps.db, program.id, onCall, now);
  const plan = await getPlan(deps, program.id);
  if (plan.version === 0) return 0;
  let told = 0;
  for (const responderId of begun) {
    if (!(await isDue(deps, program, plan, responderId))) continue;
    const url = await makeBriefingLink(deps, { programId: program.id, responderId }, plan.version);
    const words = (language: string) =>
      fillRota(briefingTextsFor(briefingLanguage(language)).due, { program: program.name, url });
    if (await tellResponder(deps, program, responderId, words, 'briefing')) told += 1;
  }
  await tellIfNobodyBriefed(deps, program, plan, entries);
  return told;
}

/** A stretch covering now began at most this long ago for the sweep to tell when (longer ones: when first seen). */
const LOOK_BACK_MS = 49 * 60 * 60_000;

/** When the stretch each person is on now began: back-to-back pieces (midnight, a one-off after a weekly shift) are one. */
export function stretchesNow(occurrences: readonly Occurrence[], now: number): Map<string, number> {
  const since = new Map<string, number>();
  for (const o of occurrences) {
    if (!(o.start <= now && now < o.end)) continue;
    let start = o.start;
    for (let moved = true; moved;) {
      moved = false;
      for (const p of occurrences)
        if (p.responderId === o.responderId && p.start < start && p.end >= start) {
          start = p.start;
          moved = true;
        }
    }
    since.set(o.responderId, Math.min(start, since.get(o.responderId) ?? start));
  }
  return since;
}

async function isDue(deps: RotaDeps, program: Program, plan: EmergencyPlan, responderId: string): Promise<boolean> {
  const state = await briefingRepo.stateOf(deps.db, program.id, responderId);
  return state !== undefined && briefingDue({ version: plan.version, at: plan.versionAt }, plan.everyShifts, state);
}

/**
 * When everyone active on the phone now must read the plan first, calls go to the no-answer message:
 * the coordinators on call (else every active coordinator) are told once, naming who must read it.
 */
async function tellIfNobodyBriefed(
  deps: RotaDeps,
  program: Program,
  plan: EmergencyPlan,
  entries: readonly OnCallNow[],
): Promise<void> {
  const phone = entries.filter((e) => e.role === 'phone' && e.status === 'active');
  if (phone.length === 0) return;
  const due: OnCallNow[] = [];
  for (const entry of phone) if (await isDue(deps, program, plan, entry.responderId)) due.push(entry);
  if (due.length < phone.length) return;
  const ids = [...new Set(due.map((e) => e.responderId))].sort();
  const now = deps.clock.now();
  // Once for this set of people on this version: a new shift or a new version is news again.
  const key = `briefing:${program.id}:${plan.version}:${ids.join(',')}:${Math.min(...due.map((e) => e.endsAt))}`;
  if (!(await repo.claimNotice(deps.db, { key, programId: program.id, kind: 'briefing', aboutAt: now }, now))) return;
  const names = [...new Set(due.map((e) => e.name))].join(', ');
  const url = `${deps.publicUrl}${HOME_PATH}`;
  for (const coordinator of await onCallCoordinators(deps, program))
    await tellResponder(
      deps,
      program,
      coordinator,
      (language) => fillRota(briefingTextsFor(briefingLanguage(language)).nobodyBriefed, { names, url }),
      'briefing alert',
    );
}
