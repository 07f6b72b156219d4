/** What the server embeds in the console page for its script (both sides import this type). */
import type { LayoutText } from './i18n/web-catalog';
import type { ConsoleText } from './i18n/console/types';

export interface ConsolePageData {
  lang: string;
  /** The page's own language's words; the script adds others as it fetches them. */
  catalogs: Record<string, { dir: 'ltr' | 'rtl'; layout: LayoutText; console: ConsoleText }>;
  /** `; Path=/; Max-Age=…; SameSite=Strict[; Secure]`: remembered for a year, as `?lang=` does on the server. */
  cookieSuffix: string;
}
