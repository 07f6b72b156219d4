import type { Kysely } from 'kysely';
import type { ServerKeys } from '../crypto/server-keys';
import type { Database } from '../db/schema';
import { smsSenderIndex } from '../conversations/sender-index';
import type { Clock } from '../platform/clock';
import { invalid } from '../platform/errors';
import { toE164 } from '../platform/phone';
import { getProgram } from '../program/service';
import type { Program } from '../program/types';
import { daysToMs, RETENTION_CLASSES } from '../retention/classes';
import * as repo from './repo';
import {
  type HoldingItem,
  type HoldingClass,
  type Holdings,
  TITLES,
  classOf,
  NO_CALL_NUMBERS,
  item,
  t,
  days,
  hours,
  periods,
  fieldWordItems,
  fieldEvaluationItems,
  senderItems,
  senderKeyItem,
  messageItems,
} from './items';

export type { About, HoldingClass, HoldingItem, Holdings } from './items';

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
    rota,
    members,
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
    repo.rotaCounts(deps.db, program.id),
    repo.memberCounts(deps.db, program.id),
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
    item(
      'rota',
      'calendar links (hashes only), reminder choices, devices’ push subscriptions (sealed), which reminders went out, swap offers and time-away requests',
      rota,
      {
        waiting: rota.reduce((a, c) => a + c.count, 0),
        until:
          'until the link is replaced, the sign-in ends, or 2 days after the shift (or the swap’s or request’s end)',
      },
      rota.reduce((a, c) => a + c.count, 0),
    ),
    item(
      'members',
      'members (number, sealed name and phone), their people, check-ins, crisis plans (sealed under the member’s own code) and where they are open now, the code book, the place book, join codes, and keyed ids of handled texts',
      members,
      {
        waiting: members.reduce((a, c) => a + c.count, 0),
        until:
          'while they stay a member (leaving deletes it all); a plan until they destroy it, and opened only until the call, conversation or response closes; a check-in until met or told; handled texts one day',
      },
      members.reduce((a, c) => a + c.count, 0),
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
