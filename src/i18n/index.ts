import { ar } from './ar/voice';
import { ht } from './ht/voice';
import { tl } from './tl/voice';
import { ru } from './ru/voice';
import { zh } from './zh/voice';
import { vi } from './vi/voice';
import { pt } from './pt/voice';
import { fr } from './fr/voice';
import type { Catalog } from './catalog';
import { en } from './en';
import { es } from './es';

export { fill, type Catalog } from './catalog';

/**
 * Languages Kith ships spoken words for; their status is in `languages.ts`. A program may add others
 * only by writing every caller-facing message itself (src/program/validate.ts).
 */
export const catalogs: Readonly<Record<string, Catalog>> = { en, es, ar, fr, pt, vi, zh, ru, tl, ht };

export function hasCatalog(language: string): boolean {
  return Object.hasOwn(catalogs, language);
}

/**
 * The catalog for a language Kith has words in. Never English in its place: a caller who chose a
 * language must not hear another, so asking for one Kith lacks is a bug the caller's path must avoid
 * (program settings refuse such a language unless the program wrote its own words; see program/messages.ts).
 */
export function catalogFor(language: string): Catalog {
  const catalog = catalogs[language];
  if (!catalog) throw new Error(`no spoken catalog for "${language}"`);
  return catalog;
}

/** For team members, whose own languages may have no catalog: theirs where Kith has one, else English. */
export function teamCatalogFor(language: string): Catalog {
  return catalogs[language] ?? en;
}
