import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { invalid, type FieldProblem } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { controlProblem } from '../../platform/text';
import * as repo from './repo';

/**
 * The program's place book: a few numbered places ("1 the library steps", "2 Rosa's kitchen") that a
 * member names after a code, as the zine's pages were followed by where. Coordinators keep it; it
 * starts empty. A place's words are relayed with the code to exactly the people the code names, and
 * are never stored with a member or logged.
 */
export interface Place {
  number: number;
  words: string;
}

export const MAX_PLACES = 20;
export const MAX_PLACE_NUMBER = 99;
/** One plain line, as a texted place is (src/members/inbound.ts). */
export const MAX_PLACE_WORDS = 60;

export async function placeBook(db: Kysely<Database>, programId: string): Promise<Place[]> {
  return (await repo.placesOf(db, programId)).map((r) => ({ number: r.number, words: r.words }));
}

export async function setPlaceBook(
  db: Kysely<Database>,
  programId: string,
  places: readonly Place[],
): Promise<Place[]> {
  const problems: FieldProblem[] = [];
  const clean = places.map((p) => ({ number: p.number, words: p.words.trim() }));
  if (clean.length > MAX_PLACES) problems.push({ field: '/places', message: `at most ${MAX_PLACES} places` });
  clean.forEach((p, i) => {
    if (!Number.isInteger(p.number) || p.number < 1 || p.number > MAX_PLACE_NUMBER)
      problems.push({ field: `/places/${i}/number`, message: `must be a whole number from 1 to ${MAX_PLACE_NUMBER}` });
    else if (clean.some((other, j) => j < i && other.number === p.number))
      problems.push({ field: `/places/${i}/number`, message: 'is used by another place' });
    if (p.words === '' || p.words.length > MAX_PLACE_WORDS)
      problems.push({ field: `/places/${i}/words`, message: `must be 1 to ${MAX_PLACE_WORDS} characters` });
    else {
      const problem = controlProblem(`/places/${i}/words`, p.words, true);
      if (problem) problems.push(problem);
    }
  });
  if (problems.length > 0) throw invalid(problems);
  const rows = clean.map((p) => ({ id: newId('plc'), program_id: programId, number: p.number, words: p.words }));
  await repo.replacePlaces(db, programId, rows);
  return placeBook(db, programId);
}

export const findPlace = (book: readonly Place[], number: number): Place | undefined =>
  book.find((p) => p.number === number);
