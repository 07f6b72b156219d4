import { keyId, openRecordText, ready, type Identity, type PublicIdentity, type SealedRecord } from '../crypto/e2e';
import { threadFor } from '../conversations/messages';
import { PERSON, readersFor } from '../conversations/readers';
import { isBlocked, latestChatOf, openConversationOf } from '../conversations/senders';
import { isOpenNow } from '../conversations/texts';
import type { ConversationRow } from '../conversations/types';
import type { Program } from '../program/types';
import type { ChatDeps } from './gates';
import type { ChatSession } from './session';

/**
 * What the visitor sees of their chat, and whom their next message must be sealed to. The server
 * hands back only what is sealed; it opens messages for a visitor only without JavaScript, with the
 * key their cookie derives, and only while they present it.
 */

/** What the visitor sees of their chat. `joined`: a responder holds it; `noAnswer`: nobody could be alerted. */
export type ChatState = 'new' | 'waiting' | 'noAnswer' | 'joined' | 'closed' | 'blocked';

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
  // No conversation yet: a first message would open a chat that nobody holds and no visitor key is on.
  // While nobody holds it that is the queue key alone, once one exists: the same answer at every hour.
  const readers = await readersFor(
    deps,
    program,
    open ?? { claimed_by: null, person_public_key: null, channel: 'chat' },
    deps.clock.now(),
  );
  return readers.filter((r) => r.reader !== PERSON).map((r) => ({ keyId: keyId(r.publicKey), publicKey: r.publicKey }));
}
