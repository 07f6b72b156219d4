import type { Catalog } from './catalog';
import { en } from './en';
import { es } from './es';

export { fill, type Catalog } from './catalog';

/** Languages Kith ships defaults for. A program may add others by writing every message itself. */
export const catalogs: Readonly<Record<string, Catalog>> = { en, es };

export function hasCatalog(language: string): boolean {
  return Object.hasOwn(catalogs, language);
}

/** The catalog for a language, falling back to English for anything Kith has no defaults for. */
export function catalogFor(language: string): Catalog {
  return catalogs[language] ?? en;
}
