import { randomInt } from 'node:crypto';
import { isUniqueViolation } from '../db/open';
import { MEMBER_LANGUAGES } from '../i18n/members';
import { DomainError, invalid, notFound, type FieldProblem } from '../platform/errors';
import { newId } from '../platform/ids';
import { toE164 } from '../platform/phone';
import { controlProblem } from '../platform/text';
import type { Program } from '../program/types';
import { keypadSpelling } from './codes/keypad';
import * as repo from './repo';
import type { Member, MemberDeps, MemberInput, Peer } from './types';

/**
 * Members: enrol with the least possible, change, leave. A member's phone is sealed under the
 * server's keys bound to their row (as a responder's is) and found by a keyed hash of its own purpose
 * (`member`), so a member's row never matches a texter's or a responder's hash; the name, if any,
 * is sealed the same way. Leaving deletes everything in one transaction.
 */

/** Four digits, drawn at random: a number in the program cannot be guessed from the one before it. */
const NUMBER_MIN = 1000;
const NUMBER_MAX = 10_000;
export const MAX_PEERS = 8;

export const memberPhoneIndex = (deps: Pick<MemberDeps, 'keys'>, phone: string): string =>
  deps.keys.index('member', `phone:${phone}`);

/** Bound to the member: the same word as someone else's duress word is a different hash. */
export const duressIndex = (deps: Pick<MemberDeps, 'keys'>, memberId: string, word: string): string =>
  deps.keys.index('member', `duress:${memberId}:${word}`);

/** The danger word as keyed on a call (its keypad spelling), hashed the same way under its own prefix. */
export const duressKeysIndex = (deps: Pick<MemberDeps, 'keys'>, memberId: string, digits: string): string =>
  deps.keys.index('member', `duress-keys:${memberId}:${digits}`);

function cleanInput(program: Program, input: MemberInput): MemberInput {
  const problems: FieldProblem[] = [];
  const name = input.name?.trim() || null;
  if (name !== null) {
    const problem = controlProblem('/name', name, true);
    if (problem) problems.push(problem);
  }
  if (!MEMBER_LANGUAGES.includes(input.language) || !program.languages.includes(input.language))
    problems.push({
      field: '/language',
      message: 'must be one of the program’s languages that members can be texted in',
    });
  let phone: string | null = null;
  if (input.phone !== null && input.phone.trim() !== '') {
    phone = toE164(input.phone, program.defaultCountry) ?? null;
    // The message never repeats the number: errors reach logs and screens.
    if (!phone) problems.push({ field: '/phone', message: 'is not a valid phone number' });
    else if (phone === program.phoneNumber)
      problems.push({ field: '/phone', message: 'is the community number itself' });
  }
  if (problems.length > 0) throw invalid(problems);
  return { name, language: input.language, phone };
}

const duplicatePhone = () =>
  new DomainError('conflict', 'Another member already has that phone number', [
    { field: '/phone', message: 'is already a member’s number' },
  ]);

export async function enrol(deps: MemberDeps, program: Program, input: MemberInput): Promise<Member> {
  const clean = cleanInput(program, input);
  const now = deps.clock.now();
  for (let attempt = 0; ; attempt++) {
    const id = newId('mbr');
    const number = String(randomInt(NUMBER_MIN, NUMBER_MAX));
    if (await repo.numberTaken(deps.db, program.id, number)) continue;
    try {
      await repo.insertMember(deps.db, {
        id,
        program_id: program.id,
        number,
        name_sealed: clean.name ? deps.keys.seal(clean.name, id) : null,
        language: clean.language,
        phone_sealed: clean.phone ? deps.keys.seal(clean.phone, id) : null,
        phone_index: clean.phone ? memberPhoneIndex(deps, clean.phone) : null,
        duress_index: null,
        duress_keys_index: null,
        created_at: now,
        updated_at: now,
      });
      return getMember(deps, program.id, id);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // The phone is someone's already, or two enrolments drew one number at once: only the second is retried.
      if (clean.phone && (await repo.memberByPhoneIndex(deps.db, program.id, memberPhoneIndex(deps, clean.phone))))
        throw duplicatePhone();
      if (attempt >= 5) throw error;
    }
  }
}

function present(deps: MemberDeps, row: repo.MemberRow, peers: repo.PeerRow[], numbers: Map<string, string>): Member {
  return {
    id: row.id,
    number: row.number,
    name: row.name_sealed ? deps.keys.open(row.name_sealed, row.id) : null,
    language: row.language,
    hasPhone: row.phone_sealed !== null,
    hasDuressWord: row.duress_index !== null,
    peers: peers.map((p): Peer =>
      p.peer_member_id
        ? { kind: 'member', memberId: p.peer_member_id, number: numbers.get(p.peer_member_id) ?? '' }
        : { kind: 'responder', responderId: p.peer_responder_id ?? '' },
    ),
    createdAt: row.created_at,
  };
}

export async function listMembers(deps: MemberDeps, programId: string): Promise<Member[]> {
  const rows = await repo.listMembers(deps.db, programId);
  const numbers = new Map(rows.map((r) => [r.id, r.number]));
  const peers = await repo.peersOf(
    deps.db,
    rows.map((r) => r.id),
  );
  return rows.map((row) =>
    present(
      deps,
      row,
      peers.filter((p) => p.member_id === row.id),
      numbers,
    ),
  );
}

export async function getMember(deps: MemberDeps, programId: string, id: string): Promise<Member> {
  const member = (await listMembers(deps, programId)).find((m) => m.id === id);
  if (!member) throw notFound('Member');
  return member;
}

export interface MemberPatch {
  name?: string | null;
  language?: string;
  phone?: string | null;
  /** The member's own danger word; null removes it. */
  duressWord?: string | null;
  /** Chosen people: member numbers or responder ids. */
  peers?: ({ memberNumber: string } | { responderId: string })[];
}

export async function changeMember(
  deps: MemberDeps,
  program: Program,
  id: string,
  patch: MemberPatch,
  book: readonly { code: string; keys: string | null }[],
): Promise<Member> {
  const row = await repo.findMember(deps.db, program.id, id);
  if (!row) throw notFound('Member');
  const current = await getMember(deps, program.id, id);
  const currentPhone = row.phone_sealed ? deps.keys.open(row.phone_sealed, row.id) : null;
  const clean = cleanInput(program, {
    name: patch.name === undefined ? current.name : patch.name,
    language: patch.language ?? current.language,
    phone: patch.phone === undefined ? currentPhone : patch.phone,
  });
  const problems: FieldProblem[] = [];
  let duress: { word: string | null; keys: string | null } | undefined;
  if (patch.duressWord !== undefined) {
    const word = patch.duressWord?.trim().toUpperCase() ?? '';
    // Keyed on a call, the word is its keypad spelling; it must not key a code either (else GN's
    // twin could never be told from GN).
    const keys = keypadSpelling(word);
    if (word === '') duress = { word: null, keys: null };
    else if (!/^[\p{L}\p{N}]{2,20}$/u.test(word))
      problems.push({ field: '/duressWord', message: 'must be one word of 2 to 20 letters or digits' });
    else if (book.some((c) => c.code === word || (keys !== undefined && c.keys === keys)) || /^\d{4}$/.test(word))
      problems.push({ field: '/duressWord', message: 'must differ from every code in the code book' });
    else
      duress = { word: duressIndex(deps, id, word), keys: keys === undefined ? null : duressKeysIndex(deps, id, keys) };
  }
  let peers: repo.PeerRow[] | undefined;
  if (patch.peers !== undefined) {
    if (patch.peers.length > MAX_PEERS) problems.push({ field: '/peers', message: `at most ${MAX_PEERS} people` });
    peers = [];
    for (const [i, peer] of patch.peers.entries()) {
      if ('memberNumber' in peer) {
        const other = await repo.memberByNumber(deps.db, program.id, peer.memberNumber);
        if (!other || other.id === id)
          problems.push({ field: `/peers/${i}`, message: 'is not another member’s number' });
        else peers.push({ member_id: id, position: i, peer_member_id: other.id, peer_responder_id: null });
      } else if (await repo.responderInProgram(deps.db, program.id, peer.responderId)) {
        peers.push({ member_id: id, position: i, peer_member_id: null, peer_responder_id: peer.responderId });
      } else problems.push({ field: `/peers/${i}`, message: 'is not a responder of this program' });
    }
  }
  if (problems.length > 0) throw invalid(problems);
  const now = deps.clock.now();
  try {
    await deps.db.transaction().execute(async (trx) => {
      await repo.updateMember(trx, id, {
        name_sealed: clean.name ? deps.keys.seal(clean.name, id) : null,
        language: clean.language,
        phone_sealed: clean.phone ? deps.keys.seal(clean.phone, id) : null,
        phone_index: clean.phone ? memberPhoneIndex(deps, clean.phone) : null,
        ...(duress === undefined ? {} : { duress_index: duress.word, duress_keys_index: duress.keys }),
        updated_at: now,
      });
      if (peers) await repo.setPeers(trx, id, peers);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicatePhone();
    throw error;
  }
  return getMember(deps, program.id, id);
}

/** Everything about the member, at once, in one transaction. */
export async function leave(deps: MemberDeps, programId: string, id: string): Promise<void> {
  const gone = await deps.db.transaction().execute((trx) => repo.deleteMember(trx, programId, id));
  if (!gone) throw notFound('Member');
}

/** A member's row by the phone they text from, if it is enrolled. */
export const memberByPhone = (deps: MemberDeps, programId: string, phone: string) =>
  repo.memberByPhoneIndex(deps.db, programId, memberPhoneIndex(deps, phone));

export const memberByNumber = (deps: MemberDeps, programId: string, number: string) =>
  repo.memberByNumber(deps.db, programId, number);

export const memberPhone = (deps: MemberDeps, row: repo.MemberRow): string | null =>
  row.phone_sealed ? deps.keys.open(row.phone_sealed, row.id) : null;

export const memberName = (deps: MemberDeps, row: repo.MemberRow): string | null =>
  row.name_sealed ? deps.keys.open(row.name_sealed, row.id) : null;

export const isDuressWord = (deps: MemberDeps, row: repo.MemberRow, word: string): boolean =>
  row.duress_index !== null && row.duress_index === duressIndex(deps, row.id, word.toUpperCase());

/** Whether digits keyed on a call are the member's danger word, spelled on the keypad. */
export const isDuressKeys = (deps: MemberDeps, row: repo.MemberRow, digits: string): boolean =>
  row.duress_keys_index !== null && row.duress_keys_index === duressKeysIndex(deps, row.id, digits);

export const peerRowsOf = (deps: MemberDeps, memberId: string) => repo.peersOf(deps.db, [memberId]);
export const findMemberRow = (deps: MemberDeps, programId: string, id: string) =>
  repo.findMember(deps.db, programId, id);
export type { MemberRow, PeerRow } from './repo';
