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
  /** Crisis plans (src/members/plans/keypad.ts): said after codePrompt only to a member who has one. */
  planHint: string;
  planOpened: string;
  /** The code was right but nobody who may be rung has a key yet. */
  planNoKey: string;
  planWrong: string;
  planLocked: string;
  planNone: string;
  /** The key derivation outlasted the webhook's budget: it goes on, and opens the plan if right. */
  planChecking: string;
  /** Then the call goes to the team as any caller's. */
  planThrough: string;
}

export const memberKeypadEn: MemberKeypadWords = {
  numberPrompt: 'Members: key your member number.',
  codePrompt: 'Now key your code, then the pound key.',
  placePrompt: 'To add a place, key star and its number before the pound key.',
  notFound: 'We did not find that member number.',
  noSuchCode: 'That is not one of the codes.',
  goodbye: 'Goodbye.',
  planHint: 'To open your crisis plan for this call, press star, then your plan code, then the pound key.',
  planOpened: 'Your plan is open. The person who answers this call can read it until the call ends.',
  planNoKey: 'Your code is right, but no one who may answer can read plans yet. Tell them what helps.',
  planWrong:
    'That code did not open your plan. {left} tries left this hour. You can tell your code to the person who answers.',
  planLocked: 'Too many wrong codes. Your plan is locked for up to an hour.',
  planNone: 'You have no plan yet.',
  planChecking: 'We are still checking your code. If it is right, the person who answers can read your plan.',
  planThrough: 'Now we will put you through to the team.',
};

export const memberKeypadEs: MemberKeypadWords = {
  numberPrompt: 'Miembros: marque su número de miembro.',
  codePrompt: 'Ahora marque su código y luego la tecla numeral.',
  placePrompt: 'Para añadir un lugar, marque asterisco y su número antes de la tecla numeral.',
  notFound: 'No encontramos ese número de miembro.',
  noSuchCode: 'Ese no es uno de los códigos.',
  goodbye: 'Adiós.',
  planHint:
    'Para abrir su plan de crisis en esta llamada, marque asterisco, luego el código de su plan y la tecla numeral.',
  planOpened: 'Su plan está abierto. La persona que conteste esta llamada puede leerlo hasta que termine la llamada.',
  planNoKey: 'Su código es correcto, pero nadie que pueda contestar puede leer planes todavía. Dígales qué le ayuda.',
  planWrong:
    'Ese código no abrió su plan. Le quedan {left} intentos en esta hora. Puede decirle su código a la persona que conteste.',
  planLocked: 'Demasiados códigos equivocados. Su plan está bloqueado hasta por una hora.',
  planNone: 'Todavía no tiene un plan.',
  planChecking: 'Todavía estamos revisando su código. Si es correcto, la persona que conteste podrá leer su plan.',
  planThrough: 'Ahora le comunicamos con el equipo.',
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
