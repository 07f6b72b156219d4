/** What every view can read: the words in the chosen language, and who is signed in. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { FirstConsoleText } from '../../console-data';
import type { ConsoleText } from '../../i18n/console/types';

export interface Account {
  responderId: string;
  programId: string;
  name: string;
  roles: string[];
  publicKey: string;
}

/** The whole words: there once someone is signed in (the signed-in views read them). */
export const TextContext = createContext<ConsoleText | undefined>(undefined);
/** The words for signing in and joining, and the shell's: always there (the page carries them). */
export const FirstTextContext = createContext<FirstConsoleText | undefined>(undefined);
export const AccountContext = createContext<Account | undefined>(undefined);
export const LangContext = createContext<string>('en');

export function useText(): ConsoleText {
  const text = useContext(TextContext);
  if (!text) throw new Error('console text is missing');
  return text;
}

/** For what is shown before anyone is signed in: sign-in, join, and the parts every view shares. */
export function useFirstText(): FirstConsoleText {
  const text = useContext(FirstTextContext);
  if (!text) throw new Error('console text is missing');
  return text;
}

export function useAccount(): Account {
  const account = useContext(AccountContext);
  if (!account) throw new Error('this view needs a signed-in account');
  return account;
}

export function useLang(): string {
  return useContext(LangContext);
}

export function isCoordinator(account: Account | undefined): boolean {
  return account?.roles.includes('coordinator') ?? false;
}

/**
 * Whether this page's coordinator has just made the line on the setup page: the join view says so,
 * Home's first steps read it. Kept here, in what every view already loads, so the join view (in the
 * first script) does not pull in Home's chunk, nor a chunk of its own for one flag. Lives as long as
 * the page.
 */
let lineMade = false;

export function markLineJustMade(): void {
  lineMade = true;
}

export function lineJustMade(): boolean {
  return lineMade;
}
