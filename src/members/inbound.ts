import type { ResponderTextHandler } from '../conversations/responder-sms';
import { isWordOf, membersCatalogFor, memberText } from '../i18n/members';
import { DomainError } from '../platform/errors';
import type { Program } from '../program/types';
import { getResponder } from '../responders/service';
import {
  acknowledged,
  MAX_CHECK_INS,
  setCheckIn,
  timeLabel,
  watchAnswered,
  type NewCheckIn,
} from './check-ins/check-ins';
import { codeBook, findCode, meaningIn, type Code } from './codes/book';
import type { RelayGate } from './relay-gate';
import { relayCode } from './relay';
import { countJoin, joinCodeIn } from './join-codes';
import { placeBook } from './places/book';
import { placeTexted } from './places/said';
import { planText } from './plans/sms';
import { firstSighting } from './repo';
import { enrol, isDuressWord, leave, memberByNumber, memberByPhone, peerRowsOf, type MemberRow } from './service';
import type { MemberDeps } from './types';

export interface MemberTextIn {
  messageRef: string;
  from: string;
  body: string;
}

const MEMBER_NUMBER = /^\d{4}$/;

/**
 * A text to the line that is a member's: from an enrolled phone (found by its keyed hash), a join
 * code, or "4821 GN" for a member who gave no phone (the zine's pager, from any phone). Returns the
 * replies, or undefined when the text is not for members: it then reaches the team as any text does
 * (a member in crisis is a person reaching out). The words of a code's place are relayed and dropped.
 */
export async function memberTexted(
  deps: MemberDeps,
  gate: RelayGate,
  program: Program,
  text: MemberTextIn,
): Promise<string[] | undefined> {
  const tokens = text.body
    .trim()
    .split(/\s+/u)
    .filter((t) => t !== '');
  const member = await memberByPhone(deps, program.id, text.from);
  const once = () => firstSighting(deps.db, deps.keys.index('member', `text:${text.messageRef}`), deps.clock.now());

  if (!member) {
    const join = await joinCodeIn(deps, program.id, text.body);
    if (join) {
      if (!(await once())) return [];
      const joined = await enrol(deps, program, { name: null, language: join.language, phone: text.from });
      await countJoin(deps, join.id);
      return [await welcome(deps, program, joined.number, joined.language)];
    }
    // The pager from any phone: only for a member who gave none (else their own phone is the proof).
    const [number, word, ...place] = tokens;
    if (!number || !word || !MEMBER_NUMBER.test(number)) return undefined;
    const owner = await memberByNumber(deps, program.id, number);
    if (!owner || owner.phone_sealed !== null) return undefined;
    return codeText(deps, gate, program, owner, word, place, once);
  }

  const language = member.language;
  const rest = tokens[0] === member.number ? tokens.slice(1) : tokens;
  const [first, ...after] = rest;
  if (first === undefined) return undefined;
  if (rest.length === 1 && isWordOf(first, 'leaveWords')) {
    if (!(await once())) return [];
    await leave(deps, program.id, member.id);
    return [memberText(language, 'left', { program: program.name })];
  }
  // "4821 OK" from one of 4821's people: they have it.
  if (MEMBER_NUMBER.test(first) && after.length === 1 && isWordOf(after[0] ?? '', 'okWords')) {
    const other = await memberByNumber(deps, program.id, first);
    const mine = other ? (await peerRowsOf(deps, other.id)).some((p) => p.peer_member_id === member.id) : false;
    if (!other || !mine) return undefined;
    if (!(await once())) return [];
    return (await acknowledged(deps.db, other.id)) ? [memberText(language, 'acked')] : [];
  }
  if (isWordOf(first, 'planWords')) {
    if (!(await once())) return [];
    return [await planText(deps, program, member, text.from, after.join(' '))];
  }
  if (isWordOf(first, 'checkWords') || isWordOf(first, 'watchWords')) {
    const set = await checkInText(deps, program, member, isWordOf(first, 'watchWords') ? 'watch' : 'once', after);
    if (set) return set;
  }
  const coded = await codeText(deps, gate, program, member, first, after, once);
  if (coded) return coded;
  // Any other text answers a daily check; a plain "OK" is only that, anything more also reaches the team.
  const waited = await watchAnswered(deps.db, member.id);
  if (waited && rest.length === 1 && isWordOf(first, 'okWords')) return [memberText(language, 'watchThanks')];
  return undefined;
}

async function welcome(deps: MemberDeps, program: Program, number: string, language: string): Promise<string> {
  const codes = (await codeBook(deps.db, program.id))
    .map((c) => memberText(language, 'codeItem', { code: c.code, meaning: meaningIn(c, language) }))
    .join(', ');
  return memberText(language, 'welcome', { program: program.name, number, codes });
}

/**
 * A code (or the member's danger word) with an optional place: a number from the place book (`GH P2`)
 * or the member's own words (`GH corner store`), relayed and never stored. The danger word is relayed exactly as
 * the safe code is and answered with exactly the same reply, so nothing on the member's phone or their
 * people's differs; only the team on call also gets a quiet alert (relay.ts).
 */
async function codeText(
  deps: MemberDeps,
  gate: RelayGate,
  program: Program,
  member: MemberRow,
  word: string,
  placeWords: string[],
  once: () => Promise<boolean>,
): Promise<string[] | undefined> {
  const book = await codeBook(deps.db, program.id);
  const duress = isDuressWord(deps, member, word);
  const code: Code | undefined = duress ? book.find((c) => c.meaning === 'safe') : findCode(book, word);
  if (!code) return undefined;
  if (!(await once())) return [];
  const { place, unknown } = placeTexted(await placeBook(deps.db, program.id), placeWords);
  const reply = await relayCode(deps, gate, program, { member, code, duress, place });
  if (reply === undefined) return [];
  const said = memberText(member.language, reply);
  // A number the book lacks is named plainly; the code went all the same, without a place.
  if (unknown === undefined || reply === 'tooMany') return [said];
  return [`${said} ${memberText(member.language, 'noSuchPlace', { place: unknown })}`];
}

/** "CHECK 3:00" (by then, the safe code) or "WATCH 19:00 14" (each day at 19:00 for 14 days). */
async function checkInText(
  deps: MemberDeps,
  program: Program,
  member: MemberRow,
  kind: 'once' | 'watch',
  args: string[],
): Promise<string[] | undefined> {
  const [time, days] = args;
  if (!time) return undefined;
  const input: NewCheckIn = { kind, time, ...(days === undefined ? {} : { days: Number(days) }) };
  try {
    return [await setCheckInFor(deps, program, member, input)];
  } catch (error) {
    // Full: said plainly. Anything else (not a time) is not a check-in: it reaches the team as a text.
    if (error instanceof DomainError && error.code === 'conflict')
      return [memberText(member.language, 'checkInsFull', { max: MAX_CHECK_INS })];
    return undefined;
  }
}

/** Sets a check-in and returns the plain words that tell the member what will happen (never police). */
export async function setCheckInFor(
  deps: MemberDeps,
  program: Program,
  member: MemberRow,
  input: NewCheckIn,
): Promise<string> {
  const row = await setCheckIn(
    deps.db,
    { programId: program.id, memberId: member.id, zone: program.timeZone, now: deps.clock.now() },
    input,
  );
  const time = timeLabel(row.local_minute);
  const safe = (await codeBook(deps.db, program.id)).find((c) => c.meaning === 'safe');
  return row.kind === 'once'
    ? memberText(member.language, 'checkInSet', { code: safe?.code ?? 'OK', time })
    : memberText(member.language, 'watchSet', { time, days: row.days_left });
}

/** A responder who is one of a member's people answering a missed check-in from their phone: "4821 OK". */
export function peerAckHandler(deps: MemberDeps): ResponderTextHandler {
  const parse = (body: string) => {
    const [number, word, ...more] = body.trim().split(/\s+/u);
    return number && word && more.length === 0 && MEMBER_NUMBER.test(number) && isWordOf(word, 'okWords')
      ? number
      : undefined;
  };
  return {
    claims: (body) => parse(body) !== undefined,
    async texted(program, { responderId, body }) {
      const me = await getResponder(deps, program.id, responderId);
      const language = me.languages[0] ?? 'en';
      const member = await memberByNumber(deps, program.id, parse(body) ?? '');
      const mine = member ? (await peerRowsOf(deps, member.id)).some((p) => p.peer_responder_id === me.id) : false;
      if (!member || !mine) return [];
      return (await acknowledged(deps.db, member.id)) ? [membersCatalogFor(language).acked] : [];
    },
  };
}
