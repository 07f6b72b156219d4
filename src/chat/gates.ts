import type { TextDeps } from '../conversations/deps';
import { FloodGate, type FloodLimit } from '../conversations/flood';
import type { ServerKeys } from '../crypto/server-keys';
import { PressureGauge } from './pressure';
import { PROOF, ProofDesk } from './proof';

/**
 * In memory, keyed by keyed hashes only: one session cannot flood the team, one conversation
 * cannot either, one source (where the server can tell sources apart) cannot open chats without
 * end, and a flood of new sessions from everywhere makes a new chat cost something (opening.ts)
 * rather than close the line to everyone else.
 */
export const CHAT_LIMITS: { session: FloodLimit; conversation: FloodLimit; source: FloodLimit; tickets: FloodLimit } = {
  session: { max: 10, windowMs: 60_000 },
  conversation: { max: 20, windowMs: 60_000 },
  source: { max: 5, windowMs: 60_000 },
  tickets: { max: PROOF.ticketsPerMinute, windowMs: 60_000 },
};

export interface ChatGates {
  session: FloodGate;
  conversation: FloodGate;
  /** New chats per source address (its keyed hash), where one can be told apart (source.ts). */
  source: FloodGate;
  /** New chats opened by a no-JavaScript ticket, for the whole line. */
  tickets: FloodGate;
  pressure: PressureGauge;
  proofs: ProofDesk;
}

export function chatGates(keys: ServerKeys, limits = CHAT_LIMITS): ChatGates {
  return {
    session: new FloodGate(limits.session),
    conversation: new FloodGate(limits.conversation),
    source: new FloodGate(limits.source),
    tickets: new FloodGate(limits.tickets),
    pressure: new PressureGauge(),
    proofs: new ProofDesk(keys),
  };
}

export interface ChatDeps extends TextDeps {
  gates: ChatGates;
}
