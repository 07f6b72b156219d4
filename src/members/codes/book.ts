import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { membersCatalogFor } from '../../i18n/members';
import { invalid, type FieldProblem } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { controlProblem } from '../../platform/text';
import * as repo from './repo';

/**
 * The program's code book, like the zine's pager codes: a few short codes, each with a meaning and
 * who it tells — the member's chosen people, or the team on call. Built-in meanings are worded by
 * the catalogs in each reader's language; a custom one carries the coordinator's words per language.
 * A program that has never edited its book gets the defaults below on first use.
 */
export const MEANINGS = ['safe', 'meet', 'call', 'naloxone', 'custom'] as const;
export type Meaning = (typeof MEANINGS)[number];
export const TELLS = ['peers', 'team'] as const;
export type Tells = (typeof TELLS)[number];

export interface Code {
  code: string;
  meaning: Meaning;
  /** Custom meanings only: the words per language. */
  words: Record<string, string>;
  tells: Tells;
  /** The digits that key it during a call (1–3), or null: a code that can only be texted. */
  keys: string | null;
}

export const DEFAULT_CODES: readonly Code[] = [
  { code: 'GN', meaning: 'safe', words: {}, tells: 'peers', keys: '1' },
  { code: 'GH', meaning: 'meet', words: {}, tells: 'peers', keys: '2' },
  { code: 'CALL', meaning: 'call', words: {}, tells: 'peers', keys: '3' },
  { code: 'NARCAN', meaning: 'naloxone', words: {}, tells: 'team', keys: '4' },
];

const KEYS_SHAPE = /^\d{1,3}$/;

/**
 * A row's keys: as stored; else a code of digits is keyed as it is written, and a default code of a
 * book written before keys existed (migration 023) by its default digits.
 */
function keysOf(row: repo.CodeRow): string | null {
  if (row.keys !== null) return row.keys;
  if (KEYS_SHAPE.test(row.code)) return row.code;
  return DEFAULT_CODES.find((c) => c.code === row.code && c.meaning === row.meaning)?.keys ?? null;
}

/** Codes are 1–3 digits or one word: never four digits, which is a member's number. */
const CODE_SHAPE = /^(?:\d{1,3}|[\p{L}][\p{L}\p{N}]{0,11})$/u;
export const MAX_CODES = 20;

const fromRow = (row: repo.CodeRow): Code => ({
  code: row.code,
  meaning: row.meaning as Meaning,
  words: JSON.parse(row.words) as Record<string, string>,
  tells: row.tells as Tells,
  keys: keysOf(row),
});

export async function codeBook(db: Kysely<Database>, programId: string): Promise<Code[]> {
  let rows = await repo.codesOf(db, programId);
  if (rows.length === 0) {
    await repo.insertIfNone(db, programId, toRows(programId, DEFAULT_CODES));
    rows = await repo.codesOf(db, programId);
  }
  return rows.map(fromRow);
}

const toRows = (programId: string, codes: readonly Code[]): repo.CodeRow[] =>
  codes.map((c, position) => ({
    id: newId('cod'),
    program_id: programId,
    code: c.code,
    meaning: c.meaning,
    words: JSON.stringify(c.meaning === 'custom' ? c.words : {}),
    tells: c.tells,
    position,
    keys: c.keys,
  }));

/** Replaces the book. One code must mean "I am safe": it meets check-ins and has the duress twin. */
/** A code as written: without keys, a code of digits is keyed as written and a word cannot be keyed. */
export type CodeInput = Omit<Code, 'keys'> & { keys?: string | null | undefined };

export async function setCodeBook(
  db: Kysely<Database>,
  programId: string,
  codes: readonly CodeInput[],
): Promise<Code[]> {
  const problems: FieldProblem[] = [];
  const clean = codes.map((c) => {
    const code = c.code.trim().toUpperCase();
    const keys = c.keys?.trim() || (KEYS_SHAPE.test(code) ? code : null);
    return { ...c, code, keys };
  });
  if (clean.length > MAX_CODES) problems.push({ field: '/codes', message: `at most ${MAX_CODES} codes` });
  if (clean.filter((c) => c.meaning === 'safe').length !== 1)
    problems.push({ field: '/codes', message: 'exactly one code must mean “I am safe”' });
  const seen = new Set<string>();
  clean.forEach((c, i) => {
    if (!CODE_SHAPE.test(c.code))
      problems.push({ field: `/codes/${i}/code`, message: 'must be 1 to 3 digits, or one word of up to 12 letters' });
    if (seen.has(c.code)) problems.push({ field: `/codes/${i}/code`, message: 'is used twice' });
    seen.add(c.code);
    if (c.keys !== null) {
      if (!KEYS_SHAPE.test(c.keys)) problems.push({ field: `/codes/${i}/keys`, message: 'must be 1 to 3 digits' });
      else if (clean.some((other, j) => j < i && other.keys === c.keys))
        problems.push({ field: `/codes/${i}/keys`, message: 'are used by another code' });
    }
    if (c.meaning === 'custom') {
      if (Object.keys(c.words).length === 0)
        problems.push({ field: `/codes/${i}/words`, message: 'a custom code needs its meaning in words' });
      for (const [language, text] of Object.entries(c.words)) {
        const problem = controlProblem(`/codes/${i}/words/${language}`, text, true);
        if (problem) problems.push(problem);
      }
    }
  });
  if (problems.length > 0) throw invalid(problems);
  await repo.replaceCodes(db, programId, toRows(programId, clean));
  return codeBook(db, programId);
}

/** A code's meaning in a reader's language: the catalog's for built-ins, else the coordinator's words. */
export function meaningIn(code: Code, language: string): string {
  if (code.meaning !== 'custom') return membersCatalogFor(language).meanings[code.meaning];
  return code.words[language] ?? code.words.en ?? Object.values(code.words)[0] ?? code.code;
}

export const findCode = (book: readonly Code[], word: string): Code | undefined =>
  book.find((c) => c.code === word.toUpperCase());

/** The code keyed on a call: by its keys. */
export const findKeyed = (book: readonly Code[], digits: string): Code | undefined =>
  book.find((c) => c.keys !== null && c.keys === digits);
