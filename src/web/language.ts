import type { FastifyReply, FastifyRequest } from 'fastify';
import { LANGUAGE_COOKIE } from '../http/cookies';
import { defaultWebCatalog, publicCatalogs, webCatalogs, type PublicCatalog, type WebCatalog } from './i18n';

const ONE_YEAR_S = 365 * 24 * 60 * 60;

export interface LanguageRequest {
  /** `?lang=`; repeated parameters arrive as an array. */
  query: unknown;
  cookieHeader: string | undefined;
  acceptLanguage: string | undefined;
}

export interface LanguageChoice<C extends PublicCatalog = WebCatalog> {
  catalog: C;
  /** Set when `?lang=` named a language we have: the page then remembers it in a cookie. */
  chosen: boolean;
}

/**
 * An explicit `?lang=` wins, then the remembered choice, then the browser's Accept-Language, then
 * English. Only codes we have a catalog for are ever used, so nothing from the request is echoed.
 */
export function chooseLanguage(request: LanguageRequest): LanguageChoice;
export function chooseLanguage<C extends PublicCatalog>(
  request: LanguageRequest,
  offered: readonly C[],
): LanguageChoice<C>;
export function chooseLanguage(
  request: LanguageRequest,
  offered: readonly PublicCatalog[] = webCatalogs,
): LanguageChoice<PublicCatalog> {
  const find = (lang: string) => offered.find((catalog) => catalog.lang === lang);
  const asked = typeof request.query === 'string' ? find(request.query) : undefined;
  if (asked) return { catalog: asked, chosen: true };
  const remembered = find(cookieValue(request.cookieHeader, LANGUAGE_COOKIE) ?? '');
  if (remembered) return { catalog: remembered, chosen: false };
  return { catalog: fromAcceptLanguage(request.acceptLanguage, offered) ?? defaultWebCatalog, chosen: false };
}

/**
 * The catalog for a page request (`asked` overrides `?lang=`, for a form that posts its language),
 * remembering an explicit choice in the language cookie.
 */
export function pageLanguage(
  request: FastifyRequest,
  reply: FastifyReply,
  secure: boolean,
  asked?: string,
): WebCatalog {
  return pageLanguageOf(webCatalogs, request, reply, secure, asked);
}

/** The same for a public page (front page, chat), which more languages have words for (`publicCatalogs`). */
export function publicPageLanguage(
  request: FastifyRequest,
  reply: FastifyReply,
  secure: boolean,
  asked?: string,
): PublicCatalog {
  return pageLanguageOf(publicCatalogs, request, reply, secure, asked);
}

function pageLanguageOf<C extends PublicCatalog>(
  offered: readonly C[],
  request: FastifyRequest,
  reply: FastifyReply,
  secure: boolean,
  asked?: string,
): C {
  const { query } = request;
  const { catalog, chosen } = chooseLanguage(
    {
      query: asked ?? (typeof query === 'object' && query !== null && 'lang' in query ? query.lang : undefined),
      cookieHeader: request.headers.cookie,
      acceptLanguage: request.headers['accept-language'],
    },
    offered,
  );
  if (chosen) reply.header('set-cookie', languageCookie(catalog.lang, secure));
  return catalog;
}

/** `kith_lang=es; Path=/; Max-Age=…; SameSite=Strict`, plus `Secure` when Kith is served over HTTPS. */
export function languageCookie(lang: string, secure: boolean): string {
  return `${LANGUAGE_COOKIE}=${lang}${languageCookieAttributes(secure)}`;
}

/** The attributes alone, for the console's script, which remembers a choice made in the page. */
export function languageCookieAttributes(secure: boolean): string {
  return `; Path=/; Max-Age=${ONE_YEAR_S}; SameSite=Strict${secure ? '; Secure' : ''}`;
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, value] = part.split('=', 2).map((s) => s.trim());
    if (key === name) return value;
  }
  return undefined;
}

/** Picks the highest-weighted language we have, matching on the primary subtag (`es-MX` → `es`). */
function fromAcceptLanguage<C extends PublicCatalog>(header: string | undefined, offered: readonly C[]): C | undefined {
  const ranked = (header ?? '')
    .split(',')
    .slice(0, 20) // a hostile header cannot make this loop long
    .map((entry, order) => {
      const [tag = '', ...params] = entry.trim().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { primary: tag.trim().toLowerCase().split('-')[0] ?? '', weight: q === undefined ? 1 : Number(q), order };
    })
    .filter((entry) => entry.weight > 0 && !Number.isNaN(entry.weight))
    .sort((a, b) => b.weight - a.weight || a.order - b.order);
  for (const entry of ranked) {
    const match = offered.find((catalog) => catalog.lang === entry.primary);
    if (match) return match;
  }
  return undefined;
}
