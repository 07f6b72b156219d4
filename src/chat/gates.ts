import type { TextDeps } from '../conversations/deps';
import { FloodGate, type FloodLimit } from '../conversations/flood';

/**
 * In memory, keyed by keyed hashes only: one session cannot flood the team, one conversation
 * cannot either, and a flood of new sessions cannot take the line down for everyone else.
 */
export const CHAT_LIMITS: { session: FloodLimit; conversation: FloodLimit; opening: FloodLimit } = {
  session: { max: 10, windowMs: 60_000 },
  conversation: { max: 20, windowMs: 60_000 },
  opening: { max: 30, windowMs: 60_000 },
};

export interface ChatGates {
  session: FloodGate;
  conversation: FloodGate;
  opening: FloodGate;
}

export function chatGates(limits = CHAT_LIMITS): ChatGates {
  return {
    session: new FloodGate(limits.session),
    conversation: new FloodGate(limits.conversation),
    opening: new FloodGate(limits.opening),
  };
}

export interface ChatDeps extends TextDeps {
  gates: ChatGates;
}
