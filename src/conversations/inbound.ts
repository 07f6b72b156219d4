import { isUniqueViolation } from '../db/open';
import type { Program } from '../program/types';
import type { TextDeps } from './deps';
import type { FloodGate } from './flood';
import { detectLanguage } from '../i18n/detect';
import { keywordOf } from './keywords';
import { close, openConversation, sendOwedAlerts } from './lifecycle';
import { appendMessage } from './messages';
import { recordRelay, tellResponder } from './notify';
import { sealEarly, type EarlyMessage } from './inbound-seal';
import { onCallForTexts, readersFor, rememberUnheldReaders, sealedFor, type OnCallForTexts } from './readers';
import * as repo from './repo';
import { smsSenderIndex } from './sender-index';
import { isOpenNow, isPersonTextKey, personText, responderText, type PersonTextKey } from './texts';
import type { ConversationRow, Db } from './types';

export interface PersonTextIn {
  /** The provider's id for this text: a retry carries the same one. */
  messageRef: string;
  from: string;
  to: string;
  body: string;
  mediaCount: number;
}

interface Stored {
  conversation: ConversationRow;
  replies: PersonTextKey[];
  opened: boolean;
  /** Who was on call as it opened (read in its transaction), for its alerts. */
  onCall: readonly OnCallForTexts[] | undefined;
}

/**
 * A person's text to the community number (`program`'s). Returns the automatic replies to send back at once (the
 * adapter renders them as `<Message>`s). The words are sealed to the readers before anything is
 * written and never stored otherwise; a retried webhook gets the same replies and stores nothing twice.
 * The provider's copy is the caller's to delete (see `handleProviderCopy`), whatever path is taken here.
 */
export async function personTexted(
  deps: TextDeps,
  flood: FloodGate,
  program: Program,
  input: PersonTextIn,
): Promise<string[]> {
  const providerKey = deps.keys.index('message', input.messageRef);
  const earlier = await repo.messageByProviderKey(deps.db, providerKey);
  if (earlier) return repliesAgain(deps, program, earlier);

  const senderIndex = smsSenderIndex(deps.keys, input.from);
  if (await repo.isBlocked(deps.db, program.id, senderIndex)) return [];
  const keyword = keywordOf(input.body, program.languages);
  const open = await repo.openConversationOf(deps.db, program.id, senderIndex);
  // The person's language first: a word of theirs ("AYUDA"), else, for a new conversation, the language
  // their words are in; the program's default only when neither tells.
  const theirs =
    keyword?.kind === 'language'
      ? undefined
      : (keyword?.language ?? (open ? undefined : detectLanguage(input.body, program.languages)));
  const language = theirs ?? open?.language ?? program.languages[0] ?? 'en';
  if (keyword?.kind === 'stop') {
    await repo.setOptOut(deps.db, program.id, senderIndex, true, deps.clock.now());
    if (open) await close(deps, program, open.id, 'stopped', false);
    return [personText(program, language, 'stopped')];
  }
  const optedOut = await repo.isOptedOut(deps.db, program.id, senderIndex);
  if (optedOut && keyword?.kind === 'start') {
    await repo.setOptOut(deps.db, program.id, senderIndex, false, deps.clock.now());
    return [personText(program, language, 'started')];
  }
  const verdict = flood.check(senderIndex, deps.clock.now());
  if (verdict !== 'ok') return verdict === 'slow_down' && !optedOut ? [personText(program, language, 'slowDown')] : [];

  const switchTo = keyword?.kind === 'language' ? keyword.language : undefined;
  // A language word alone is an instruction, not something to pass on: nothing to seal or store.
  const message =
    switchTo === undefined || input.mediaCount > 0 ? await sealEarly(deps, program, open, input.body) : null;
  const stored = await storeWithRetry(deps, program, input, senderIndex, providerKey, {
    switchTo,
    help: keyword?.kind === 'help',
    theirs,
    message,
  });
  if (stored === 'duplicate') {
    const again = await repo.messageByProviderKey(deps.db, providerKey);
    return again ? repliesAgain(deps, program, again) : [];
  }
  deps.live.publish(program.id, 'conversations');
  await afterStored(deps, program, stored, input);
  // After STOP, the provider refuses to text them: store what they wrote for the team, reply nothing.
  return optedOut ? [] : stored.replies.map((key) => personText(program, stored.conversation.language, key));
}

interface StoreOptions {
  switchTo: string | undefined;
  help: boolean;
  /** The language the person's words are in, if it could be told (see personTexted). */
  theirs: string | undefined;
  /** Null for a language word alone: an instruction, nothing stored. */
  message: EarlyMessage | null;
}

async function storeWithRetry(
  deps: TextDeps,
  program: Program,
  input: PersonTextIn,
  senderIndex: string,
  providerKey: string,
  options: StoreOptions,
): Promise<Stored | 'duplicate'> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await deps.db
        .transaction()
        .execute((trx) => store(deps, trx, program, input, senderIndex, providerKey, options));
    } catch (error) {
      // Two texts from one sender at once (or a retry racing the first try): the loser re-reads.
      if (!isUniqueViolation(error) || attempt >= 3) throw error;
      if (await repo.messageByProviderKey(deps.db, providerKey)) return 'duplicate';
    }
  }
}

async function store(
  deps: TextDeps,
  trx: Db,
  program: Program,
  input: PersonTextIn,
  senderIndex: string,
  providerKey: string,
  { switchTo, help, theirs, message }: StoreOptions,
): Promise<Stored> {
  const now = deps.clock.now();
  const open = await repo.openConversationOf(trx, program.id, senderIndex);
  const reopened = open ? undefined : await reopenWithinGrace(deps, trx, senderIndex, program.id);
  const existing = open ?? reopened;
  // Newly here, for the team: a new conversation, or one picked up again after it closed.
  const fresh = !open;
  const conversation =
    existing ??
    (await openConversation(deps, trx, program, {
      channel: 'sms',
      language: switchTo ?? theirs ?? program.languages[0] ?? 'en',
      senderIndex,
      number: input.from,
    }));
  const replies: PersonTextKey[] = [];
  const set: Partial<ConversationRow> = {};
  if (switchTo !== undefined && existing) {
    set.language = switchTo;
    replies.push('languageSwitched');
  }
  if (conversation.disclosed === 0) {
    set.disclosed = 1;
    replies.push('firstReply');
  }
  const openNow = isOpenNow(program, now);
  // Who is on call now, read once for the text: whether anyone can be alerted, then who it is sealed to.
  const onCallNow = fresh && openNow ? await onCallForTexts({ db: trx }, program, now) : undefined;
  if (fresh && !openNow) {
    // Nobody is alerted outside hours; the person is told once per conversation.
    Object.assign(set, { tier: 'exhausted', alerted_tier: 'exhausted' });
    if (conversation.off_hours_told === 0) {
      set.off_hours_told = 1;
      replies.push('offHours');
    }
  } else if (onCallNow?.length === 0) {
    // Nobody could be alerted: say so at once rather than leave a person in crisis waiting in silence.
    Object.assign(set, { tier: 'exhausted', alerted_tier: 'exhausted', no_answer_told: 1 });
    replies.push('noAnswer');
  }
  if (help) replies.push('help');
  if (input.mediaCount > 0) replies.push('mediaNotReceived');
  if (Object.keys(set).length > 0) await repo.updateConversation(trx, conversation.id, set);

  if (message) {
    const { id } = message;
    const current = { ...conversation, ...set };
    const readers = await readersFor({ db: trx }, program, current, now, onCallNow);
    if (!current.claimed_by) rememberUnheldReaders(program.id, readers);
    const sealed = await sealedFor(readers, message.sealed, id, input.body);
    if (!sealed && input.body !== '')
      deps.logger.warn(
        { programId: program.id, conversationId: conversation.id },
        'a text arrived with no one who could read it; its words were not kept',
      );
    await appendMessage(trx, conversation.id, {
      id,
      direction: 'in',
      authorId: null,
      sealed: sealed?.sealed ?? null,
      readers: sealed?.readers ?? [],
      mediaCount: input.mediaCount,
      providerKey,
      autoReplies: replies,
      at: now,
    });
  }
  const after = await repo.findConversation(trx, conversation.id);
  return { conversation: after ?? conversation, replies, opened: fresh, onCall: onCallNow };
}

/**
 * A person who writes again soon after their conversation closed (within the grace their number is
 * kept for) picks it up again: same alias, no second round of disclosures, the team alerted afresh.
 * Not after STOP, a block or leaving: those ended it on purpose. Returns the row as reopened.
 */
async function reopenWithinGrace(
  deps: TextDeps,
  trx: Db,
  senderIndex: string,
  programId: string,
): Promise<ConversationRow | undefined> {
  const last = await repo.lastClosedOf(trx, programId, senderIndex);
  if (!last || !['closed', 'idle'].includes(last.outcome ?? '')) return undefined;
  const now = deps.clock.now();
  const reopened = await repo.updateIf(trx, last.id, ['closed'], {
    state: 'waiting',
    tier: 'primary',
    tier_since: now,
    alerted_tier: null,
    claimed_by: null,
    closed_at: null,
    erase_after: null,
    outcome: null,
    last_activity_at: now,
    updated_at: now,
  });
  return reopened ? repo.findConversation(trx, last.id) : undefined;
}

/** Alerts owed by a new conversation, and the words to the holder's phone where the program relays them. */
async function afterStored(deps: TextDeps, program: Program, stored: Stored, input: PersonTextIn): Promise<void> {
  const { conversation } = stored;
  const relay = program.texting.relayContent;
  const words = input.body === '' ? [] : [input.body];
  if (stored.opened) await sendOwedAlerts(deps, program, conversation.id, relay ? words : [], stored.onCall);
  else if (relay && conversation.state === 'claimed' && conversation.claimed_by) {
    const alias = conversation.alias;
    const holder = conversation.claimed_by;
    if (
      input.body !== '' &&
      (await tellResponder(
        deps,
        program,
        holder,
        (l) => responderText(l, 'relayed', { alias, body: input.body }),
        'relay',
      ))
    ) {
      await recordRelay(deps, program, conversation.id, holder);
    }
    if (input.mediaCount > 0)
      await tellResponder(
        deps,
        program,
        conversation.claimed_by,
        (l) => responderText(l, 'relayedMedia', { alias }),
        'relay',
      );
  }
}

async function repliesAgain(
  deps: TextDeps,
  program: Program,
  earlier: { conversation_id: string; auto_replies: string },
): Promise<string[]> {
  const conversation = await repo.findConversation(deps.db, earlier.conversation_id);
  const keys = (JSON.parse(earlier.auto_replies) as string[]).filter(isPersonTextKey);
  return keys.map((key) => personText(program, conversation?.language ?? program.languages[0] ?? 'en', key));
}
