/** What the server embeds in the console page for its script (both sides import this type). */
import type { LayoutText } from './i18n/web-catalog';
import type { ConsoleText } from './i18n/console/types';

/**
 * The console words a visitor needs before signing in (sign-in, join, the other ways in, the shell
 * around them): all the page carries, a sixth of the whole. Everything a signed-in view says comes in
 * the language's words chunk, fetched once someone is signed in (client/console/words.ts).
 */
export const FIRST_WORDS = ['shell', 'signIn', 'join', 'devices'] as const;
export type FirstConsoleText = Pick<ConsoleText, (typeof FIRST_WORDS)[number]>;

export function firstWords(text: ConsoleText): FirstConsoleText {
  const { shell, signIn, join, devices } = text;
  return { shell, signIn, join, devices };
}

export interface ConsolePageData {
  lang: string;
  /** The page's own language's first words; the script adds whole languages as it fetches them. */
  catalogs: Record<string, { dir: 'ltr' | 'rtl'; layout: LayoutText; console: FirstConsoleText }>;
  /** `; Path=/; Max-Age=…; SameSite=Strict[; Secure]`: remembered for a year, as `?lang=` does on the server. */
  cookieSuffix: string;
}
