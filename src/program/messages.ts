import { catalogs, fill } from '../i18n';
import { hasVoice } from '../i18n/languages';
import { hasTextCatalog, textCatalogFor, type PersonTextKey } from '../i18n/texting';
import { describeHours, listFormat } from './hours';
import { MESSAGE_KEYS, type MessageKey, type ProgramSettings, type SpokenKey } from './types';

/**
/**
 * Each program's messages as filled, per program object. Settings are read into new objects and never
 * changed in place, and the routing cache hands every call the same object until a change: so a call
 * reuses the greeting and disclosures the first call filled (hours and scope described) instead of
 * filling them again.
 */
const filled = new WeakMap<ProgramSettings, Map<string, string>>();

/**
 * What a caller actually hears for `key` in `language`: the program's own text, else Kith's. Settings
 * refuse a language with neither (validate.ts), so this never swaps in English for a caller. Only a
 * program stored before that rule could lack words: it then hears its line's first language Kith has.
 */
export function messageFor(program: ProgramSettings, language: string, key: SpokenKey, digit?: number): string {
  let known = filled.get(program);
  if (!known) filled.set(program, (known = new Map()));
  const at = `${language}\u0000${key}\u0000${digit ?? ''}`;
  let message = known.get(at);
  if (message === undefined) {
    const own = program.messages[language]?.[key];
    const template =
      own !== undefined && own.trim() !== '' ? own : (catalogs[language] ?? catalogs[spokenFallback(program)])![key];
    message = fill(template, {
      ...placeholders(program, language, template),
      ...(digit === undefined ? {} : { digit }),
    });
    known.set(at, message);
  }
  return message;
}

/** A person's text in `language`: the program's own (`text.firstReply`), else Kith's; placeholders left to the caller. */
export function textTemplateFor(
  program: ProgramSettings,
  language: string,
  key: PersonTextKey | 'languageOffer',
): string {
  const own = program.messages[language]?.[`text.${key}`];
  if (own !== undefined && own.trim() !== '') return own;
  return textCatalogFor(hasTextCatalog(language) ? language : textFallback(program))[key];
}

export function allMessages(program: ProgramSettings, language: string): Record<MessageKey, string> {
  const out = {} as Record<MessageKey, string>;
  for (const key of MESSAGE_KEYS) out[key] = messageFor(program, language, key);
  return out;
}

/** The languages the keypad menu offers, in the program's order: those the provider has a voice for. */
export function menuLanguages(program: Pick<ProgramSettings, 'languages'>): string[] {
  return program.languages.filter(hasVoice);
}

const spokenFallback = (program: ProgramSettings) => program.languages.find((l) => l in catalogs) ?? 'en';
const textFallback = (program: ProgramSettings) => program.languages.find(hasTextCatalog) ?? 'en';

/** Fills only the placeholders a template uses: describing hours is the costly one, on every call. */
function placeholders(program: ProgramSettings, language: string, template: string): Record<string, string> {
  const values: Record<string, string> = { program: program.name };
  // Validation refuses {hours} and {scope} in a language Kith has no words for, so a catalog is there.
  if (template.includes('{hours}')) values.hours = describeHours(program.hours, language);
  if (template.includes('{scope}')) values.scope = scopeSentence(program, language);
  return values;
}

/** "We can help with a crisis and planning ahead to stay safe. We are not an emergency medical service." */
export function scopeSentence(program: ProgramSettings, language: string): string {
  const text = catalogs[language] ?? catalogs[spokenFallback(program)]!;
  const helpsWith = program.respondsTo.map((s) => text.scope[s]);
  const scope = helpsWith.length > 0 ? `${text.scopeIntro} ${listFormat(language).format(helpsWith)}.` : '';
  return program.respondsTo.includes('emergency') ? scope : `${scope} ${text.notEmergencyService}`.trim();
}
