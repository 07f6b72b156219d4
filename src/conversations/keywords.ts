import { exactWord, LANGUAGES, languageInfo, normalizeWord } from '../i18n/languages';

/**
 * What a whole message means when it is one of the words carriers and people use to steer a text
 * line. Carriers require STOP (and its synonyms) to stop every text until START, and HELP to answer
 * with who we are; a language's own name switches the language. A word that belongs to one language
 * carries it, so the answer comes in that language ("AYUDA" is answered in Spanish).
 */
export type Keyword = { kind: 'stop' | 'start' | 'help'; language?: string } | { kind: 'language'; language: string };

export { normalizeWord };

// US carriers (CTIA) honour the English words on every line, whatever languages it offers.
const ENGLISH = languageInfo('en')!;
const CARRIER_WORDS = new Map<string, Keyword>(
  (['stop', 'start', 'help'] as const).flatMap((kind) =>
    ENGLISH.keywords[kind].map((w) => [normalizeWord(w), { kind }]),
  ),
);

/**
 * Each language's own words, read once: normalized word → what it means. An accent-exact word is
 * kept under its exact form, marked with a leading "=" so it never meets a normalized one ("ÈD",
 * never "ED": a person texting the name Ed is not asking for HELP).
 */
const OWN_WORDS = new Map(
  LANGUAGES.map((info) => {
    const words = new Map<string, Keyword>();
    const key = (word: string) => (info.accentExact?.includes(word) ? `=${exactWord(word)}` : normalizeWord(word));
    for (const kind of ['stop', 'start', 'help'] as const)
      for (const word of info.keywords[kind]) words.set(key(word), { kind, language: info.code });
    words.set(key(info.keywords.choose), { kind: 'language', language: info.code });
    return [info.code, words] as const;
  }),
);

// Stopping must never be missed: any language's stop word stops, enabled or not.
const ANY_STOP = new Set(LANGUAGES.flatMap((info) => info.keywords.stop.map(normalizeWord)));

/** The keyword a whole message is, among the English carrier words and the words of the program's languages. */
export function keywordOf(body: string, languages: readonly string[]): Keyword | undefined {
  const word = normalizeWord(body);
  if (word === '' || word.length > 40) return undefined;
  const exact = `=${exactWord(body)}`;
  for (const language of languages) {
    const own = OWN_WORDS.get(language)?.get(exact) ?? OWN_WORDS.get(language)?.get(word);
    // English words carry no language: a Spanish conversation that texts STOP is answered in Spanish.
    if (own) return own.kind === 'language' || language !== 'en' ? own : { kind: own.kind };
  }
  return CARRIER_WORDS.get(word) ?? (ANY_STOP.has(word) ? { kind: 'stop' } : undefined);
}
