import { textCatalogFor, textLanguages } from '../i18n/texting';

/**
 * What a whole message means when it is one of the words carriers and people use to steer a text
 * line. Carriers require STOP (and its synonyms) to stop every text until START, and HELP to answer
 * with who we are; a language's own name switches the language.
 */
export type Keyword = { kind: 'stop' } | { kind: 'start' } | { kind: 'help' } | { kind: 'language'; language: string };

// The opt-out and opt-in words US carriers (CTIA) and providers honour, plus Spanish ones people use.
const STOP = new Set(['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT', 'OPTOUT', 'REVOKE', 'ALTO', 'PARAR']);
const START = new Set(['START', 'UNSTOP', 'YES', 'OPTIN']);
const HELP = new Set(['HELP', 'INFO', 'AYUDA']);

/** Upper case without accents or punctuation around it: "  Español! " → "ESPANOL". */
export function normalizeWord(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .trim()
    .replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, '')
    .toUpperCase();
}

export function keywordOf(body: string, languages: readonly string[]): Keyword | undefined {
  const word = normalizeWord(body);
  if (word === '' || /\s/.test(word)) return undefined;
  if (STOP.has(word)) return { kind: 'stop' };
  if (START.has(word)) return { kind: 'start' };
  if (HELP.has(word)) return { kind: 'help' };
  for (const language of languages) {
    if (textLanguages().includes(language) && normalizeWord(textCatalogFor(language).keyword) === word)
      return { kind: 'language', language };
  }
  return undefined;
}
