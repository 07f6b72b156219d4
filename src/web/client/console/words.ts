/**
 * Each language's console words, fetched when someone signs in or switches to it. The page carries
 * only the visitor's own language's words for signing in (src/web/console-page.ts): a first visit
 * no longer downloads every language, nor the words of every view. Each loader is a dynamic import, so esbuild makes it a content-hashed chunk under
 * /assets/, which the service worker keeps once fetched. One entry per `webCatalogs` language
 * (src/web/console-words.test.ts checks the two lists agree).
 */
import type { ConsoleText } from '../../i18n/console/types';
import type { LayoutText, WebCatalog } from '../../i18n/web-catalog';

/** A language's whole console words (the page carries only its first words: console-data.ts). */
export interface ConsoleWords {
  dir: 'ltr' | 'rtl';
  layout: LayoutText;
  console: ConsoleText;
}

const pick = ({ dir, layout, console }: WebCatalog): ConsoleWords => ({ dir, layout, console });

export const consoleWordLoaders: Readonly<Record<string, () => Promise<ConsoleWords>>> = {
  en: () => import('../../i18n/en').then(({ en }) => pick(en)),
  es: () => import('../../i18n/es').then(({ es }) => pick(es)),
  ar: () => import('../../i18n/ar').then(({ ar }) => pick(ar)),
  zh: () => import('../../i18n/zh').then(({ zh }) => pick(zh)),
  vi: () => import('../../i18n/vi').then(({ vi }) => pick(vi)),
  tl: () => import('../../i18n/tl').then(({ tl }) => pick(tl)),
  ru: () => import('../../i18n/ru').then(({ ru }) => pick(ru)),
  pt: () => import('../../i18n/pt').then(({ pt }) => pick(pt)),
  fr: () => import('../../i18n/fr').then(({ fr }) => pick(fr)),
  ht: () => import('../../i18n/ht').then(({ ht }) => pick(ht)),
};

/** The words for `lang`, or undefined when there are none or they could not be fetched (offline). */
export async function loadConsoleWords(lang: string): Promise<ConsoleWords | undefined> {
  const load = consoleWordLoaders[lang];
  if (!load) return undefined;
  try {
    return await load();
  } catch {
    return undefined;
  }
}
