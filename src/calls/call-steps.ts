import { catalogFor, hasCatalog } from '../i18n';
import { sayVoiceFor } from '../i18n/languages';
import { getProgram } from '../program/service';
import { route, say, type VoiceStep } from '../telephony/plan';
import type { CallDeps } from './deps';
import { findCall, findLeg, responderLanguages } from './repo';

/** Pieces every moment of a call shares: how to speak in a language, the caller's queue, a responder's leg. */

/** A sentence in a language, spoken in that language's provider voice (i18n/languages.ts). */
export const sayIn = (language: string) => (text: string) => say(text, sayVoiceFor(language));
/** Each caller waits in a queue of their own, named by the call (never by a number). */
export const queueName = (callId: string) => `kith-${callId}`;

/** Routes on a responder's leg carry our call and leg ids (never a number). */
export const legRoute = (
  name: 'legChoice' | 'legAnswer' | 'legWait' | 'legAfter' | 'legReport',
  input: { callId: string; legId: string },
) => route(name, { call: input.callId, leg: input.legId });

/**
 * How long a responder who pressed 1 waits for the held caller. Twilio's `<Dial><Queue>` on an empty
 * queue waits for its whole timeout (30 s by default) for someone to join; a caller who hung up as the
 * responder pressed 1 never will, so the responder should hear that soon, not after 30 s of silence.
 * Only used once the caller has reached their queue (a queue that does not exist yet is an error at
 * once, not a wait: https://www.twilio.com/docs/voice/twiml/queue); before that, see early-accept.ts.
 */
const CONNECT_WAIT_SECONDS = 10;

/**
 * Bridges the responder to the caller held in the call's queue, at once: the answer to their press
 * of 1 is this `<Dial>` and nothing before it. The caller's "Connecting you now." is the queue's own
 * announcement (`callerPrompt`, Twilio's `<Queue url>`: a document the provider plays to the dequeued
 * caller just before the bridge), so press to bridge is that one line and one request to Kith. What
 * the star key does was in the whisper (or in `whisperEarly`), so the responder hears nothing here.
 */
export function connectSteps(input: { callId: string; legId: string }): VoiceStep[] {
  return [
    {
      kind: 'connect',
      queue: queueName(input.callId),
      callerPrompt: route('connected', { call: input.callId }),
      after: legRoute('legAfter', input),
      timeoutSeconds: CONNECT_WAIT_SECONDS,
    },
  ];
}

/** The call, its program, and the language to speak to this leg's responder in. */
export async function legContext(deps: CallDeps, input: { callId: string; legId: string }) {
  const [call, leg] = await Promise.all([findCall(deps.db, input.callId), findLeg(deps.db, input.legId)]);
  if (!call || !leg || leg.call_id !== call.id) return undefined;
  const program = await getProgram(deps, call.program_id);
  const spoken = await responderLanguages(deps.db, leg.responder_id);
  const language = spoken.find(hasCatalog) ?? program.languages.find(hasCatalog) ?? 'en';
  return { call, leg, program, language, text: catalogFor(language) };
}
