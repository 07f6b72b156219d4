import type { PublicCatalog, WebCatalog } from './web-catalog';
import { ar } from './ar';
import { ht } from './ht';
import { tl } from './tl';
import { ru } from './ru';
import { zh } from './zh';
import { vi } from './vi';
import { pt } from './pt';
import { fr } from './fr';
import { en } from './en';
import { es } from './es';

export type { PublicCatalog, WebCatalog } from './web-catalog';

/** The languages web pages are offered in, in the order the language switcher lists them. */
export const webCatalogs: readonly WebCatalog[] = [en, es, ar, zh, vi, tl, ru, pt, fr, ht];

export const defaultWebCatalog: WebCatalog = en;

export function webCatalogFor(lang: string): WebCatalog | undefined {
  return webCatalogs.find((catalog) => catalog.lang === lang);
}

/**
 * The languages the public pages (front page, chat) are offered in: every web catalog, and any that has
 * only public words so far (none today: a new language may start there, as `PublicCatalog`).
 */
export const publicCatalogs: readonly PublicCatalog[] = [...webCatalogs];

export function publicCatalogFor(lang: string): PublicCatalog | undefined {
  return publicCatalogs.find((catalog) => catalog.lang === lang);
}
