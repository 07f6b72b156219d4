import type { CallLegRow, CallUpdate } from '../db/schema';
import { oweDeletions } from '../provider-copies/owed';
import type { CallDeps } from './deps';
import { hangUpInBackground } from './hangups';
import {
  activeLegsOfResponder,
  findCall,
  findLeg,
  legsOfCall,
  markNeverConnected,
  providerRefsOfCall,
  setEndReason,
  updateCallIf,
  updateLegIf,
} from './repo';
import { ACTIVE_LEG_STATES, type CallOutcome, type EndReason, type LegState } from './types';

const UNANSWERED_FROM: readonly LegState[] = ['ringing', 'screening'];

/**
 * Marks the legs canceled (so their late callbacks change nothing), then hangs them up at the provider
 * in the background: whoever pressed 1, or the caller's hang-up, is not kept waiting on the provider's
 * REST requests for every other leg (src/calls/hangups.ts retries those that fail).
 */
async function cancelLegs(deps: CallDeps, callId: string, legs: readonly CallLegRow[]): Promise<void> {
  const now = deps.clock.now();
  const canceled = await Promise.all(
    legs.map(async (leg) => ((await updateLegIf(deps.db, leg.id, UNANSWERED_FROM, 'canceled', now)) ? leg : undefined)),
  );
  hangUpInBackground(
    deps,
    callId,
    canceled.flatMap((leg) => (leg?.provider_leg_ref ? [leg.provider_leg_ref] : [])),
  );
}

export type AcceptResult = 'connected' | 'taken' | 'gone' | 'already_on_call';

/**
 * A responder pressed 1. Exactly one leg can win a call (a conditional update); the winner's other
 * ringing legs and everyone else's legs for this call stop ringing.
 */
export async function acceptLeg(deps: CallDeps, callId: string, legId: string): Promise<AcceptResult> {
  const leg = await findLeg(deps.db, legId);
  const call = await findCall(deps.db, callId);
  if (!leg || !call || leg.call_id !== callId) return 'gone';
  if (call.accepted_leg_id === legId) return 'connected'; // a retried webhook
  if (call.state === 'connected') return 'taken';
  if (call.state !== 'ringing' || !ACTIVE_LEG_STATES.includes(leg.state as LegState)) return 'gone';
  const elsewhere = (await activeLegsOfResponder(deps.db, leg.responder_id)).filter(
    (l) => l.state === 'accepted' && l.id !== legId,
  );
  if (elsewhere.length > 0) return 'already_on_call';

  const now = deps.clock.now();
  const won = await updateCallIf(deps.db, callId, ['ringing'], {
    state: 'connected',
    accepted_by: leg.responder_id,
    accepted_leg_id: legId,
    answered_at: now,
    updated_at: now,
  });
  if (!won) return (await findCall(deps.db, callId))?.state === 'connected' ? 'taken' : 'gone';
  await updateLegIf(deps.db, legId, UNANSWERED_FROM, 'accepted', now);

  const others = (await legsOfCall(deps.db, callId)).filter((l) => l.id !== legId);
  const sameResponderElsewhere = (await activeLegsOfResponder(deps.db, leg.responder_id)).filter((l) => l.id !== legId);
  await cancelLegs(deps, callId, [...others, ...sameResponderElsewhere]);
  deps.live.publish(call.program_id, 'calls');
  deps.logger.info({ callId, legId }, 'call accepted');
  return 'connected';
}

/**
 * The responder who accepted was never connected, and the caller is not known to have gone: the call
 * goes back to ringing so the routing engine reaches someone else at the next hold tick, and the
 * responder is free again. If the caller did hang up, their status callback ends the call as usual.
 */
export async function releaseAcceptedLeg(deps: CallDeps, callId: string, legId: string): Promise<void> {
  const now = deps.clock.now();
  const call = await findCall(deps.db, callId);
  if (!call || call.accepted_leg_id !== legId) return;
  const released = await updateCallIf(deps.db, callId, ['connected'], {
    state: 'ringing',
    accepted_by: null,
    accepted_leg_id: null,
    answered_at: null,
    updated_at: now,
  });
  if (!released) return;
  await updateLegIf(deps.db, legId, ['accepted'], 'completed', now);
  deps.live.publish(call.program_id, 'calls');
  deps.logger.info({ callId, legId }, 'accepted call was never connected; ringing again');
}

export async function markScreening(deps: CallDeps, legId: string): Promise<void> {
  await updateLegIf(deps.db, legId, ['ringing'], 'screening', deps.clock.now());
}

export async function declineLeg(deps: CallDeps, legId: string): Promise<void> {
  await updateLegIf(deps.db, legId, UNANSWERED_FROM, 'declined', deps.clock.now());
}

const FINAL_STATUSES = new Set(['completed', 'busy', 'no-answer', 'failed', 'canceled']);

/** A provider status callback for a responder's leg; true if the leg just ended. */
export async function legStatusChanged(deps: CallDeps, legId: string, status: string): Promise<boolean> {
  const now = deps.clock.now();
  if (status === 'in-progress' || status === 'answered') {
    await markScreening(deps, legId);
    return false;
  }
  if (!FINAL_STATUSES.has(status)) return false;
  if (await updateLegIf(deps.db, legId, ['accepted'], 'completed', now)) return true;
  return updateLegIf(deps.db, legId, UNANSWERED_FROM, status === 'canceled' ? 'canceled' : 'unanswered', now);
}

/**
 * How long after a call ends its records at the provider are first asked to be deleted. Twilio
 * refuses to delete a call that has not completed (error 20009) and asks for a minute's wait; a
 * responder's leg also outlives the call by the after-call question. Refusals are tried again with
 * growing waits (`src/provider-copies/owed.ts`).
 */
export const CALL_RECORD_WAIT_MS = 60_000;

/**
 * Ends the call record if it is still in one of `states` (true if this request did), forgetting the
 * caller's provider reference, and in the same transaction owes the deletion of the provider's
 * records of the caller's call and of every responder leg — so a crash cannot lose the debt. Now,
 * not after the evaluation retention: Kith keeps its own record of the call for evaluation, with no
 * number in it, so the provider's copy, which has the caller's number, serves nothing once the call
 * is over.
 */
export async function closeCall(
  deps: CallDeps,
  callId: string,
  states: readonly string[],
  set: CallUpdate,
): Promise<boolean> {
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const { caller } = await providerRefsOfCall(trx, callId);
    if (!(await updateCallIf(trx, callId, states, { ...set, caller_leg_ref: null }))) return false;
    // Legs read after the update: a leg placed from now on sees the call ended (see ringing.ts).
    const { legs } = await providerRefsOfCall(trx, callId);
    await oweDeletions(trx, 'call', [caller, ...legs], now + CALL_RECORD_WAIT_MS);
    return true;
  });
}

/**
 * Ends a call once, whichever event arrives first (caller hangs up, bridge ends, nobody answers).
 * The caller's provider reference is erased here: it is kept only while the call is live.
 */
export async function endCall(deps: CallDeps, callId: string, outcomeIfUnanswered: CallOutcome): Promise<void> {
  const call = await findCall(deps.db, callId);
  if (!call || call.state === 'ended') return;
  const now = deps.clock.now();
  const outcome: CallOutcome = call.state === 'connected' ? 'answered' : outcomeIfUnanswered;
  const ended = await closeCall(deps, callId, [call.state], {
    state: 'ended',
    outcome,
    ended_at: now,
    updated_at: now,
  });
  if (!ended) return endCall(deps, callId, outcomeIfUnanswered); // the state moved under us; try again from the new one
  await cancelLegs(deps, callId, await legsOfCall(deps.db, callId));
  deps.live.publish(call.program_id, 'calls');
  deps.logger.info({ callId, outcome }, 'call ended');
}

/**
 * The caller hung up while still held: before anyone was connected to them, even if a responder had
 * just pressed 1. The record says so rather than "answered", whichever of the provider's reports (the
 * caller's status, the queue's result) arrived first.
 */
export async function callerLeftWaiting(deps: CallDeps, callId: string): Promise<void> {
  await endCall(deps, callId, 'caller_hung_up');
  if (!(await markNeverConnected(deps.db, callId))) return;
  const call = await findCall(deps.db, callId);
  if (call) deps.live.publish(call.program_id, 'calls');
}

/** The responder said why the call ended early (by keypad after the call, or through the API). */
export async function recordEndReason(deps: CallDeps, callId: string, reason: EndReason): Promise<void> {
  await setEndReason(deps.db, callId, reason, deps.clock.now());
}
