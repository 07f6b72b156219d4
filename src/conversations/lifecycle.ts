import { randomInt } from 'node:crypto';
import { mayBlockConversationSender, mayWriteConversation } from '../access/policy';
import type { ConversationChannel } from '../db/schema-texting';
import { DomainError, notFound } from '../platform/errors';
import { newId } from '../platform/ids';
import type { Program } from '../program/types';
import type { TextDeps } from './deps';
import { alertTier, CONSOLE_TEXTS_PATH, tellPerson, tellResponder, tellTaken, textPerson } from './notify';
import {
  aliasesHeld,
  block,
  markAlerted,
  findConversation,
  insertConversation,
  responderNames,
  responderStatus,
  updateConversation,
  updateIf,
  type ConversationRow,
  type Db,
} from './repo';
import { requireMayTake } from './answering';
import type { OnCallForTexts } from './readers';
import { sealSenderNumber } from './sender-keys';
import { isOpenNow, responderText } from './texts';

/** `burnt`: closed by a burn (src/burn), which also erased what identified the person. */
export type Outcome = 'closed' | 'idle' | 'stopped' | 'blocked' | 'left' | 'burnt';

/** Aliases drawn from each of three pools (K1–K99, –K999, –K9999), all probed in one indexed read. */
const DRAWS = 8;

/**
 * "K" and a number no open (or recently closed) conversation uses, so a late reply can't reach the wrong
 * person: a few drawn at random and probed, not read against every alias held (500 rows by a surge's end).
 * The shortest free one drawn wins (two digits while K1–K99 has room; with 60 of 99 held, 49 times in 50).
 */
export async function freeAlias(db: Db, programId: string): Promise<string> {
  for (let pool = 100; ; pool *= 1000) {
    const drawn = [pool, pool * 10, pool * 100].flatMap((size) =>
      Array.from({ length: DRAWS }, () => `K${randomInt(1, size)}`),
    );
    const held = await aliasesHeld(db, programId, [...new Set(drawn)]);
    const free = drawn.find((alias) => !held.has(alias));
    if (free) return free;
  }
}

export interface Opening {
  channel: ConversationChannel;
  language: string;
  senderIndex: string;
  /** SMS: the number, sealed under today's sender key at once. */
  number?: string;
  /** Web chat: the visitor's public key. */
  personPublicKey?: string;
}

/** A new waiting conversation. Outside hours nobody is alerted: it is already past every tier. */
export async function openConversation(
  deps: TextDeps,
  db: Db,
  program: Program,
  opening: Opening,
): Promise<ConversationRow> {
  const now = deps.clock.now();
  const id = newId('conv');
  const sender =
    opening.number === undefined ? undefined : await sealSenderNumber({ db, keys: deps.keys }, now, id, opening.number);
  const open = isOpenNow(program, now);
  return insertConversation(db, {
    id,
    program_id: program.id,
    alias: await freeAlias(db, program.id),
    channel: opening.channel,
    state: 'waiting',
    tier: open ? 'primary' : 'exhausted',
    language: opening.language,
    sender_index: opening.senderIndex,
    sender_sealed: sender?.sealed ?? null,
    sender_key_id: sender?.keyId ?? null,
    person_public_key: opening.personPublicKey ?? null,
    claimed_by: null,
    opened_at: now,
    tier_since: now,
    alerted_tier: open ? null : 'exhausted',
    claimed_at: null,
    first_response_at: null,
    last_activity_at: now,
    closed_at: null,
    erase_after: null,
    outcome: null,
    updated_at: now,
  });
}

/** Nobody could be alerted: past every tier at once, and the person already told so (by the caller). */
export async function markNoAnswer(db: Db, id: string): Promise<void> {
  await updateConversation(db, id, { tier: 'exhausted', alerted_tier: 'exhausted', no_answer_told: 1 });
}

/** Sends the alerts a conversation is owed (its tier is ahead of what was sent) and records them. */
export async function sendOwedAlerts(
  deps: TextDeps,
  program: Program,
  conversationId: string,
  words: string[] = [],
  /** Who was on call as the conversation opened, when the caller has just read it: not read a second time. */
  onCallNow?: readonly OnCallForTexts[],
): Promise<void> {
  const conversation = await findConversation(deps.db, conversationId);
  if (
    !conversation ||
    conversation.state !== 'waiting' ||
    conversation.tier === 'exhausted' ||
    conversation.alerted_tier === conversation.tier
  )
    return;
  // Recorded first, conditionally: two instances (or a retry) never send the same alerts twice.
  if (await markAlerted(deps.db, conversation.id, conversation.tier))
    await alertTier(deps, program, conversation, conversation.tier, words, onCallNow);
}

async function mine(deps: TextDeps, programId: string, id: string): Promise<ConversationRow> {
  const conversation = await findConversation(deps.db, id);
  if (!conversation || conversation.program_id !== programId) throw notFound('Conversation');
  return conversation;
}

const responderName = async (deps: TextDeps, id: string) => (await responderNames(deps.db, [id])).get(id) ?? '';

/** The first to claim takes it; anyone later is told who did. Exactly one conditional update can win. */
export async function claim(
  deps: TextDeps,
  program: Program,
  id: string,
  responderId: string,
): Promise<ConversationRow> {
  const conversation = await mine(deps, program.id, id);
  // Taking it again is harmless; taking it at all needs someone who may answer now (answering.ts).
  if (conversation.claimed_by !== responderId) await requireMayTake(deps, program, responderId);
  const now = deps.clock.now();
  const won = await updateIf(deps.db, id, ['waiting'], {
    state: 'claimed',
    claimed_by: responderId,
    claimed_at: conversation.claimed_at ?? now,
    updated_at: now,
  });
  const after = await mine(deps, program.id, id);
  if (!won) {
    if (after.claimed_by === responderId) return after;
    const by = after.claimed_by ? await responderName(deps, after.claimed_by) : '';
    throw new DomainError(
      'conflict',
      after.state === 'closed'
        ? 'This conversation has closed'
        : `This conversation was already taken${by ? ` by ${by}` : ''}`,
    );
  }
  deps.live.publish(program.id, 'conversations');
  await tellPerson(deps, program, after, 'joined');
  await tellTaken(deps, program, after, responderId, await responderName(deps, responderId));
  return after;
}

function holderOnly(conversation: ConversationRow, responderId: string, coordinator: boolean): void {
  if (conversation.state === 'closed') throw new DomainError('conflict', 'This conversation has closed');
  if (!mayWriteConversation({ responderId, coordinator }, { claimedBy: conversation.claimed_by }))
    throw new DomainError('conflict', 'Only the responder who holds this conversation can do that');
}

/** Back to the queue: the primary tier is alerted again. */
export async function release(
  deps: TextDeps,
  program: Program,
  id: string,
  responderId: string,
  coordinator = false,
): Promise<ConversationRow> {
  const conversation = await mine(deps, program.id, id);
  holderOnly(conversation, responderId, coordinator);
  const now = deps.clock.now();
  if (
    !(await updateIf(deps.db, id, ['claimed'], {
      state: 'waiting',
      claimed_by: null,
      tier: 'primary',
      tier_since: now,
      alerted_tier: null,
      updated_at: now,
    }))
  ) {
    throw new DomainError('conflict', 'This conversation is not held by anyone');
  }
  deps.live.publish(program.id, 'conversations');
  await sendOwedAlerts(deps, program, id);
  return mine(deps, program.id, id);
}

/** To a named, active teammate; the console re-seals the earlier messages to them (the server cannot). */
export async function handOff(
  deps: TextDeps,
  program: Program,
  id: string,
  from: string,
  to: string,
  coordinator = false,
): Promise<ConversationRow> {
  const conversation = await mine(deps, program.id, id);
  holderOnly(conversation, from, coordinator);
  const teammate = await responderStatus(deps.db, program.id, to);
  if (!teammate || teammate.status !== 'active')
    throw new DomainError('validation_failed', 'Hand it to an active teammate', [
      { field: '/to', message: 'is not an active teammate' },
    ]);
  const now = deps.clock.now();
  if (!(await updateIf(deps.db, id, ['claimed'], { claimed_by: to, updated_at: now })))
    throw new DomainError('conflict', 'This conversation is not held by anyone');
  deps.live.publish(program.id, 'conversations');
  const name = await responderName(deps, from);
  await tellResponder(
    deps,
    program,
    to,
    (l) =>
      responderText(l, 'handedToYou', {
        alias: conversation.alias,
        name,
        url: `${deps.publicUrl}${CONSOLE_TEXTS_PATH}`,
      }),
    'handed',
  );
  return mine(deps, program.id, id);
}

/** Closes once; the person is told how to reach the line again, and their number is kept only for the grace. */
export async function close(
  deps: TextDeps,
  program: Program,
  id: string,
  outcome: Outcome,
  tell = true,
): Promise<boolean> {
  const now = deps.clock.now();
  const conversation = await findConversation(deps.db, id);
  if (!conversation) return false;
  const closed = await updateIf(deps.db, id, ['waiting', 'claimed'], {
    state: 'closed',
    closed_at: now,
    outcome,
    erase_after: now + program.texting.numberGraceHours * 60 * 60_000,
    updated_at: now,
  });
  if (!closed) return false;
  deps.live.publish(program.id, 'conversations');
  if (tell) await tellPerson(deps, program, conversation, 'closed');
  return true;
}

export async function closeAsHolder(
  deps: TextDeps,
  program: Program,
  id: string,
  responderId: string,
  coordinator = false,
): Promise<ConversationRow> {
  const conversation = await mine(deps, program.id, id);
  if (conversation.state === 'closed') return conversation;
  if (!mayWriteConversation({ responderId, coordinator }, { claimedBy: conversation.claimed_by }))
    throw new DomainError('conflict', 'Only the responder who holds this conversation can close it');
  await close(deps, program, id, 'closed');
  return mine(deps, program.id, id);
}

/** Blocks the sender (SMS: by keyed hash of the number; chat: by session) and closes the conversation. */
export async function blockSender(
  deps: TextDeps,
  program: Program,
  id: string,
  responderId: string,
): Promise<ConversationRow> {
  const conversation = await mine(deps, program.id, id);
  if (!mayBlockConversationSender({ responderId }, { claimedBy: conversation.claimed_by }))
    throw new DomainError('conflict', 'Only the responder who holds this conversation can block its sender');
  if (!conversation.sender_index)
    throw new DomainError('conflict', 'This sender can no longer be blocked: what identified them has been erased');
  await block(deps.db, {
    program_id: program.id,
    sender_index: conversation.sender_index,
    channel: conversation.channel,
    blocked_by: responderId,
    created_at: deps.clock.now(),
  });
  const message = program.texting.blockMessage.trim();
  await close(deps, program, id, 'blocked', false);
  if (message !== '' && conversation.channel === 'sms') {
    await textPerson(deps, program, conversation, message, 'blocked');
  }
  return mine(deps, program.id, id);
}
