import { randomInt } from 'node:crypto';
import { MEMBER_LANGUAGES } from '../i18n/members';
import { invalid, notFound } from '../platform/errors';
import { newId } from '../platform/ids';
import type { Program } from '../program/types';
import * as repo from './repo';
import type { JoinCode, MemberDeps } from './types';

/**
 * Join codes a program hands out (on a flyer, at a meeting): texting one to the line enrols the
 * sender as a member in the code's language. Six letters and digits from an alphabet without
 * look-alikes: about 887 million codes, so guessing one by text is hopeless, and the line's flood gate
 * slows anyone who tries. Revoking deletes it; members who joined with it stay.
 */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const LENGTH = 6;

export function newJoinCode(): string {
  return Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}

export async function createJoinCode(deps: MemberDeps, program: Program, language: string): Promise<JoinCode> {
  if (!MEMBER_LANGUAGES.includes(language) || !program.languages.includes(language))
    throw invalid([
      { field: '/language', message: 'must be one of the program’s languages that members can be texted in' },
    ]);
  const row = { id: newId('jnc'), program_id: program.id, code: newJoinCode(), language, created_at: deps.clock.now() };
  await repo.insertJoinCode(deps.db, row);
  return { id: row.id, code: row.code, language, uses: 0, createdAt: row.created_at };
}

export async function listJoinCodes(deps: MemberDeps, programId: string): Promise<JoinCode[]> {
  return (await repo.listJoinCodes(deps.db, programId)).map((r) => ({
    id: r.id,
    code: r.code,
    language: r.language,
    uses: r.uses,
    createdAt: r.created_at,
  }));
}

export async function revokeJoinCode(deps: MemberDeps, programId: string, id: string): Promise<void> {
  if (!(await repo.deleteJoinCode(deps.db, programId, id))) throw notFound('Join code');
}

/** The live join code a text is, if it is one. */
export async function joinCodeIn(deps: MemberDeps, programId: string, body: string) {
  const word = body.trim().toUpperCase();
  if (!new RegExp(`^[${ALPHABET}]{${LENGTH}}$`).test(word)) return undefined;
  return repo.joinCodeOf(deps.db, programId, word);
}

export const countJoin = (deps: MemberDeps, id: string) => repo.countJoinUse(deps.db, id);
