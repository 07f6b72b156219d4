import { rotaFr } from './fr/team';
import { rotaHt } from './ht/team';
import { rotaPt } from './pt/team';
import { rotaVi } from './vi/team';
import { rotaZh } from './zh/team';
import { rotaAr } from './ar/team';
import { rotaTl } from './tl/team';
import { rotaRu } from './ru/team';

/**
 * Words about the team's own shifts (src/rota/): calendar event titles, shift reminders by text and
 * push, and coverage alerts to coordinators. They carry shift times, roles and teammates' names only,
 * never anything about a caller. English and Spanish here; drafts of the other eight in each
 * language's folder (`fr/team.ts`); a language without them (Korean) reads English.
 */
export interface RotaTexts {
  /** A calendar event in my own feed: {program}, {role}, {tier}. */
  myShift: string;
  /** An event in the coordinators' rota feed: {name}, {role}, {tier}. */
  rotaShift: string;
  /** The rota feed's calendar name: {program}. */
  rotaName: string;
  /** The text before a shift: {program}, {role}, {tier}, {when} (local day and time), {url}. */
  reminder: string;
  /** A push notification's title and body (no link: tapping it opens the console). */
  pushTitle: string;
  pushBody: string;
  /** To coordinators, ahead of an uncovered stretch: {hours} (72 or 24), {from}, {to}, {names}, {url}. */
  gap: string;
  /** In place of {names} when nobody could take it. */
  nobodyFree: string;
  /** After the names when some were left out: {count}. */
  more: string;
  roles: Record<'phone' | 'field' | 'support' | 'coordinator', string>;
  tiers: Record<'primary' | 'backup', string>;
}

export const rotaEn: RotaTexts = {
  myShift: '{program}: {role} shift ({tier})',
  rotaShift: '{name}: {role} ({tier})',
  rotaName: '{program}: team shifts',
  reminder: 'Kith: your {role} shift ({tier}) for {program} starts {when}. Open the console: {url}',
  pushTitle: 'Your shift starts soon',
  pushBody: '{role} shift ({tier}), {when}',
  gap: 'Kith: no one is on the phone from {from} to {to} (in {hours} hours). Free to take it: {names}. Shifts: {url}',
  nobodyFree: 'no one',
  more: 'and {count} more',
  roles: { phone: 'phone', field: 'field', support: 'support', coordinator: 'coordinator' },
  tiers: { primary: 'first to ring', backup: 'backup' },
};

export const rotaEs: RotaTexts = {
  myShift: '{program}: turno de {role} ({tier})',
  rotaShift: '{name}: {role} ({tier})',
  rotaName: '{program}: turnos del equipo',
  reminder: 'Kith: su turno de {role} ({tier}) en {program} empieza {when}. Abra la consola: {url}',
  pushTitle: 'Su turno empieza pronto',
  pushBody: 'Turno de {role} ({tier}), {when}',
  gap: 'Kith: nadie atiende el teléfono de {from} a {to} (en {hours} horas). Pueden cubrirlo: {names}. Turnos: {url}',
  nobodyFree: 'nadie',
  more: 'y {count} más',
  roles: { phone: 'teléfono', field: 'campo', support: 'apoyo', coordinator: 'coordinación' },
  tiers: { primary: 'primero en sonar', backup: 'respaldo' },
};

const ROTA: Readonly<Record<string, RotaTexts>> = {
  en: rotaEn,
  es: rotaEs,
  fr: rotaFr,
  ht: rotaHt,
  pt: rotaPt,
  vi: rotaVi,
  zh: rotaZh,
  ar: rotaAr,
  tl: rotaTl,
  ru: rotaRu,
};

/** A language these texts exist in: the one asked for, else English (team members' own phones). */
export function rotaLanguage(language: string): string {
  return Object.hasOwn(ROTA, language) ? language : 'en';
}

export function rotaTextsFor(language: string): RotaTexts {
  return ROTA[language] ?? rotaEn;
}

/** `template` with each {name} replaced; an unknown name stays as written. */
export function fillRota(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
