import { keyId, ready, type SealedRecord } from '../crypto/e2e';
import type { TextDeps } from '../conversations/deps';
import { close, markNoAnswer, openConversation, sendOwedAlerts } from '../conversations/lifecycle';
import { appendMessage, messageExists } from '../conversations/messages';
import {
  keysFor,
  onCallForTexts,
  readersFor,
  sealedFor,
  sealToReaders,
  type OnCallForTexts,
  type Reader,
  type SealedWords,
} from '../conversations/readers';
import { isBlocked, openConversationOf, setPersonKey } from '../conversations/senders';
import { isOpenNow } from '../conversations/texts';
import type { ConversationRow } from '../conversations/types';
import { checkSealedBody, checkSealedKey, storedBody } from '../notes/sealed';
import { isUniqueViolation } from '../db/open';
import { DomainError, invalid, type ChatRefusal, type FieldProblem } from '../platform/errors';
import { newId } from '../platform/ids';
import { firstProgram } from '../program/service';
import type { Program } from '../program/types';
import type { ChatDeps } from './gates';
import { admitOpening, type Entry } from './opening';
import type { ChatSession } from './session';

/**
 * A visitor's messages: admitted past blocks, hours and flood gates, then stored sealed — by their
 * browser, or (without JavaScript) here as an SMS is — opening their conversation on the first.
 */

/** Longest message a visitor may send at once, in characters. */
export const MAX_CHAT_CHARS = 2000;

export type { ChatRefusal } from '../platform/errors';

/** A refusal as the API answers it: `{ error: { code, message } }`, with the code's status (src/http/errors.ts). */
export function refusal(refused: ChatRefusal): DomainError {
  return new DomainError(refused, refused);
}

/** The program the chat serves: the install's one program (the setup makes exactly one). */
export async function chatProgram(deps: Pick<TextDeps, 'db'>): Promise<Program | undefined> {
  return firstProgram(deps);
}

/** The same, where there must be one: before setup the chat is answered as any unknown address is. */
export async function requireChatProgram(deps: Pick<TextDeps, 'db'>): Promise<Program> {
  const program = await chatProgram(deps);
  if (!program) throw new DomainError('not_found', 'Not found');
  return program;
}

interface Admitted {
  open: ConversationRow | undefined;
  /** The proof a new chat was admitted with, given back if the chat is not opened after all. */
  spent?: string;
}

/** Blocks, hours and rate limits, before anything is stored. */
async function admit(
  deps: ChatDeps,
  program: Program,
  session: ChatSession,
  entry: Entry,
): Promise<Admitted | { refused: ChatRefusal }> {
  const now = deps.clock.now();
  if (await isBlocked(deps.db, program.id, session.senderIndex)) return { refused: 'blocked' };
  const open = await openConversationOf(deps.db, program.id, session.senderIndex);
  if (!open && !isOpenNow(program, now)) return { refused: 'closedNow' };
  if (deps.gates.session.check(session.senderIndex, now) !== 'ok') return { refused: 'slowDown' };
  if (open && deps.gates.conversation.check(open.id, now) !== 'ok') return { refused: 'slowDown' };
  if (open) return { open };
  const opening = admitOpening(deps.gates, session, entry, now);
  return opening.ok ? { open, spent: opening.spent } : { refused: opening.refused };
}

class ReadersChanged extends Error {}

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
  seal: (readers: Reader[]) => Promise<SealedWords | 'readersChanged'>,
): Promise<{ stored: true } | { refused: ChatRefusal }> {
  const now = deps.clock.now();
  let opened = false;
  // Who is on call as a chat opens, read once and used for the no-answer check, the sealing and the alerts.
  let onCallNow: readonly OnCallForTexts[] | undefined;
  const attempt = () =>
    deps.db.transaction().execute(async (trx) => {
      // Read again here, not taken from `admitted`: it may have been taken (its readers are then the
      // holder's) or closed (a new one opens) since it was admitted, or opened by a message beside this one.
      let conversation = await openConversationOf(trx, program.id, session.senderIndex);
      if (!conversation) {
        conversation = await openConversation(deps, trx, program, {
          channel: 'chat',
          language: opening.language,
          senderIndex: session.senderIndex,
          personPublicKey: opening.publicKey,
        });
        opened = true;
        onCallNow = await onCallForTexts({ db: trx }, program, now);
        if (conversation.tier !== 'exhausted' && onCallNow.length === 0) {
          // Nobody could be alerted: the page says so at once rather than leave a person waiting in silence.
          await markNoAnswer(trx, conversation.id);
        }
      } else if (conversation.person_public_key !== opening.publicKey) {
        await setPersonKey(trx, conversation.id, opening.publicKey, now);
        conversation = { ...conversation, person_public_key: opening.publicKey };
      }
      const sealed = await seal(await readersFor({ db: trx }, program, conversation, now, onCallNow));
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
  const result = await attempt()
    .catch(async (error: unknown) => {
      if (!isUniqueViolation(error)) throw error;
      // A message id sent twice (a page's retry): stored once, and the second is told so.
      if (await messageExists(deps.db, opening.id)) return 'duplicate' as const;
      // Two first messages from one session at once: the loser joins the conversation the winner opened.
      opened = false;
      onCallNow = undefined;
      return attempt();
    })
    .catch((error: unknown) => {
      if (error instanceof ReadersChanged) return 'readersChanged' as const;
      throw error;
    });
  if (result === 'duplicate' || result === 'readersChanged') {
    if (admitted.spent) deps.gates.proofs.unspend(admitted.spent);
    return { refused: result };
  }
  deps.live.publish(program.id, 'conversations');
  if (opened) await sendOwedAlerts(deps, program, result, [], onCallNow);
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
  entry: Entry = {},
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
  const admitted = await admit(deps, program, session, entry);
  if ('refused' in admitted) return admitted;
  return store(deps, program, session, admitted, post, async (readers) => {
    const stored = await keysFor(readers, post.record.keys);
    return stored ? { sealed: storedBody(post.record), readers: stored } : 'readersChanged';
  });
}

/**
 * Words the server seals, as it does an SMS, to the readers and to the visitor's key, and then drops.
 * Nothing readable is stored. Two callers: the page without JavaScript (the key its cookie derives),
 * and the page's script while its own sealing code is still loading (the key it made in the browser),
 * which tells the visitor first, in the words the no-JavaScript page uses. `id` is the script's own,
 * so a retried post is stored once.
 */
export async function postWords(
  deps: ChatDeps,
  program: Program,
  session: ChatSession,
  person: { publicKey: string },
  language: string,
  words: string,
  id: string = newId('msg'),
  entry: Entry = {},
): Promise<{ stored: true } | { refused: ChatRefusal }> {
  const admitted = await admit(deps, program, session, entry);
  if ('refused' in admitted) return admitted;
  // Sealed before the transaction, to the readers the conversation has now, as a text is
  // (conversations/inbound-seal.ts): the transaction keeps the seal when its readers are the same.
  const early = await sealToReaders(
    await readersFor(
      deps,
      program,
      { claimed_by: admitted.open?.claimed_by ?? null, person_public_key: person.publicKey, channel: 'chat' },
      deps.clock.now(),
    ),
    id,
    words,
  );
  return store(deps, program, session, admitted, { id, language, publicKey: person.publicKey }, async (readers) => {
    const sealed = await sealedFor(readers, early, id, words);
    // readersFor always includes the visitor, so there is always someone to seal to.
    return sealed ?? { sealed: storedBody({ nonce: '', ciphertext: '' }), readers: [] };
  });
}

/** The script's words as the form's are checked (trimmed, not empty, not too long), and its key; else a 422. */
export async function checkedWords(publicKey: string, words: string): Promise<string> {
  await ready();
  const problems: FieldProblem[] = [];
  try {
    keyId(publicKey);
  } catch {
    problems.push({ field: '/publicKey', message: 'must be a 32-byte X25519 public key in base64url' });
  }
  const trimmed = words.trim();
  if (trimmed === '') problems.push({ field: '/words', message: 'must not be empty' });
  if ([...trimmed].length > MAX_CHAT_CHARS)
    problems.push({ field: '/words', message: `must hold at most ${MAX_CHAT_CHARS} characters` });
  if (problems.length > 0) throw invalid(problems);
  return trimmed;
}

/** "Leave now": the conversation closes as `left`; the visitor is told nothing more (they are gone). */
export async function leave(deps: ChatDeps, program: Program, session: ChatSession): Promise<void> {
  const open = await openConversationOf(deps.db, program.id, session.senderIndex);
  if (open) await close(deps, program, open.id, 'left', false);
}
