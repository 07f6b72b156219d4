import type { CallRow } from '../db/schema';
import { messageFor } from '../program/messages';
import type { Program } from '../program/types';
import { hangup, type VoiceStep } from '../telephony/plan';
import type { CallDeps } from './deps';
import { connectSteps, legContext, legRoute, sayIn } from './call-steps';
import { callerLeftWaiting, releaseAcceptedLeg } from './lifecycle';
import { findLeg } from './repo';

/**
 * Responders are rung while the caller hears the line's promises (the disclosures), so one may press
 * 1 before the caller has reached their hold queue. The caller is never cut short: the responder hears
 * so and waits on the line, and is joined the moment the caller reaches the queue (the first hold tick
 * redirects their leg here; a short poll covers a redirect the provider refused). `<Dial><Queue>`
 * cannot do this wait for us: it waits on an empty queue, but a queue not yet made by the caller's
 * `<Enqueue>` is an error at once (https://www.twilio.com/docs/voice/twiml/queue).
 */

/** How often a waiting responder's leg asks again; the hold tick's redirect usually comes first. */
const POLL_SECONDS = 3;
/**
 * Seconds per word of the slowest speech we expect from the provider's voices (100 words a minute;
 * they speak 150–180), so a responder is never given up on while the caller is still listening.
 */
const SLOW_SECONDS_PER_WORD = 0.6;
/** Beyond the words: the menu's pauses and the provider's own gaps between requests. */
const PROMISES_MARGIN_SECONDS = 20;

/**
 * The longest the caller can take, from when ringing began, to hear what precedes their queue: the
 * greeting (if ringing began before it) and the disclosures in their language. Past this, something
 * other than the promises keeps them apart (a fault at the provider), and the responder is let go.
 */
export function promisesBoundMs(program: Program, language: string): number {
  const words = ['greeting', 'disclosures'] as const;
  const count = words
    .map(
      (key) =>
        messageFor(program, language, key)
          .split(/\s+/)
          .filter((w) => w !== '').length,
    )
    .reduce((a, b) => a + b, 0);
  return Math.ceil(count * SLOW_SECONDS_PER_WORD + PROMISES_MARGIN_SECONDS) * 1000;
}

const waitSteps = (input: { callId: string; legId: string }): VoiceStep[] => [
  { kind: 'pause', seconds: POLL_SECONDS },
  { kind: 'redirect', to: legRoute('legWait', input) },
];

/** What a responder who just won the call hears while the caller still hears the promises. */
export function acceptedEarly(
  input: { callId: string; legId: string },
  speak: (text: string) => VoiceStep,
  text: string,
) {
  return [speak(text), ...waitSteps(input)];
}

/** Asked by a waiting responder's leg: join the caller, keep waiting, or say why not. */
export async function legWait(deps: CallDeps, input: { callId: string; legId: string }): Promise<VoiceStep[]> {
  const context = await legContext(deps, input);
  if (!context) return [hangup];
  const { call, program, text } = context;
  const speak = sayIn(context.language);
  if (call.accepted_leg_id !== input.legId) return [speak(text.whisperGone), hangup];
  if (call.state === 'ended') return [speak(text.whisperHungUp), hangup];
  if (call.held_at !== null) return connectSteps(input);
  const language = call.language ?? program.languages[0] ?? 'en';
  if (deps.clock.now() >= (call.ring_started_at ?? call.started_at) + promisesBoundMs(program, language)) {
    await releaseAcceptedLeg(deps, input.callId, input.legId);
    return [speak(text.whisperNotConnected), hangup];
  }
  return waitSteps(input);
}

/**
 * The caller reached their queue (or hung up before it) while a responder who accepted early waits:
 * tell that responder's leg now rather than at its next poll. In the background: the caller's request
 * does not wait on the provider, and a refused redirect only means the poll answers a little later.
 */
export async function wakeWaitingResponder(deps: CallDeps, call: CallRow): Promise<void> {
  if (call.state !== 'connected' || !call.accepted_leg_id) return;
  const leg = await findLeg(deps.db, call.accepted_leg_id);
  const ref = leg?.provider_leg_ref;
  if (!leg || !ref) return;
  deps.background.run('joining a responder who accepted early', async () => {
    await deps.provider.redirectCall(ref, legRoute('legWait', { callId: call.id, legId: leg.id }));
  });
}

/**
 * The caller hung up before reaching their queue, after a responder accepted: nobody was ever
 * connected to them (the record says so, not "answered"), and the waiting responder hears it now.
 */
export async function callerGoneBeforeHeld(deps: CallDeps, call: CallRow): Promise<boolean> {
  if (call.state !== 'connected' || call.held_at !== null) return false;
  await callerLeftWaiting(deps, call.id);
  await wakeWaitingResponder(deps, call);
  return true;
}
