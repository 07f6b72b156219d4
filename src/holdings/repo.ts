import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/**
 * Counts and stored times only: nothing here selects a sealed body, a number, a name or an id that
 * could leave this file. Every query is scoped to one program, or to one program's conversations
 * with one sender's keyed hash.
 */

type Db = Kysely<Database>;

/** How many, and the earliest and latest of a stored time among them (null when none has one). */
export interface Span {
  count: number;
  min: number | null;
  max: number | null;
}

/** PostgreSQL answers counts and bigint aggregates as strings; SQLite as numbers. */
const num = (value: unknown): number => Number(value ?? 0);
const maybe = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));
const span = (row: { n: unknown; lo: unknown; hi: unknown } | undefined): Span => ({
  count: num(row?.n),
  min: maybe(row?.lo),
  max: maybe(row?.hi),
});

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

export interface NoteHoldings {
  /** By last change. */
  notes: Span;
  readers: Span;
  access: Span;
}

export async function noteHoldings(db: Db, programId: string): Promise<NoteHoldings> {
  const notes = () => db.selectFrom('notes').where('notes.program_id', '=', programId);
  const [n, r, a] = await Promise.all([
    notes()
      .select((eb) => [eb.fn.countAll().as('n'), eb.fn.min('updated_at').as('lo'), eb.fn.max('updated_at').as('hi')])
      .executeTakeFirst(),
    notes()
      .innerJoin('note_readers as r', 'r.note_id', 'notes.id')
      .select((eb) => [
        eb.fn.countAll().as('n'),
        eb.fn.min('notes.updated_at').as('lo'),
        eb.fn.max('notes.updated_at').as('hi'),
      ])
      .executeTakeFirst(),
    notes()
      .innerJoin('access_records as a', (join) =>
        join.onRef('a.record_id', '=', 'notes.id').on('a.record_kind', '=', 'note'),
      )
      .select((eb) => [
        eb.fn.countAll().as('n'),
        eb.fn.min('notes.updated_at').as('lo'),
        eb.fn.max('notes.updated_at').as('hi'),
      ])
      .executeTakeFirst(),
  ]);
  return { notes: span(n), readers: span(r), access: span(a) };
}

/** All of the program's access records, whatever they point at (to find any whose record is gone). */
export async function accessRecordCount(db: Db, programId: string): Promise<number> {
  return num(
    (
      await db
        .selectFrom('access_records')
        .where('program_id', '=', programId)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirst()
    )?.n,
  );
}

export interface CallHoldings {
  live: { calls: number; legs: number; callerLegRefs: number };
  /** Ended, by end time. */
  ended: { calls: Span; legs: Span };
}

export async function callHoldings(db: Db, programId: string): Promise<CallHoldings> {
  const calls = () => db.selectFrom('calls').where('calls.program_id', '=', programId);
  const [liveCalls, liveLegs, refs, endedCalls, endedLegs] = await Promise.all([
    calls()
      .where('ended_at', 'is', null)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst(),
    calls()
      .innerJoin('call_legs as l', 'l.call_id', 'calls.id')
      .where('calls.ended_at', 'is', null)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst(),
    calls()
      .where('caller_leg_ref', 'is not', null)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst(),
    calls()
      .where('ended_at', 'is not', null)
      .select((eb) => [
        eb.fn.countAll().as('n'),
        eb.fn.min('calls.ended_at').as('lo'),
        eb.fn.max('calls.ended_at').as('hi'),
      ])
      .executeTakeFirst(),
    calls()
      .innerJoin('call_legs as l', 'l.call_id', 'calls.id')
      .where('calls.ended_at', 'is not', null)
      .select((eb) => [
        eb.fn.countAll().as('n'),
        eb.fn.min('calls.ended_at').as('lo'),
        eb.fn.max('calls.ended_at').as('hi'),
      ])
      .executeTakeFirst(),
  ]);
  return {
    live: { calls: num(liveCalls?.n), legs: num(liveLegs?.n), callerLegRefs: num(refs?.n) },
    ended: { calls: span(endedCalls), legs: span(endedLegs) },
  };
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

/** The provider's ids Kith still owes a deletion for, by kind. Installation-wide: the table has no program. */
export async function providerDeletionCounts(db: Db): Promise<{ kind: string; count: number }[]> {
  const rows = await db
    .selectFrom('provider_deletions')
    .select((eb) => ['kind', eb.fn.countAll().as('n')])
    .groupBy('kind')
    .orderBy('kind')
    .execute();
  return rows.map((r) => ({ kind: r.kind, count: num(r.n) }));
}

export interface TableCount {
  table: string;
  count: number;
}

/** The team's rows, by table: responders and what hangs off them, and the shifts. */
export async function teamCounts(db: Db, programId: string): Promise<TableCount[]> {
  const responders = db.selectFrom('responders').select('id').where('program_id', '=', programId);
  const count = async (table: string, query: { executeTakeFirst(): Promise<{ n: unknown } | undefined> }) => ({
    table,
    count: num((await query.executeTakeFirst())?.n),
  });
  return Promise.all([
    count(
      'responders',
      db
        .selectFrom('responders')
        .where('program_id', '=', programId)
        .select((eb) => eb.fn.countAll().as('n')),
    ),
    count(
      'credentials',
      db
        .selectFrom('credentials')
        .where('responder_id', 'in', responders)
        .select((eb) => eb.fn.countAll().as('n')),
    ),
    count(
      'passkeys',
      db
        .selectFrom('passkeys')
        .where('responder_id', 'in', responders)
        .select((eb) => eb.fn.countAll().as('n')),
    ),
    count(
      'api_tokens',
      db
        .selectFrom('api_tokens')
        .where('responder_id', 'in', responders)
        .select((eb) => eb.fn.countAll().as('n')),
    ),
    count(
      'shift_rules',
      db
        .selectFrom('shift_rules')
        .where('program_id', '=', programId)
        .select((eb) => eb.fn.countAll().as('n')),
    ),
    count(
      'shift_overrides',
      db
        .selectFrom('shift_overrides')
        .where('program_id', '=', programId)
        .select((eb) => eb.fn.countAll().as('n')),
    ),
  ]);
}

/**
 * Sign-in rows, by table, with the span of their own expiry times. Sessions, invites, device codes
 * and challenges are the program's team's; setup tokens and sign-in failure counters belong to the
 * installation (they name no one: a hash, or a keyed hash of a sign-in name).
 */
export async function signInHoldings(db: Db, programId: string): Promise<{ tables: TableCount[]; expires: Span }> {
  const responders = db.selectFrom('responders').select('id').where('program_id', '=', programId);
  const agg = async (
    table: string,
    query: { executeTakeFirst(): Promise<{ n: unknown; lo: unknown; hi: unknown } | undefined> },
  ) => ({ table, ...span(await query.executeTakeFirst()) });
  const parts = await Promise.all([
    agg(
      'sessions',
      db
        .selectFrom('sessions')
        .where('responder_id', 'in', responders)
        .select((eb) => [eb.fn.countAll().as('n'), eb.fn.min('expires_at').as('lo'), eb.fn.max('expires_at').as('hi')]),
    ),
    agg(
      'invites',
      db
        .selectFrom('invites')
        .where('responder_id', 'in', responders)
        .select((eb) => [eb.fn.countAll().as('n'), eb.fn.min('expires_at').as('lo'), eb.fn.max('expires_at').as('hi')]),
    ),
    agg(
      'setup_tokens',
      db
        .selectFrom('setup_tokens')
        .select((eb) => [eb.fn.countAll().as('n'), eb.fn.min('expires_at').as('lo'), eb.fn.max('expires_at').as('hi')]),
    ),
    agg(
      'webauthn_challenges',
      db
        .selectFrom('webauthn_challenges')
        .where((eb) => eb.or([eb('responder_id', 'is', null), eb('responder_id', 'in', responders)]))
        .select((eb) => [eb.fn.countAll().as('n'), eb.fn.min('expires_at').as('lo'), eb.fn.max('expires_at').as('hi')]),
    ),
    agg(
      'device_codes',
      db
        .selectFrom('device_codes')
        .where('responder_id', 'in', responders)
        .select((eb) => [eb.fn.countAll().as('n'), eb.fn.min('expires_at').as('lo'), eb.fn.max('expires_at').as('hi')]),
    ),
  ]);
  // Failure counters have a window, not an expiry: counted, with no time.
  const failures = num(
    (
      await db
        .selectFrom('sign_in_failures')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirst()
    )?.n,
  );
  parts.push({ table: 'sign_in_failures', count: failures, min: null, max: null });
  const times = parts.flatMap((p) => [p.min, p.max]).filter((t): t is number => t !== null);
  return {
    tables: parts.map((p) => ({ table: p.table, count: p.count })),
    expires: {
      count: parts.reduce((a, p) => a + p.count, 0),
      min: times.length > 0 ? Math.min(...times) : null,
      max: times.length > 0 ? Math.max(...times) : null,
    },
  };
}

export interface FieldHoldings {
  /** Sealed briefs and their readers' keys: only responses still open hold them. */
  briefs: number;
  briefKeys: number;
  /** Follow-up numbers held, sealed. */
  contacts: number;
  /** Debrief words, by when their response ended. */
  debriefWords: Span;
  /** Each table: rows of open responses, and of ended ones by when the response ended. */
  tables: Record<
    'field_responses' | 'field_members' | 'field_events' | 'debriefs' | 'follow_ups',
    { open: number; ended: Span }
  >;
}

const ENDED = ['closed', 'no_team'] as const;

export async function fieldHoldings(db: Db, programId: string): Promise<FieldHoldings> {
  const responses = () => db.selectFrom('field_responses').where('field_responses.program_id', '=', programId);
  const endedSpan = async (
    table: 'field_members' | 'field_events' | 'debriefs' | 'follow_ups' | null,
    onlySealedDebriefs = false,
  ): Promise<Span> => {
    let query = responses().where('field_responses.state', 'in', [...ENDED]);
    if (table !== null) query = query.innerJoin(table, `${table}.response_id`, 'field_responses.id');
    if (onlySealedDebriefs)
      query = query.innerJoin('debriefs as d', 'd.response_id', 'field_responses.id').where('d.sealed', 'is not', null);
    const row = await query
      .select((eb) => {
        const at = eb.fn.coalesce('field_responses.closed_at', 'field_responses.updated_at');
        return [eb.fn.countAll().as('n'), eb.fn.min(at).as('lo'), eb.fn.max(at).as('hi')];
      })
      .executeTakeFirst();
    return span(row);
  };
  const open = async (table: 'field_members' | 'field_events' | 'debriefs' | 'follow_ups' | null): Promise<number> => {
    let query = responses().where('field_responses.state', 'not in', [...ENDED]);
    if (table !== null) query = query.innerJoin(table, `${table}.response_id`, 'field_responses.id');
    return num((await query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst())?.n);
  };
  const tables = ['field_members', 'field_events', 'debriefs', 'follow_ups'] as const;
  const [briefs, briefKeys, contacts, debriefWords, responsesOpen, responsesEnded, ...children] = await Promise.all([
    responses()
      .where('brief_sealed', 'is not', null)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst(),
    responses()
      .innerJoin('field_brief_readers as r', 'r.response_id', 'field_responses.id')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst(),
    responses()
      .where('contact_sealed', 'is not', null)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst(),
    endedSpan(null, true),
    open(null),
    endedSpan(null),
    ...tables.flatMap((t) => [open(t), endedSpan(t)]),
  ]);
  const child = (i: number) => ({ open: children[2 * i] as number, ended: children[2 * i + 1] as Span });
  return {
    briefs: num(briefs?.n),
    briefKeys: num(briefKeys?.n),
    contacts: num(contacts?.n),
    debriefWords,
    tables: {
      field_responses: { open: responsesOpen, ended: responsesEnded },
      field_members: child(0),
      field_events: child(1),
      debriefs: child(2),
      follow_ups: child(3),
    },
  };
}
