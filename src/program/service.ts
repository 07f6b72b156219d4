import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Clock } from '../platform/clock';
import { invalid, notFound } from '../platform/errors';
import { newId } from '../platform/ids';
import { defaultSettings } from './defaults';
import { allMessages } from './messages';
import {
  countPrograms,
  findFirstProgram,
  findProgram,
  findProgramByNumber,
  findProgramStamped,
  insertProgram,
  setRoutingStamp,
  updateProgram,
} from './repo';
import type { MessageKey, Program, ProgramSettings } from './types';
import { draftProblems, normaliseSettings, validateSettings } from './validate';

export interface ProgramDeps {
  db: Kysely<Database>;
  clock: Clock;
}

export type ProgramPatch = Partial<Omit<ProgramSettings, 'texting' | 'retention' | 'dispatch' | 'care'>> & {
  /** Newly enabled draft languages the coordinator was warned about (see `draftProblems`). */
  acknowledgeDraft?: string[];
  texting?: Partial<ProgramSettings['texting']>;
  retention?: Partial<ProgramSettings['retention']>;
  dispatch?: Partial<ProgramSettings['dispatch']>;
  care?: Partial<ProgramSettings['care']>;
};

/** The nested groups merge field by field: a patch of one texting setting keeps the others. */
function merged(base: ProgramSettings, { acknowledgeDraft: _seen, ...patch }: ProgramPatch): ProgramSettings {
  return {
    ...base,
    ...patch,
    texting: { ...base.texting, ...patch.texting },
    retention: { ...base.retention, ...patch.retention },
    dispatch: { ...base.dispatch, ...patch.dispatch },
    care: { ...base.care, ...patch.care },
  };
}

export async function createProgram(deps: ProgramDeps, patch: ProgramPatch & { name: string }): Promise<Program> {
  const defaults = defaultSettings(patch.name);
  const settings = normaliseSettings(merged(defaults, patch));
  const problems = [...validateSettings(settings), ...draftProblems([], settings.languages, patch.acknowledgeDraft)];
  if (problems.length > 0) throw invalid(problems);
  return insertProgram(deps.db, newId('prg'), settings, deps.clock.now());
}

export async function getProgram(deps: ProgramDeps, id: string): Promise<Program> {
  const program = await findProgram(deps.db, id);
  if (!program) throw notFound('Program');
  return program;
}

/** The program a community number belongs to, if any (an inbound call or text names the number it reached). */
export const programByNumber = (deps: Pick<ProgramDeps, 'db'>, phoneNumber: string): Promise<Program | undefined> =>
  findProgramByNumber(deps.db, phoneNumber);

/** The first program made: the one the public pages (front page, web chat) serve. */
export const firstProgram = (deps: Pick<ProgramDeps, 'db'>): Promise<Program | undefined> => findFirstProgram(deps.db);

/** The program, or undefined when there is none with that id (a caller who must not learn why). */
export async function findProgramById(deps: Pick<ProgramDeps, 'db'>, id: string): Promise<Program | undefined> {
  return findProgram(deps.db, id);
}

/** Whether first-time setup has happened: a server with a program is set up. */
export async function anyProgramExists(deps: Pick<ProgramDeps, 'db'>): Promise<boolean> {
  return (await countPrograms(deps.db)) > 0;
}

/** The program first-time setup made (the earliest), if any. */
export async function firstProgramId(deps: Pick<ProgramDeps, 'db'>): Promise<string | undefined> {
  return (await firstProgram(deps))?.id;
}

/** Applies a partial change, validating the whole result so nothing half-valid is ever stored. */
export async function changeProgram(deps: ProgramDeps, id: string, patch: ProgramPatch): Promise<Program> {
  const current = await getProgram(deps, id);
  const { id: _id, createdAt, updatedAt: _u, ...settings } = current;
  const next = normaliseSettings(merged(settings, patch));
  const problems = [
    ...validateSettings(next),
    ...draftProblems(settings.languages, next.languages, patch.acknowledgeDraft),
  ];
  if (problems.length > 0) throw invalid(problems);
  const now = deps.clock.now();
  await updateProgram(deps.db, id, next, now, newId('rts'));
  return { id, ...next, createdAt, updatedAt: now };
}

/**
 * Marks the program's routing as changed (a shift was written): a new stamp, which every instance's
 * routing cache sees on its next incoming call (see calls/routing-cache.ts). Call it after the write,
 * in the same transaction or once it is committed, never before.
 */
export async function routingChanged(deps: Pick<ProgramDeps, 'db'>, programId: string): Promise<void> {
  await setRoutingStamp(deps.db, programId, newId('rts'));
}

/** The program and its routing stamp, read together (for the routing cache). */
export const programStamped = (
  deps: Pick<ProgramDeps, 'db'>,
  by: { id: string } | { phoneNumber: string },
): Promise<{ program: Program; stamp: string } | undefined> => findProgramStamped(deps.db, by);

/** The text callers hear, per language, after the program's overrides and Kith's defaults. */
export function spokenMessages(program: Program): Record<string, Record<MessageKey, string>> {
  return Object.fromEntries(program.languages.map((language) => [language, allMessages(program, language)]));
}
