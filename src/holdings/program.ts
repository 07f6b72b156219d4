import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Program } from '../program/types';
import { daysToMs } from '../retention/classes';
import { accessRecordsItem } from './access';
import {
  days,
  fieldEvaluationItems,
  fieldWordItems,
  item,
  messageItems,
  NO_CALL_NUMBERS,
  periods,
  senderItems,
  senderKeyItem,
  t,
  type HoldingItem,
} from './items';
import * as repo from './repo';
import { standingItems } from './standing';

/**
 * Everything the database holds for one program, in reading order: who wrote, sealed words and who
 * opened them, records for evaluation, opt-outs and blocks, then what stays while people do
 * (standing.ts).
 */
export async function programItems(
  db: Kysely<Database>,
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
    shiftNotes,
  ] = await Promise.all([
    repo.conversationHoldings(db, scope),
    repo.messageHoldings(db, scope),
    repo.conversationAccessHoldings(db, scope),
    repo.noteHoldings(db, program.id),
    repo.accessRecordCount(db, program.id),
    repo.callHoldings(db, program.id),
    repo.blockHoldings(db, program.id),
    repo.optOutCount(db, program.id),
    repo.senderKeyUse(db),
    repo.providerDeletionCounts(db),
    repo.teamCounts(db, program.id),
    repo.signInHoldings(db, program.id),
    repo.fieldHoldings(db, program.id),
    repo.rotaCounts(db, program.id),
    repo.memberCounts(db, program.id),
    repo.shiftNoteHoldings(db, program.id),
  ]);

  const words = 'words';
  const evaluation = 'evaluation';
  const items: HoldingItem[] = [
    ...senderItems(conversations, p.graceHours),
    senderKeyItem(keys, false),
    item(
      'liveContact',
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
    item(words, 'notes for a shift, sealed to those on it', [t('shift_notes', shiftNotes.notes.count)], {
      span: shiftNotes.notes,
    }),
    item(
      words,
      'data keys that open the notes for a shift (one per person on it)',
      [t('shift_note_readers', shiftNotes.readers.count)],
      { span: shiftNotes.readers },
    ),
    accessRecordsItem(allAccess, conversationAccess, notes.access, p),
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
    ...standingItems({ owed, signIn, team, rota, members }),
  ];

  const remarks = [
    NO_CALL_NUMBERS,
    'Sender keys and owed provider deletions belong to the whole server, not one program: they are counted in full.',
    'Counts and times only: this list never shows words, numbers or callers’ names.',
  ];
  return { items, remarks };
}
