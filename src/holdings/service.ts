import type { Kysely } from 'kysely';
import type { ServerKeys } from '../crypto/server-keys';
import type { Database } from '../db/schema';
import { smsSenderIndex } from '../conversations/sender-index';
import { SENDER_KEY_LIFETIME_MS } from '../conversations/sender-keys';
import type { Clock } from '../platform/clock';
import { invalid } from '../platform/errors';
import { toE164 } from '../platform/phone';
import { getProgram } from '../program/service';
import type { Program } from '../program/types';
import { daysToMs, RETENTION_CLASSES } from '../retention/classes';
import * as repo from './repo';

/**
 * What Kith holds right now, for a program or for one phone number: by retention class, counts and
 * expiry times only — never contents, numbers or callers' names. The list a program would read out
 * to answer a legal demand, so it says what the database holds and nothing it merely hopes.
 */

export interface HoldingsDeps {
  db: Kysely<Database>;
  clock: Clock;
  keys: Pick<ServerKeys, 'index'>;
}

/** Whom an item is about: callers (and their words), the team, or the program itself. */
export type About = 'callers' | 'team' | 'program';

export interface HoldingItem {
  /** The retention class (a key of RETENTION_CLASSES). */
  class: string;
  about: About;
  /** What it is, in plain words. */
  what: string;
  /** Where it is kept, with how many rows in each. */
  tables: repo.TableCount[];
  count: number;
  /** When the first and last of them with a fixed time are deleted (epoch ms); null when none has one. */
  oldestExpiresAt: number | null;
  newestExpiresAt: number | null;
  /** How many of `count` have no fixed time yet: they wait for an event, said in `until`. */
  waiting: number;
  /** The event they wait for ("while the conversation is open, then 4 hours"); null when none waits. */
  until: string | null;
}

export interface HoldingClass {
  class: string;
  title: string;
  about: About;
  /** The class's rule, as RETENTION_CLASSES states it. */
  rule: string;
}

export interface Holdings {
  scope: 'program' | 'number';
  at: number;
  programName: string;
  timeZone: string;
  /** The classes present in `items`, in reading order. */
  classes: HoldingClass[];
  items: HoldingItem[];
  /** Plain sentences that belong with the list (what Kith never keeps, what is installation-wide). */
  remarks: string[];
  /** With a number: whether nothing at all is linked to it. Null for the program's list. */
  nothingLinked: boolean | null;
}

const TITLES: Record<string, { title: string; about: About }> = {
  liveContact: { title: 'Who wrote, while their conversation needs it', about: 'callers' },
  words: { title: 'Sealed words, and who opened them', about: 'callers' },
  access: { title: 'Who opened what', about: 'callers' },
  evaluation: { title: 'Records for evaluation (times, counts, outcomes: no words, no numbers)', about: 'callers' },
  optOuts: { title: 'Opt-outs (STOP)', about: 'callers' },
  blocks: { title: 'Blocks', about: 'callers' },
  providerCopies: { title: 'Deletions owed at the phone provider', about: 'callers' },
  signIn: { title: 'Sign-in (about the team, not callers)', about: 'team' },
  team: { title: 'The team (about the team, not callers)', about: 'team' },
  program: { title: 'The program itself (not callers)', about: 'program' },
};

/** The class RETENTION_CLASSES puts a table in (access records: with the words they opened). */
function classOf(table: string, fallback: string): string {
  return Object.entries(RETENTION_CLASSES).find(([, c]) => c.tables.includes(table))?.[0] ?? fallback;
}

const NO_CALL_NUMBERS =
  'Kith keeps no number for calls: a call record holds times and outcomes only, so no call can be found by the number it came from.';

interface Timed {
  /** Rows with a stored time their expiry counts from. */
  span?: repo.Span;
  /** Added to that time. */
  afterMs?: number;
  /** Rows waiting for an event instead. */
  waiting?: number;
  until?: string;
}

function item(
  cls: string,
  what: string,
  tables: repo.TableCount[],
  timed: Timed,
  count = tables[0]?.count ?? 0,
): HoldingItem {
  const about = TITLES[cls]?.about ?? 'callers';
  const afterMs = timed.afterMs ?? 0;
  const hasTimes =
    timed.span !== undefined && timed.span.count > 0 && timed.span.min !== null && timed.span.max !== null;
  const waiting = timed.waiting ?? 0;
  return {
    class: cls,
    about,
    what,
    tables,
    count,
    oldestExpiresAt: hasTimes && timed.span?.min != null ? timed.span.min + afterMs : null,
    newestExpiresAt: hasTimes && timed.span?.max != null ? timed.span.max + afterMs : null,
    waiting,
    until: waiting > 0 || (count > 0 && !hasTimes) ? (timed.until ?? null) : null,
  };
}

const t = (table: string, count: number): repo.TableCount => ({ table, count });
const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;
const hours = (n: number) => `${n} hour${n === 1 ? '' : 's'}`;

/** Periods from the program's settings, in the words a person reads them. */
function periods(program: Program) {
  const { wordsDays, evaluationDays, blocksDays } = program.retention;
  // A conversation's words go at the words period, or with its record if evaluation is shorter.
  const conversationWordsDays = Math.min(wordsDays, evaluationDays);
  return {
    graceHours: program.texting.numberGraceHours,
    wordsDays,
    conversationWordsDays,
    evaluationDays,
    blocksDays,
  };
}

/**
 * Everything held for the program, or (with `number`) exactly what is linked to that number now.
 * An invalid number is refused naming `/number`, without repeating it.
 */
export async function holdingsOf(
  deps: HoldingsDeps,
  programId: string,
  options: { number?: string } = {},
): Promise<Holdings> {
  const program = await getProgram(deps, programId);
  const at = deps.clock.now();
  const base = { at, programName: program.name, timeZone: program.timeZone };
  if (options.number === undefined) {
    const { items, remarks } = await programItems(deps, program);
    return { scope: 'program', ...base, classes: classesOf(items), items, remarks, nothingLinked: null };
  }
  const e164 = toE164(options.number, program.defaultCountry);
  if (!e164) {
    throw invalid([
      {
        field: '/number',
        message: `is not a valid phone number for ${program.defaultCountry}; for another country start it with + and the country code`,
      },
    ]);
  }
  const items = await numberItems(deps, program, smsSenderIndex(deps.keys, e164));
  const remarks = [
    NO_CALL_NUMBERS,
    'Web chats are never linked to a number: a chat is known only by a random session in the visitor’s browser.',
    'A number kept for a field response’s follow-ups is sealed with no keyed hash beside it, so it cannot be found by number: the program’s list counts those held.',
  ];
  if (
    items.some(
      (i) => i.class === classOf('sms_opt_outs', 'optOuts') || i.class === classOf('blocked_senders', 'blocks'),
    )
  ) {
    remarks.push(
      'An opt-out or a block is a keyed hash of the number, kept for its own period after the number itself is erased: it is listed because it is held.',
    );
  }
  return { scope: 'number', ...base, classes: classesOf(items), items, remarks, nothingLinked: items.length === 0 };
}

function classesOf(items: HoldingItem[]): HoldingClass[] {
  const order = [...new Set(items.map((i) => i.class))];
  return order.map((cls) => ({
    class: cls,
    title: TITLES[cls]?.title ?? cls,
    about: TITLES[cls]?.about ?? 'callers',
    rule: RETENTION_CLASSES[cls]?.rule ?? '',
  }));
}

async function programItems(
  deps: HoldingsDeps,
  program: Program,
): Promise<{ items: HoldingItem[]; remarks: string[] }> {
  const p = periods(program);
  const scope = { programId: program.id };
  const [
    conversations,
    messages,
    conversationAccess,
    notes,
    allAccess,
    calls,
    blocks,
    optOuts,
    keys,
    owed,
    team,
    signIn,
    field,
  ] = await Promise.all([
    repo.conversationHoldings(deps.db, scope),
    repo.messageHoldings(deps.db, scope),
    repo.conversationAccessHoldings(deps.db, scope),
    repo.noteHoldings(deps.db, program.id),
    repo.accessRecordCount(deps.db, program.id),
    repo.callHoldings(deps.db, program.id),
    repo.blockHoldings(deps.db, program.id),
    repo.optOutCount(deps.db, program.id),
    repo.senderKeyUse(deps.db),
    repo.providerDeletionCounts(deps.db),
    repo.teamCounts(deps.db, program.id),
    repo.signInHoldings(deps.db, program.id),
    repo.fieldHoldings(deps.db, program.id),
  ]);

  const live = 'liveContact';
  const words = 'words';
  const accessClass = classOf('access_records', 'words');
  const evaluation = 'evaluation';
  const items: HoldingItem[] = [
    ...senderItems(conversations, p.graceHours),
    senderKeyItem(keys, false),
    item(
      live,
      'provider ids of callers’ legs in live calls (an id to steer the call, not a number)',
      [t('calls.caller_leg_ref', calls.live.callerLegRefs)],
      {
        waiting: calls.live.callerLegRefs,
        until: 'until the call ends',
      },
    ),
    ...messageItems(messages, p.conversationWordsDays, words),
    item(words, 'sealed notes', [t('notes', notes.notes.count)], {
      span: notes.notes,
      afterMs: daysToMs(p.wordsDays),
      until: `until ${days(p.wordsDays)} after each was last changed`,
    }),
    item(words, 'data keys that open the notes (one per reader)', [t('note_readers', notes.readers.count)], {
      span: notes.readers,
      afterMs: daysToMs(p.wordsDays),
    }),
    ...fieldWordItems(field, p),
  ];

  // Access records go with the words they opened: a note's with the note, a conversation's with its messages.
  const accessConversation = item(accessClass, '', [], {
    span: conversationAccess.closed,
    afterMs: daysToMs(p.conversationWordsDays),
    waiting: conversationAccess.open,
  });
  const accessNote = item(accessClass, '', [], { span: notes.access, afterMs: daysToMs(p.wordsDays) });
  const linked = conversationAccess.open + conversationAccess.closed.count + notes.access.count;
  const orphans = Math.max(0, allAccess - linked);
  const expiries = [
    accessConversation.oldestExpiresAt,
    accessConversation.newestExpiresAt,
    accessNote.oldestExpiresAt,
    accessNote.newestExpiresAt,
  ].filter((x): x is number => x !== null);
  items.push({
    class: accessClass,
    about: 'callers',
    what: 'who opened a note or a conversation, and when (the team member, never the caller)',
    tables: [t('access_records', allAccess)],
    count: allAccess,
    oldestExpiresAt: expiries.length > 0 ? Math.min(...expiries) : null,
    newestExpiresAt: expiries.length > 0 ? Math.max(...expiries) : null,
    waiting: conversationAccess.open + orphans,
    until:
      conversationAccess.open + orphans > 0
        ? [
            conversationAccess.open > 0
              ? `while the conversation is open, then ${days(p.conversationWordsDays)} after it closes`
              : '',
            orphans > 0
              ? `until the next retention purge for ${orphans} whose note or conversation is already gone`
              : '',
          ]
            .filter((s) => s !== '')
            .join('; ')
        : null,
  });

  items.push(
    item(
      evaluation,
      'conversation records (alias, times, counts, outcome)',
      [t('conversations', conversations.open + conversations.closed.count)],
      {
        span: conversations.closed,
        afterMs: daysToMs(p.evaluationDays),
        waiting: conversations.open,
        until: `while the conversation is open, then ${days(p.evaluationDays)} after it closes`,
      },
    ),
    item(evaluation, 'call records (times and outcome)', [t('calls', calls.live.calls + calls.ended.calls.count)], {
      span: calls.ended.calls,
      afterMs: daysToMs(p.evaluationDays),
      waiting: calls.live.calls,
      until: `while the call is live, then ${days(p.evaluationDays)} after it ends`,
    }),
    item(
      evaluation,
      'call legs (which responder was rung, and when)',
      [t('call_legs', calls.live.legs + calls.ended.legs.count)],
      {
        span: calls.ended.legs,
        afterMs: daysToMs(p.evaluationDays),
        waiting: calls.live.legs,
        until: `while the call is live, then ${days(p.evaluationDays)} after it ends`,
      },
    ),
    ...fieldEvaluationItems(field, p.evaluationDays),
    item('optOuts', 'opt-outs: a keyed hash of each number that texted STOP', [t('sms_opt_outs', optOuts)], {
      waiting: optOuts,
      until: 'until the person texts START',
    }),
    item(
      'blocks',
      'blocked senders: a keyed hash of each number or chat session',
      [t('blocked_senders', blocks.count)],
      { span: blocks, afterMs: daysToMs(p.blocksDays) },
    ),
  );
  const owedTotal = owed.reduce((a, o) => a + o.count, 0);
  items.push(
    item(
      'providerCopies',
      'provider ids of texts and calls whose copies at the provider Kith must still delete (for the whole server)',
      [t('provider_deletions', owedTotal), ...owed.map((o) => t(`provider_deletions (${o.kind})`, o.count))],
      { waiting: owedTotal, until: 'until the provider confirms the deletion (retried for 3 days)' },
      owedTotal,
    ),
  );
  const teamTotal = team.reduce((a, c) => a + c.count, 0);
  items.push(
    item(
      'signIn',
      'sign-in sessions, invites, codes and challenges (hashes only)',
      signIn.tables,
      { span: signIn.expires, until: 'until their own expiry' },
      signIn.expires.count,
    ),
    item(
      'team',
      'the roster, its sign-in keys and tokens, and shifts',
      team,
      { waiting: teamTotal, until: 'while the person is on the roster' },
      teamTotal,
    ),
    item('program', 'the program’s settings, hours, messages and emergency plan', [t('programs', 1)], {
      waiting: 1,
      until: 'for as long as the program exists',
    }),
  );

  const remarks = [
    NO_CALL_NUMBERS,
    'Sender keys and owed provider deletions belong to the whole server, not one program: they are counted in full.',
    'Counts and times only: this list never shows words, numbers or callers’ names.',
  ];
  return { items, remarks };
}

const FIELD_RECORDS: [keyof repo.FieldHoldings['tables'], string][] = [
  [
    'field_responses',
    'field responses (alias, urgency, needs, what the person agreed to, times, outcome; never where or who)',
  ],
  ['field_members', 'who was asked to go or support, their answers, statuses and times'],
  ['field_events', 'emergency services the person consented to, and police contact: a category and a time each'],
  ['debriefs', 'debriefs: who with whom, done or not'],
  ['follow_ups', 'follow-ups: kind, assignee, when due, reminded and done'],
];

/** Field dispatch's sealed words: the brief and its keys while the response is open, and debrief words. */
function fieldWordItems(f: repo.FieldHoldings, p: ReturnType<typeof periods>): HoldingItem[] {
  const debriefDays = Math.min(p.wordsDays, p.evaluationDays);
  return [
    item(
      'liveContact',
      'follow-up numbers given with the person’s consent, sealed under the server key',
      [t('field_responses.contact_sealed', f.contacts)],
      {
        waiting: f.contacts,
        until:
          'until the response’s last follow-up is done, removed or missed (2 days past due); 2 hours if none is scheduled',
      },
    ),
    item(
      'words',
      'field response briefs (where, and what the team must know), sealed to the team',
      [t('field_responses.brief_sealed', f.briefs)],
      { waiting: f.briefs, until: 'until the response closes' },
    ),
    item('words', 'data keys that open the briefs (one per reader)', [t('field_brief_readers', f.briefKeys)], {
      waiting: f.briefKeys,
      until: 'until the response closes, or the reader is no longer on the team',
    }),
    item('words', 'debrief words, sealed to the people in the debrief', [t('debriefs.sealed', f.debriefWords.count)], {
      span: f.debriefWords,
      afterMs: daysToMs(debriefDays),
      until: `${days(debriefDays)} after the response closed`,
    }),
  ];
}

function fieldEvaluationItems(f: repo.FieldHoldings, evaluationDays: number): HoldingItem[] {
  return FIELD_RECORDS.map(([table, what]) => {
    const held = f.tables[table];
    return item('evaluation', what, [t(table, held.open + held.ended.count)], {
      span: held.ended,
      afterMs: daysToMs(evaluationDays),
      waiting: held.open,
      until: `while the response is open, then ${days(evaluationDays)} after it closes`,
    });
  });
}

function senderItems(c: repo.ConversationHoldings, graceHours: number): HoldingItem[] {
  const total = c.sendersOpen + c.sendersInGrace.count;
  return [
    item(
      'liveContact',
      'who wrote each conversation: a keyed hash, and for texts the number sealed',
      [
        t('conversations.sender_index', total),
        t('conversations.sender_sealed', c.sealedNumbers),
        t('conversations.sender_key_id', c.sealedNumbers),
      ],
      {
        span: c.sendersInGrace,
        waiting: c.sendersOpen,
        until: `while the conversation is open, then ${hours(graceHours)}`,
      },
      total,
    ),
  ];
}

/** Each sender key goes once no conversation still holds a number under it and it is a day old. */
function senderKeyItem(keys: Awaited<ReturnType<typeof repo.senderKeyUse>>, forNumber: boolean): HoldingItem {
  const fixed = keys
    .filter((k) => !k.usedByOpen)
    .map((k) => Math.max(k.createdAt + SENDER_KEY_LIFETIME_MS, k.latestErase ?? 0));
  const waiting = keys.length - fixed.length;
  return {
    class: 'liveContact',
    about: 'callers',
    what: forNumber
      ? 'sender keys sealing this number'
      : 'sender keys (each seals the numbers of one day’s new conversations; for the whole server)',
    tables: [t('sender_keys', keys.length)],
    count: keys.length,
    oldestExpiresAt: fixed.length > 0 ? Math.min(...fixed) : null,
    newestExpiresAt: fixed.length > 0 ? Math.max(...fixed) : null,
    waiting,
    until: waiting > 0 ? 'while a conversation using it is open, then until its numbers are erased' : null,
  };
}

function messageItems(m: repo.MessageHoldings, wordsDays: number, cls: string): HoldingItem[] {
  const until = `while the conversation is open, then ${days(wordsDays)} after it closes`;
  return [
    item(
      cls,
      'messages, both ways (words sealed to their readers; direction and time)',
      [t('conversation_messages', m.open.messages + m.closed.messages.count)],
      {
        span: m.closed.messages,
        afterMs: daysToMs(wordsDays),
        waiting: m.open.messages,
        until,
      },
    ),
    item(
      cls,
      'data keys that open the messages (one per reader)',
      [t('message_readers', m.open.readers + m.closed.readers.count)],
      {
        span: m.closed.readers,
        afterMs: daysToMs(wordsDays),
        waiting: m.open.readers,
        until,
      },
    ),
  ];
}

/**
 * What is linked to one number: conversations that still hold its keyed hash (open, or closed and
 * within the grace), their words and who opened them, the keys sealing it, an opt-out, a block.
 * After the grace the sweep erases the hash from the conversation, and with it every link.
 */
async function numberItems(deps: HoldingsDeps, program: Program, senderIndex: string): Promise<HoldingItem[]> {
  const p = periods(program);
  const scope = { programId: program.id, senderIndex };
  const [conversations, messages, access, keys, blocks, optOuts] = await Promise.all([
    repo.conversationHoldings(deps.db, scope),
    repo.messageHoldings(deps.db, scope),
    repo.conversationAccessHoldings(deps.db, scope),
    repo.senderKeyUse(deps.db, scope),
    repo.blockHoldings(deps.db, program.id, senderIndex),
    repo.optOutCount(deps.db, program.id, senderIndex),
  ]);
  const grace = `while the conversation is open, then ${hours(p.graceHours)}`;
  const held = conversations.sendersOpen + conversations.sendersInGrace.count;
  const items: HoldingItem[] = [
    item(
      'liveContact',
      'this number, sealed, and its keyed hash, in its conversations (erased at the time shown)',
      [
        t('conversations.sender_index', held),
        t('conversations.sender_sealed', conversations.sealedNumbers),
        t('conversations.sender_key_id', conversations.sealedNumbers),
      ],
      { span: conversations.sendersInGrace, waiting: conversations.sendersOpen, until: grace },
      held,
    ),
    senderKeyItem(keys, true),
    ...messageItems(messages, p.conversationWordsDays, 'words'),
    item(
      classOf('access_records', 'words'),
      'who opened those conversations, and when (the team member, never the caller)',
      [t('access_records', access.open + access.closed.count)],
      {
        span: access.closed,
        afterMs: daysToMs(p.conversationWordsDays),
        waiting: access.open,
        until: `while the conversation is open, then ${days(p.conversationWordsDays)} after it closes`,
      },
    ),
    item(
      'evaluation',
      `those conversations’ records, linked to this number until it is erased (then kept ${days(p.evaluationDays)} after closing, unlinked)`,
      [t('conversations', conversations.open + conversations.closed.count)],
      {
        span: conversations.sendersInGrace,
        waiting: conversations.open,
        until: grace,
      },
    ),
    item('optOuts', 'an opt-out (this number texted STOP): a keyed hash', [t('sms_opt_outs', optOuts)], {
      waiting: optOuts,
      until: 'until the person texts START',
    }),
    item('blocks', 'a block on this number: a keyed hash', [t('blocked_senders', blocks.count)], {
      span: blocks,
      afterMs: daysToMs(p.blocksDays),
    }),
  ];
  return items.filter((i) => i.count > 0);
}
