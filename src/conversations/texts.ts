import { catalogFor, fill } from '../i18n';
import { textCatalogFor, textLanguages, type TextCatalog } from '../i18n/texting';
import { describeHours, isOpenAt, listFormat } from '../program/hours';
import type { Program } from '../program/types';

/** The automatic texts a person may get; each is stored on the message that earned it by this key. */
export const PERSON_TEXTS = [
  'firstReply',
  'offHours',
  'joined',
  'noAnswer',
  'closed',
  'help',
  'stopped',
  'started',
  'mediaNotReceived',
  'languageSwitched',
  'slowDown',
] as const;
export type PersonTextKey = (typeof PERSON_TEXTS)[number];

export function isPersonTextKey(value: string): value is PersonTextKey {
  return (PERSON_TEXTS as readonly string[]).includes(value);
}

/** A text for the person, in their language, with the program's facts filled in. */
export function personText(program: Program, language: string, key: PersonTextKey): string {
  const text = textCatalogFor(language);
  const template = text[key];
  const values: Record<string, string> = { program: program.name };
  if (template.includes('{hours}')) values.hours = describeHours(program.hours, language);
  if (template.includes('{kept}')) {
    const hours = program.texting.numberGraceHours;
    values.kept = hours === 0 ? text.keptForNone : hours === 1 ? text.keptForOne : fill(text.keptFor, { hours });
  }
  if (template.includes('{scope}')) values.scope = scopeSentence(program, language);
  const filled = fill(template, values);
  if (key !== 'firstReply') return filled;
  // The first reply offers every other language the program texts in, each in its own words.
  const offers = program.languages
    .filter((l) => l !== language && textLanguages().includes(l))
    .map((l) => textCatalogFor(l).languageOffer);
  return [filled, ...offers].join(' ');
}

function scopeSentence(program: Program, language: string): string {
  const voice = catalogFor(language);
  const helpsWith = program.respondsTo.map((s) => voice.scope[s]);
  const scope = helpsWith.length > 0 ? `${voice.scopeIntro} ${listFormat(language).format(helpsWith)}.` : '';
  return program.respondsTo.includes('emergency') ? scope : `${scope} ${voice.notEmergencyService}`.trim();
}

/** A text for a responder's own phone, in their first language. */
export function responderText(
  language: string,
  key: Exclude<
    keyof TextCatalog,
    PersonTextKey | 'keyword' | 'languageOffer' | 'keptFor' | 'keptForOne' | 'keptForNone'
  >,
  values: Record<string, string | number>,
): string {
  return fill(textCatalogFor(language)[key], values);
}

export function isOpenNow(program: Program, now: number): boolean {
  return isOpenAt(program.hours, program.timeZone, now);
}
