import { swapsFr } from './fr/team';
import { swapsHt } from './ht/team';
import { swapsPt } from './pt/team';
import { swapsVi } from './vi/team';
import { swapsZh } from './zh/team';
import { swapsAr } from './ar/team';
import { swapsTl } from './tl/team';
import { swapsRu } from './ru/team';
import { fill } from './catalog';
import { normalizeWord } from './languages';

/**
 * Texts about swaps and time away (issue 17, src/rota/swaps/): to teammates who could take an offered
 * shift, to the person who offered it, to whoever took it, and to the coordinator. Shift times, roles
 * and teammates' first names only; never a reason for time away (a coordinator reads that in the console).
 * {when} is a local day and time ("Sun, Mar 8, 10:00"), {until} a local time or day and time.
 * English and Spanish here; drafts of the other eight in each language's folder (`fr/team.ts`).
 */
export interface SwapTexts {
  /** To each teammate who could take it: {name}, {role}, {when}, {until}, {code}, {url}. */
  offered: string;
  /** The title of the same news by push. */
  offeredTitle: string;
  /** To the coordinator: {taker} took {giver}'s shift. */
  taken: string;
  /** To the coordinator: a take waits for approval. */
  takenAwaiting: string;
  /** To the person who offered it. */
  yourShiftTaken: string;
  /** To the person who offered it, when a coordinator declined the swap. */
  yourSwapDeclined: string;
  /** To the taker, by text reply or after a coordinator decided. */
  youTookIt: string;
  youTookItAwaiting: string;
  takeApproved: string;
  takeDeclined: string;
  /** Replies to TAKE that did not get it. */
  gone: string;
  cannotTake: string;
  unknownCode: string;
  /** To the coordinator: someone asks for time away: {name}, {when}, {until}, {url}. */
  awayAsked: string;
  /** To the person who asked, once decided. */
  awayApproved: string;
  awayDeclined: string;
  /** Words that start a take, upper case: "TAKE S12" (es "TOMAR S12"); the offer names its language's own. */
  takeWords: string[];
  roles: Record<'phone' | 'field' | 'support' | 'coordinator', string>;
}

export const swapsEn: SwapTexts = {
  offered:
    'Kith: {name} offers a {role} shift, {when} to {until}. To take it, reply TAKE S{code}. The first to reply gets it. Console: {url}',
  offeredTitle: 'A shift you could take',
  taken: 'Kith: {taker} took {giver}’s {role} shift, {when} to {until}.',
  takenAwaiting:
    'Kith: {taker} wants to take {giver}’s {role} shift, {when} to {until}. It waits for a coordinator: {url}',
  yourShiftTaken: 'Kith: {taker} took your {role} shift, {when} to {until}. You are off it now.',
  yourSwapDeclined: 'Kith: a coordinator said no to the swap of your {role} shift, {when}. It is still yours.',
  youTookIt: 'Kith: the {role} shift, {when} to {until}, is yours now. Thank you.',
  youTookItAwaiting: 'Kith: you asked to take the {role} shift, {when} to {until}. A coordinator will say yes or no.',
  takeApproved: 'Kith: a coordinator said yes. The {role} shift, {when} to {until}, is yours now.',
  takeDeclined: 'Kith: a coordinator said no. The {role} shift, {when}, stays with {giver}.',
  gone: 'Kith: sorry, that shift is gone. Someone else took it, or it was taken back.',
  cannotTake: 'Kith: you cannot take that shift: you are on then, away, or it would break a rest rule.',
  unknownCode: 'Kith: no open shift has that number. Check the text you got, or open the console.',
  awayAsked: 'Kith: {name} asks for time away, {when} to {until}. Please say yes or no: {url}',
  awayApproved: 'Kith: your time away, {when} to {until}, is approved.',
  awayDeclined: 'Kith: your time away, {when} to {until}, was not approved. Please talk with a coordinator.',
  takeWords: ['TAKE'],
  roles: { phone: 'phone', field: 'field', support: 'support', coordinator: 'coordinator' },
};

export const swapsEs: SwapTexts = {
  offered:
    'Kith: {name} ofrece un turno de {role}, de {when} a {until}. Para tomarlo, responda TOMAR S{code}. Se lo queda quien responda primero. Consola: {url}',
  offeredTitle: 'Un turno que usted puede tomar',
  taken: 'Kith: {taker} tomó el turno de {role} de {giver}, de {when} a {until}.',
  takenAwaiting:
    'Kith: {taker} quiere tomar el turno de {role} de {giver}, de {when} a {until}. Espera a la coordinación: {url}',
  yourShiftTaken: 'Kith: {taker} tomó su turno de {role}, de {when} a {until}. Usted ya no está en ese turno.',
  yourSwapDeclined: 'Kith: la coordinación dijo que no al cambio de su turno de {role}, {when}. Sigue siendo suyo.',
  youTookIt: 'Kith: el turno de {role}, de {when} a {until}, ahora es suyo. Gracias.',
  youTookItAwaiting:
    'Kith: usted pidió tomar el turno de {role}, de {when} a {until}. La coordinación le dirá que sí o que no.',
  takeApproved: 'Kith: la coordinación dijo que sí. El turno de {role}, de {when} a {until}, ahora es suyo.',
  takeDeclined: 'Kith: la coordinación dijo que no. El turno de {role}, {when}, sigue con {giver}.',
  gone: 'Kith: lo sentimos, ese turno ya no está. Otra persona lo tomó o lo retiraron.',
  cannotTake: 'Kith: usted no puede tomar ese turno: ya está de turno, está ausente o rompería una regla de descanso.',
  unknownCode: 'Kith: ningún turno abierto tiene ese número. Revise el mensaje que recibió o abra la consola.',
  awayAsked: 'Kith: {name} pide tiempo libre, de {when} a {until}. Por favor diga que sí o que no: {url}',
  awayApproved: 'Kith: su tiempo libre, de {when} a {until}, está aprobado.',
  awayDeclined: 'Kith: su tiempo libre, de {when} a {until}, no fue aprobado. Por favor hable con la coordinación.',
  takeWords: ['TOMAR'],
  roles: { phone: 'teléfono', field: 'campo', support: 'apoyo', coordinator: 'coordinación' },
};

const SWAPS: Readonly<Record<string, SwapTexts>> = {
  en: swapsEn,
  es: swapsEs,
  fr: swapsFr,
  ht: swapsHt,
  pt: swapsPt,
  vi: swapsVi,
  zh: swapsZh,
  ar: swapsAr,
  tl: swapsTl,
  ru: swapsRu,
};

/** A language these texts exist in: the one asked for, else English (team members' own phones; Korean today). */
export function swapLanguage(language: string): string {
  return Object.hasOwn(SWAPS, language) ? language : 'en';
}

export type SwapTextKey = Exclude<keyof SwapTexts, 'takeWords' | 'roles'>;

/** A language's swap texts, else English. */
export function swapTextsFor(language: string): SwapTexts {
  return SWAPS[language] ?? swapsEn;
}

export function swapText(language: string, key: SwapTextKey, values: Record<string, string | number>): string {
  return fill(swapTextsFor(language)[key], values);
}

export function swapRole(language: string, role: string): string {
  const roles = swapTextsFor(language).roles;
  return Object.hasOwn(roles, role) ? roles[role as keyof typeof roles] : role;
}

/**
 * "TAKE S12", "tomar s12.", "nhan S12" → 12, in any catalog's words (a responder may text in any, and
 * a phone may drop accents), compared without case or accents. The S (Latin, in every language) keeps
 * it apart from words a responder texts to a person they are helping ("take 5" goes to the person).
 */
export function takeCommand(body: string): number | undefined {
  const match = /^\s*([\p{L}\p{M}]+)\s+S(\d{1,6})\s*[.!]*\s*$/iu.exec(body);
  if (!match) return undefined;
  const word = normalizeWord(match[1] ?? '');
  return Object.values(SWAPS).some((c) => c.takeWords.some((w) => normalizeWord(w) === word))
    ? Number(match[2])
    : undefined;
}
