/**
 * Whole-database job: burning one conversation deletes its words, their keys, who opened them and its
 * contact details across several capabilities' tables in one transaction, like the whole burn.
 */
import { deleteAccessRecordsFor } from '../access/service';
import { truncateWal } from '../db/erase';
import { DomainError, notFound } from '../platform/errors';
import type { BurnDeps } from './burn';

/**
 * One conversation burnt now, rather than at the end of its retention: when a person asks for it,
 * or when what they said endangers them if it were ever read. Its words, their keys, who opened
 * them, and the number or chat key go at once; the person is not texted (a message arriving could
 * itself be the danger). What stays is the record for evaluation: times and counts, outcome `burnt`.
 */
export async function burnConversation(
  deps: BurnDeps,
  who: { programId: string; responderId: string; coordinator: boolean },
  id: string,
): Promise<{ burntAt: number }> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const conversation = await trx
      .selectFrom('conversations')
      .select(['claimed_by'])
      .where('id', '=', id)
      .where('program_id', '=', who.programId)
      .executeTakeFirst();
    if (!conversation) throw notFound('Conversation');
    if (!who.coordinator && conversation.claimed_by !== who.responderId) {
      throw new DomainError(
        'conflict',
        'Only the responder who holds this conversation, or a coordinator, can burn it',
      );
    }
    const messages = trx.selectFrom('conversation_messages').select('id').where('conversation_id', '=', id);
    await trx.deleteFrom('message_readers').where('message_id', 'in', messages).execute();
    await deleteAccessRecordsFor(trx, 'conversation', [id]);
    await trx.deleteFrom('conversation_messages').where('conversation_id', '=', id).execute();
    await trx
      .updateTable('conversations')
      .set({
        sender_index: null,
        sender_sealed: null,
        sender_key_id: null,
        person_public_key: null,
        erase_after: null,
        updated_at: now,
      })
      .where('id', '=', id)
      .execute();
    await trx
      .updateTable('conversations')
      .set({ state: 'closed', closed_at: now, outcome: 'burnt' })
      .where('id', '=', id)
      .where('state', '!=', 'closed')
      .execute();
  });
  await truncateWal(deps.db);
  return { burntAt: now };
}
