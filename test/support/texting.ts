import { sweepConversations } from '../../src/conversations/sweep';
import { textDepsOf } from '../../src/conversations/deps';
import { retryOwedDeletions } from '../../src/provider-copies/owed';
import { copyDepsOf } from '../../src/provider-copies/sweep';
import type { Line } from './line';

/** The alias ("K7") in the newest text a responder's phone got that names one. */
export function aliasIn(line: Line, phone: string): string {
  const texts = line.sim.inbox(phone);
  for (let i = texts.length - 1; i >= 0; i--) {
    const match = /\b(K\d+)\b/.exec(texts[i]?.body ?? '');
    if (match?.[1]) return match[1];
  }
  throw new Error('no alias in that phone’s texts');
}

/** The texting timers and the owed provider deletions, run as the server's jobs would, after the test moved the clock. */
export async function sweep(line: Line) {
  const report = await sweepConversations(textDepsOf(line.t.kith.ctx));
  await retryOwedDeletions(copyDepsOf(line.t.kith.ctx));
  return report;
}

/** Texts a phone got since index `from`, bodies only. */
export function bodies(line: Line, phone: string, from = 0): string[] {
  return line.sim.inbox(phone).slice(from).map((t) => t.body);
}
