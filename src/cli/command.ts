import type { KithClient } from './client';

/** A mistake in how the command was typed: exit code 2, with a pointer to the command's help. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The command ran but could not do what was asked (a wrong passphrase, a database in use): exit code 1, the reason alone. */
export class CommandRefused extends Error {
  override readonly name = 'CommandRefused';
}

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Record<string, string | undefined>;
  /** Epoch ms; injectable so tests can line the CLI up with the server's manual clock. */
  now?: () => number;
  /**
   * Asks a yes/no question and waits for the answer. Present only when a person is there to answer
   * (stdin is a terminal): without it, a command that needs confirming shows what it would do and stops.
   */
  confirm?: (question: string) => Promise<boolean>;
}

export interface OptionSpec {
  type: 'string' | 'boolean';
  multiple?: boolean;
  short?: string;
  /** Placeholder shown in help, e.g. NAME. */
  value?: string;
  help: string;
  /**
   * The API field (a JSON pointer) this flag fills, so the server's complaints about that field
   * name the flag; without it, the flag's own name in camelCase (see `flags.ts`).
   */
  fills?: string;
}

export type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

export interface CommandContext {
  values: OptionValues;
  /** Positional arguments after the command's own words. */
  args: string[];
  json: boolean;
  io: CliIo;
  /** Writes one or more lines to stdout. */
  print(...lines: string[]): void;
  /** Writes a value as JSON (for --json). */
  printJson(value: unknown): void;
  /** The signed-in client; a usage error when there is no token to use. */
  client(): KithClient;
  now(): number;
}

export interface Command {
  /** The words that select it, e.g. "program hours set". */
  name: string;
  summary: string;
  /** Positional argument names, e.g. ["ID"]; the count is checked before run. */
  args?: string[];
  options?: Record<string, OptionSpec>;
  /** Extra help text: examples, what happens. */
  details?: string;
  /** setup and login bring their own connection details, so the usual --token means something else there. */
  ownConnection?: boolean;
  run(ctx: CommandContext): Promise<void>;
}

export function str(ctx: CommandContext, name: string): string | undefined {
  const value = ctx.values[name];
  return typeof value === 'string' ? value : undefined;
}

export function need(ctx: CommandContext, name: string): string {
  const value = str(ctx, name);
  if (value === undefined || value.trim() === '') throw new UsageError(`--${name} is required`);
  return value;
}

export function strs(ctx: CommandContext, name: string): string[] {
  const value = ctx.values[name];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function flag(ctx: CommandContext, name: string): boolean {
  return ctx.values[name] === true;
}

/** "en, es" → ["en", "es"]; people type lists with and without spaces. */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

export function listOption(ctx: CommandContext, name: string): string[] | undefined {
  const value = str(ctx, name);
  return value === undefined ? undefined : splitList(value);
}

/** Checks a value against a closed set on this side, so a typo gets help text rather than a server error. */
export function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as T;
}

/**
 * A time typed after `--name`, for the API's 24-hour HH:MM: "9:00" becomes "09:00". A 12-hour
 * time ("7pm", "7:30 a.m.") is refused here with its 24-hour reading, since Kith shows every
 * shift time on the 24-hour clock; whether an HH:MM is a real time is the server's call.
 */
export function clockOption(name: string, value: string): string {
  const twelve = /^(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s*m\.?$/i.exec(value.trim());
  if (twelve) {
    const hours = (Number(twelve[1]) % 12) + (twelve[3]?.toLowerCase() === 'p' ? 12 : 0);
    const reading = `${String(hours).padStart(2, '0')}:${twelve[2] ?? '00'}`;
    throw new UsageError(`--${name} takes the 24-hour clock, HH:MM: write ${reading} for ${value.trim()}`);
  }
  return /^\d:\d{2}$/.test(value) ? `0${value}` : value;
}

export function wholeNumber(name: string, value: string): number {
  if (!/^\d{1,6}$/.test(value)) throw new UsageError(`--${name} must be a whole number (got "${value}")`);
  return Number(value);
}

/** Builds the text of `kith <command> --help`. */
export function commandHelp(command: Command, connection: Record<string, OptionSpec>): string {
  const options = Object.entries(command.options ?? {});
  const usageParts = [`kith ${command.name}`, ...(command.args ?? [])];
  if (options.length > 0) usageParts.push('[options]');
  const lines = [`Usage: ${usageParts.join(' ')}`, '', command.summary];
  if (command.details) lines.push('', command.details.trimEnd());
  if (options.length > 0) lines.push('', 'Options:', ...optionLines(options));
  const shared = Object.entries(connection).filter(([name]) => !(command.options && name in command.options));
  lines.push('', 'Also:', ...optionLines(shared));
  return `${lines.join('\n')}\n`;
}

function optionLines(options: [string, OptionSpec][]): string[] {
  const left = options.map(([name, spec]) => `  --${name}${spec.type === 'string' ? ` ${spec.value ?? 'VALUE'}` : ''}`);
  const width = Math.max(...left.map((l) => l.length)) + 2;
  return options.map(
    ([, spec], i) => `${(left[i] ?? '').padEnd(width)}${spec.help}${spec.multiple ? ' (repeatable)' : ''}`,
  );
}
