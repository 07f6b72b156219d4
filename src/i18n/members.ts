import { membersAr } from './ar/members';
import { fill } from './catalog';
import { membersFr } from './fr/members';
import { membersHt } from './ht/members';
import { membersPt } from './pt/members';
import { membersRu } from './ru/members';
import { membersTl } from './tl/members';
import { membersVi } from './vi/members';
import { membersZh } from './zh/members';

/**
 * Texts to a program's members and to the people they chose (src/members): the pager's codes, check-ins,
 * joining and leaving. English and Spanish here; drafts of the others in each language's folder. Short and plain, read on a small screen. They name a member by their number only
 * (and a name they gave, if any); a member's phone number never appears. Every escalation says plainly
 * that it ends with the member's people or the team, never police or 911.
 */
export interface MembersCatalog {
  /** The built-in meanings of the code book. */
  meanings: Record<'safe' | 'meet' | 'call' | 'naloxone', string>;
  welcome: string;
  /** One code in the welcome's list. */
  codeItem: string;
  /** The answer to a code. The duress word gets exactly the same one. */
  sentPeers: string;
  sentTeam: string;
  sentNoOne: string;
  relay: string;
  relayPlace: string;
  /** A place number the place book does not have ({place}): the code went without a place. */
  noSuchPlace: string;
  duressAlert: string;
  left: string;
  checkInSet: string;
  watchSet: string;
  watchPrompt: string;
  watchThanks: string;
  watchEnded: string;
  missedPeers: string;
  missedTeam: string;
  acked: string;
  /** Crisis plans (src/members/plans): the page's link, and the answers to "PLAN <code>". */
  planLink: string;
  planOpened: string;
  planOpenedNoKey: string;
  planWrong: string;
  planLocked: string;
  planNone: string;
  planNoConversation: string;
  /** A code not passed on: the member (or someone keying their number) went over the flood gate's limit. */
  tooMany: string;
  /** A check-in refused: the member has as many as Kith keeps ({max}). */
  checkInsFull: string;
  /** Words recognised in texts, upper case, accents kept (matching ignores them). */
  leaveWords: readonly string[];
  okWords: readonly string[];
  checkWords: readonly string[];
  watchWords: readonly string[];
  planWords: readonly string[];
  /** Before a place's number (`P2`, `P 2`); `*2`, as keyed on a call, in every language. */
  placeWords: readonly string[];
}

export const membersEn: MembersCatalog = {
  meanings: {
    safe: 'Good night: I am safe',
    meet: 'Go home: meet me',
    call: 'Call me',
    naloxone: 'Bring naloxone',
  },
  welcome:
    'Welcome to {program}. Your member number is {number}. Codes: {codes}. Text LEAVE to leave; we then forget you at once. We never call the police.',
  codeItem: '{code} = {meaning}',
  sentPeers: 'Got it. We told your people.',
  sentTeam: 'Got it. We told the team on call.',
  sentNoOne: 'Got it, but no one could be told. Ask the team to add your people.',
  relay: 'Kith: member {member} sent {code}: {meaning}.',
  relayPlace: ' Place: {place}.',
  noSuchPlace: 'There is no place {place} on the list, so it went without a place.',
  duressAlert:
    'Kith, quiet alert: member {member} sent their danger word. They may not be safe, and someone may see their phone. Do not text them about this. Talk as a team first.',
  left: 'You have left {program}. We erased your number and everything about you.',
  checkInSet:
    'Check-in set. If we do not get {code} from you by {time}, we tell your people, then the team on call. We never tell the police or 911.',
  watchSet:
    'We will text you each day at {time} for {days} days. Please answer each text. If you miss two, we tell your people, then the team on call. We never tell the police or 911.',
  watchPrompt: '{program}: checking on you. Reply OK when you see this.',
  watchThanks: 'Thank you. We will text again tomorrow.',
  watchEnded: 'Your daily texts from {program} have ended. Take care. You can text us any time.',
  missedPeers:
    'Kith: member {member} did not check in by {time}. You are one of their people. Please reach out to them. If you have it, text "{member} OK" here. If no one does in {minutes} minutes, we tell the team on call. Never the police.',
  missedTeam:
    'Kith: member {member} missed a check-in ({time}) and none of their people said they have it. Please reach out as a team. Never the police or 911.',
  acked: 'Thank you. We will not tell the team.',
  planLink:
    'Your crisis plan: {url} This link works once, for an hour. Only your code opens your plan. Do not share this link.',
  planOpened: 'Your plan is open to {names} until this conversation ends.',
  planOpenedNoKey: 'Your code is right, but no one on this conversation can read plans yet. Tell them what helps.',
  planWrong: 'That code did not open your plan. {left} tries left this hour.',
  planLocked: 'Too many wrong codes. Your plan is locked for up to an hour. You can still text us.',
  planNone: 'You have no plan yet. Text PLAN to get a link to write one.',
  planNoConversation: 'Text us first, so someone is with you. Then send PLAN and your code again.',
  tooMany:
    'We did not pass this on: many codes were sent for you this hour. If you need someone now, call or text this number.',
  checkInsFull: 'You already have {max} check-ins set. Ask the team to cancel one first.',
  leaveWords: ['LEAVE'],
  okWords: ['OK', 'YES', 'FINE'],
  checkWords: ['CHECK'],
  watchWords: ['WATCH'],
  planWords: ['PLAN'],
  placeWords: ['P', 'PLACE'],
};

export const membersEs: MembersCatalog = {
  meanings: {
    safe: 'Buenas noches: estoy a salvo',
    meet: 'Vaya a casa: reúnase conmigo',
    call: 'Llámeme',
    naloxone: 'Traiga naloxona',
  },
  welcome:
    'Bienvenido a {program}. Su número de miembro es {number}. Códigos: {codes}. Escriba SALIR para salir; entonces lo olvidamos todo de inmediato. Nunca llamamos a la policía.',
  codeItem: '{code} = {meaning}',
  sentPeers: 'Recibido. Avisamos a su gente.',
  sentTeam: 'Recibido. Avisamos al equipo de guardia.',
  sentNoOne: 'Recibido, pero no pudimos avisar a nadie. Pida al equipo que agregue a su gente.',
  relay: 'Kith: el miembro {member} envió {code}: {meaning}.',
  relayPlace: ' Lugar: {place}.',
  noSuchPlace: 'No hay lugar {place} en la lista, así que se envió sin lugar.',
  duressAlert:
    'Kith, alerta discreta: el miembro {member} envió su palabra de peligro. Puede no estar a salvo, y alguien puede ver su teléfono. No le escriba sobre esto. Hablen primero en equipo.',
  left: 'Usted salió de {program}. Borramos su número y todo lo que teníamos de usted.',
  checkInSet:
    'Aviso programado. Si no recibimos {code} de usted antes de las {time}, avisamos a su gente y luego al equipo de guardia. Nunca avisamos a la policía ni al 911.',
  watchSet:
    'Le escribiremos cada día a las {time} durante {days} días. Responda cada mensaje, por favor. Si no responde dos veces, avisamos a su gente y luego al equipo de guardia. Nunca a la policía ni al 911.',
  watchPrompt: '{program}: queremos saber cómo está. Responda OK cuando vea esto.',
  watchThanks: 'Gracias. Le escribimos otra vez mañana.',
  watchEnded: 'Terminaron sus mensajes diarios de {program}. Cuídese. Puede escribirnos cuando quiera.',
  missedPeers:
    'Kith: el miembro {member} no se reportó antes de las {time}. Usted es parte de su gente. Por favor, busque a esa persona. Si ya lo hizo, escriba "{member} OK" aquí. Si nadie lo hace en {minutes} minutos, avisamos al equipo de guardia. Nunca a la policía.',
  missedTeam:
    'Kith: el miembro {member} no se reportó ({time}) y nadie de su gente dijo que lo tiene. Búsquenlo en equipo, por favor. Nunca a la policía ni al 911.',
  acked: 'Gracias. No avisaremos al equipo.',
  planLink:
    'Su plan de crisis: {url} Este enlace sirve una vez, durante una hora. Solo su código abre su plan. No comparta este enlace.',
  planOpened: 'Su plan está abierto para {names} hasta que termine esta conversación.',
  planOpenedNoKey:
    'Su código es correcto, pero nadie en esta conversación puede leer planes todavía. Dígales qué le ayuda.',
  planWrong: 'Ese código no abrió su plan. Le quedan {left} intentos en esta hora.',
  planLocked: 'Demasiados códigos equivocados. Su plan está bloqueado hasta por una hora. Puede seguir escribiéndonos.',
  planNone: 'Todavía no tiene un plan. Escriba PLAN para recibir un enlace y escribirlo.',
  planNoConversation: 'Escríbanos primero, para que alguien le acompañe. Luego envíe PLAN y su código otra vez.',
  tooMany:
    'No lo pasamos: se enviaron muchos códigos a su nombre en esta hora. Si necesita a alguien ahora, llame o escriba a este número.',
  checkInsFull: 'Ya tiene {max} avisos programados. Pida al equipo que cancele uno primero.',
  leaveWords: ['SALIR', 'BAJA'],
  okWords: ['OK', 'SI', 'SÍ', 'BIEN'],
  checkWords: ['AVISO'],
  watchWords: ['DIARIO'],
  planWords: ['PLAN'],
  placeWords: ['L', 'LUGAR'],
};

// The other eight are drafts (src/i18n/languages.ts), each beside its language's texts: `fr/members.ts`.
const catalogs: Readonly<Record<string, MembersCatalog>> = {
  en: membersEn,
  es: membersEs,
  fr: membersFr,
  pt: membersPt,
  vi: membersVi,
  zh: membersZh,
  ru: membersRu,
  tl: membersTl,
  ht: membersHt,
  ar: membersAr,
};

/** The languages a member can have: those with member texts (every language Kith has texts in). */
export const MEMBER_LANGUAGES: readonly string[] = Object.keys(catalogs);

/** A member's or a peer's texts, in their language where Kith has it, else English (team phones). */
export function membersCatalogFor(language: string): MembersCatalog {
  return catalogs[language] ?? membersEn;
}

export function memberText(
  language: string,
  key: Exclude<keyof MembersCatalog, 'meanings' | `${string}Words`>,
  values: Record<string, string | number> = {},
): string {
  return fill(membersCatalogFor(language)[key], values);
}

/** Upper case without accents, for matching words people type. */
export function plainWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();
}

/** Whether `word` is one of a catalog's words in any member language. */
export function isWordOf(
  word: string,
  which: 'leaveWords' | 'okWords' | 'checkWords' | 'watchWords' | 'planWords',
): boolean {
  const plain = plainWord(word);
  return Object.values(catalogs).some((c) => c[which].some((w) => plainWord(w) === plain));
}
