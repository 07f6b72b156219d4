import { catalogFor, fill } from '../i18n';
import { isOpenAt } from '../program/hours';
import { menuLanguages, messageFor } from '../program/messages';
import { getProgram } from '../program/service';
import type { Program } from '../program/types';
import { hangup, route, type VoiceStep } from '../telephony/plan';
import { availableOnCall, routeIncoming } from './availability';
import type { CallDeps } from './deps';
import { acceptedEarly, callerGoneBeforeHeld } from './early-accept';
import { connectSteps, legContext, legRoute, sayIn } from './call-steps';
import { holdStep } from './holding';
import { newCallRow } from './records';
import {
  acceptLeg,
  closeCall,
  declineLeg,
  endCall,
  legStatusChanged,
  markScreening,
  recordEndReason,
  releaseAcceptedLeg,
} from './lifecycle';
import { findCall, findCallByKey, findLeg, updateCallIf } from './repo';
import { insertCallOnce } from './repo/incoming';
import { advanceRinging } from './ringing';

/**
 * What each moment of a call sounds like. Every function here answers one provider request with
 * the next steps; the provider adapter renders them. Nothing here knows about HTTP or TwiML.
 */
export { legWait } from './early-accept';
/** A number Kith does not serve (or was moved): say nothing that reveals anything, and hang up. */
const NOT_IN_SERVICE: VoiceStep[] = [hangup];

export async function incomingCall(
  deps: CallDeps,
  input: { providerCallRef: string; to: string },
): Promise<VoiceStep[]> {
  const now = deps.clock.now();
  const routed = await routeIncoming(deps, input.to, now);
  if (!routed) return NOT_IN_SERVICE;
  const { program } = routed;
  // The keypad menu offers only languages the provider can speak; the others are for texts and chat.
  const offered = menuLanguages(program);
  const [defaultLanguage = 'en', ...others] = offered;
  // One language, open, someone to ring: the call is stored already ringing (one write, not two).
  const ringsNow = others.length === 0 && routed.available.length > 0 && isOpenAt(program.hours, program.timeZone, now);
  const row = newCallRow(deps.keys, {
    programId: program.id,
    providerCallRef: input.providerCallRef,
    now,
    ...(ringsNow ? { ringingIn: defaultLanguage } : {}),
  });
  const call = await insertCallOnce(deps.db, row);
  if (ringsNow && call.id === row.id) {
    // Ringing begins with the disclosures, as in afterLanguage (why: there).
    deps.background.run('ringing the team', async () => {
      await advanceRinging(deps, call.id);
    });
    deps.live.publish(program.id, 'calls');
    return [...welcome(program, defaultLanguage), holdStep(call.id, 1)];
  }
  // afterLanguage publishes once it has decided (a provider's retry of this webhook lands here too).
  if (others.length === 0) return afterLanguage(deps, program, call.id, defaultLanguage);
  deps.live.publish(program.id, 'calls');
  // The menu comes first, before any greeting: a Spanish speaker should not meet English first. Each
  // offer in its own language and voice ("Para español, marque 2" in the Spanish voice); the greeting
  // follows in the language chosen, or in the first one when no key is pressed (languageChosen).
  const choices = offered.map((language, i) => sayIn(language)(messageFor(program, language, 'languageChoice', i + 1)));
  return [
    { kind: 'gather', digits: 1, timeoutSeconds: 3, next: route('language', { call: call.id }), prompts: choices },
    { kind: 'redirect', to: route('language', { call: call.id }) },
  ];
}

/** The greeting and the line's promises, in the caller's language. */
function welcome(program: Program, language: string): VoiceStep[] {
  const speak = sayIn(language);
  return [speak(messageFor(program, language, 'greeting')), speak(messageFor(program, language, 'disclosures'))];
}

export async function languageChosen(
  deps: CallDeps,
  input: { callId: string; digits: string | undefined },
): Promise<VoiceStep[]> {
  const call = await findCall(deps.db, input.callId);
  if (!call || call.state === 'ended') return [hangup];
  const program = await getProgram(deps, call.program_id);
  const index = input.digits ? Number.parseInt(input.digits, 10) - 1 : 0;
  const offered = menuLanguages(program);
  const language = offered[index] ?? offered[0] ?? 'en';
  return afterLanguage(deps, program, call.id, language);
}

/**
 * The greeting and the disclosures, then the hold queue; ringing starts as they begin. Off hours, the
 * greeting and the hours; with nobody to ring, the greeting, the disclosures and the no-answer message.
 */
async function afterLanguage(deps: CallDeps, program: Program, callId: string, language: string): Promise<VoiceStep[]> {
  const speak = sayIn(language);
  const now = deps.clock.now();
  if (!isOpenAt(program.hours, program.timeZone, now)) {
    await closeCall(deps, callId, ['greeting'], {
      language,
      state: 'ended',
      outcome: 'off_hours',
      ended_at: now,
      updated_at: now,
    });
    deps.live.publish(program.id, 'calls');
    return [speak(messageFor(program, language, 'greeting')), speak(messageFor(program, language, 'offHours')), hangup];
  }
  if ((await availableOnCall(deps, program, now)).length === 0) {
    // Nobody could be rung: say so at once rather than hold a person in crisis in silence.
    await closeCall(deps, callId, ['greeting'], {
      language,
      state: 'ended',
      outcome: 'no_answer',
      ended_at: now,
      updated_at: now,
    });
    deps.live.publish(program.id, 'calls');
    return [...welcome(program, language), speak(messageFor(program, language, 'noAnswer')), hangup];
  }
  // Ringing begins now, while the caller hears the disclosures: the team's phones need not wait for
  // the promises, only the caller's connection does (early-accept.ts). The ring timeout and the
  // backup tier count from here. In the background: the caller hears the disclosures at once.
  if (
    await updateCallIf(deps.db, callId, ['greeting'], {
      language,
      state: 'ringing',
      ring_started_at: now,
      updated_at: now,
    })
  )
    deps.background.run('ringing the team', async () => {
      await advanceRinging(deps, callId);
    });
  deps.live.publish(program.id, 'calls');
  return [...welcome(program, language), holdStep(callId, 1)];
}

/**
 * A member who keyed their plan code at the menu (src/members/plans/keypad.ts) goes on as any caller
 * would after choosing a language: the greeting, the promises, the hold, the team rung.
 */
export async function goOnAfterMenu(deps: CallDeps, callId: string, language: string): Promise<VoiceStep[]> {
  const call = await findCall(deps.db, callId);
  if (!call || call.state === 'ended') return [hangup];
  return afterLanguage(deps, await getProgram(deps, call.program_id), call.id, language);
}

export async function callerConnected(deps: CallDeps, input: { callId: string }): Promise<VoiceStep[]> {
  const call = await findCall(deps.db, input.callId);
  if (!call) return [];
  const language = call.language ?? 'en';
  return [sayIn(language)(messageFor(await getProgram(deps, call.program_id), language, 'connected'))];
}

/** Played to the caller when the responder ends the call early through the API. */
export async function responderEnded(deps: CallDeps, input: { callId: string }): Promise<VoiceStep[]> {
  const call = await findCall(deps.db, input.callId);
  if (!call) return [hangup];
  const language = call.language ?? 'en';
  await endCall(deps, call.id, 'caller_hung_up');
  return [sayIn(language)(messageFor(await getProgram(deps, call.program_id), language, 'responderEnded')), hangup];
}

/** Whispers to the responder who picked up; only a keypress of 1 can connect them. */
export async function legAnswered(deps: CallDeps, input: { callId: string; legId: string }): Promise<VoiceStep[]> {
  const context = await legContext(deps, input);
  if (!context) return [hangup];
  const { call, program, language } = context;
  const speak = sayIn(language);
  const text = catalogFor(language);
  if (call.state !== 'ringing')
    return [speak(call.state === 'connected' ? text.whisperTaken : text.whisperGone), hangup];
  await markScreening(deps, input.legId);
  const prompts = [speak(fill(text.whisper, { program: program.name }))];
  if (call.language && call.language !== program.languages[0]) {
    const name = new Intl.DisplayNames([language], { type: 'language' }).of(call.language) ?? call.language;
    prompts.push(speak(fill(text.whisperCallerLanguage, { language: name })));
  }
  // Asked twice; no keypress (a voicemail, a pocket) falls through to hang up: it never takes the call.
  const ask: VoiceStep = { kind: 'gather', digits: 1, timeoutSeconds: 5, next: legRoute('legChoice', input), prompts };
  return [ask, ask, hangup];
}

export async function legChoice(
  deps: CallDeps,
  input: { callId: string; legId: string; digits: string | undefined },
): Promise<VoiceStep[]> {
  const context = await legContext(deps, input);
  if (!context) return [hangup];
  const speak = sayIn(context.language);
  const text = catalogFor(context.language);
  if (input.digits === '2') {
    await declineLeg(deps, input.legId);
    await advanceRinging(deps, input.callId);
    return [speak(text.whisperDeclined), hangup];
  }
  if (input.digits !== '1') return [{ kind: 'redirect', to: legRoute('legAnswer', input) }];
  const result = await acceptLeg(deps, input.callId, input.legId);
  if (result === 'connected') {
    // The caller may still be hearing the disclosures: they are never cut short, so the responder waits.
    const held = (await findCall(deps.db, input.callId))?.held_at != null;
    return held ? connectSteps(input) : acceptedEarly(input, speak, text.whisperEarly);
  }
  return [speak(result === 'taken' ? text.whisperTaken : text.whisperGone), hangup];
}

/**
 * The responder's side after the conversation: end the call record, and ask if it ended early. If
 * they were never connected (the caller hung up as they pressed 1), they hear so plainly instead.
 */
export async function legAfter(
  deps: CallDeps,
  input: { callId: string; legId: string; bridged: boolean },
): Promise<VoiceStep[]> {
  const context = await legContext(deps, input);
  if (!context) return [hangup];
  const { call, language } = context;
  const text = catalogFor(language);
  const speak = sayIn(language);
  if (call.accepted_leg_id !== input.legId) return [speak(text.whisperGone), hangup];
  if (!input.bridged) {
    if (call.state === 'ended') return [speak(text.whisperHungUp), hangup];
    // The caller may still be waiting (the provider lost them between queues): ring the team again.
    await releaseAcceptedLeg(deps, input.callId, input.legId);
    return [speak(text.whisperNotConnected), hangup];
  }
  await endCall(deps, input.callId, 'caller_hung_up');
  return [
    {
      kind: 'gather',
      digits: 1,
      timeoutSeconds: 6,
      next: legRoute('legReport', input),
      prompts: [speak(text.afterCall)],
    },
    hangup,
  ];
}

export async function legReport(
  deps: CallDeps,
  input: { callId: string; legId: string; digits: string | undefined },
): Promise<VoiceStep[]> {
  const context = await legContext(deps, input);
  if (!context || context.call.accepted_leg_id !== input.legId) return [hangup];
  if (input.digits === '1' || input.digits === '2')
    await recordEndReason(deps, input.callId, input.digits === '1' ? 'mistake' : 'must_end');
  return [sayIn(context.language)(catalogFor(context.language).afterCallThanks), hangup];
}

export async function legStatus(
  deps: CallDeps,
  input: { callId: string; legId: string; status: string },
): Promise<void> {
  const leg = await findLeg(deps.db, input.legId);
  if (!leg || leg.call_id !== input.callId) return;
  if (await legStatusChanged(deps, input.legId, input.status)) await advanceRinging(deps, input.callId);
}

/** The caller's own leg ended (the number's status callback): they hung up, maybe mid-greeting. */
export async function callerStatus(deps: CallDeps, input: { providerCallRef: string; status: string }): Promise<void> {
  if (!['completed', 'busy', 'no-answer', 'failed', 'canceled'].includes(input.status)) return;
  const call = await findCallByKey(deps.db, deps.keys.index('call', input.providerCallRef));
  if (!call) return;
  if (!(await callerGoneBeforeHeld(deps, call))) await endCall(deps, call.id, 'caller_hung_up');
}
