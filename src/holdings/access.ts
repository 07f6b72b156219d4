import { daysToMs } from '../retention/classes';
import { classOf, days, item, t, type HoldingItem, type periods } from './items';
import type * as repo from './repo';

/**
 * Access records (who opened a note or a conversation, and when) as one item: each goes with the
 * words it opened, so its expiry is the note's or the conversation's; one whose note or conversation
 * is already gone waits for the next purge.
 */
export function accessRecordsItem(
  all: number,
  conversationAccess: { open: number; closed: repo.Span },
  noteAccess: repo.Span,
  p: ReturnType<typeof periods>,
): HoldingItem {
  const accessClass = classOf('access_records', 'words');
  const accessConversation = item(accessClass, '', [], {
    span: conversationAccess.closed,
    afterMs: daysToMs(p.conversationWordsDays),
    waiting: conversationAccess.open,
  });
  const accessNote = item(accessClass, '', [], { span: noteAccess, afterMs: daysToMs(p.wordsDays) });
  const linked = conversationAccess.open + conversationAccess.closed.count + noteAccess.count;
  const orphans = Math.max(0, all - linked);
  const expiries = [
    accessConversation.oldestExpiresAt,
    accessConversation.newestExpiresAt,
    accessNote.oldestExpiresAt,
    accessNote.newestExpiresAt,
  ].filter((x): x is number => x !== null);
  return {
    class: accessClass,
    about: 'callers',
    what: 'who opened a note or a conversation, and when (the team member, never the caller)',
    tables: [t('access_records', all)],
    count: all,
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
  };
}
