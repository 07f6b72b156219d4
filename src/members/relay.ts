import { onCallForTexts } from '../conversations/readers';
import { memberText } from '../i18n/members';
import type { Program } from '../program/types';
import { metBy } from './check-ins/check-ins';
import { meaningIn, type Code } from './codes/book';
import type { RelayGate } from './relay-gate';
import { peerRowsOf, type MemberRow } from './service';
import { memberLabel, tellPeers, tellTeam } from './tell';
import type { MemberDeps } from './types';

/** What the member is told, by text or on the call: the same words either way. */
export type RelayReply = 'sentPeers' | 'sentTeam' | 'sentNoOne' | 'tooMany';

export interface Relay {
  member: MemberRow;
  /** The code to relay: for a danger word, the book's safe code, which it passes for. */
  code: Code;
  duress: boolean;
  /** A place, relayed and never stored ('' for none). */
  place: string;
}

/**
 * A member's code (texted or keyed) goes to the people it names; a danger word goes exactly as the
 * safe code does and also raises the team's quiet alert. The flood gate (relay-gate.ts) counts every
 * text; a relay over its limits is refused whole, and the member is told once in the window
 * (`undefined` after that: nothing is sent back). The danger word's alert is never refused.
 */
export async function relayCode(
  deps: MemberDeps,
  gate: RelayGate,
  program: Program,
  { member, code, duress, place }: Relay,
): Promise<RelayReply | undefined> {
  const now = deps.clock.now();
  const label = memberLabel(deps, member);
  if (duress) {
    // First, whatever the gate says: the alert is why the word exists.
    const alerted = await tellTeam(
      deps,
      program,
      (l) => memberText(l, 'duressAlert', { member: label }),
      'member code',
    );
    gate.count(program.id, member.id, alerted, now);
  }
  // Meeting a check-in sends nothing, so it holds even when the relay is refused.
  if (code.meaning === 'safe') await metBy(deps.db, member.id);
  const audience =
    code.tells === 'peers'
      ? (await peerRowsOf(deps, member.id)).length
      : (await onCallForTexts(deps, program, now)).length;
  const verdict = gate.admit(program.id, member.id, audience, now);
  if (verdict !== 'ok') {
    deps.logger.warn({ kind: 'member relay refused', refusals: gate.refusals(member.id) }, 'member relay over limit');
    return verdict === 'refused' ? 'tooMany' : undefined;
  }
  const words = (language: string) =>
    memberText(language, 'relay', { member: label, code: code.code, meaning: meaningIn(code, language) }) +
    (place === '' ? '' : memberText(language, 'relayPlace', { place }));
  const told =
    code.tells === 'peers'
      ? await tellPeers(deps, program, member, words, 'member code')
      : await tellTeam(deps, program, words, 'member code');
  return told === 0 ? 'sentNoOne' : code.tells === 'peers' ? 'sentPeers' : 'sentTeam';
}
