/**
 * Each language's console words, fetched when someone switches to it. The page carries only the
 * visitor's own language (src/web/console-page.ts): a first visit no longer downloads every
 * language. Each loader is a dynamic import, so esbuild makes it a content-hashed chunk under
 * /assets/, which the service worker keeps once fetched. One entry per `webCatalogs` language
 * (src/web/console-words.test.ts checks the two lists agree).
 */
import type { ConsolePageData } from '../../console-data';
import type { WebCatalog } from '../../i18n/web-catalog';

export type ConsoleWords = ConsolePageData['catalogs'][string];

const pick = ({ dir, layout, console }: WebCatalog): ConsoleWords => ({ dir, layout, console });

export const consoleWordLoaders: Readonly<Record<string, () => Promise<ConsoleWords>>> = {
  en: () => import('../../i18n/en').then(({ en }) => pick(en)),
  es: () => import('../../i18n/es').then(({ es }) => pick(es)),
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
