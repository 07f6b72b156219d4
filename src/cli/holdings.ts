import type { Holdings } from './client';
import { str, UsageError, type Command } from './command';
import { when } from './format';

type Item = Holdings['items'][number];

/** "kept while …", "expires Mon 2026-12-23 10:00", "expires between A and B; 2 more kept until …". */
function keptFor(item: Item, zone: string): string {
  if (item.count === 0) return 'none held';
  const until = item.until ?? 'until their own expiry';
  const { oldestExpiresAt: oldest, newestExpiresAt: newest } = item;
  if (oldest === null || newest === null) return `kept ${until}`;
  const expires =
    oldest === newest
      ? `expires ${when(oldest, zone)}`
      : `expires between ${when(oldest, zone)} and ${when(newest, zone)}`;
  if (item.waiting === 0) return expires;
  return `${expires}; ${item.waiting} more kept ${until}`;
}

/** The team's and the program's lines say which tables they add up. */
function counted(item: Item): string {
  if (item.about === 'callers' || item.tables.length < 2) return String(item.count);
  return `${item.count} (${item.tables.map((t) => `${t.table} ${t.count}`).join(', ')})`;
}

export function holdingsText(h: Holdings): string[] {
  const subject = h.scope === 'number' ? 'the number you gave' : h.programName;
  const lines = [`What Kith holds about ${subject} right now (${when(h.at, h.timeZone)}; times are in ${h.timeZone}):`];
  if (h.nothingLinked === true) lines.push('', 'Kith holds nothing linked to this number.');
  for (const cls of h.classes) {
    lines.push('', cls.title);
    for (const item of h.items.filter((i) => i.class === cls.class))
      lines.push(`  ${item.what} — ${counted(item)} — ${keptFor(item, h.timeZone)}`);
  }
  lines.push(
    '',
    ...h.remarks,
    `This is everything Kith holds about ${h.scope === 'number' ? 'this number' : 'the program'} right now.`,
  );
  return lines;
}

const holdings: Command = {
  name: 'holdings',
  summary: 'Everything Kith holds now, by retention class and expiry: for the program, or linked to one number',
  options: {
    number: {
      type: 'string',
      value: 'NUMBER',
      help: 'Only what is linked to this phone number (any usual form; without +country code, the program’s country)',
    },
  },
  details: [
    'The list that answers "what do you have?": each kind of thing Kith holds, how many, and when',
    'each is deleted (or the event it waits for), in the program’s time zone. Counts and times only:',
    'never words, numbers or callers’ names. Coordinators only.',
    '',
    'With --number: the conversations that still know that number (open, or closed and within the',
    'grace before it is erased), their messages, an opt-out or a block. After the grace it says',
    '"Kith holds nothing linked to this number" — unless the number texted STOP or was blocked: those',
    'are kept as keyed hashes for their own period, and are listed. Kith keeps no number for calls.',
    'The number is sent in the request body, never in a URL, and is never printed back. Your shell may',
    'keep it in its history (in bash, start the command with a space when HISTCONTROL=ignorespace).',
    '',
    'It reports what Kith’s database holds; backups kept elsewhere, the phone provider’s copies and',
    'the disk’s free space are beyond it (docs/THREAT_MODEL.md, "What we hold").',
    '',
    'Examples: kith holdings',
    '          kith holdings --number "(202) 555-0187"',
  ].join('\n'),
  async run(ctx) {
    const number = str(ctx, 'number');
    // Not repeated back: it is a phone number.
    if (number !== undefined && number.trim() === '') throw new UsageError('--number needs a phone number');
    const result = await ctx.client().holdings(number);
    if (ctx.json) return ctx.printJson(result);
    ctx.print(...holdingsText(result));
  },
};

export const holdingsCommands: Command[] = [holdings];
