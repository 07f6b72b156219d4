import { tellResponder, textNumber } from '../conversations/notify';
import { alertable, onCallForTexts } from '../conversations/readers';
import type { Program } from '../program/types';
import { memberName, memberPhone, peerRowsOf, findMemberRow, type MemberRow } from './service';
import type { MemberDeps } from './types';

/**
 * Who hears about a member, and in which words: their chosen people (members by their own phone in
 * their own language, responders on theirs) or the team on call for texts. Each gets words built
 * for their language; the member's phone number is never among them. Returns how many were told.
 */
export type Words = (language: string) => string;

/** "4821", or "4821 (Rae)" when they gave a name: how the texts name a member. */
export const memberLabel = (deps: MemberDeps, row: MemberRow): string => {
  const name = memberName(deps, row);
  return name ? `${row.number} (${name})` : row.number;
};

export async function tellPeers(deps: MemberDeps, program: Program, member: MemberRow, words: Words, purpose: string) {
  let told = 0;
  for (const peer of await peerRowsOf(deps, member.id)) {
    if (peer.peer_responder_id) {
      if (await tellResponder(deps, program, peer.peer_responder_id, words, purpose)) told += 1;
      continue;
    }
    const other = peer.peer_member_id ? await findMemberRow(deps, program.id, peer.peer_member_id) : undefined;
    const phone = other ? memberPhone(deps, other) : null;
    if (other && phone && (await textNumber(deps, program, phone, words(other.language), purpose)) !== undefined)
      told += 1;
  }
  return told;
}

export async function hasPeers(deps: MemberDeps, memberId: string): Promise<boolean> {
  return (await peerRowsOf(deps, memberId)).length > 0;
}

export async function tellTeam(deps: MemberDeps, program: Program, words: Words, purpose: string): Promise<number> {
  let told = 0;
  for (const responder of alertable(await onCallForTexts(deps, program, deps.clock.now())))
    if (await tellResponder(deps, program, responder.id, words, purpose)) told += 1;
  return told;
}

/** To the member's own phone, in their language, if they gave one and have not texted STOP. */
export async function tellMember(deps: MemberDeps, program: Program, member: MemberRow, body: string, purpose: string) {
  const phone = memberPhone(deps, member);
  if (phone) await textNumber(deps, program, phone, body, purpose);
}
