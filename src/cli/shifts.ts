import { ROLES } from '../auth/principal';
import { WEEKDAYS } from '../platform/local-time';
import { OVERRIDE_KINDS, TIERS } from '../shifts/types';
import { CliApiError, type NewShiftOverride, type NewShiftRule, type Schedule } from './client';
import {
  clockOption,
  need,
  oneOf,
  str,
  UsageError,
  wholeNumber,
  type Command,
  type CommandContext,
  type OptionSpec,
} from './command';
import { localDate, localInstant, localTime, table } from './format';
import { weekday } from './hours';
import { allowed, allowOption, orRestRefusal } from './rest-allow';

const ROLE_HELP = ROLES.join(', ');
const ruleOptions: Record<string, OptionSpec> = {
  responder: { type: 'string', value: 'ID', help: 'Who works it (see kith responders list)', fills: '/responderId' },
  role: { type: 'string', value: 'ROLE', help: `What for: ${ROLE_HELP}` },
  tier: {
    type: 'string',
    value: 'TIER',
    help: 'primary (rung first) or backup (when no primary answers); default primary',
  },
  day: { type: 'string', value: 'DAY', help: 'The day it starts: mon … sun' },
  from: { type: 'string', value: 'HH:MM', help: 'Start, local time on the 24-hour clock', fills: '/start' },
  to: {
    type: 'string',
    value: 'HH:MM',
    help: 'End; 24:00 is midnight, an earlier time runs past midnight',
    fills: '/end',
  },
};

const dayLabel = (day: string) => day.replace(/^./, (c) => c.toUpperCase());

async function names(ctx: CommandContext): Promise<Map<string, string>> {
  return new Map((await ctx.client().responders()).map((r) => [r.id, r.name]));
}

const list: Command = {
  name: 'shifts list',
  summary: 'List weekly shifts, and one-offs and time away still to come',
  async run(ctx) {
    const client = ctx.client();
    const [shifts, who, program] = await Promise.all([client.shifts(), names(ctx), client.program()]);
    if (ctx.json) return ctx.printJson(shifts);
    const name = (id: string) => who.get(id) ?? id;
    const rules = [...shifts.rules].sort(
      (a, b) => WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day) || a.start.localeCompare(b.start),
    );
    const lines = [`Times are in ${program.timeZone}.`, '', 'Weekly shifts:'];
    if (rules.length === 0) lines.push('  none yet (kith shifts add --help)');
    else
      lines.push(
        ...table(
          ['ID', 'DAY', 'FROM', 'TO', 'ROLE', 'TIER', 'WHO'],
          rules.map((r) => [r.id, dayLabel(r.day), r.start, r.end, r.role, r.tier, name(r.responderId)]),
        ),
      );
    lines.push('', 'One-offs and time away:');
    if (shifts.overrides.length === 0) lines.push('  none coming up');
    else {
      const rows = shifts.overrides.map((o) => [
        o.id,
        o.kind === 'on' ? 'extra shift' : 'time away',
        localInstant(o.start),
        localInstant(o.end),
        o.role ?? '-',
        o.tier ?? '-',
        name(o.responderId),
      ]);
      lines.push(...table(['ID', 'KIND', 'FROM', 'TO', 'ROLE', 'TIER', 'WHO'], rows));
    }
    ctx.print(...lines);
  },
};

function ruleFrom(ctx: CommandContext, base?: NewShiftRule): NewShiftRule {
  const pick = (name: string, fallback: string | undefined) => str(ctx, name) ?? fallback ?? need(ctx, name);
  return {
    responderId: pick('responder', base?.responderId),
    role: oneOf('role', pick('role', base?.role), ROLES),
    tier: oneOf('tier', str(ctx, 'tier') ?? base?.tier ?? 'primary', TIERS),
    day: weekday(pick('day', base?.day)),
    start: clockOption('from', pick('from', base?.start)),
    end: clockOption('to', pick('to', base?.end)),
  };
}

function printRule(
  ctx: CommandContext,
  message: string,
  rule: Omit<NewShiftRule, 'restOverride'> & { id: string },
): void {
  if (ctx.json) return ctx.printJson(rule);
  ctx.print(
    `${message} ${rule.id}: ${dayLabel(rule.day)} ${rule.start}-${rule.end}, ${rule.role} (${rule.tier}).`,
    'Check for gaps: kith shifts schedule',
  );
}

const add: Command = {
  name: 'shifts add',
  summary: 'Add a weekly shift',
  options: { ...ruleOptions, ...allowOption },
  details:
    'Example:\n  kith shifts add --responder rsp_… --role phone --tier primary --day fri --from 19:00 --to 24:00\n' +
    'A shift that breaks one of the program’s rest rules is refused unless --allow gives the reason.',
  async run(ctx) {
    const rule = { ...ruleFrom(ctx), ...allowed(ctx) };
    printRule(ctx, 'Added weekly shift', await orRestRefusal(() => ctx.client().addRule(rule)));
  },
};

const move: Command = {
  name: 'shifts move',
  summary: 'Change a weekly shift: only the options you give change',
  args: ['ID'],
  options: { ...ruleOptions, ...allowOption },
  details:
    'Example:\n  kith shifts move shf_… --day sat --from 20:00 --to 02:00\n' +
    'A move that breaks one of the program’s rest rules is refused unless --allow gives the reason.',
  async run(ctx) {
    const id = ctx.args[0] ?? '';
    const changes = Object.keys(ruleOptions).filter((name) => str(ctx, name) !== undefined);
    if (changes.length === 0)
      throw new UsageError('Nothing to change: give --day, --from, --to, --role, --tier or --responder');
    const current = (await ctx.client().shifts()).rules.find((r) => r.id === id);
    if (!current) throw new CliApiError(404, 'not_found', 'Weekly shift not found');
    const { id: _id, restOverride: _allowed, ...base } = current;
    const rule = { ...ruleFrom(ctx, base), ...allowed(ctx) };
    printRule(ctx, 'Moved weekly shift', await orRestRefusal(() => ctx.client().replaceRule(id, rule)));
  },
};

const remove: Command = {
  name: 'shifts remove',
  summary: 'Remove a weekly shift',
  args: ['ID'],
  async run(ctx) {
    const id = ctx.args[0] ?? '';
    await ctx.client().removeRule(id);
    if (ctx.json) ctx.printJson({ removed: id });
    else ctx.print(`Removed weekly shift ${id}. Check for gaps: kith shifts schedule`);
  },
};

const override: Command = {
  name: 'shifts override',
  summary: 'Add a one-off: an extra shift (--kind on) or time away (--kind off)',
  options: {
    responder: ruleOptions.responder as OptionSpec,
    kind: {
      type: 'string',
      value: 'on|off',
      help: 'on: an extra shift; off: time away, whatever their weekly shifts say',
    },
    role: { type: 'string', value: 'ROLE', help: `For an extra shift: ${ROLE_HELP}` },
    tier: { type: 'string', value: 'TIER', help: 'For an extra shift: primary (default) or backup' },
    from: { type: 'string', value: 'DATE-TIME', help: 'Start, local: 2026-12-24T18:00', fills: '/start' },
    to: { type: 'string', value: 'DATE-TIME', help: 'End, local: 2026-12-24T23:00', fills: '/end' },
    ...allowOption,
  },
  details:
    'Examples:\n' +
    '  kith shifts override --responder rsp_… --kind on --role phone --from 2026-12-24T18:00 --to 2026-12-24T23:00\n' +
    '  kith shifts override --responder rsp_… --kind off --from 2026-12-20T00:00 --to 2027-01-02T00:00',
  async run(ctx) {
    const kind = oneOf('kind', need(ctx, 'kind'), OVERRIDE_KINDS);
    const role = str(ctx, 'role');
    const tier = str(ctx, 'tier') ?? (kind === 'on' ? 'primary' : undefined);
    const body: NewShiftOverride = {
      responderId: need(ctx, 'responder'),
      kind,
      ...(role === undefined ? {} : { role: oneOf('role', role, ROLES) }),
      ...(tier === undefined ? {} : { tier: oneOf('tier', tier, TIERS) }),
      start: need(ctx, 'from'),
      end: need(ctx, 'to'),
      ...allowed(ctx),
    };
    const created = await orRestRefusal(() => ctx.client().addOverride(body));
    if (ctx.json) return ctx.printJson(created);
    const what = created.kind === 'on' ? `Extra shift (${created.role ?? ''}, ${created.tier ?? ''})` : 'Time away';
    ctx.print(
      `${what} ${created.id}: ${localInstant(created.start)} to ${localInstant(created.end)}.`,
      'Check for gaps: kith shifts schedule',
    );
  },
};

const unoverride: Command = {
  name: 'shifts unoverride',
  summary: 'Remove a one-off shift or time away',
  args: ['ID'],
  async run(ctx) {
    const id = ctx.args[0] ?? '';
    await ctx.client().removeOverride(id);
    if (ctx.json) ctx.printJson({ removed: id });
    else ctx.print(`Removed ${id}.`);
  },
};

const nextDate = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** A shift over a rest rule, said after it, with the coordinator's reason if they allowed it. */
function restNote(rest: Schedule['occurrences'][number]['rest']): string {
  if (!rest) return '';
  const said =
    rest.rule === 'weekHours'
      ? `${rest.hours} h in 7 days, limit ${rest.limit} h`
      : rest.rule === 'stretchHours'
        ? `${rest.hours} h in one stretch, limit ${rest.limit} h`
        : `only ${rest.hours} h off before it, rule ${rest.limit} h`;
  return `  OVER A REST RULE: ${said}${rest.allowed ? ` (allowed: ${rest.allowed})` : ''}`;
}

/** Each day's shifts and gaps (in opening hours) in time order, gaps loud, so a hole in cover cannot be missed. */
function scheduleLines(s: Schedule): string[] {
  type Entry = { start: string; line: string };
  const byDay = new Map<string, Entry[]>();
  const span = (start: string, end: string) => {
    if (localDate(end) === localDate(start)) return `${localTime(start)}-${localTime(end)}`;
    // Ending at the next midnight reads as 24:00, the way shifts are written.
    if (localTime(end) === '00:00' && localDate(end) === nextDate(localDate(start))) return `${localTime(start)}-24:00`;
    return `${localTime(start)} until ${localInstant(end)}`;
  };
  const put = (start: string, line: string) =>
    byDay.set(localDate(start), [...(byDay.get(localDate(start)) ?? []), { start, line }]);
  for (const o of s.occurrences)
    put(
      o.start,
      `  ${span(o.start, o.end)}  ${o.role} ${o.tier}  ${o.responderName}${o.source === 'override' ? ' (one-off)' : ''}${restNote(o.rest)}`,
    );
  for (const g of s.gaps) put(g.start, `  ${span(g.start, g.end)}  GAP: nobody on primary for ${g.role}`);
  const lines = [`Times are in ${s.timeZone}.`];
  for (const day of [...byDay.keys()].sort()) {
    lines.push('', localInstant(`${day}T00:00`).slice(0, -6));
    lines.push(...(byDay.get(day) ?? []).sort((a, b) => a.start.localeCompare(b.start)).map((e) => e.line));
  }
  lines.push('');
  // Gaps are only ever in opening hours (the API leaves closed hours out), so say so.
  if (s.gaps.length === 0)
    lines.push('No gaps: someone is on the primary tier for the phone whenever the line is open.');
  else
    lines.push(
      `${s.gaps.length} ${s.gaps.length === 1 ? 'gap' : 'gaps'} while the line is open with nobody on the primary tier. Calls then go to backup, or nobody answers.`,
    );
  return lines;
}

const schedule: Command = {
  name: 'shifts schedule',
  summary: 'Who is on when, day by day, and the gaps with nobody to answer',
  options: {
    from: { type: 'string', value: 'YYYY-MM-DD', help: 'First day (default today, in the program’s time zone)' },
    days: { type: 'string', value: 'N', help: 'How many days, 1 to 31 (default 7)' },
  },
  async run(ctx) {
    const from = str(ctx, 'from');
    const days = str(ctx, 'days');
    const result = await ctx
      .client()
      .schedule({ ...(from ? { from } : {}), ...(days ? { days: wholeNumber('days', days) } : {}) });
    if (ctx.json) ctx.printJson(result);
    else ctx.print(...scheduleLines(result));
  },
};

const onCall: Command = {
  name: 'on-call',
  summary: 'Who is on call right now, in every role',
  async run(ctx) {
    const entries = await ctx.client().onCall();
    if (ctx.json) return ctx.printJson(entries);
    if (entries.length === 0)
      return ctx.print('Nobody is on call right now. See when people are: kith shifts schedule');
    const rows = entries.map((e) => [
      e.name,
      e.role,
      e.tier,
      localInstant(e.until),
      e.status === 'paused' ? 'paused: will not be rung' : 'active',
    ]);
    ctx.print(...table(['NAME', 'ROLE', 'TIER', 'UNTIL', 'STATUS'], rows));
  },
};

export const shiftCommands: Command[] = [list, add, move, remove, override, unoverride, schedule, onCall];
