import type { Who } from './who';

/**
 * Conversations. Everyone on the line sees the queue and opens a thread (each message arrives sealed
 * to its own readers: what one can read is the keys', not this file's). What the rules decide is who
 * counts as able to read it, for an access review, and who may act on it.
 */
export interface ConversationFacts {
  claimedBy: string | null;
  /** Whether the asker is a reader of at least one of its messages. */
  askerReadsAMessage: boolean;
}

/** The holder of the conversation, or a reader of any message in it. */
export function mayReadConversation(who: Pick<Who, 'responderId'>, conversation: ConversationFacts): boolean {
  return conversation.claimedBy === who.responderId || conversation.askerReadsAMessage;
}

/** Releasing, handing off or closing: the holder, or a coordinator stepping in. */
export function mayWriteConversation(who: Who, conversation: Pick<ConversationFacts, 'claimedBy'>): boolean {
  return conversation.claimedBy === who.responderId || who.coordinator;
}

/** Replying: only the holder speaks for the line in a conversation (a coordinator takes it first). */
export function mayReplyInConversation(
  who: Pick<Who, 'responderId'>,
  conversation: Pick<ConversationFacts, 'claimedBy'>,
): boolean {
  return conversation.claimedBy === who.responderId;
}

/** Blocking its sender: the holder, or anyone while nobody holds it. */
export function mayBlockConversationSender(
  who: Pick<Who, 'responderId'>,
  conversation: Pick<ConversationFacts, 'claimedBy'>,
): boolean {
  return conversation.claimedBy === null || conversation.claimedBy === who.responderId;
}
