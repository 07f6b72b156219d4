import { lastAnsweredCall } from '../../calls/service';
import { tellResponder } from '../../conversations/notify';
import { onCallCoordinators } from '../../dispatch/candidates';
import type { DispatchDeps } from '../../dispatch/types';
import { careTeamText } from '../../i18n/care-team';
import { DomainError } from '../../platform/errors';
import { formatInstant } from '../../platform/wall-time';
import { COOL_DOWN_OFFER_MINUTES } from '../../program/limits';
import { getProgram } from '../../program/service';
import type { Program } from '../../program/types';
import { onCallNow, shiftsOfResponder } from '../../shifts/service';
import * as repo from './repo';

/**
 * Looking after the team (issue 17): stepping back for the rest of a shift, and a cool-down after
 * a hard or long call. Both are breaks that end by themselves (`responders.break_until`), so the
 * router, texting and dispatch skip the person exactly as for any break, and nothing else changes.
 */
type Who = { programId: string; responderId: string };

const MINUTE = 60_000;
const CONSOLE_HOME_PATH = '/console';

/** The shift covering now, if any (weekly or one-off, time away taken out). */
async function currentShift(deps: DispatchDeps, program: Program, who: Who) {
  const now = deps.clock.now();
  const shifts = await shiftsOfResponder(deps, who.programId, who.responderId, program.timeZone, {
    start: now,
    end: now + 1,
  });
  return shifts.filter((s) => s.start <= now && now < s.end).sort((a, b) => b.end - a.end)[0];
}

/**
 * "I need to step back": off the line until the current shift ends (or they come back), and the
 * coordinators on call (else every active coordinator) are texted to cover — the shift, never a reason.
 */
export async function stepBack(deps: DispatchDeps, who: Who): Promise<{ until: number; told: number }> {
  const program = await getProgram(deps, who.programId);
  const shift = await currentShift(deps, program, who);
  if (!shift) throw new DomainError('conflict', 'You are not on a shift now');
  const now = deps.clock.now();
  if (!(await repo.startTimedBreak(deps.db, who, now, shift.end, 'step-back')))
    throw new DomainError('conflict', 'You are already on a break');
  deps.live.publish(program.id, 'roster');
  const me = await repo.careState(deps.db, who);
  const end = formatInstant(shift.end, program.timeZone).slice(11, 16);
  const coordinators = (await onCallCoordinators(deps, program)).filter((id) => id !== who.responderId);
  const sent = await Promise.all(
    coordinators.map((id) =>
      tellResponder(
        deps,
        program,
        id,
        (language) =>
          careTeamText(language, 'steppedBack', {
            name: me?.name ?? '',
            role: shift.role,
            end,
            url: `${deps.publicUrl}${CONSOLE_HOME_PATH}`,
          }),
        'care:steppedBack',
      ),
    ),
  );
  return { until: shift.end, told: sent.filter(Boolean).length };
}

/** Marks the call or conversation just handled as hard: a cool-down is offered (if the program offers them). */
export async function markHard(deps: DispatchDeps, who: Who): Promise<void> {
  await repo.markHard(deps.db, who, deps.clock.now());
}

export interface CoolDownOffer {
  minutes: number;
  why: 'hard' | 'long';
  /** Support people on shift now, to talk it over with. */
  support: { id: string; name: string }[];
}

/** The cool-down on offer now: after a hard mark or a long call, within the last half hour, not yet taken or waved off. */
export async function coolDownOffer(deps: DispatchDeps, who: Who): Promise<CoolDownOffer | null> {
  const program = await getProgram(deps, who.programId);
  if (!program.care.coolDown) return null;
  const state = await repo.careState(deps.db, who);
  if (!state) return null;
  const now = deps.clock.now();
  if (state.on_break_since !== null && (state.break_until === null || state.break_until > now)) return null;
  const since = Math.max(state.cool_down_settled_at ?? 0, now - COOL_DOWN_OFFER_MINUTES * MINUTE);
  let why: CoolDownOffer['why'] | undefined =
    state.cool_down_offered_at !== null && state.cool_down_offered_at > since ? 'hard' : undefined;
  if (!why) {
    const call = await lastAnsweredCall(deps, who.programId, who.responderId, since);
    if (call && call.talkedMs > program.care.longCallMinutes * MINUTE) why = 'long';
  }
  if (!why) return null;
  const { entries } = await onCallNow(deps, who.programId);
  const support = entries
    .filter((e) => e.role === 'support' && e.responderId !== who.responderId && e.status === 'active')
    .map((e) => ({ id: e.responderId, name: e.name }));
  return { minutes: program.care.coolDownMinutes, why, support };
}

/** Takes the cool-down on offer: a break that ends by itself after the program's minutes. */
export async function takeCoolDown(deps: DispatchDeps, who: Who): Promise<{ until: number }> {
  const offer = await coolDownOffer(deps, who);
  if (!offer) throw new DomainError('conflict', 'No cool-down is on offer now');
  const now = deps.clock.now();
  const until = now + offer.minutes * MINUTE;
  if (!(await repo.startTimedBreak(deps.db, who, now, until, 'cool-down')))
    throw new DomainError('conflict', 'You are already on a break');
  await repo.settleCoolDown(deps.db, who, now);
  deps.live.publish(who.programId, 'roster');
  return { until };
}

/** "Not now": closes the offer without a break. */
export async function waveOffCoolDown(deps: DispatchDeps, who: Who): Promise<void> {
  await repo.settleCoolDown(deps.db, who, deps.clock.now());
}

/** A break's end and kind, for the home page; a break whose end has passed is over. */
export async function breakOf(
  deps: Pick<DispatchDeps, 'db' | 'clock'>,
  who: Who,
): Promise<{ since: number; until: number | null; kind: string | null } | null> {
  const state = await repo.careState(deps.db, who);
  if (!state || state.on_break_since === null) return null;
  if (state.break_until !== null && state.break_until <= deps.clock.now()) return null;
  return { since: state.on_break_since, until: state.break_until, kind: state.break_kind };
}
