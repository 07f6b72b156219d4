import type { SealedRecord } from '../../crypto/e2e';
import { keyId, ready } from '../../crypto/e2e';
import { checkSealedKey } from '../../notes/sealed';
import { DomainError, invalid, notFound, type FieldProblem } from '../../platform/errors';
import type { Principal } from '../../platform/principal';
import { getProgram } from '../../program/service';
import { mayTakeConversation } from '../answering';
import type { TextDeps } from '../deps';
import { addReaders, threadFor } from '../messages';
import { findConversation, publicKeyOf } from '../repo';
import type { ConversationRow } from '../types';
import { QUEUE } from './service';

/**
 * A waiting chat's messages are sealed to the queue key. The server serves that sealed copy only to
 * someone who may answer it now (on call for texts, active, not on break, or a coordinator) and to
 * whoever holds the chat, whose console re-seals each data key to their own key right after taking
 * it, as a hand-off does; from then on they read it with their own key.
 */

/** The queue-sealed copy of each message I have no own key to, where I may read it; else empty. */
export async function queueRecordsFor(
  deps: TextDeps,
  who: Principal,
  row: ConversationRow,
): Promise<Map<string, SealedRecord>> {
  if (row.channel !== 'chat') return new Map();
  const mayRead =
    row.state === 'waiting'
      ? await mayTakeConversation(deps, await getProgram(deps, row.program_id), who.responderId, deps.clock.now())
      : row.claimed_by === who.responderId;
  if (!mayRead) return new Map();
  const sealed = await threadFor(deps.db, row.id, QUEUE);
  return new Map(sealed.flatMap((m) => (m.record ? [[m.id, m.record] as const] : [])));
}

/**
 * The holder's own copies of earlier messages' data keys, re-sealed from the queue key in their
 * browser. Only the holder, only to their current key, only messages of this conversation.
 */
export async function addOwnKeys(
  deps: TextDeps,
  who: Principal,
  id: string,
  keys: { messageId: string; sealedKey: { keyId: string; sealedKey: string } }[],
): Promise<void> {
  const row = await findConversation(deps.db, id);
  if (!row || row.program_id !== who.programId) throw notFound('Conversation');
  if (row.claimed_by !== who.responderId) throw new DomainError('conflict', 'Take this conversation first');
  await ready();
  const mine = await publicKeyOf(deps.db, who.responderId);
  const expected = mine ? keyId(mine) : '';
  const messageIds = new Set((await threadFor(deps.db, id, who.responderId)).map((m) => m.id));
  const problems: FieldProblem[] = [];
  keys.forEach((entry, i) => {
    if (!messageIds.has(entry.messageId))
      problems.push({ field: `/keys/${i}/messageId`, message: 'is not a message of this conversation' });
    if (entry.sealedKey.keyId !== expected)
      problems.push({ field: `/keys/${i}/sealedKey/keyId`, message: 'must be my current key' });
    problems.push(...checkSealedKey(entry.sealedKey, `/keys/${i}/sealedKey`));
  });
  if (problems.length > 0) throw invalid(problems);
  await addReaders(
    deps.db,
    keys.map((k) => ({
      messageId: k.messageId,
      reader: { reader: who.responderId, keyId: k.sealedKey.keyId, sealedKey: k.sealedKey.sealedKey },
    })),
  );
}
