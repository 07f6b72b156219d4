import type { WebCatalog } from './web-catalog';
import { en } from './en';
import { es } from './es';

export type { WebCatalog } from './web-catalog';

/** The languages web pages are offered in, in the order the language switcher lists them. */
export const webCatalogs: readonly WebCatalog[] = [en, es];

export const defaultWebCatalog: WebCatalog = en;

export function webCatalogFor(lang: string): WebCatalog | undefined {
  return webCatalogs.find((catalog) => catalog.lang === lang);
}
