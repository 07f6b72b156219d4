import { SENDER_KEY_LIFETIME_MS } from '../conversations/sender-keys';
import { daysToMs, RETENTION_CLASSES } from '../retention/classes';
import type { Program } from '../program/types';
import type * as repo from './repo';

/**
 * The items of a holdings report: what each kind of stored thing is called, which retention class
 * it falls in, and when it goes — built from counts and stored times only.
 */

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

export const TITLES: Record<string, { title: string; about: About }> = {
  liveContact: { title: 'Who wrote, while their conversation needs it', about: 'callers' },
  words: { title: 'Sealed words, and who opened them', about: 'callers' },
  access: { title: 'Who opened what', about: 'callers' },
  evaluation: { title: 'Records for evaluation (times, counts, outcomes: no words, no numbers)', about: 'callers' },
  optOuts: { title: 'Opt-outs (STOP)', about: 'callers' },
  blocks: { title: 'Blocks', about: 'callers' },
  providerCopies: { title: 'Deletions owed at the phone provider', about: 'callers' },
  signIn: { title: 'Sign-in (about the team, not callers)', about: 'team' },
  team: { title: 'The team (about the team, not callers)', about: 'team' },
  rota: { title: 'Calendars, reminders, swaps and time-away requests (about the team, not callers)', about: 'team' },
  members: { title: 'Members and their check-ins', about: 'callers' },
  program: { title: 'The program itself (not callers)', about: 'program' },
};

/** The class RETENTION_CLASSES puts a table in (access records: with the words they opened). */
export function classOf(table: string, fallback: string): string {
  return Object.entries(RETENTION_CLASSES).find(([, c]) => c.tables.includes(table))?.[0] ?? fallback;
}

export const NO_CALL_NUMBERS =
  'Kith keeps no number for calls: a call record holds times and outcomes only, so no call can be found by the number it came from.';

export interface Timed {
  /** Rows with a stored time their expiry counts from. */
  span?: repo.Span;
  /** Added to that time. */
  afterMs?: number;
  /** Rows waiting for an event instead. */
  waiting?: number;
  until?: string;
}

export function item(
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

export const t = (table: string, count: number): repo.TableCount => ({ table, count });
export const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;
export const hours = (n: number) => `${n} hour${n === 1 ? '' : 's'}`;

/** Periods from the program's settings, in the words a person reads them. */
export function periods(program: Program) {
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

/** Field dispatch's sealed words: the brief and its keys while the response is open, and debrief words. */
export function fieldWordItems(f: repo.FieldHoldings, p: ReturnType<typeof periods>): HoldingItem[] {
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

export function fieldEvaluationItems(f: repo.FieldHoldings, evaluationDays: number): HoldingItem[] {
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

export function senderItems(c: repo.ConversationHoldings, graceHours: number): HoldingItem[] {
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
export function senderKeyItem(keys: Awaited<ReturnType<typeof repo.senderKeyUse>>, forNumber: boolean): HoldingItem {
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

export function messageItems(m: repo.MessageHoldings, wordsDays: number, cls: string): HoldingItem[] {
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
