import { handCallToMembers } from '../calls/service';
import { memberKeypadFor } from '../i18n/member-keypad';
import { hasVoice, sayVoiceFor } from '../i18n/languages';
import { memberText } from '../i18n/members';
import { menuLanguages } from '../program/messages';
import { getProgram } from '../program/service';
import type { Program } from '../program/types';
import { hangup, route, say, type VoiceStep } from '../telephony/plan';
import { codeBook, findKeyed } from './codes/book';
import { placeBook } from './places/book';
import { placeKeyed } from './places/said';
import type { RelayGate } from './relay-gate';
import { relayCode } from './relay';
import { firstSighting } from './repo';
import { findMemberRow, isDuressKeys, memberByNumber, memberPhoneIndex, type MemberRow } from './service';
import { hasPlan } from './plans/plans';
import type { MemberDeps } from './types';

/**
 * The pager by keypad: a member calls the line, presses * at the language menu (it is not said in the
 * menu: members learn it from the team, so callers in crisis hear nothing more), keys their
 * four-digit number, then a code's keys from the code book (GN is 1 by default), then #. Kith relays
 * it exactly as a texted code (relay.ts): the same people, the same gate, and the result spoken in
 * the words the text reply would have had. The member's danger word is keyed as its spelling on the
 * keypad's letters (BLUE is 2583): it is relayed as the safe code and heard as the safe code, and the
 * team gets the quiet alert. A place from the program's place book follows the code's keys: `*`, its
 * number, then # (GH at the library steps, place 1: `2*1#`); a number the book lacks is said plainly and
 * the code still goes, without a place. The place prompt is said only when the program has a book.
 *
 * As with texts, a member who gave a phone is recognised only calling from it (its keyed hash, the
 * number never kept); a member who gave none, from any phone, as the zine's pager was. A number that is
 * no member's and a member's number from another phone hear the same words. Until a member's number
 * is keyed the call is still a call: silence, or three numbers that are no member's, and it goes on
 * to the greeting and the team (a * pressed by mistake never keeps a person in crisis from a human).
 * Once it is, the call is handed over and leaves no record (calls/service.ts `handCallToMembers`);
 * three wrong codes, then goodbye.
 */
const DIGITS_OF_NUMBER = 4;
/** The longest danger word is 20 letters: 20 keys, then `*` and a place's number (a plan code, `*` and 6 to 12 digits, fits). # ends it sooner. */
const MAX_KEYS = 24;
const TRIES = 3;
const WAIT_SECONDS = 6;

/** The member's language if it has a voice, else the line's first voice language. */
export const speakIn = (program: Program, language: string) => {
  const spoken = hasVoice(language) ? language : (menuLanguages(program)[0] ?? 'en');
  return { language: spoken, say: (text: string) => say(text, sayVoiceFor(spoken)) };
};

/** What a member hears on the keypad: the language it is spoken in, a voice for it, and its words. */
export function memberVoice(program: Program, member: MemberRow) {
  const { language, say: speak } = speakIn(program, member.language);
  return { language, speak, words: memberKeypadFor(language) };
}

/** The program and the member keying on a call, with their voice; undefined when there is no such member. */
export async function keyingMember(deps: MemberDeps, programId: string, memberId: string) {
  const program = await getProgram(deps, programId);
  const member = await findMemberRow(deps, program.id, memberId);
  return member ? { program, member, ...memberVoice(program, member) } : undefined;
}

/** Back to the line: the greeting in the first language, and the team rung (calls/voice-flow.ts). */
const toTheLine = (callId: string): VoiceStep => ({ kind: 'redirect', to: route('language', { call: callId }) });

function askNumber(program: Program, callId: string, tries: number, before: VoiceStep[] = []): VoiceStep[] {
  const prompts = menuLanguages(program).map((l) => say(memberKeypadFor(l).numberPrompt, sayVoiceFor(l)));
  const next = route('memberNumber', { program: program.id, call: callId, tries: String(tries) });
  return [
    ...before,
    { kind: 'gather', digits: DIGITS_OF_NUMBER, timeoutSeconds: WAIT_SECONDS, next, prompts },
    toTheLine(callId),
  ];
}

async function askCode(
  deps: MemberDeps,
  program: Program,
  member: MemberRow,
  tries: number,
  before: VoiceStep[] = [],
): Promise<VoiceStep[]> {
  const { speak, words } = memberVoice(program, member);
  const next = route('memberCode', { program: program.id, member: member.id, tries: String(tries) });
  // A place after the code (only when the program has a book), and `*`, the plan code and # to open the
  // member's plan for this call (plans/keypad.ts): each said only when it applies.
  const places = (await placeBook(deps.db, program.id)).length > 0;
  const prompts = [
    speak(words.codePrompt),
    ...(places ? [speak(words.placePrompt)] : []),
    ...((await hasPlan(deps, member.id)) ? [speak(words.planHint)] : []),
  ];
  return [
    ...before,
    { kind: 'gather', digits: MAX_KEYS, timeoutSeconds: WAIT_SECONDS, next, prompts },
    speak(words.goodbye),
    hangup,
  ];
}

/** After * at the menu: the member number, asked in each of the menu's languages. */
export function keypadBegins(program: Program, callId: string): VoiceStep[] {
  return askNumber(program, callId, 1);
}

export async function memberNumberKeyed(
  deps: MemberDeps,
  input: { programId: string; callId: string; digits: string | undefined; from: string | undefined; tries: number },
): Promise<VoiceStep[]> {
  const program = await getProgram(deps, input.programId);
  const member = input.digits ? await memberByNumber(deps, program.id, input.digits) : undefined;
  const fromTheirPhone =
    member !== undefined &&
    (member.phone_index === null ||
      (input.from !== undefined && memberPhoneIndex(deps, input.from) === member.phone_index));
  if (member && fromTheirPhone) {
    // A retried webhook finds the call handed over already: the code is asked all the same.
    await handCallToMembers(deps, input.callId);
    return askCode(deps, program, member, 1);
  }
  const first = speakIn(program, menuLanguages(program)[0] ?? 'en');
  const notFound = first.say(memberKeypadFor(first.language).notFound);
  if (input.tries >= TRIES) return [notFound, toTheLine(input.callId)];
  return askNumber(program, input.callId, input.tries + 1, [notFound]);
}

export async function memberCodeKeyed(
  deps: MemberDeps,
  gate: RelayGate,
  input: { programId: string; memberId: string; digits: string | undefined; callRef: string; tries: number },
): Promise<VoiceStep[]> {
  const keying = await keyingMember(deps, input.programId, input.memberId);
  if (!keying) return [hangup];
  const { program, member, language, speak, words } = keying;
  // The code's keys, then (after *) a place's number.
  const [digits = '', ...afterStar] = (input.digits ?? '').split('*');
  const book = await codeBook(deps.db, program.id);
  const duress = digits !== '' && isDuressKeys(deps, member, digits);
  const code = duress ? book.find((c) => c.meaning === 'safe') : findKeyed(book, digits);
  if (!code) {
    if (input.tries >= TRIES) return [speak(words.noSuchCode), speak(words.goodbye), hangup];
    return askCode(deps, program, member, input.tries + 1, [speak(words.noSuchCode)]);
  }
  // One code per call: a provider's retry of this request relays nothing twice.
  if (!(await firstSighting(deps.db, deps.keys.index('member', `call:${input.callRef}`), deps.clock.now())))
    return [speak(words.goodbye), hangup];
  const { place, unknown } = placeKeyed(await placeBook(deps.db, program.id), afterStar.join('*'));
  const reply = (await relayCode(deps, gate, program, { member, code, duress, place })) ?? 'tooMany';
  // On a call a refusal is always said: speaking costs no text. A place the book lacks is named plainly.
  const noPlace =
    unknown === undefined || reply === 'tooMany' ? [] : [memberText(language, 'noSuchPlace', { place: unknown })];
  return [speak(memberText(language, reply)), ...noPlace.map(speak), speak(words.goodbye), hangup];
}
