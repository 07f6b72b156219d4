import { parseArgs } from 'node:util';
import { backupCommands } from './backup';
import { burnCommands } from './burn';
import { callCommands } from './calls';
import { CliApiError, KithClient } from './client';
import { flagFor } from './flags';
import {
  CommandRefused,
  commandHelp,
  UsageError,
  type CliIo,
  type Command,
  type CommandContext,
  type OptionSpec,
  type OptionValues,
} from './command';
import { resolveConnection } from './credentials';
import { holdingsCommands } from './holdings';
import { programCommands } from './program';
import { providerCommands } from './provider';
import { responderCommands } from './responders';
import { setupCommands } from './setup';
import { shiftCommands } from './shifts';
import { tokenCommands } from './tokens';

export type { CliIo } from './command';

const COMMANDS: Command[] = [
  ...setupCommands,
  ...programCommands,
  ...providerCommands,
  ...responderCommands,
  ...shiftCommands,
  ...callCommands,
  ...tokenCommands,
  ...backupCommands,
  ...burnCommands,
  ...holdingsCommands,
];

/** Every command's words, e.g. "program hours set" (tests check each has working --help). */
export const commandNames = (): string[] => COMMANDS.map((c) => c.name);

/** A group name alone runs its everyday command: `kith responders` lists the roster. */
const GROUPS: Record<string, { summary: string; fallback: string }> = {
  program: { summary: 'The program: number, hours, languages, what callers hear', fallback: 'program show' },
  responders: { summary: 'The roster: who can be rung, in which roles and languages', fallback: 'responders list' },
  shifts: { summary: 'Weekly shifts, one-offs and time away, and the gaps', fallback: 'shifts list' },
  calls: { summary: 'Call records (never a caller’s number) and calls in progress', fallback: 'calls list' },
  provider: {
    summary: 'The number at the phone provider: check it, and connect it to Kith',
    fallback: 'provider check',
  },
  tokens: { summary: 'API tokens: one per person and device, revocable', fallback: 'tokens list' },
};

const CONNECTION: Record<string, OptionSpec> = {
  url: {
    type: 'string',
    value: 'URL',
    help: 'Kith’s address (else KITH_URL, else the saved one, else http://127.0.0.1:8080)',
  },
  token: { type: 'string', value: 'TOKEN', help: 'API token (else KITH_TOKEN, else the saved one)' },
  json: { type: 'boolean', help: 'Print JSON for scripts instead of text for people' },
  help: { type: 'boolean', short: 'h', help: 'Show help for this command' },
};

function topHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
  const lines = [
    'Usage: kith <command> [options]',
    '',
    'Look after a Kith crisis line from the terminal. Every command has --help.',
    '',
  ];
  const solo = COMMANDS.filter((c) => !((c.name.split(' ')[0] ?? '') in GROUPS));
  for (const command of solo) lines.push(`  ${command.name.padEnd(width)}${command.summary}`);
  for (const [group, info] of Object.entries(GROUPS)) {
    lines.push('', `${group}: ${info.summary}`);
    for (const command of COMMANDS.filter((c) => c.name.split(' ')[0] === group))
      lines.push(`  ${command.name.padEnd(width)}${command.summary}`);
  }
  lines.push(
    '',
    'Connection: --url and --token, else KITH_URL and KITH_TOKEN, else what `kith setup` or `kith login` saved.',
  );
  lines.push('Exit codes: 0 done, 1 Kith refused or could not be reached, 2 the command was typed wrong.');
  return `${lines.join('\n')}\n`;
}

/** The command named by the longest run of leading words, and how many words it used. */
function findCommand(words: string[]): { command: Command; used: number } | undefined {
  for (let used = words.length; used > 0; used -= 1) {
    const name = words.slice(0, used).join(' ');
    const command = COMMANDS.find((c) => c.name === name);
    if (command) return { command, used };
  }
  const group = words[0] === undefined ? undefined : GROUPS[words[0]];
  if (group && words.length === 1) {
    const command = COMMANDS.find((c) => c.name === group.fallback);
    if (command) return { command, used: 1 };
  }
  return undefined;
}

function unknownCommand(words: string[]): UsageError {
  const group = words[0] ?? '';
  if (group in GROUPS) {
    const names = COMMANDS.filter((c) => c.name.startsWith(`${group} `)).map((c) => c.name.slice(group.length + 1));
    return new UsageError(`kith ${group} has no command "${words[1] ?? ''}". It has: ${names.join(', ')}`);
  }
  return new UsageError(`There is no command "${group}". Run kith --help to see them all`);
}

function parse(command: Command, rest: string[]): { values: OptionValues; positionals: string[] } {
  const specs = { ...CONNECTION, ...command.options };
  const options = Object.fromEntries(
    Object.entries(specs).map(([name, spec]) => [
      name,
      { type: spec.type, ...(spec.multiple ? { multiple: true } : {}), ...(spec.short ? { short: spec.short } : {}) },
    ]),
  );
  try {
    return parseArgs({ args: rest, options, strict: true, allowPositionals: true });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (error instanceof TypeError && typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      throw new UsageError(error.message.split('\n')[0] ?? 'Could not read the options');
    }
    throw error;
  }
}

function checkArgs(command: Command, positionals: string[]): void {
  const expected = command.args ?? [];
  // Extra words are not repeated back: they may be a phone number typed in the wrong place.
  if (positionals.length > expected.length) {
    throw new UsageError(
      expected.length === 0
        ? `kith ${command.name} takes no arguments (only --options)`
        : `kith ${command.name} takes only ${expected.join(' ')}`,
    );
  }
  if (positionals.length < expected.length)
    throw new UsageError(`kith ${command.name} needs ${expected.slice(positionals.length).join(' ')}`);
}

function reportApiError(error: CliApiError, io: CliIo, command: Command | undefined, given: OptionValues): void {
  // The server's message repeats the field list after " — "; the CLI shows the fields one per line
  // instead, each named by the flag the person typed rather than the API's JSON pointer.
  const headline = error.fields.length > 0 ? (error.message.split(' — ')[0] ?? error.message) : error.message;
  const lines = [
    `kith: ${headline}${error.fields.length > 0 ? ':' : ''}`,
    ...error.fields.map((f) => `  ${flagFor(f.field, command, given)}: ${f.message}`),
  ];
  if (error.code === 'unauthenticated' && !command?.ownConnection) {
    lines.push('Kith did not accept the token. Sign in again with: kith login --url URL --token TOKEN');
  }
  io.stderr(`${lines.join('\n')}\n`);
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const words: string[] = [];
  for (const arg of argv) {
    if (arg.startsWith('-')) break;
    words.push(arg);
  }
  let command: Command | undefined;
  let given: OptionValues = {};
  try {
    if (words[0] === 'help') {
      const found = findCommand(words.slice(1));
      io.stdout(found && words.length > 1 ? commandHelp(found.command, CONNECTION) : topHelp());
      return 0;
    }
    if (words.length === 0) {
      const asksHelp = argv.length > 0 && argv.every((a) => a === '--help' || a === '-h');
      if (!asksHelp) {
        io.stderr(topHelp());
        return 2;
      }
      io.stdout(topHelp());
      return 0;
    }
    const found = findCommand(words);
    if (!found) throw unknownCommand(words);
    command = found.command;
    const { values, positionals } = parse(command, argv.slice(found.used));
    given = values;
    if (values.help === true) {
      io.stdout(commandHelp(command, CONNECTION));
      return 0;
    }
    checkArgs(command, positionals);
    await command.run(context(command, values, positionals, io));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      const helpFor = command ? `kith ${command.name} --help` : 'kith --help';
      io.stderr(`kith: ${error.message}\nSee: ${helpFor}\n`);
      return 2;
    }
    if (error instanceof CliApiError) {
      reportApiError(error, io, command, given);
      return 1;
    }
    if (error instanceof CommandRefused) {
      io.stderr(`kith: ${error.message}\n`);
      return 1;
    }
    io.stderr(`kith: something unexpected went wrong: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

function context(command: Command, values: OptionValues, args: string[], io: CliIo): CommandContext {
  let client: KithClient | undefined;
  return {
    values,
    args,
    io,
    json: values.json === true,
    print: (...lines) => io.stdout(`${lines.join('\n')}\n`),
    printJson: (value) => io.stdout(`${JSON.stringify(value ?? null, null, 2)}\n`),
    now: () => (io.now ? io.now() : Date.now()),
    client() {
      if (client) return client;
      const connection = resolveConnection(
        {
          url: typeof values.url === 'string' ? values.url : undefined,
          token: typeof values.token === 'string' ? values.token : undefined,
        },
        io.env,
      );
      for (const warning of connection.warnings) io.stderr(`kith: warning: ${warning}\n`);
      if (!connection.token) {
        throw new UsageError(
          `Not signed in to ${connection.url}. First time: kith setup --url URL --token SETUP_TOKEN …; otherwise: kith login --url URL --token TOKEN (or set KITH_TOKEN)`,
        );
      }
      client = new KithClient(connection.url, connection.token);
      return client;
    },
  };
}
