/**
 * The one list of languages Kith knows: names, direction, how honest each translation is, the provider
 * voice that speaks it, and the words a person texts to steer the line in it. Browser-safe (no Node,
 * no imports): the console reads it through `@server/i18n/languages` to show coordinators each status.
 * How to add a language: docs/LANGUAGES.md.
 */

/** `reviewed`: a fluent speaker read every sentence. `draft`: written without that check; may be wrong. */
export type TranslationStatus = 'reviewed' | 'draft';

/** Each catalog a language can have; a missing one means Kith has no words of that kind in it. */
export type CatalogKind = 'voice' | 'texts' | 'pages' | 'chat' | 'console';

/**
 * Twilio's `<Say>` for a language (https://www.twilio.com/docs/voice/twiml/say/text-speech). `voice`
 * names an Amazon Polly or Google voice where the basic voices do not speak the language: Twilio refuses
 * a `language` its default voice lacks.
 */
export interface SayVoice {
  language: string;
  voice?: string;
}

export interface LanguageInfo {
  /** What programs list and pages use: ISO 639-1 where there is one ("ar"). */
  code: string;
  englishName: string;
  /** The name in the language itself, as the keypad menu, switcher and settings offer it. */
  nativeName: string;
  dir: 'ltr' | 'rtl';
  /** ISO 639-3 as franc names it, to tell a text's language from its words. */
  iso6393: string;
  /** Only the catalogs Kith has; see `callerReady`. */
  status: Partial<Record<CatalogKind, TranslationStatus>>;
  /** Null when the provider has no voice for it: the program's own recording or another language is needed. */
  say: SayVoice | null;
  /**
   * Words a person texts, alone, compared without accents or case. `choose` switches the conversation
   * to this language. STOP, START and HELP in English always work too (US carriers require them).
   */
  keywords: { stop: string[]; start: string[]; help: string[]; choose: string };
  /**
   * Keywords compared with their accents (case still aside), because without them they are a common
   * name or word a person may text alone: Haitian Creole's ÈD would otherwise be the name "Ed".
   */
  accentExact?: string[];
}

export const LANGUAGES: readonly LanguageInfo[] = [
  {
    code: 'en',
    englishName: 'English',
    nativeName: 'English',
    dir: 'ltr',
    iso6393: 'eng',
    status: { voice: 'reviewed', texts: 'reviewed', pages: 'reviewed', chat: 'reviewed', console: 'reviewed' },
    say: { language: 'en-US' },
    keywords: {
      stop: ['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT', 'OPTOUT', 'REVOKE'],
      start: ['START', 'UNSTOP', 'YES', 'OPTIN'],
      help: ['HELP', 'INFO'],
      choose: 'ENGLISH',
    },
  },
  {
    code: 'es',
    englishName: 'Spanish',
    nativeName: 'Español',
    dir: 'ltr',
    iso6393: 'spa',
    status: { voice: 'reviewed', texts: 'reviewed', pages: 'reviewed', chat: 'reviewed', console: 'reviewed' },
    say: { language: 'es-US' },
    keywords: { stop: ['PARAR', 'ALTO'], start: ['EMPEZAR'], help: ['AYUDA'], choose: 'ESPAÑOL' },
  },
  {
    code: 'ar',
    englishName: 'Arabic',
    nativeName: 'العربية',
    dir: 'rtl',
    iso6393: 'arb',
    status: { voice: 'draft', texts: 'draft', pages: 'draft', chat: 'draft', console: 'draft' },
    // Modern Standard Arabic: Polly's Zeina is the voice Twilio documents for `arb`.
    say: { language: 'arb', voice: 'Polly.Zeina' },
    keywords: { stop: ['توقف', 'قف'], start: ['ابدأ'], help: ['مساعدة'], choose: 'عربي' },
  },
  // Candidates with a voice and keywords known but no catalogs yet: a program may enable one only by
  // writing every caller-facing message itself (the settings API names each one missing).
  {
    code: 'zh',
    englishName: 'Chinese',
    nativeName: '中文',
    dir: 'ltr',
    iso6393: 'cmn',
    status: { voice: 'draft', texts: 'draft', pages: 'draft', chat: 'draft', console: 'draft' },
    say: { language: 'cmn-CN', voice: 'Polly.Zhiyu' },
    keywords: { stop: ['停止'], start: ['开始'], help: ['帮助'], choose: '中文' },
  },
  {
    code: 'vi',
    englishName: 'Vietnamese',
    nativeName: 'Tiếng Việt',
    dir: 'ltr',
    iso6393: 'vie',
    status: { voice: 'draft', texts: 'draft', pages: 'draft', chat: 'draft', console: 'draft' },
    say: { language: 'vi-VN', voice: 'Google.vi-VN-Standard-A' },
    keywords: { stop: ['DỪNG'], start: ['BẮT ĐẦU'], help: ['GIÚP'], choose: 'TIẾNG VIỆT' },
  },
  {
    code: 'tl',
    englishName: 'Tagalog',
    nativeName: 'Tagalog',
    dir: 'ltr',
    iso6393: 'tgl',
    status: { voice: 'draft', texts: 'draft', pages: 'draft', chat: 'draft', console: 'draft' },
    // Twilio speaks Filipino only through Google's fil-PH voices.
    say: { language: 'fil-PH', voice: 'Google.fil-PH-Standard-A' },
    keywords: { stop: ['TIGIL'], start: ['SIMULA'], help: ['TULONG'], choose: 'TAGALOG' },
  },
  {
    code: 'ht',
    englishName: 'Haitian Creole',
    nativeName: 'Kreyòl ayisyen',
    dir: 'ltr',
    iso6393: 'hat',
    status: { voice: 'draft', texts: 'draft', pages: 'draft', chat: 'draft', console: 'draft' },
    // Neither Polly nor Google (so neither of Twilio's <Say> engines) has a Haitian Creole voice.
    say: null,
    keywords: { stop: ['KANPE'], start: ['KÒMANSE'], help: ['ÈD'], choose: 'KREYÒL' },
    accentExact: ['ÈD'],
  },
  {
    code: 'fr',
    englishName: 'French',
    nativeName: 'Français',
    dir: 'ltr',
    iso6393: 'fra',
    status: { voice: 'draft', texts: 'draft', pages: 'draft', chat: 'draft', console: 'draft' },
    say: { language: 'fr-FR', voice: 'Polly.Lea' },
    keywords: { stop: ['ARRET'], start: ['DEMARRER'], help: ['AIDE'], choose: 'FRANÇAIS' },
  },
  {
    code: 'pt',
    englishName: 'Portuguese',
    nativeName: 'Português',
    dir: 'ltr',
    iso6393: 'por',
    status: { voice: 'draft', texts: 'draft', pages: 'draft', chat: 'draft', console: 'draft' },
    say: { language: 'pt-BR', voice: 'Polly.Camila' },
    keywords: { stop: ['PARE'], start: ['INICIAR'], help: ['AJUDA'], choose: 'PORTUGUÊS' },
  },
  {
    code: 'ru',
    englishName: 'Russian',
    nativeName: 'Русский',
    dir: 'ltr',
    iso6393: 'rus',
    status: { voice: 'draft', texts: 'draft', pages: 'draft', chat: 'draft', console: 'draft' },
    say: { language: 'ru-RU', voice: 'Polly.Tatyana' },
    keywords: { stop: ['СТОП'], start: ['СТАРТ'], help: ['ПОМОЩЬ'], choose: 'РУССКИЙ' },
  },
  {
    code: 'ko',
    englishName: 'Korean',
    nativeName: '한국어',
    dir: 'ltr',
    iso6393: 'kor',
    status: {},
    say: { language: 'ko-KR', voice: 'Polly.Seoyeon' },
    keywords: { stop: ['중지'], start: ['시작'], help: ['도움'], choose: '한국어' },
  },
];

export function languageInfo(code: string): LanguageInfo | undefined {
  return LANGUAGES.find((language) => language.code === code);
}

/** The provider can speak it; a code the registry does not know is passed to the provider as it is. */
export function hasVoice(code: string): boolean {
  return languageInfo(code)?.say !== null;
}

/** How the provider speaks a language: its registry voice, or the code as it is for one Kith does not know. */
export function sayVoiceFor(code: string): SayVoice {
  return languageInfo(code)?.say ?? { language: code };
}

/** The catalogs a person on the phone meets: a language with both needs no words written by the program. */
export const CALLER_CATALOGS = ['voice', 'texts'] as const satisfies readonly CatalogKind[];

/** Kith has every caller-facing sentence in this language (reviewed or not). */
export function callerReady(code: string): boolean {
  const info = languageInfo(code);
  return info !== undefined && CALLER_CATALOGS.every((kind) => info.status[kind] !== undefined);
}

/** Some caller-facing catalog of this language has not been read by a fluent speaker. */
export function isDraft(code: string): boolean {
  const info = languageInfo(code);
  return info !== undefined && CALLER_CATALOGS.some((kind) => info.status[kind] === 'draft');
}

/** How an `accentExact` keyword is compared: upper case, accents kept, no punctuation around it ("èd." → "ÈD"). */
export function exactWord(text: string): string {
  return text
    .normalize('NFC')
    .trim()
    .replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, '')
    .toUpperCase();
}

/** How keywords are compared: upper case without accents or punctuation around it ("  Español! " → "ESPANOL"). */
export function normalizeWord(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .trim()
    .replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, '')
    .toUpperCase();
}
