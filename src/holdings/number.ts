import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Program } from '../program/types';
import { daysToMs } from '../retention/classes';
import { classOf, days, hours, item, messageItems, periods, senderKeyItem, t, type HoldingItem } from './items';
import * as repo from './repo';

/**
 * What is linked to one number: conversations that still hold its keyed hash (open, or closed and
 * within the grace), their words and who opened them, the keys sealing it, an opt-out, a block.
 * After the grace the sweep erases the hash from the conversation, and with it every link.
 */
export async function numberItems(db: Kysely<Database>, program: Program, senderIndex: string): Promise<HoldingItem[]> {
  const p = periods(program);
  const scope = { programId: program.id, senderIndex };
  const [conversations, messages, access, keys, blocks, optOuts] = await Promise.all([
    repo.conversationHoldings(db, scope),
    repo.messageHoldings(db, scope),
    repo.conversationAccessHoldings(db, scope),
    repo.senderKeyUse(db, scope),
    repo.blockHoldings(db, program.id, senderIndex),
    repo.optOutCount(db, program.id, senderIndex),
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
