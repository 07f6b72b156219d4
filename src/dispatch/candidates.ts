import type { FieldRole } from '../db/schema-dispatch';
import { briefingDue } from '../program/briefing';
import type { Program } from '../program/types';
import { reachableAmong } from '../responders/service';
import type { Reachable } from '../responders/types';
import { scheduledAt } from '../shifts/on-call';
import * as repo from './repo';
import type { DispatchDeps } from './types';

export interface Wanted {
  needs: readonly string[];
  language: string | null;
}

/**
 * Who could go (role `field`) or support (role `support`) now, best first (docs/DISPATCH.md "Who is
 * a candidate"): on shift in that role, active, not on break, still holding the role, not out on
 * another response, and not among `exclude` (the requester; anyone already asked for this one).
 */
export async function candidatesFor(
  deps: Pick<DispatchDeps, 'db' | 'clock'>,
  program: Program,
  role: FieldRole,
  wanted: Wanted,
  exclude: ReadonlySet<string>,
): Promise<Reachable[]> {
  const now = deps.clock.now();
  const scheduled = await scheduledAt(deps.db, program, now, role);
  const out = await repo.outNow(deps.db, program.id);
  const people = (
    await reachableAmong(
      deps,
      program.id,
      scheduled.map((s) => s.responderId),
      deps.clock.now(),
    )
  ).filter(
    (r) =>
      r.roles.includes(role) &&
      !out.has(r.id) &&
      !exclude.has(r.id) &&
      // Not asked before they have read the plan (the shift-start briefing).
      !briefingDue(r.plan, program.care.briefEveryShifts, r.briefing),
  );
  const last = await repo.lastWentAt(
    deps.db,
    people.map((p) => p.id),
  );
  const skillNeeds = wanted.needs.filter((n) => n !== 'language');
  const wantsLanguage = wanted.needs.includes('language') && wanted.language !== null;
  const speaks = (r: Reachable) => wanted.language !== null && r.languages.includes(wanted.language);
  const met = (r: Reachable) =>
    skillNeeds.filter((n) => r.skills.includes(n)).length + (wantsLanguage && speaks(r) ? 1 : 0);
  const all = skillNeeds.length + (wantsLanguage ? 1 : 0);
  // Support people are ranked by rest alone: they hold the team, whatever it needs.
  if (role === 'support') return people.sort((a, b) => (last.get(a.id) ?? 0) - (last.get(b.id) ?? 0));
  return people
    .map((person, order) => ({
      person,
      order,
      met: met(person),
      speaks: speaks(person),
      last: last.get(person.id) ?? 0,
    }))
    .sort(
      (a, b) =>
        Number(b.met === all) - Number(a.met === all) ||
        b.met - a.met ||
        Number(b.speaks) - Number(a.speaks) ||
        a.last - b.last ||
        a.order - b.order,
    )
    .map((c) => c.person);
}

/** On call in the coordinator role now; with none on call, every active coordinator: whoever holds the program. */
export async function onCallCoordinators(
  deps: Pick<DispatchDeps, 'db' | 'clock'>,
  program: Program,
): Promise<string[]> {
  const scheduled = await scheduledAt(deps.db, program, deps.clock.now(), 'coordinator');
  const onCall = (
    await reachableAmong(
      deps,
      program.id,
      scheduled.map((s) => s.responderId),
      deps.clock.now(),
    )
  )
    .filter((r) => r.roles.includes('coordinator'))
    .map((r) => r.id);
  return onCall.length > 0 ? onCall : repo.coordinators(deps.db, program.id);
}
