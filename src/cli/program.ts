import { MESSAGE_KEYS, RING_STRATEGIES, SCOPES, type MessageKey } from '../program/types';
import type { Program, ProgramPatch } from './client';
import { listOption, oneOf, str, strs, UsageError, wholeNumber, type Command, type CommandContext } from './command';
import { fields, languageName } from './format';
import { hoursCommands, hoursSummary } from './hours';

const MESSAGE_LABELS: Record<MessageKey, string> = {
  greeting: 'Greeting',
  disclosures: 'What we promise (disclosures)',
  offHours: 'When the line is closed (offHours)',
  noAnswer: 'When nobody can pick up (noAnswer)',
};

export function programLines(program: Program): string[] {
  const own = Object.entries(program.messages).flatMap(([language, messages]) =>
    Object.entries(messages)
      .filter(([, text]) => typeof text === 'string' && text.trim() !== '')
      .map(([key]) => `${language}.${key}`),
  );
  const ring =
    program.ringStrategy === 'simultaneous' ? 'everyone on the tier at once' : 'one person at a time, in order';
  return [
    ...fields([
      ['Program', `${program.name} (${program.id})`],
      ['Community number', program.phoneNumber ?? 'not set yet (kith program set --number +1…)'],
      ['Time zone', program.timeZone],
      ['Country', `${program.defaultCountry} (for numbers written without +)`],
      ['Languages', `${program.languages.map(languageName).join(', ')}; the first is the default`],
      ['Responds to', program.respondsTo.join(', ') || 'nothing stated'],
      [
        'Ringing',
        `${ring}, ${program.ringTimeoutSeconds} s per ${program.ringStrategy === 'simultaneous' ? 'tier' : 'person'}`,
      ],
      ['Own messages', own.length > 0 ? own.join(', ') : 'none; Kith’s plain-language defaults are used'],
    ]),
    'Hours:',
    ...hoursSummary(program).map((line) => `  ${line}`),
    '',
    'Hear exactly what callers hear: kith program messages',
  ];
}

const show: Command = {
  name: 'program show',
  summary: 'Show the program’s settings',
  async run(ctx) {
    const program = await ctx.client().program();
    if (ctx.json) ctx.printJson(program);
    else ctx.print(...programLines(program));
  },
};

/** "es.greeting=Hola…" → a change to the program's own messages; empty text goes back to Kith's default. */
function applyMessages(current: Program['messages'], specs: string[]): Program['messages'] {
  const next: Program['messages'] = Object.fromEntries(
    Object.entries(current).map(([language, messages]) => [language, { ...messages }]),
  );
  for (const spec of specs) {
    const match = /^([a-zA-Z-]+)\.([a-zA-Z]+)=([\s\S]*)$/.exec(spec);
    if (!match)
      throw new UsageError(
        '--message is written LANG.KEY=TEXT, e.g. --message "en.greeting=Hello, you have reached {program}."',
      );
    const [, language = '', keyText = '', text = ''] = match;
    const key = oneOf('message key', keyText, MESSAGE_KEYS);
    const messages = { ...next[language] };
    if (text.trim() === '') delete messages[key];
    else messages[key] = text;
    if (Object.keys(messages).length === 0) delete next[language];
    else next[language] = messages;
  }
  return next;
}

const set: Command = {
  name: 'program set',
  summary: 'Change the program’s settings (only what you name changes)',
  options: {
    name: { type: 'string', value: 'NAME', help: 'The program’s name, as callers hear it' },
    number: {
      type: 'string',
      value: 'E164',
      help: 'The community number, e.g. +12025550100 ("none" to clear)',
      fills: '/phoneNumber',
    },
    'time-zone': { type: 'string', value: 'ZONE', help: 'IANA time zone, e.g. America/Chicago' },
    country: {
      type: 'string',
      value: 'CC',
      help: 'Two-letter country for numbers written without +, e.g. US',
      fills: '/defaultCountry',
    },
    languages: { type: 'string', value: 'en,es', help: 'Languages offered to callers; the first is the default' },
    'responds-to': {
      type: 'string',
      value: 'LIST',
      help: `What the team responds to, told to callers: ${SCOPES.join(', ')}`,
    },
    'ring-timeout': {
      type: 'string',
      value: 'SECONDS',
      help: 'How long each tier (or each person, in order) rings',
      fills: '/ringTimeoutSeconds',
    },
    'ring-strategy': { type: 'string', value: 'HOW', help: `${RING_STRATEGIES.join(' or ')}` },
    message: {
      type: 'string',
      multiple: true,
      value: 'LANG.KEY=TEXT',
      help: `Your own wording for ${MESSAGE_KEYS.join(', ')}; empty TEXT restores the default`,
      fills: '/messages',
    },
  },
  details:
    'Messages may use {program}, {hours} and {scope}. Examples:\n' +
    '  kith program set --number +12025550100 --time-zone America/Chicago --languages en,es\n' +
    '  kith program set --message "es.greeting=Hola, has llamado a {program}."',
  async run(ctx) {
    const patch = await buildPatch(ctx);
    if (Object.keys(patch).length === 0)
      throw new UsageError('Nothing to change: name at least one setting, e.g. --time-zone America/Chicago');
    const program = await ctx.client().changeProgram(patch);
    if (ctx.json) ctx.printJson(program);
    else ctx.print('Saved.', '', ...programLines(program));
  },
};

async function buildPatch(ctx: CommandContext): Promise<ProgramPatch> {
  const patch: ProgramPatch = {};
  const name = str(ctx, 'name');
  if (name !== undefined) patch.name = name;
  const number = str(ctx, 'number');
  if (number !== undefined)
    patch.phoneNumber = number.trim() === '' || number === 'none' ? null : number.replace(/[\s().-]/g, '');
  const zone = str(ctx, 'time-zone');
  if (zone !== undefined) patch.timeZone = zone;
  const country = str(ctx, 'country');
  if (country !== undefined) patch.defaultCountry = country.toUpperCase();
  const languages = listOption(ctx, 'languages');
  if (languages !== undefined) patch.languages = languages;
  const scopes = listOption(ctx, 'responds-to');
  if (scopes !== undefined) patch.respondsTo = scopes.map((s) => oneOf('responds-to', s, SCOPES));
  const timeout = str(ctx, 'ring-timeout');
  if (timeout !== undefined) patch.ringTimeoutSeconds = wholeNumber('ring-timeout', timeout);
  const strategy = str(ctx, 'ring-strategy');
  if (strategy !== undefined) patch.ringStrategy = oneOf('ring-strategy', strategy, RING_STRATEGIES);
  const messages = strs(ctx, 'message');
  // The API replaces the whole messages object, so merge with what is there to change only the named ones.
  if (messages.length > 0) patch.messages = applyMessages((await ctx.client().program()).messages, messages);
  return patch;
}

const messages: Command = {
  name: 'program messages',
  summary: 'Show what callers hear, word for word, in each language',
  options: { language: { type: 'string', value: 'LANG', help: 'Only this language, e.g. es' } },
  async run(ctx) {
    const program = await ctx.client().program();
    const only = str(ctx, 'language');
    if (only !== undefined && !program.spoken[only])
      throw new UsageError(`The program does not offer "${only}"; it offers ${program.languages.join(', ')}`);
    const languages = only === undefined ? program.languages : [only];
    if (ctx.json) {
      ctx.printJson(Object.fromEntries(languages.map((l) => [l, program.spoken[l] ?? {}])));
      return;
    }
    const lines: string[] = [];
    for (const language of languages) {
      lines.push(`${languageName(language)}${language === program.languages[0] ? ' — the default' : ''}`, '');
      for (const key of MESSAGE_KEYS) {
        const ownText = program.messages[language]?.[key]?.trim();
        lines.push(
          `  ${MESSAGE_LABELS[key]}${ownText ? ' — your own wording' : ''}:`,
          `    ${program.spoken[language]?.[key] ?? ''}`,
          '',
        );
      }
    }
    lines.push('Change the wording with: kith program set --message LANG.KEY=TEXT');
    ctx.print(...lines);
  },
};

export const programCommands: Command[] = [show, set, messages, ...hoursCommands];
