import { franc } from 'franc-min';
import { LANGUAGES } from './languages';

/**
 * Which of a program's languages a person wrote in, from their words alone (franc-min: trigrams over
 * the UN Declaration of Human Rights, no network, no native code). Short texts mislead it ("help me
 * please" scores as Spanish, and so did the load test's "load s0 m0"), so it chooses only among the
 * program's languages and needs enough letters; undefined when it cannot tell, and the caller keeps
 * the program's default (whose first reply names the keyword for each other language).
 */
export function detectLanguage(text: string, offered: readonly string[]): string | undefined {
  const candidates = LANGUAGES.filter((info) => offered.includes(info.code));
  if (candidates.length < 2) return undefined;
  if ((text.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return undefined;
  const guess = franc(text, { only: candidates.map((info) => info.iso6393), minLength: 1 });
  return candidates.find((info) => info.iso6393 === guess)?.code;
}

/**
 * Below this many letters (digits, spaces and punctuation do not count) a text says too little: at 15
 * and over, two dozen short crisis texts in English and Spanish were each read right; at 12, "help me
 * please" was read as Spanish.
 */
const MIN_LETTERS = 15;
