import { franc } from 'franc-min';
import { LANGUAGES } from './languages';

/**
 * Which of a program's languages a person wrote in, from their words alone (franc-min: trigrams over
 * the UN Declaration of Human Rights, no network, no native code). Short texts mislead it ("hola" may
 * read as Portuguese), so it chooses only among the program's languages and needs a few letters;
 * undefined when it cannot tell, and the caller keeps the program's default.
 */
export function detectLanguage(text: string, offered: readonly string[]): string | undefined {
  const candidates = LANGUAGES.filter((info) => offered.includes(info.code));
  if (candidates.length < 2) return undefined;
  const guess = franc(text, { only: candidates.map((info) => info.iso6393), minLength: MIN_LETTERS });
  return candidates.find((info) => info.iso6393 === guess)?.code;
}

/** Below this many characters franc answers `und`; "hi" or "ok" say nothing about a language. */
const MIN_LETTERS = 8;
