/**
 * The conversations API as the console uses it (src/conversations/routes.ts), and opening messages
 * here. The server hands each reader a message's sealed record with their own sealed key only; the
 * words exist only in this page's memory. The list never carries a number or any words.
 */
import type { ConversationSummary, ConversationView, MessageView } from '@server/conversations/schema';
import type { Identity, SealedKey } from '@server/crypto/e2e';
import type { Enrolled } from '../teammate-select';
import { api, ApiError } from '../../api';
import type { E2e } from '../../keys';

/** What the conversations API gives (src/conversations/schema.ts): the server's own types. */
export type Summary = ConversationSummary;
export type Message = MessageView;
export type Conversation = ConversationView;
export type Holder = NonNullable<Summary['heldBy']>;
export type Channel = Summary['channel'];

/** A message after trying to open it: its words, none (a picture alone), or the plain fact that this key cannot open it. */
export type Opened = { message: Message; words: string } | { message: Message; words: undefined; readable: boolean };

export function listConversations(): Promise<Summary[]> {
  return api<Summary[]>('GET', '/api/conversations');
}

/** One conversation, or undefined when it does not exist or is not this program's (the server says 404 for both). */
export async function getConversation(id: string): Promise<Conversation | undefined> {
  try {
    return await api<Conversation>('GET', `/api/conversations/${encodeURIComponent(id)}`);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return undefined;
    throw error;
  }
}

/** `queue`: the web chat's queue key, for a waiting chat's messages (sealed to it rather than to me). */
export function openMessage(e2e: E2e, message: Message, me: Identity | undefined, queue?: Identity): Opened {
  // No words at all (a picture alone) is not the same as words sealed before I was a reader.
  if (!message.record) return { message, words: undefined, readable: !message.hasWords };
  const key = sealedToQueue(message, queue) ? queue : me;
  if (!key) return { message, words: undefined, readable: false };
  try {
    return { message, words: e2e.openRecordText(message.record, key) };
  } catch {
    // A key reset since, or damaged data: the crypto layer deliberately does not say which.
    return { message, words: undefined, readable: false };
  }
}

function sealedToQueue(message: Message, queue: Identity | undefined): queue is Identity {
  return queue !== undefined && message.record?.keys.some((k) => k.keyId === queue.keyId) === true;
}

/** Whether some message is sealed to a key other than mine (a waiting chat's, to the queue key). */
export function needsQueueKey(conversation: Conversation, me: Identity | undefined): boolean {
  return conversation.thread.some((m) => m.record && !m.record.keys.some((k) => k.keyId === me?.keyId));
}

/**
 * After taking a chat: each message still sealed to the queue key gets its data key sealed to me
 * here (shareRecord), as a hand-off does, so I read it with my own key from now on. False when there
 * was nothing to move.
 */
export async function takeOwnKeys(
  e2e: E2e,
  me: Identity,
  queue: Identity,
  conversation: Conversation,
): Promise<boolean> {
  const keys: { messageId: string; sealedKey: SealedKey }[] = [];
  for (const message of conversation.thread) {
    if (!message.record || !sealedToQueue(message, queue)) continue;
    try {
      const shared = e2e.shareRecord(message.record, queue, me);
      const entry = shared.keys.find((key) => key.keyId === me.keyId);
      if (entry) keys.push({ messageId: message.id, sealedKey: entry });
    } catch {
      // One that does not open cannot be passed on; it stays unreadable, as before.
    }
  }
  if (keys.length === 0) return false;
  await api('POST', `/api/conversations/${encodeURIComponent(conversation.id)}/own-keys`, { keys });
  return true;
}

export type Action = 'claim' | 'release' | 'close' | 'block';

export function act(id: string, action: Action): Promise<Conversation> {
  return api<Conversation>('POST', `/api/conversations/${encodeURIComponent(id)}/${action}`);
}

/** An SMS reply: the words go to the server, which sends them and keeps them only sealed. */
export function replyBySms(id: string, text: string): Promise<{ id: string; sent: boolean }> {
  return api('POST', `/api/conversations/${encodeURIComponent(id)}/messages`, { text });
}

/**
 * A web chat reply, sealed here to the visitor's key and mine: the server stores it and cannot read
 * it. The id is made before sealing because it is the ciphertext's associated data.
 */
export function replyByChat(
  e2e: E2e,
  me: Identity,
  conversation: Conversation,
  text: string,
): Promise<{ id: string; sent: boolean }> {
  const personKey = conversation.personPublicKey;
  if (!personKey) throw new Error('a web chat has no visitor key');
  const id = newMessageId();
  const record = e2e.sealRecord({
    recordId: id,
    plaintext: text,
    readers: [
      { keyId: e2e.keyId(personKey), publicKey: personKey },
      { keyId: me.keyId, publicKey: me.publicKey },
    ],
  });
  return api('POST', `/api/conversations/${encodeURIComponent(conversation.id)}/messages`, { id, record });
}

/** crypto.randomUUID where the browser offers it (HTTPS and loopback only); else Kith's own `msg_` form, which the API also takes. */
function newMessageId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `msg_${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_')}`;
}

/**
 * Hands the conversation on. Each earlier message I can open gets its data key sealed to the
 * teammate here (shareRecord); the server cannot do it, and never sees a data key.
 */
export function handOff(e2e: E2e, me: Identity, conversation: Conversation, teammate: Enrolled): Promise<Conversation> {
  const keys: { messageId: string; sealedKey: SealedKey }[] = [];
  for (const message of conversation.thread) {
    if (!message.record) continue;
    try {
      const shared = e2e.shareRecord(message.record, me, { keyId: teammate.keyId, publicKey: teammate.publicKey });
      const entry = shared.keys.find((key) => key.keyId === teammate.keyId);
      if (entry) keys.push({ messageId: message.id, sealedKey: entry });
    } catch {
      // A message this key cannot open cannot be shared either; the teammate will see it as unreadable.
    }
  }
  return api<Conversation>('POST', `/api/conversations/${encodeURIComponent(conversation.id)}/handoff`, {
    to: teammate.id,
    keys,
  });
}

/** The program's time zone: times are shown where the line is, as elsewhere in the console. */
export async function programTimeZone(): Promise<string> {
  return (await api<{ timeZone: string }>('GET', '/api/program')).timeZone;
}
