import { sweepConversations } from '../../src/conversations/sweep';
import { textDepsOf } from '../../src/conversations/deps';
import { retryOwedDeletions } from '../../src/provider-copies/owed';
import { copyDepsOf } from '../../src/provider-copies/sweep';
import { enrol, type Member } from '../../src/notes/test-fixtures';
import type { DbKind } from './databases';
import { startLine, type Line } from './line';

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
  return line.sim
    .inbox(phone)
    .slice(from)
    .map((t) => t.body);
}

/** A line with Ana on call all week on `phone`, enrolled in the console (a key to seal notes with). */
export async function startWithAna(
  kind: DbKind,
  phone: string,
  program: Record<string, unknown> = {},
): Promise<{ line: Line; ana: Member }> {
  const line = await startLine(kind, { program });
  await line.addResponder({ name: 'Ana', phone, tier: 'primary' });
  return { line, ana: await enrol(line.t, line.token, line.ids.Ana ?? '', 'ana') };
}

/** A texted conversation, sealed both ways: the person texts, the responder answers from their phone, and optionally closes it ("K1 done"). */
export async function converse(line: Line, person: string, responder: string, close: boolean): Promise<void> {
  line.sim.phone(person).text('placeholder one');
  await line.sim.runUntilIdle();
  const alias = aliasIn(line, responder);
  line.sim.phone(responder).text(`${alias} placeholder two`);
  await line.sim.runUntilIdle();
  if (close) {
    line.sim.phone(responder).text(`${alias} done`);
    await line.sim.runUntilIdle();
  }
}
