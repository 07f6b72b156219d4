import { maybe, num, span, type Db, type Span } from './shared';

/** The texting side: conversations, their messages and readers, who opened them, blocks, opt-outs, sender keys. */

/** Which conversations: the program's, or only those still linked to one sender's keyed hash. */
export interface ConversationScope {
  programId: string;
  senderIndex?: string;
}

function conversations(db: Db, scope: ConversationScope) {
  let query = db.selectFrom('conversations').where('conversations.program_id', '=', scope.programId);
  if (scope.senderIndex !== undefined) query = query.where('conversations.sender_index', '=', scope.senderIndex);
  return query;
}

export interface ConversationHoldings {
  open: number;
  /** Closed ones, by closing time. */
  closed: Span;
  /** Open ones still holding who wrote (a keyed hash; for SMS, the number sealed too). */
  sendersOpen: number;
  /** Closed ones still holding it, by the time it is erased (`erase_after`). */
  sendersInGrace: Span;
  /** Of all those holding who wrote, how many hold an SMS number sealed (chat holds a session hash only). */
  sealedNumbers: number;
}

export async function conversationHoldings(db: Db, scope: ConversationScope): Promise<ConversationHoldings> {
  const [open, closed, sendersOpen, sendersInGrace, sealedNumbers] = await Promise.all([
    conversations(db, scope)
      .where('state', '!=', 'closed')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst(),
    conversations(db, scope)
      .where('state', '=', 'closed')
      .select((eb) => [eb.fn.countAll().as('n'), eb.fn.min('closed_at').as('lo'), eb.fn.max('closed_at').as('hi')])
      .executeTakeFirst(),
    conversations(db, scope)
      .where('state', '!=', 'closed')
      .where('sender_index', 'is not', null)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst(),
    conversations(db, scope)
      .where('state', '=', 'closed')
      .where('sender_index', 'is not', null)
      .select((eb) => [eb.fn.countAll().as('n'), eb.fn.min('erase_after').as('lo'), eb.fn.max('erase_after').as('hi')])
      .executeTakeFirst(),
    conversations(db, scope)
      .where('sender_sealed', 'is not', null)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst(),
  ]);
  return {
    open: num(open?.n),
    closed: span(closed),
    sendersOpen: num(sendersOpen?.n),
    sendersInGrace: span(sendersInGrace),
    sealedNumbers: num(sealedNumbers?.n),
  };
}

export interface MessageHoldings {
  /** Messages (and their readers' data keys) of open conversations: no clock runs on them yet. */
  open: { messages: number; readers: number };
  /** Of closed conversations, by the conversation's closing time. */
  closed: { messages: Span; readers: Span };
}

export async function messageHoldings(db: Db, scope: ConversationScope): Promise<MessageHoldings> {
  const messagesOf = (closed: boolean) =>
    conversations(db, scope)
      .innerJoin('conversation_messages as m', 'm.conversation_id', 'conversations.id')
      .where('conversations.state', closed ? '=' : '!=', 'closed')
      .select((eb) => [
        eb.fn.countAll().as('n'),
        eb.fn.min('conversations.closed_at').as('lo'),
        eb.fn.max('conversations.closed_at').as('hi'),
      ])
      .executeTakeFirst();
  const readersOf = (closed: boolean) =>
    conversations(db, scope)
      .innerJoin('conversation_messages as m', 'm.conversation_id', 'conversations.id')
      .innerJoin('message_readers as r', 'r.message_id', 'm.id')
      .where('conversations.state', closed ? '=' : '!=', 'closed')
      .select((eb) => [
        eb.fn.countAll().as('n'),
        eb.fn.min('conversations.closed_at').as('lo'),
        eb.fn.max('conversations.closed_at').as('hi'),
      ])
      .executeTakeFirst();
  const [openMessages, openReaders, closedMessages, closedReaders] = await Promise.all([
    messagesOf(false),
    readersOf(false),
    messagesOf(true),
    readersOf(true),
  ]);
  return {
    open: { messages: num(openMessages?.n), readers: num(openReaders?.n) },
    closed: { messages: span(closedMessages), readers: span(closedReaders) },
  };
}

/** Who opened the scope's conversations: open ones, and closed ones by closing time. */
export async function conversationAccessHoldings(
  db: Db,
  scope: ConversationScope,
): Promise<{ open: number; closed: Span }> {
  const of = (closed: boolean) =>
    conversations(db, scope)
      .innerJoin('access_records as a', (join) =>
        join.onRef('a.record_id', '=', 'conversations.id').on('a.record_kind', '=', 'conversation'),
      )
      .where('conversations.state', closed ? '=' : '!=', 'closed')
      .select((eb) => [
        eb.fn.countAll().as('n'),
        eb.fn.min('conversations.closed_at').as('lo'),
        eb.fn.max('conversations.closed_at').as('hi'),
      ])
      .executeTakeFirst();
  const [open, closed] = await Promise.all([of(false), of(true)]);
  return { open: num(open?.n), closed: span(closed) };
}

/** Blocks by the time they were made; with a sender index, only that sender's. */
export async function blockHoldings(db: Db, programId: string, senderIndex?: string): Promise<Span> {
  let query = db.selectFrom('blocked_senders').where('program_id', '=', programId);
  if (senderIndex !== undefined) query = query.where('sender_index', '=', senderIndex);
  return span(
    await query
      .select((eb) => [eb.fn.countAll().as('n'), eb.fn.min('created_at').as('lo'), eb.fn.max('created_at').as('hi')])
      .executeTakeFirst(),
  );
}

export async function optOutCount(db: Db, programId: string, senderIndex?: string): Promise<number> {
  let query = db.selectFrom('sms_opt_outs').where('program_id', '=', programId);
  if (senderIndex !== undefined) query = query.where('sender_index', '=', senderIndex);
  return num((await query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst())?.n);
}

/**
 * The sender keys (installation-wide: they have no program), or with a scope only the ones sealing
 * a number of the scope's conversations; each with the latest time one of its conversations' numbers
 * is erased, and whether an open conversation still uses it.
 */
export async function senderKeyUse(
  db: Db,
  scope?: ConversationScope,
): Promise<{ createdAt: number; latestErase: number | null; usedByOpen: boolean }[]> {
  let keysQuery = db.selectFrom('sender_keys').select(['id', 'created_at']);
  if (scope)
    keysQuery = keysQuery.where(
      'id',
      'in',
      conversations(db, scope).where('sender_key_id', 'is not', null).select('sender_key_id'),
    );
  const keys = await keysQuery.execute();
  if (keys.length === 0) return [];
  const uses = await db
    .selectFrom('conversations')
    .where(
      'sender_key_id',
      'in',
      keys.map((k) => k.id),
    )
    .select((eb) => [
      'sender_key_id',
      eb.fn.max('erase_after').as('latest'),
      eb.fn.sum(eb.case().when('state', '!=', 'closed').then(1).else(0).end()).as('open'),
    ])
    .groupBy('sender_key_id')
    .execute();
  const byKey = new Map(uses.map((u) => [u.sender_key_id, u]));
  return keys.map((k) => {
    const use = byKey.get(k.id);
    return { createdAt: Number(k.created_at), latestErase: maybe(use?.latest), usedByOpen: num(use?.open) > 0 };
  });
}
