import { briefingFr } from './fr/team';
import { briefingHt } from './ht/team';
import { briefingPt } from './pt/team';
import { briefingVi } from './vi/team';
import { briefingZh } from './zh/team';
import { briefingAr } from './ar/team';
import { briefingTl } from './tl/team';
import { briefingRu } from './ru/team';

/**
 * Words of the shift-start briefing (src/rota/briefing/): the text a responder gets when their shift
 * starts and they must read the emergency plan first, what the coordinator on call is told when
 * nobody on the phone can be rung for that reason, and the one-time link's page (it works without
 * JavaScript). About the team's plan only, never about a caller. English and Spanish here; drafts
 * of the other eight in each language's folder (`fr/team.ts`); a language without them reads English.
 */
export interface BriefingTexts {
  /** At shift start: {program}, {url} (the one-time link). */
  due: string;
  /** To the coordinator on call: {names}, {url} (the console). */
  nobodyBriefed: string;
  page: {
    title: string;
    /** Above the plan: {program}. */
    intro: string;
    /** {version}, {time}. */
    version: string;
    button: string;
    done: string;
    /** The link was used, expired, or never was. */
    gone: string;
    /** The plan changed while the page was open. */
    changed: string;
    empty: string;
  };
}

export const briefingEn: BriefingTexts = {
  due: 'Kith: your shift at {program} has started. Please read the team’s emergency plan and tap “I have read it”: {url} — you will not be rung until you do.',
  nobodyBriefed:
    'Kith: no one on the phone can be rung right now: {names} must read the emergency plan first. Calls go to the no-answer message until then. Console: {url}',
  page: {
    title: 'Before your shift: the emergency plan',
    intro: 'Please read {program}’s emergency plan. You will be rung once you confirm you have read it.',
    version: 'Version {version}, saved {time}',
    button: 'I have read it',
    done: 'Thank you. You can be rung now.',
    gone: 'This link has been used or has expired. Open the console to read the plan.',
    changed: 'The plan changed while you were reading. Please read this version.',
    empty: 'The plan is empty.',
  },
};

export const briefingEs: BriefingTexts = {
  due: 'Kith: su turno en {program} ha empezado. Lea el plan de emergencia del equipo y toque «Lo he leído»: {url} — no le llamaremos hasta que lo haga.',
  nobodyBriefed:
    'Kith: ahora no se puede llamar a nadie del teléfono: {names} deben leer primero el plan de emergencia. Hasta entonces las llamadas reciben el mensaje de sin respuesta. Consola: {url}',
  page: {
    title: 'Antes de su turno: el plan de emergencia',
    intro: 'Lea el plan de emergencia de {program}. Le llamaremos cuando confirme que lo ha leído.',
    version: 'Versión {version}, guardada {time}',
    button: 'Lo he leído',
    done: 'Gracias. Ya le pueden llamar.',
    gone: 'Este enlace ya se usó o caducó. Abra la consola para leer el plan.',
    changed: 'El plan cambió mientras lo leía. Lea esta versión.',
    empty: 'El plan está vacío.',
  },
};

const BRIEFING: Readonly<Record<string, BriefingTexts>> = {
  en: briefingEn,
  es: briefingEs,
  fr: briefingFr,
  ht: briefingHt,
  pt: briefingPt,
  vi: briefingVi,
  zh: briefingZh,
  ar: briefingAr,
  tl: briefingTl,
  ru: briefingRu,
};

/** A language these words exist in: the one asked for, else English. */
export function briefingLanguage(language: string): string {
  return Object.hasOwn(BRIEFING, language) ? language : 'en';
}

export function briefingTextsFor(language: string): BriefingTexts {
  return BRIEFING[language] ?? briefingEn;
}

/** Every language the briefing has words in, for its page's language switcher. */
export const BRIEFING_LANGUAGES: readonly string[] = Object.keys(BRIEFING);
