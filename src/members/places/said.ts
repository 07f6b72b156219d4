import { MEMBER_LANGUAGES, membersCatalogFor, plainWord } from '../../i18n/members';
import { findPlace, MAX_PLACE_WORDS, type Place } from './book';

/**
 * Where a member said they are, after a code: a place from the book by its number, or their own words.
 * `place` is what is relayed ('' for none); `unknown` is a number they named that the book does not
 * have, said back to them plainly (the code still goes, without a place).
 */
export interface PlaceSaid {
  place: string;
  unknown?: string;
}

/** Free words: one plain line, kept short; relayed and dropped. */
const cleanWords = (words: string): string =>
  words
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, '')
    .slice(0, MAX_PLACE_WORDS)
    .trim();

const placeWords = (): Set<string> =>
  new Set(MEMBER_LANGUAGES.flatMap((l) => membersCatalogFor(l).placeWords.map(plainWord)));

/** `P2`, `P 2`, `LUGAR2`, or `*2` as keyed on a call; in any member language's words. */
function numberNamed(tokens: readonly string[]): { number: string; rest: readonly string[] } | undefined {
  const [first = '', second = '', ...more] = tokens;
  const words = placeWords();
  const glued = /^(\*|[^\d*]+)(\d{1,3})$/u.exec(plainWord(first));
  if (glued && (glued[1] === '*' || words.has(glued[1] ?? '')))
    return { number: glued[2] ?? '', rest: [second, ...more].filter((t) => t !== '') };
  if ((first === '*' || words.has(plainWord(first))) && /^\d{1,3}$/u.test(second))
    return { number: second, rest: more };
  return undefined;
}

/**
 * A texted place: a book's number (with any words after it), else the words as written. Only a
 * program with a place book reads numbers, so a line without one relays "P2" as the member wrote it.
 */
export function placeTexted(book: readonly Place[], tokens: readonly string[]): PlaceSaid {
  const named = book.length > 0 ? numberNamed(tokens) : undefined;
  if (!named) return { place: cleanWords(tokens.join(' ')) };
  const found = findPlace(book, Number(named.number));
  const extra = cleanWords(named.rest.join(' '));
  if (!found) return { place: extra, unknown: named.number };
  return { place: extra === '' ? found.words : `${found.words}, ${extra}` };
}

/** A keyed place: the digits after `*` on a call ('' when none was keyed). */
export function placeKeyed(book: readonly Place[], keys: string): PlaceSaid {
  if (keys === '') return { place: '' };
  const found = /^\d{1,3}$/u.test(keys) ? findPlace(book, Number(keys)) : undefined;
  return found ? { place: found.words } : { place: '', unknown: keys.replace(/\D/gu, '') || keys };
}
