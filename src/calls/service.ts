import type { Principal } from '../auth/principal';
import { DomainError, notFound } from '../platform/errors';
import type { Program } from '../program/types';
import { route, type VoiceStep } from '../telephony/plan';
import { availableOnCall } from './availability';
import type { CallDeps } from './deps';
import { oweDeletions } from '../provider-copies/owed';
import { CALL_RECORD_WAIT_MS, endCall, recordEndReason } from './lifecycle';
import { newCallRow, toCallRecord } from './records';
import {
  activeLegsOfResponder,
  answeredCounts,
  deleteCallIf,
  findCall,
  lastAnsweredBy,
  listCalls,
  liveCalls,
  providerRefsOfCall,
} from './repo';
import { insertCallOnce } from './repo/incoming';
import type { CallRecord, EndReason } from './types';
import { goOnAfterMenu } from './voice-flow';

/**
 * The calls capability as the rest of Kith sees it: its routes, the console's home page and notes call
 * these (call records, calls live now, ending a call early) and never the repo. The call itself — what
 * it sounds like, ringing, its states — is the domain modules' (see README.md), answered through the
 * voice route table (src/line/voice-routes.ts).
 */

export async function callHistory(
  deps: Pick<CallDeps, 'db'>,
  programId: string,
  window: { from: number; to: number; limit: number },
): Promise<CallRecord[]> {
  return (await listCalls(deps.db, programId, window)).map(toCallRecord);
}

export async function callsInProgress(deps: Pick<CallDeps, 'db'>, programId: string): Promise<CallRecord[]> {
  return (await liveCalls(deps.db, programId)).map(toCallRecord);
}

/** The calls ringing this responder's phone now (ringing, or hearing the whisper). */
export async function callsRingingFor(deps: Pick<CallDeps, 'db'>, responderId: string): Promise<Set<string>> {
  const legs = await activeLegsOfResponder(deps.db, responderId);
  return new Set(legs.filter((leg) => leg.state === 'ringing' || leg.state === 'screening').map((leg) => leg.call_id));
}

export async function callRecord(deps: Pick<CallDeps, 'db'>, programId: string, callId: string): Promise<CallRecord> {
  const call = await findCall(deps.db, callId);
  if (!call || call.program_id !== programId) throw notFound('Call');
  return toCallRecord(call);
}

/**
 * The responder on a call (or a coordinator) ends it early: the caller hears that the responder had
 * to end it, and the record keeps the reason. A finished call can still have its reason recorded.
 */
export async function endCallEarly(
  deps: CallDeps,
  who: Principal,
  callId: string,
  reason: EndReason,
): Promise<CallRecord> {
  const call = await findCall(deps.db, callId);
  if (!call || call.program_id !== who.programId) throw notFound('Call');
  const mayEnd = call.accepted_by === who.responderId || who.roles.includes('coordinator');
  if (!mayEnd) throw notFound('Call');
  if (call.state !== 'connected' && call.state !== 'ended') {
    throw new DomainError('conflict', 'This call has not been answered yet, so there is nothing to end early', [
      { field: '/reason', message: 'the call is not connected' },
    ]);
  }
  await recordEndReason(deps, callId, reason);
  if (call.state === 'connected' && call.caller_leg_ref) {
    const redirected = await deps.provider.redirectCall(call.caller_leg_ref, route('responderEnded', { call: callId }));
    // The caller had already hung up (their status callback not yet in): there is nobody to tell.
    if (redirected === 'gone') await endCall(deps, callId, 'caller_hung_up');
  }
  return toCallRecord((await findCall(deps.db, callId)) ?? call);
}

/** How long the last call this responder answered (ending after `since`) lasted, and when it ended. */
export async function lastAnsweredCall(
  deps: Pick<CallDeps, 'db'>,
  programId: string,
  responderId: string,
  since: number,
): Promise<{ endedAt: number; talkedMs: number } | undefined> {
  const row = await lastAnsweredBy(deps.db, programId, responderId, since);
  if (!row || row.ended_at === null || row.answered_at === null) return undefined;
  return { endedAt: row.ended_at, talkedMs: row.ended_at - row.answered_at };
}

/** Calls answered, for the load view (src/load/): per responder, how many in [from, to); counts only. */
export async function callsAnswered(
  deps: Pick<CallDeps, 'db'>,
  programId: string,
  window: { from: number; to: number },
): Promise<Map<string, number>> {
  return new Map((await answeredCounts(deps.db, programId, window)).map((r) => [r.responderId, r.count]));
}

/** The program of a call still at the language menu (a `*` there may be a member's), else undefined. */
export async function programAtMenu(deps: Pick<CallDeps, 'db'>, callId: string): Promise<string | undefined> {
  const call = await findCall(deps.db, callId);
  return call?.state === 'greeting' ? call.program_id : undefined;
}

/**
 * A caller who pressed * at the language menu and keyed a member's number is a member keying a code
 * (src/members/keypad.ts), not a call for the team: nobody was rung yet, so the call leaves no record
 * at all, and the provider's record of it is owed a deletion as any call's is. True if this request
 * handed it over (false: it had moved on, or a retried webhook did it already).
 */
export async function handCallToMembers(
  deps: Pick<CallDeps, 'db' | 'clock' | 'live'>,
  callId: string,
): Promise<boolean> {
  const now = deps.clock.now();
  const programId = await deps.db.transaction().execute(async (trx) => {
    const call = await findCall(trx, callId);
    if (!call || call.state !== 'greeting') return undefined;
    const { caller, legs } = await providerRefsOfCall(trx, callId);
    if (legs.length > 0 || !(await deleteCallIf(trx, callId, 'greeting'))) return undefined;
    await oweDeletions(trx, 'call', [caller], now + CALL_RECORD_WAIT_MS);
    return call.program_id;
  });
  if (programId !== undefined) deps.live.publish(programId, 'calls');
  return programId !== undefined;
}

/**
 * A member handed over by `handCallToMembers` who keyed their plan code goes back to the team as any
 * caller (src/members/plans/keypad.ts): the call is stored again, at the menu's stage, under the same
 * provider call's keyed hash, and from here on it is an ordinary call with an ordinary record.
 * `fresh` is false when a provider's retry of the same request finds it stored already.
 */
export async function callAgainAfterMembers(
  deps: Pick<CallDeps, 'db' | 'clock' | 'keys'>,
  input: { programId: string; providerCallRef: string },
): Promise<{ callId: string; fresh: boolean }> {
  const row = newCallRow(deps.keys, { ...input, now: deps.clock.now() });
  const call = await insertCallOnce(deps.db, row);
  return { callId: call.id, fresh: call.id === row.id && call.state === 'greeting' };
}

/**
 * Everyone the router may ring for a call starting now, in every phase and both tiers (ringing.ts
 * reads the same list at each step, less whoever it has tried): a plan opened for the call is sealed to them.
 */
export async function whoMayBeRung(deps: CallDeps, program: Program): Promise<string[]> {
  return (await availableOnCall(deps, program, deps.clock.now())).map((c) => c.responderId);
}

/** The greeting, the promises and the hold in `language`, with the team rung: as after the menu. */
export const goOnAsAnyCaller = (deps: CallDeps, callId: string, language: string): Promise<VoiceStep[]> =>
  goOnAfterMenu(deps, callId, language);
