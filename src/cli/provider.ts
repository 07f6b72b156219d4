import type { ConnectResult, LineCheck } from './client';
import { CommandRefused, flag, str, type Command, type CommandContext } from './command';
import { changeLines, checkLines } from './provider-words';

/** Prints the check, and makes the exit code say whether anything needs fixing. */
function report(ctx: CommandContext, check: LineCheck): void {
  ctx.print(
    `The program’s number ${check.number ?? '(not set yet)'} at the phone provider:`,
    ...checkLines(check.items),
  );
  const left = check.items.filter((item) => !item.ok && item.problem !== 'not-checked').length;
  if (left > 0) throw new CommandRefused(`${left === 1 ? 'One thing needs' : `${left} things need`} fixing (above).`);
}

const check: Command = {
  name: 'provider check',
  summary:
    'Check the number at the phone provider: credentials, the number, KITH_PUBLIC_URL, and where calls, call status, the fallback and texts go',
  details: [
    'Asks the provider, with the credentials in Kith’s own settings (KITH_PROVIDER_*), and prints one line',
    'per check: ok, or what is wrong and how to fix it. Exit code 1 when anything needs fixing.',
  ].join('\n'),
  async run(ctx) {
    const result = await ctx.client().providerCheck();
    if (ctx.json) {
      ctx.printJson(result);
      if (!result.ok) throw new CommandRefused('Something needs fixing.');
      return;
    }
    report(ctx, result);
    ctx.print('', 'Everything is connected. Call and text the number to hear it yourself.');
  },
};

const connect: Command = {
  name: 'provider connect',
  summary: 'Point the number at Kith through the provider’s API, instead of its website; shows each change first',
  options: {
    'fallback-url': {
      type: 'string',
      value: 'URL',
      help: 'Your static fallback, hosted somewhere other than Kith (https); left as it is when not given',
    },
    yes: { type: 'boolean', short: 'y', help: 'Make the changes without asking (for scripts)' },
  },
  details: [
    'Sets where the number sends incoming calls, call status and incoming texts (each by POST), and the',
    'fallback you name. It shows each change (now → new) and asks before making it; with no terminal',
    'to ask in, it changes nothing unless given --yes. It never invents a fallback: the provider fetches',
    'the fallback exactly when Kith cannot answer, so it must live elsewhere (start from',
    'docs/fallback.xml, and never put responders’ numbers in it).',
    '',
    'Example: kith provider connect --fallback-url https://static.example.net/line-fallback.xml',
  ].join('\n'),
  async run(ctx) {
    const fallbackUrl = str(ctx, 'fallback-url');
    const body = fallbackUrl === undefined ? {} : { fallbackUrl };
    const plan = await ctx.client().providerConnect({ apply: false, ...body });
    if (plan.changes.length === 0)
      return outcome(ctx, plan, plan.check.ok ? 'Nothing to change.' : 'Nothing Kith can change now.');
    if (!ctx.json)
      ctx.print(`Changes to ${plan.number ?? 'the number'} at the provider:`, ...changeLines(plan.changes));
    if (!flag(ctx, 'yes')) {
      // JSON is for scripts: they say --yes, as nobody is there to answer; without it they get the plan.
      if (ctx.json) ctx.printJson(plan);
      if (ctx.json || ctx.io.confirm === undefined)
        throw new CommandRefused('Nothing was changed: run again with --yes (or in a terminal) to make these changes.');
      if (!(await ctx.io.confirm('Make these changes?'))) return ctx.print('Nothing was changed.');
    }
    const applied = await ctx.client().providerConnect({ apply: true, ...body });
    return outcome(ctx, applied, applied.applied ? 'Changed.' : 'Nothing needed changing any more.');
  },
};

/** Prints what connect did and the check afterwards; the exit code says whether anything is left to fix. */
function outcome(ctx: CommandContext, result: ConnectResult, headline: string): void {
  if (!ctx.json) {
    ctx.print(headline, '');
    return report(ctx, result.check);
  }
  ctx.printJson(result);
  if (!result.check.ok) throw new CommandRefused('Something needs fixing.');
}

export const providerCommands: Command[] = [check, connect];
