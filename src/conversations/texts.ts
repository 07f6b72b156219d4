import { fill } from '../i18n';
import { PERSON_TEXT_KEYS, teamTextCatalogFor, type PersonTextKey, type TextCatalog } from '../i18n/texting';
import { describeHours, isOpenAt } from '../program/hours';
import { scopeSentence, textTemplateFor } from '../program/messages';
import type { Program } from '../program/types';

/** The automatic texts a person may get; each is stored on the message that earned it by this key. */
export const PERSON_TEXTS = PERSON_TEXT_KEYS;
export type { PersonTextKey };

export function isPersonTextKey(value: string): value is PersonTextKey {
  return (PERSON_TEXTS as readonly string[]).includes(value);
}

/** A text for the person, in their language (the program's own words, else Kith's), with its facts filled in. */
export function personText(program: Program, language: string, key: PersonTextKey): string {
  const template = textTemplateFor(program, language, key);
  const values: Record<string, string> = { program: program.name };
  // Settings refuse these placeholders in a language Kith has no texts in: only a program stored before
  // that rule reaches the team's English here.
  if (template.includes('{hours}')) values.hours = describeHours(program.hours, language);
  if (template.includes('{kept}')) {
    const text = teamTextCatalogFor(language);
    const hours = program.texting.numberGraceHours;
    values.kept = hours === 0 ? text.keptForNone : hours === 1 ? text.keptForOne : fill(text.keptFor, { hours });
  }
  if (template.includes('{scope}')) values.scope = scopeSentence(program, language);
  const filled = fill(template, values);
  if (key !== 'firstReply') return filled;
  // The first reply offers every other language the program texts in, each in its own words.
  const offers = program.languages
    .filter((l) => l !== language)
    .map((l) => textTemplateFor(program, l, 'languageOffer'));
  return [filled, ...offers].join(' ');
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
  return fill(teamTextCatalogFor(language)[key], values);
}

export function isOpenNow(program: Program, now: number): boolean {
  return isOpenAt(program.hours, program.timeZone, now);
}
