import { keyId, openRecordText, ready, type Identity, type PublicIdentity, type SealedRecord } from '../crypto/e2e';
import type { TextDeps } from '../conversations/deps';
import { FloodGate, type FloodLimit } from '../conversations/flood';
import { close, markNoAnswer, openConversation, sendOwedAlerts } from '../conversations/lifecycle';
import { appendMessage, messageExists, threadFor } from '../conversations/messages';
import { onCallForTexts, PERSON, readersFor, sealToReaders, type Reader } from '../conversations/readers';
import { isBlocked, latestChatOf, openConversationOf, setPersonKey } from '../conversations/senders';
import { isOpenNow } from '../conversations/texts';
import type { ConversationRow, StoredReader } from '../conversations/types';
import { checkSealedBody, checkSealedKey, storedBody } from '../notes/sealed';
import { isUniqueViolation } from '../db/open';
import { invalid, type FieldProblem } from '../platform/errors';
import { newId } from '../platform/ids';
import { firstProgram } from '../program/service';
import type { Program } from '../program/types';
import type { ChatSession } from './session';

/** Longest message a visitor may send at once, in characters. */
export const MAX_CHAT_CHARS = 2000;

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

/** What the visitor sees of their chat. `joined`: a responder holds it; `noAnswer`: nobody could be alerted. */
export type ChatState = 'new' | 'waiting' | 'noAnswer' | 'joined' | 'closed' | 'blocked';
export type ChatRefusal = 'blocked' | 'slowDown' | 'busy' | 'closedNow' | 'readersChanged' | 'duplicate';

export interface ChatMessage {
  id: string;
  direction: 'in' | 'out';
  at: number;
  /** Sealed with the visitor's key only; null where they are not a reader (an older key). */
  record: SealedRecord | null;
}

export interface ChatView {
  state: ChatState;
  /** Within the program's hours now. */
  openNow: boolean;
  personPublicKey: string | null;
  messages: ChatMessage[];
}

/** The program the chat serves: the install's one program (the setup makes exactly one). */
export async function chatProgram(deps: Pick<TextDeps, 'db'>): Promise<Program | undefined> {
  return firstProgram(deps);
}

function stateOf(row: ConversationRow | undefined, blocked: boolean): ChatState {
  if (blocked) return 'blocked';
  if (!row) return 'new';
  if (row.state === 'closed') return 'closed';
  if (row.state === 'claimed') return 'joined';
  return row.tier === 'exhausted' ? 'noAnswer' : 'waiting';
}

export async function viewFor(deps: ChatDeps, program: Program, session: ChatSession | undefined): Promise<ChatView> {
  const openNow = isOpenNow(program, deps.clock.now());
  if (!session) return { state: 'new', openNow, personPublicKey: null, messages: [] };
  const blocked = await isBlocked(deps.db, program.id, session.senderIndex);
  const row = await latestChatOf(deps.db, program.id, session.senderIndex);
  // A closed chat stays on screen (with its messages) until the visitor writes again or leaves.
  const thread = row ? await threadFor(deps.db, row.id, PERSON) : [];
  return {
    state: stateOf(row, blocked),
    openNow,
    personPublicKey: row?.person_public_key ?? null,
    messages: thread.map((m) => ({ id: m.id, direction: m.direction, at: m.at, record: m.record })),
  };
}

/** Opens each message the visitor can read with the key their cookie derives (no-JavaScript pages). */
export function openedFor(
  view: ChatView,
  me: Identity,
): { id: string; direction: 'in' | 'out'; at: number; text: string | null }[] {
  return view.messages.map((m) => {
    let text: string | null = null;
    if (m.record) {
      try {
        text = openRecordText(m.record, me);
      } catch {
        text = null; // sealed to a key this browser no longer has
      }
    }
    return { id: m.id, direction: m.direction, at: m.at, text };
  });
}

/** The responders a new message must be sealed to now: readersFor, without the visitor. */
export async function responderReaders(
  deps: ChatDeps,
  program: Program,
  session: ChatSession | undefined,
): Promise<PublicIdentity[]> {
  await ready();
  const open = session ? await openConversationOf(deps.db, program.id, session.senderIndex) : undefined;
  // No conversation yet: a first message would open one that nobody holds and no visitor key is on.
  const readers = await readersFor(
    deps,
    program,
    open ?? { claimed_by: null, person_public_key: null },
    deps.clock.now(),
  );
  return readers.filter((r) => r.reader !== PERSON).map((r) => ({ keyId: keyId(r.publicKey), publicKey: r.publicKey }));
}

interface Admitted {
  open: ConversationRow | undefined;
}

/** Blocks, hours and rate limits, before anything is stored. */
async function admit(
  deps: ChatDeps,
  program: Program,
  session: ChatSession,
): Promise<Admitted | { refused: ChatRefusal }> {
  const now = deps.clock.now();
  if (await isBlocked(deps.db, program.id, session.senderIndex)) return { refused: 'blocked' };
  const open = await openConversationOf(deps.db, program.id, session.senderIndex);
  if (!open && !isOpenNow(program, now)) return { refused: 'closedNow' };
  if (deps.gates.session.check(session.senderIndex, now) !== 'ok') return { refused: 'slowDown' };
  if (open && deps.gates.conversation.check(open.id, now) !== 'ok') return { refused: 'slowDown' };
  if (!open && deps.gates.opening.check('new-chat', now) !== 'ok') return { refused: 'busy' };
  return { open };
}

class ReadersChanged extends Error {}

interface Sealed {
  sealed: string;
  readers: StoredReader[];
}

/**
 * Stores one message from the visitor, opening their conversation if it is the first. `seal` gets
 * the readers of the conversation as it will be and returns the sealed words, or a refusal.
 */
async function store(
  deps: ChatDeps,
  program: Program,
  session: ChatSession,
  admitted: Admitted,
  opening: { language: string; publicKey: string; id: string },
  seal: (readers: Reader[]) => Promise<Sealed | 'readersChanged'>,
): Promise<{ stored: true } | { refused: ChatRefusal }> {
  const now = deps.clock.now();
  let opened = false;
  const attempt = (first: ConversationRow | undefined) =>
    deps.db.transaction().execute(async (trx) => {
      let conversation = first;
      if (!conversation) {
        conversation = await openConversation(deps, trx, program, {
          channel: 'chat',
          language: opening.language,
          senderIndex: session.senderIndex,
          personPublicKey: opening.publicKey,
        });
        opened = true;
        if (conversation.tier !== 'exhausted' && (await onCallForTexts({ db: trx }, program, now)).length === 0) {
          // Nobody could be alerted: the page says so at once rather than leave a person waiting in silence.
          await markNoAnswer(trx, conversation.id);
        }
      } else if (conversation.person_public_key !== opening.publicKey) {
        await setPersonKey(trx, conversation.id, opening.publicKey, now);
        conversation = { ...conversation, person_public_key: opening.publicKey };
      }
      const sealed = await seal(await readersFor({ db: trx }, program, conversation, now));
      // Thrown, so a conversation this message would have opened is rolled back with it.
      if (sealed === 'readersChanged') throw new ReadersChanged();
      await appendMessage(trx, conversation.id, {
        id: opening.id,
        direction: 'in',
        authorId: null,
        sealed: sealed.sealed,
        readers: sealed.readers,
        mediaCount: 0,
        providerKey: null,
        autoReplies: [],
        at: now,
      });
      return conversation.id;
    });
  const result = await attempt(admitted.open)
    .catch(async (error: unknown) => {
      if (!isUniqueViolation(error)) throw error;
      // A message id sent twice (a page's retry): stored once, and the second is told so.
      if (await messageExists(deps.db, opening.id)) return 'duplicate' as const;
      // Two first messages from one session at once: the loser joins the conversation the winner opened.
      opened = false;
      return attempt(await openConversationOf(deps.db, program.id, session.senderIndex));
    })
    .catch((error: unknown) => {
      if (error instanceof ReadersChanged) return 'readersChanged' as const;
      throw error;
    });
  if (result === 'duplicate' || result === 'readersChanged') return { refused: result };
  deps.live.publish(program.id, 'conversations');
  if (opened) await sendOwedAlerts(deps, program, result);
  return { stored: true };
}

export interface SealedPost {
  id: string;
  publicKey: string;
  language: string;
  record: SealedRecord;
}

/**
 * A message sealed in the visitor's browser. The server checks its shape and that it is sealed to
 * the visitor and to every current reader (else `readersChanged`: the page fetches them and seals
 * again); it never sees the words.
 */
export async function postSealed(
  deps: ChatDeps,
  program: Program,
  session: ChatSession,
  post: SealedPost,
): Promise<{ stored: true } | { refused: ChatRefusal }> {
  await ready();
  const problems: FieldProblem[] = checkSealedBody(post.record, post.id);
  post.record.keys.forEach((k, i) => problems.push(...checkSealedKey(k, `/record/keys/${i}`)));
  let personKeyId = '';
  try {
    personKeyId = keyId(post.publicKey);
  } catch {
    problems.push({ field: '/publicKey', message: 'must be a 32-byte X25519 public key in base64url' });
  }
  // The same cap as a form post: the longest message, four UTF-8 bytes a character at most, and the tag.
  if (post.record.ciphertext.length > Math.ceil(((MAX_CHAT_CHARS * 4 + 16) * 4) / 3))
    problems.push({ field: '/record/ciphertext', message: `must hold at most ${MAX_CHAT_CHARS} characters` });
  if (!post.record.keys.some((k) => k.keyId === personKeyId))
    problems.push({ field: '/record/keys', message: 'must include the visitor’s own key' });
  if (problems.length > 0) throw invalid(problems);
  const admitted = await admit(deps, program, session);
  if ('refused' in admitted) return admitted;
  return store(deps, program, session, admitted, post, async (readers) => {
    const stored: StoredReader[] = [];
    for (const reader of readers) {
      const wanted = keyId(reader.publicKey);
      const entry = post.record.keys.find((k) => k.keyId === wanted);
      if (!entry) return 'readersChanged';
      stored.push({ reader: reader.reader, keyId: entry.keyId, sealedKey: entry.sealedKey });
    }
    return { sealed: storedBody(post.record), readers: stored };
  });
}

/**
 * A message from a page without JavaScript: the words are sealed here, as an SMS is, to the readers
 * and to the key the visitor's cookie derives, and then dropped. Nothing readable is stored.
 */
export async function postWords(
  deps: ChatDeps,
  program: Program,
  session: ChatSession,
  me: Identity,
  language: string,
  words: string,
): Promise<{ stored: true } | { refused: ChatRefusal }> {
  const admitted = await admit(deps, program, session);
  if ('refused' in admitted) return admitted;
  const id = newId('msg');
  return store(deps, program, session, admitted, { id, language, publicKey: me.publicKey }, async (readers) => {
    const sealed = await sealToReaders(readers, id, words);
    // readersFor always includes the visitor, so there is always someone to seal to.
    return sealed ?? { sealed: storedBody({ nonce: '', ciphertext: '' }), readers: [] };
  });
}

/** "Leave now": the conversation closes as `left`; the visitor is told nothing more (they are gone). */
export async function leave(deps: ChatDeps, program: Program, session: ChatSession): Promise<void> {
  const open = await openConversationOf(deps.db, program.id, session.senderIndex);
  if (open) await close(deps, program, open.id, 'left', false);
}
