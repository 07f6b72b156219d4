import { mayReplyInConversation, whoOf } from '../access/policy';
import type { Static } from '@sinclair/typebox';
import { recordAccess } from '../access/service';
import type { Principal } from '../auth/principal';
import { keyId, ready } from '../crypto/e2e';
import { refusingDuplicates } from '../db/open';
import { checkSealedBody, checkSealedKey, storedBody } from '../notes/sealed';
import { DomainError, invalid, notFound, type FieldProblem } from '../platform/errors';
import { getProgram } from '../program/service';
import type { Program } from '../program/types';
import type { TextDeps } from './deps';
import { blockSender, claim, closeAsHolder, handOff, release } from './lifecycle';
import { addReaders, appendReply, threadFor } from './messages';
import { PERSON } from './readers';
import { queueRecordsFor } from './queue/waiting';
import { replyBySms } from './replies';
import * as repo from './repo';
import type { ConversationSchema, ConversationSummarySchema, HandOffBody, ReplyBody } from './schema';
import type { ConversationRow, StoredReader } from './types';

type Summary = Static<typeof ConversationSummarySchema>;
type Full = Static<typeof ConversationSchema>;

const DAY = 24 * 60 * 60_000;

async function names(deps: TextDeps, ids: (string | null)[]): Promise<Map<string, string>> {
  return repo.responderNames(deps.db, [...new Set(ids.filter((id): id is string => id !== null))]);
}

async function summaries(deps: TextDeps, who: Principal, rows: ConversationRow[]): Promise<Summary[]> {
  const named = await names(
    deps,
    rows.map((r) => r.claimed_by),
  );
  const optedOut = await repo.optedOutAmong(
    deps.db,
    who.programId,
    rows.flatMap((r) => (r.channel === 'sms' && r.sender_index ? [r.sender_index] : [])),
  );
  return rows.map((row) => ({
    id: row.id,
    alias: row.alias,
    channel: row.channel,
    state: row.state,
    tier: row.tier,
    language: row.language,
    heldBy: row.claimed_by ? { id: row.claimed_by, name: named.get(row.claimed_by) ?? '' } : null,
    mine: row.claimed_by === who.responderId,
    openedAt: row.opened_at,
    claimedAt: row.claimed_at,
    firstResponseAt: row.first_response_at,
    lastActivityAt: row.last_activity_at,
    closedAt: row.closed_at,
    outcome: row.outcome,
    messages: { inbound: row.inbound_count, outbound: row.outbound_count, media: row.media_count },
    optedOut: row.sender_index !== null && optedOut.has(row.sender_index),
  }));
}

/** Open conversations, then those closed in the last day, newest first. */
export async function listConversations(deps: TextDeps, who: Principal): Promise<Summary[]> {
  const open = await repo.openConversations(deps.db, who.programId);
  const closed = await repo.recentClosed(deps.db, who.programId, deps.clock.now() - DAY);
  return summaries(deps, who, [...open, ...closed]);
}

export async function getConversation(deps: TextDeps, who: Principal, id: string): Promise<Full> {
  const row = await repo.findConversation(deps.db, id);
  if (!row || row.program_id !== who.programId) throw notFound('Conversation');
  const [summary] = await summaries(deps, who, [row]);
  if (!summary) throw notFound('Conversation');
  const thread = await threadFor(deps.db, id, who.responderId);
  // A waiting chat's words, sealed to the queue key, for those who may answer it (queue/waiting.ts).
  const queued = thread.some((m) => m.hasWords && !m.record) ? await queueRecordsFor(deps, who, row) : new Map();
  const authors = await names(
    deps,
    thread.map((m) => m.authorId),
  );
  return {
    ...summary,
    personPublicKey: row.person_public_key,
    thread: thread.map(({ authorId, ...m }) => ({
      id: m.id,
      seq: m.seq,
      direction: m.direction,
      author: authorId ? { id: authorId, name: authors.get(authorId) ?? '' } : null,
      at: m.at,
      mediaCount: m.mediaCount,
      delivery: m.delivery,
      hasWords: m.hasWords,
      record: m.record ?? queued.get(m.id) ?? null,
    })),
  };
}

/**
 * Opening a conversation (its thread, each message sealed to me where I am a reader), as opposed to
 * the list or the answer to an action: kept as an access record (src/access). Recorded for anyone
 * it opens for, reader or not: the record is of who looked, not of what they could decrypt.
 */
export async function openConversation(deps: TextDeps, who: Principal, id: string): Promise<Full> {
  const full = await getConversation(deps, who, id);
  await recordAccess(deps.db, {
    programId: who.programId,
    kind: 'conversation',
    recordId: id,
    responderId: who.responderId,
    at: deps.clock.now(),
  });
  return full;
}

const programOf = (deps: TextDeps, who: Principal): Promise<Program> => getProgram(deps, who.programId);
const isCoordinator = (who: Principal) => whoOf(who).coordinator;

export async function claimConversation(deps: TextDeps, who: Principal, id: string): Promise<Full> {
  await claim(deps, await programOf(deps, who), id, who.responderId);
  return getConversation(deps, who, id);
}

export async function releaseConversation(deps: TextDeps, who: Principal, id: string): Promise<Full> {
  await release(deps, await programOf(deps, who), id, who.responderId, isCoordinator(who));
  return getConversation(deps, who, id);
}

export async function closeConversation(deps: TextDeps, who: Principal, id: string): Promise<Full> {
  await closeAsHolder(deps, await programOf(deps, who), id, who.responderId, isCoordinator(who));
  return getConversation(deps, who, id);
}

export async function blockConversation(deps: TextDeps, who: Principal, id: string): Promise<Full> {
  await blockSender(deps, await programOf(deps, who), id, who.responderId);
  return getConversation(deps, who, id);
}

/** Hands the conversation on, with each earlier message's key re-sealed to the teammate by my browser. */
export async function handOffConversation(
  deps: TextDeps,
  who: Principal,
  id: string,
  body: HandOffBody,
): Promise<Full> {
  const program = await programOf(deps, who);
  const teammateKey = await repo.publicKeyOf(deps.db, body.to);
  await ready();
  if (teammateKey === undefined) {
    throw new DomainError(
      'validation_failed',
      'This teammate has not set up sign-in yet, so they could not read the conversation',
      [{ field: '/to', message: 'has no key yet: invite them to the console first' }],
    );
  }
  const expectedKeyId = keyId(teammateKey);
  const messageIds = new Set((await threadFor(deps.db, id, who.responderId)).map((m) => m.id));
  const problems: FieldProblem[] = [];
  body.keys.forEach((entry, i) => {
    if (!messageIds.has(entry.messageId))
      problems.push({ field: `/keys/${i}/messageId`, message: 'is not a message of this conversation' });
    if (entry.sealedKey.keyId !== expectedKeyId)
      problems.push({
        field: `/keys/${i}/sealedKey/keyId`,
        message: 'must be the teammate’s current key (see GET /api/directory)',
      });
    problems.push(...checkSealedKey(entry.sealedKey, `/keys/${i}/sealedKey`));
  });
  if (problems.length > 0) throw invalid(problems);
  await handOff(deps, program, id, who.responderId, body.to, isCoordinator(who));
  await addReaders(
    deps.db,
    body.keys.map((k) => ({
      messageId: k.messageId,
      reader: { reader: body.to, keyId: k.sealedKey.keyId, sealedKey: k.sealedKey.sealedKey },
    })),
  );
  return getConversation(deps, who, id);
}

/**
 * A reply. SMS: plain words, sent and sealed by the server as they pass. Web chat: a record sealed in
 * my browser to the visitor and to me, which the server stores without being able to open.
 */
export async function replyToConversation(
  deps: TextDeps,
  who: Principal,
  id: string,
  body: ReplyBody,
): Promise<{ id: string; sent: boolean }> {
  const program = await programOf(deps, who);
  const row = await repo.findConversation(deps.db, id);
  if (!row || row.program_id !== who.programId) throw notFound('Conversation');
  if (row.channel === 'sms') {
    if (body.text === undefined) throw invalid([{ field: '/text', message: 'is required for a text conversation' }]);
    return replyBySms(deps, program, id, who.responderId, body.text);
  }
  if (!body.record || !body.id)
    throw invalid([{ field: '/record', message: 'a web chat reply is sealed in the browser: send id and record' }]);
  if (row.state !== 'claimed' || !mayReplyInConversation(who, { claimedBy: row.claimed_by }))
    throw new DomainError('conflict', 'Take this conversation before replying');
  await ready();
  const problems = checkSealedBody(body.record, body.id);
  const mine = await repo.publicKeyOf(deps.db, who.responderId);
  const wanted = new Map<string, string>([
    [PERSON, row.person_public_key ?? ''],
    [who.responderId, mine ?? ''],
  ]);
  const readers: StoredReader[] = [];
  for (const [reader, publicKey] of wanted) {
    const expected = publicKey ? keyId(publicKey) : '';
    const entry = body.record.keys.find((k) => k.keyId === expected);
    if (!entry)
      problems.push({
        field: '/record/keys',
        message: reader === PERSON ? 'must include the visitor’s key' : 'must include my own key',
      });
    else readers.push({ reader, keyId: entry.keyId, sealedKey: entry.sealedKey });
  }
  body.record.keys.forEach((k, i) => problems.push(...checkSealedKey(k, `/record/keys/${i}`)));
  if (problems.length > 0) throw invalid(problems);
  const now = deps.clock.now();
  const duplicate = () =>
    new DomainError('conflict', 'A message with this id already exists', [
      { field: '/id', message: 'is already used' },
    ]);
  await refusingDuplicates(
    () =>
      deps.db.transaction().execute((trx) =>
        appendReply(trx, id, {
          id: body.id ?? '',
          direction: 'out',
          authorId: who.responderId,
          sealed: storedBody(body.record ?? { nonce: '', ciphertext: '' }),
          readers,
          mediaCount: 0,
          providerKey: null,
          autoReplies: [],
          at: now,
        }),
      ),
    duplicate,
  );
  return { id: body.id, sent: true };
}
