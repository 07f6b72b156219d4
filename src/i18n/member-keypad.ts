import { memberKeypadAr } from './ar/members';
import { memberKeypadFr } from './fr/members';
import { memberKeypadHt } from './ht/members';
import { memberKeypadPt } from './pt/members';
import { memberKeypadRu } from './ru/members';
import { memberKeypadTl } from './tl/members';
import { memberKeypadVi } from './vi/members';
import { memberKeypadZh } from './zh/members';

/**
 * What a member hears when they key a code during a call (src/members/keypad.ts), after pressing *
 * at the language menu. The result of a code is spoken in the same words as its text reply
 * (`src/i18n/members.ts`: sentPeers, sentTeam…), so a danger word sounds exactly as the safe code does.
 * English and Spanish; the others are drafts (src/i18n/languages.ts), beside each language's texts.
 */
export interface MemberKeypadWords {
  /** Said in each of the menu's languages, before Kith knows whose call it is. */
  numberPrompt: string;
  /** In the member's language from here on. */
  codePrompt: string;
  /** Said after the code prompt only when the program keeps a place book (src/members/places). */
  placePrompt: string;
  /** A number that is no member's (or not from the member's own phone): the same words either way. */
  notFound: string;
  noSuchCode: string;
  goodbye: string;
}

export const memberKeypadEn: MemberKeypadWords = {
  numberPrompt: 'Members: key your member number.',
  codePrompt: 'Now key your code, then the pound key.',
  placePrompt: 'To add a place, key star and its number before the pound key.',
  notFound: 'We did not find that member number.',
  noSuchCode: 'That is not one of the codes.',
  goodbye: 'Goodbye.',
};

export const memberKeypadEs: MemberKeypadWords = {
  numberPrompt: 'Miembros: marque su número de miembro.',
  codePrompt: 'Ahora marque su código y luego la tecla numeral.',
  placePrompt: 'Para añadir un lugar, marque asterisco y su número antes de la tecla numeral.',
  notFound: 'No encontramos ese número de miembro.',
  noSuchCode: 'Ese no es uno de los códigos.',
  goodbye: 'Adiós.',
};

const KEYPAD: Readonly<Record<string, MemberKeypadWords>> = {
  en: memberKeypadEn,
  es: memberKeypadEs,
  fr: memberKeypadFr,
  pt: memberKeypadPt,
  vi: memberKeypadVi,
  zh: memberKeypadZh,
  ru: memberKeypadRu,
  tl: memberKeypadTl,
  ht: memberKeypadHt,
  ar: memberKeypadAr,
};

/** A member's keypad words in their language where Kith has them, else English. */
export function memberKeypadFor(language: string): MemberKeypadWords {
  return KEYPAD[language] ?? memberKeypadEn;
}
