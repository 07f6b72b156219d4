import { careTeamFr } from './fr/team';
import { careTeamHt } from './ht/team';
import { careTeamPt } from './pt/team';
import { careTeamVi } from './vi/team';
import { careTeamZh } from './zh/team';
import { careTeamAr } from './ar/team';
import { careTeamTl } from './tl/team';
import { careTeamRu } from './ru/team';
import { fill } from './catalog';
import { normalizeWord } from './languages';

/**
 * Texts about looking after the team (issue 17): to coordinators when someone steps back, and to a
 * responder who steps back or comes back by text. They name the shift, never why: stepping back
 * needs no reason, and a coordinator's phone is no place for one. English and Spanish here; drafts of
 * the other eight in each language's folder (`fr/team.ts`); another language reads English.
 */
export interface CareTeamCatalog {
  /** To the coordinators: someone stepped back; cover their shift. */
  steppedBack: string;
  /** To the responder who texted STEP BACK. */
  youSteppedBack: string;
  /** To a responder who texted STEP BACK while not on a shift. */
  notOnShift: string;
  /** To a responder who texted BACK. */
  youAreBack: string;
  /** Texted words (upper case) that mean "I need to step back" and "I am back". */
  stepBackWords: string[];
  backWords: string[];
}

export const careTeamEn: CareTeamCatalog = {
  steppedBack: 'Kith: {name} stepped back from the {role} shift until {end}. Please find cover. Console: {url}',
  youSteppedBack:
    'Kith: you are off the line until your shift ends at {end}. The coordinator was told. Take care. Reply BACK to return.',
  notOnShift: 'Kith: you are not on a shift now, so there is nothing to step back from.',
  youAreBack: 'Kith: welcome back. You can be rung again.',
  stepBackWords: ['STEP BACK', 'STEPBACK'],
  backWords: ['BACK'],
};

export const careTeamEs: CareTeamCatalog = {
  steppedBack: 'Kith: {name} dejó el turno de {role} hasta las {end}. Por favor busque quien lo cubra. Consola: {url}',
  youSteppedBack:
    'Kith: usted está fuera de la línea hasta que termine su turno a las {end}. Avisamos a la coordinación. Cuídese. Responda VOLVER para regresar.',
  notOnShift: 'Kith: usted no está en un turno ahora, así que no hay nada que dejar.',
  youAreBack: 'Kith: bienvenido de nuevo. Ya pueden llamarle otra vez.',
  stepBackWords: ['PAUSA', 'DEJAR TURNO'],
  backWords: ['VOLVER'],
};

const CATALOGS: Record<string, CareTeamCatalog> = {
  en: careTeamEn,
  es: careTeamEs,
  fr: careTeamFr,
  ht: careTeamHt,
  pt: careTeamPt,
  vi: careTeamVi,
  zh: careTeamZh,
  ar: careTeamAr,
  tl: careTeamTl,
  ru: careTeamRu,
};

export function careTeamCatalogFor(language: string): CareTeamCatalog {
  return CATALOGS[language] ?? careTeamEn;
}

export type CareTeamTextKey = Exclude<keyof CareTeamCatalog, 'stepBackWords' | 'backWords'>;

export function careTeamText(language: string, key: CareTeamTextKey, values: Record<string, string | number>): string {
  return fill(careTeamCatalogFor(language)[key], values);
}

/** Whether a text is a step-back or come-back command, in any catalog (a responder may text in any). */
export function careTeamCommand(body: string): 'stepBack' | 'back' | undefined {
  const said = plain(body);
  const all = Object.values(CATALOGS);
  if (all.some((c) => c.stepBackWords.some((w) => plain(w) === said))) return 'stepBack';
  if (all.some((c) => c.backWords.some((w) => plain(w) === said))) return 'back';
  return undefined;
}

/** Spaces as one, no full stop after, without case or accents ("tro lai." and "TRỞ LẠI" are one). */
const plain = (text: string) => normalizeWord(text.replace(/\s+/g, ' ').replace(/[.!]+$/, ''));
