import { END_REASONS } from '../calls/types';
import type { Call } from './client';
import { need, oneOf, str, UsageError, wholeNumber, type Command, type CommandContext } from './command';
import { fields, plural, seconds, table, when } from './format';

const DAY_MS = 86_400_000;
const OUTCOMES: Record<NonNullable<Call['outcome']>, string> = {
  answered: 'answered',
  no_answer: 'nobody answered',
  off_hours: 'closed',
  caller_hung_up: 'caller hung up',
};
const END_REASON_TEXT: Record<NonNullable<Call['endReason']>, string> = {
  mistake: 'reached a responder by mistake',
  must_end: 'responder had to end it',
};

/** Call times read in the program's time zone; names for whoever took the call. */
async function lookups(ctx: CommandContext): Promise<{ zone: string; name: (id: string | null) => string }> {
  const [program, responders] = await Promise.all([ctx.client().program(), ctx.client().responders()]);
  const names = new Map(responders.map((r) => [r.id, r.name]));
  return { zone: program.timeZone, name: (id) => (id === null ? '-' : (names.get(id) ?? id)) };
}

function outcome(call: Call): string {
  if (call.outcome === null) return call.state;
  return `${OUTCOMES[call.outcome]}${call.endReason ? ` (${END_REASON_TEXT[call.endReason]})` : ''}`;
}

const MAX_DAYS = 366;
const DEFAULT_DAYS = 30;

const list: Command = {
  name: 'calls list',
  summary: 'List recent call records (no caller numbers: Kith does not keep them)',
  options: {
    days: { type: 'string', value: 'N', help: `How many days back, 1 to ${MAX_DAYS} (default ${DEFAULT_DAYS})` },
  },
  async run(ctx) {
    const daysText = str(ctx, 'days');
    const days = daysText === undefined ? DEFAULT_DAYS : wholeNumber('days', daysText);
    if (days < 1 || days > MAX_DAYS) throw new UsageError(`--days must be from 1 to ${MAX_DAYS}`);
    const calls = await ctx.client().calls({ from: ctx.now() - days * DAY_MS, limit: 1000 });
    if (ctx.json) return ctx.printJson(calls);
    if (calls.length === 0) return ctx.print(`No calls in the last ${plural(days, 'day')}.`);
    const { zone, name } = await lookups(ctx);
    const rows = calls.map((c) => [
      c.id,
      when(c.startedAt, zone),
      outcome(c),
      c.language ?? '-',
      seconds(c.secondsToAnswer),
      seconds(c.durationSeconds),
      name(c.acceptedBy),
    ]);
    ctx.print(
      ...table(['ID', 'STARTED', 'OUTCOME', 'LANGUAGE', 'ANSWERED IN', 'LENGTH', 'TAKEN BY'], rows),
      '',
      `Times are in ${zone}.`,
    );
  },
};

const live: Command = {
  name: 'calls live',
  summary: 'Calls ringing or in progress now',
  async run(ctx) {
    const calls = await ctx.client().liveCalls();
    if (ctx.json) return ctx.printJson(calls);
    if (calls.length === 0) return ctx.print('No calls right now.');
    const { zone, name } = await lookups(ctx);
    ctx.print(
      ...table(
        ['ID', 'STATE', 'STARTED', 'LANGUAGE', 'TAKEN BY'],
        calls.map((c) => [c.id, c.state, when(c.startedAt, zone), c.language ?? '-', name(c.acceptedBy)]),
      ),
    );
  },
};

function callLines(call: Call, zone: string, name: (id: string | null) => string): string[] {
  return fields([
    ['Call', call.id],
    ['State', call.state],
    ['Started', when(call.startedAt, zone)],
    ['Ended', call.endedAt === null ? '-' : when(call.endedAt, zone)],
    ['Outcome', outcome(call)],
    ['Language', call.language ?? '-'],
    ['Answered in', seconds(call.secondsToAnswer)],
    ['Length', seconds(call.durationSeconds)],
    ['Taken by', name(call.acceptedBy)],
  ]);
}

const show: Command = {
  name: 'calls show',
  summary: 'Show one call record',
  args: ['ID'],
  async run(ctx) {
    const call = await ctx.client().call(ctx.args[0] ?? '');
    if (ctx.json) return ctx.printJson(call);
    const { zone, name } = await lookups(ctx);
    ctx.print(...callLines(call, zone, name));
  },
};

const end: Command = {
  name: 'calls end',
  summary: 'End a call early, saying why',
  args: ['ID'],
  options: {
    reason: {
      type: 'string',
      value: 'REASON',
      help: 'mistake (it reached you by mistake) or must_end (you have to end it)',
    },
  },
  async run(ctx) {
    const reason = oneOf('reason', need(ctx, 'reason'), END_REASONS);
    const call = await ctx.client().endCall(ctx.args[0] ?? '', reason);
    if (ctx.json) return ctx.printJson(call);
    ctx.print(`Ended call ${call.id}. The caller hears that the call had to end and that they can call again.`);
  },
};

export const callCommands: Command[] = [list, live, show, end];
