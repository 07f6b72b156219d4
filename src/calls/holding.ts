import { messageFor } from '../program/messages';
import { getProgram } from '../program/service';
import { hangup, route, type HoldEnd, type VoiceStep } from '../telephony/plan';
import { queueName, sayIn } from './call-steps';
import type { CallDeps } from './deps';
import { callerLeftWaiting, endCall } from './lifecycle';
import { wakeWaitingResponder } from './early-accept';
import { findCall, markHeld } from './repo';
import { advanceRinging } from './ringing';

/**
 * The caller held in a queue of their own while the team is rung: what they hear while they wait, and
 * what happens when the wait ends — however it ends. Nothing here knows about HTTP or TwiML.
 */
const HOLD_TICK_SECONDS = 5;
const STILL_WAITING_EVERY_SECONDS = 20;
/**
 * How many times a caller the provider could not hold is put back in the queue before hearing the
 * no-answer message: enough to ride out a restart or a passing fault, not so many that a lasting
 * fault keeps a person in crisis in a loop of apologies.
 */
const HOLD_ATTEMPTS = 3;
/** Holds the caller in a queue of their own; `attempt` counts the times the provider failed to hold them. */
export const holdStep = (callId: string, attempt: number): VoiceStep => ({
  kind: 'hold',
  queue: queueName(callId),
  hold: route('hold', { call: callId }),
  exit: route('queueExit', attempt === 1 ? { call: callId } : { call: callId, attempt: String(attempt) }),
});

/** Asked by the provider every few seconds while the caller waits: ring, escalate, or give up. */
export async function holdTick(deps: CallDeps, input: { callId: string; queueSeconds: number }): Promise<VoiceStep[]> {
  const call = await findCall(deps.db, input.callId);
  if (!call) return [{ kind: 'leave' }];
  // The first tick: the caller has heard every disclosure. A responder who accepted while they played
  // is waiting to be joined (early-accept.ts).
  if (call.held_at === null && (await markHeld(deps.db, call.id, deps.clock.now())))
    await wakeWaitingResponder(deps, call);
  const verdict = await advanceRinging(deps, input.callId);
  if (verdict === 'leave') return [{ kind: 'leave' }];
  const language = call.language ?? 'en';
  const speak = sayIn(language);
  // Read again each tick (one row by key): a program's own words in a language Kith lacks are the only ones.
  const say = async (key: 'hold' | 'holdStill') =>
    speak(messageFor(await getProgram(deps, call.program_id), language, key));
  if (input.queueSeconds < HOLD_TICK_SECONDS) return [await say('hold'), { kind: 'pause', seconds: HOLD_TICK_SECONDS }];
  const remindNow =
    Math.floor(input.queueSeconds / STILL_WAITING_EVERY_SECONDS) !==
    Math.floor((input.queueSeconds - HOLD_TICK_SECONDS) / STILL_WAITING_EVERY_SECONDS);
  return remindNow
    ? [await say('holdStill'), { kind: 'pause', seconds: HOLD_TICK_SECONDS }]
    : [{ kind: 'pause', seconds: HOLD_TICK_SECONDS }];
}

/**
 * The caller's wait in the hold queue ended: nobody answered, they hung up, their conversation ended,
 * or the provider could not hold them. Only `hungUp` means the caller left; a caller still on the line
 * always hears something.
 */
export async function queueExited(
  deps: CallDeps,
  input: { callId: string; end: HoldEnd; attempt: number; queueRef: string | undefined },
): Promise<VoiceStep[]> {
  // Being bridged, or redirected by Kith itself (a responder ending early): the call is elsewhere now,
  // and tearing anything down would cut off the conversation it is moving to.
  if (input.end === 'moved') return [];
  const call = await findCall(deps.db, input.callId);
  const language = call?.language ?? 'en';
  if (input.end === 'failed' && call && call.state !== 'ended') {
    const program = await getProgram(deps, call.program_id);
    if (input.attempt < HOLD_ATTEMPTS) {
      // The queue stays: a responder already connecting waits on it, and the caller rejoins it now.
      deps.logger.warn(
        { callId: call.id, attempt: input.attempt },
        'the provider could not hold a caller; holding them again',
      );
      return [sayIn(language)(messageFor(program, language, 'holdTrouble')), holdStep(call.id, input.attempt + 1)];
    }
    await removeHoldQueue(deps, input);
    await endCall(deps, call.id, 'no_answer');
    return [sayIn(language)(messageFor(program, language, 'noAnswer')), hangup];
  }
  await removeHoldQueue(deps, input);
  if (!call) return [hangup];
  if (input.end === 'left' && call.state === 'ringing') {
    await endCall(deps, call.id, 'no_answer');
    const program = await getProgram(deps, call.program_id);
    const spoken = call.language ?? program.languages[0] ?? 'en';
    return [sayIn(spoken)(messageFor(program, spoken, 'noAnswer')), hangup];
  }
  if (input.end === 'hungUp') {
    await callerLeftWaiting(deps, call.id);
    return [hangup];
  }
  await endCall(deps, call.id, 'caller_hung_up');
  // The conversation ended on the responder's side while the caller was still there.
  if (input.end === 'bridgeEnded' && call.language)
    return [
      sayIn(call.language)(messageFor(await getProgram(deps, call.program_id), call.language, 'callEnded')),
      hangup,
    ];
  return [hangup];
}

/** The caller's own queue is empty for good now; delete it so queues don't pile up at the provider. */
async function removeHoldQueue(deps: CallDeps, input: { callId: string; queueRef: string | undefined }): Promise<void> {
  if (!input.queueRef) return;
  await deps.provider
    .removeQueue(input.queueRef)
    .catch(() => deps.logger.warn({ callId: input.callId }, 'could not delete a hold queue'));
}
