import type { Kysely } from 'kysely';
import type { Principal, Role } from '../auth/principal';
import { callsInProgress, callsRingingFor } from '../calls/service';
import type { Database } from '../db/schema';
import type { Clock } from '../platform/clock';
import { notFound } from '../platform/errors';
import { getProgram } from '../program/service';
import type { ResponderStatus } from '../responders/types';
import { shiftsOfResponder, teamDirectory } from '../shifts/service';
import type { Tier } from '../shifts/types';
import { breakOf, coolDownOffer, type CoolDownOffer } from '../care/team/service';
import type { DispatchDeps } from '../dispatch/types';
import { findMe } from './repo';

/**
 * The console's home page in one answer: who I am and whether I am on call, my shifts this week,
 * and the calls live now. It composes the shifts and calls capabilities; it owns no rules of its own
 * beyond what "on call now" means for the person looking.
 */

export interface HomeDeps {
  db: Kysely<Database>;
  clock: Clock;
}

export interface ShiftSpan {
  role: Role;
  tier: Tier;
  start: number;
  end: number;
}

export interface LiveCall {
  id: string;
  state: 'ringing' | 'connected';
  startedAt: number;
  language: string | null;
  acceptedBy: { id: string; name: string } | null;
  /** My phone is ringing (or I am hearing the whisper) for this call right now. */
  ringingMe: boolean;
}

export interface Home {
  timeZone: string;
  me: {
    id: string;
    name: string;
    roles: Role[];
    status: ResponderStatus;
    onBreakSince: number | null;
    /** A break that ends by itself ends then (a cool-down; stepping back until the shift ends). */
    breakUntil: number | null;
    breakKind: 'step-back' | 'cool-down' | null;
    /** A shift covers now, I am not paused and not on break. A live call of mine does not change it. */
    onCallNow: boolean;
    currentShift: ShiftSpan | null;
  };
  nextShifts: ShiftSpan[];
  live: LiveCall[];
  /** A few minutes off, on offer after a hard or long call. */
  coolDown: CoolDownOffer | null;
}

export const HOME_DAYS = 7;
const DAY_MS = 86_400_000;

export async function home(deps: DispatchDeps, who: Principal): Promise<Home> {
  const now = deps.clock.now();
  const window = { start: now, end: now + HOME_DAYS * DAY_MS };
  const [program, me, calls, ringingFor, names, onBreak, coolDown] = await Promise.all([
    getProgram(deps, who.programId),
    findMe(deps.db, who.programId, who.responderId),
    callsInProgress(deps, who.programId),
    callsRingingFor(deps, who.responderId),
    teamDirectory(deps, who.programId),
    breakOf(deps, who),
    coolDownOffer(deps, who),
  ]);
  if (!me) throw notFound('Responder');
  const shifts = await shiftsOfResponder(deps, who.programId, who.responderId, program.timeZone, window);
  const spans = shifts.map((o) => ({ role: o.role, tier: o.tier, start: o.start, end: o.end }));
  const currentShift = spans.find((s) => s.start <= now && now < s.end) ?? null;
  const onBreakSince = onBreak?.since ?? null;
  return {
    timeZone: program.timeZone,
    me: {
      id: me.id,
      name: me.name,
      roles: JSON.parse(me.roles) as Role[],
      status: me.status as ResponderStatus,
      onBreakSince,
      breakUntil: onBreak?.until ?? null,
      breakKind: onBreak?.kind === 'step-back' || onBreak?.kind === 'cool-down' ? onBreak.kind : null,
      onCallNow: currentShift !== null && me.status === 'active' && onBreakSince === null,
      currentShift,
    },
    nextShifts: spans.filter((s) => s.start > now),
    coolDown,
    live: calls.flatMap((call) => {
      if (call.state !== 'ringing' && call.state !== 'connected') return [];
      const acceptedBy =
        call.acceptedBy === null ? null : { id: call.acceptedBy, name: names.get(call.acceptedBy)?.name ?? '' };
      return [
        {
          id: call.id,
          state: call.state,
          startedAt: call.startedAt,
          language: call.language,
          acceptedBy,
          ringingMe: ringingFor.has(call.id),
        },
      ];
    }),
  };
}
