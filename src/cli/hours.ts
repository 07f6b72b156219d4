import { WEEKDAYS, type Weekday } from '../platform/local-time';
import type { Program } from './client';
import { clockOption, flag, strs, UsageError, type Command } from './command';

type Hours = Program['hours'];
const DAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

export function weekday(text: string): Weekday {
  const lower = text.toLowerCase();
  const index = DAY_NAMES.findIndex((name) => name === lower || name.slice(0, 3) === lower);
  const day = WEEKDAYS[index];
  if (!day) throw new UsageError(`"${text}" is not a day; write mon, tue, wed, thu, fri, sat or sun`);
  return day;
}

/** "fri", "fri,sat" or "mon-fri" (a range may wrap past Sunday, e.g. fri-mon). */
function days(text: string): Weekday[] {
  return text.split(',').flatMap((part) => {
    const [from, to] = part.split('-');
    if (to === undefined) return [weekday(part)];
    const start = WEEKDAYS.indexOf(weekday(from ?? ''));
    const end = WEEKDAYS.indexOf(weekday(to));
    const span = ((end - start + 7) % 7) + 1;
    return Array.from({ length: span }, (_, i) => WEEKDAYS[(start + i) % 7] as Weekday);
  });
}

export function parseWeekly(spec: string): Hours['weekly'] {
  const match = /^\s*([a-zA-Z,-]+)\s+(\d{1,2}:\d{2})\s*[-–]\s*(\d{1,2}:\d{2})\s*$/.exec(spec);
  if (!match)
    throw new UsageError(
      `--weekly is written 'DAY HH:MM-HH:MM', e.g. 'fri 19:00-24:00' or 'mon-fri 09:00-17:00' (got "${spec}")`,
    );
  const [, dayText = '', start = '', end = ''] = match;
  return days(dayText).map((day) => ({ day, start: clockOption('weekly', start), end: clockOption('weekly', end) }));
}

/** Opening hours as short lines for people: "Fri 19:00-24:00", closed dates, special days. */
export function hoursSummary(program: Program): string[] {
  const { weekly, exceptions } = program.hours;
  const lines: string[] = [];
  const allDay = WEEKDAYS.every((day) => weekly.some((w) => w.day === day && w.start === '00:00' && w.end === '24:00'));
  if (allDay) lines.push('Open every day, at any hour');
  else if (weekly.length === 0) lines.push('No weekly hours: closed except on the dates below');
  else {
    for (const [i, day] of WEEKDAYS.entries()) {
      const spans = weekly.filter((w) => w.day === day).map((w) => `${w.start}-${w.end}`);
      if (spans.length > 0)
        lines.push(`${(DAY_NAMES[i] ?? day).slice(0, 3).replace(/^./, (c) => c.toUpperCase())} ${spans.join(', ')}`);
    }
  }
  for (const exception of exceptions) {
    const label = exception.label ? ` (${exception.label})` : '';
    const open = exception.open.map((s) => `${s.start}-${s.end}`).join(', ');
    lines.push(open ? `${exception.date}: open ${open} only${label}` : `${exception.date}: closed${label}`);
  }
  lines.push(`Times are in ${program.timeZone}.`);
  return lines;
}

const show: Command = {
  name: 'program hours',
  summary: 'Show the opening hours',
  async run(ctx) {
    const program = await ctx.client().program();
    if (ctx.json) ctx.printJson(program.hours);
    else ctx.print(...hoursSummary(program));
  },
};

const set: Command = {
  name: 'program hours set',
  summary: 'Replace the opening hours (callers are told them; outside them they hear the closed message)',
  options: {
    weekly: {
      type: 'string',
      multiple: true,
      value: "'DAY HH:MM-HH:MM'",
      help: "Open every week, e.g. 'fri 19:00-24:00' or 'mon-fri 09:00-17:00'",
      fills: '/hours/weekly',
    },
    always: { type: 'boolean', help: 'Open every day, at any hour', fills: '/hours/weekly' },
    closed: {
      type: 'string',
      multiple: true,
      value: 'YYYY-MM-DD',
      help: 'Closed all day on this date (a holiday)',
      fills: '/hours/exceptions',
    },
  },
  details:
    'Times are in the program’s time zone. 24:00 is midnight; an end before the start runs past midnight.\n' +
    'This replaces all hours and closed dates. Example:\n' +
    "  kith program hours set --weekly 'fri 19:00-24:00' --weekly 'sat 19:00-24:00' --closed 2026-12-25",
  async run(ctx) {
    const weekly = strs(ctx, 'weekly');
    const always = flag(ctx, 'always');
    if (always && weekly.length > 0) throw new UsageError('Use either --always or --weekly, not both');
    if (!always && weekly.length === 0)
      throw new UsageError(
        "Say when the line is open: --weekly 'fri 19:00-24:00' (repeat it for each span) or --always",
      );
    const hours: Hours = {
      weekly: always ? WEEKDAYS.map((day) => ({ day, start: '00:00', end: '24:00' })) : weekly.flatMap(parseWeekly),
      exceptions: strs(ctx, 'closed').map((date) => ({ date: date.trim(), open: [] })),
    };
    const program = await ctx.client().changeProgram({ hours });
    if (ctx.json) {
      ctx.printJson(program);
      return;
    }
    const language = program.languages[0] ?? 'en';
    ctx.print(
      'Hours saved.',
      '',
      ...hoursSummary(program),
      '',
      `Callers who ring while closed hear (${language}):`,
      `  ${program.spoken[language]?.offHours ?? ''}`,
    );
  },
};

export const hoursCommands: Command[] = [show, set];
