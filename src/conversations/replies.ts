import { mayReplyInConversation } from '../access/policy';
import { DomainError, notFound } from '../platform/errors';
import { newId } from '../platform/ids';
import type { Program } from '../program/types';
import type { TextDeps } from './deps';
import { appendReply, recordSent } from './messages';
import { textPerson } from './notify';
import { readersFor, sealToReaders } from './readers';
import * as repo from './repo';

export const MAX_REPLY_CHARS = 1600;

/**
 * A responder's words to the person of an SMS conversation: sealed to the conversation's readers as
 * they are stored, then sent from the community number. The responder must hold the conversation.
 * `providerKey` makes a reply that came by SMS idempotent under the provider's retries.
 */
export async function replyBySms(
  deps: TextDeps,
  program: Program,
  conversationId: string,
  responderId: string,
  words: string,
  providerKey: string | null = null,
): Promise<{ id: string; sent: boolean }> {
  const text = words.trim();
  if (text === '')
    throw new DomainError('validation_failed', 'Write something to send', [
      { field: '/text', message: 'must not be empty' },
    ]);
  if ([...text].length > MAX_REPLY_CHARS)
    throw new DomainError('validation_failed', `A text can be at most ${MAX_REPLY_CHARS} characters`, [
      { field: '/text', message: `must be at most ${MAX_REPLY_CHARS} characters` },
    ]);
  const conversation = await repo.findConversation(deps.db, conversationId);
  if (!conversation || conversation.program_id !== program.id) throw notFound('Conversation');
  if (conversation.channel !== 'sms')
    throw new DomainError('conflict', 'Web chat replies are sealed in the console, not sent as text');
  if (
    conversation.state !== 'claimed' ||
    !mayReplyInConversation({ responderId }, { claimedBy: conversation.claimed_by })
  )
    throw new DomainError('conflict', 'Take this conversation before replying');
  if (conversation.sender_index && (await repo.isOptedOut(deps.db, program.id, conversation.sender_index))) {
    throw new DomainError('conflict', 'This person texted STOP, so they cannot get texts until they send START');
  }
  const now = deps.clock.now();
  const id = newId('msg');
  const sealed = await sealToReaders(await readersFor(deps, program, conversation, now), id, text);
  await deps.db.transaction().execute((trx) =>
    appendReply(trx, conversationId, {
      id,
      direction: 'out',
      authorId: responderId,
      sealed: sealed?.sealed ?? null,
      readers: sealed?.readers ?? [],
      mediaCount: 0,
      providerKey,
      autoReplies: [],
      at: now,
    }),
  );
  deps.live.publish(program.id, 'conversations');
  const ref = await textPerson(deps, program, conversation, text, 'reply');
  await recordSent(deps.db, id, ref ?? '', ref === undefined ? 'failed' : 'queued');
  if (ref === undefined) deps.live.publish(program.id, 'conversations');
  return { id, sent: ref !== undefined };
}
