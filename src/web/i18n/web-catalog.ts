/**
 * Every word a web page shows comes from a catalog like this, one per language, so a page can be
 * translated without touching its code. Plain language: the people reading these set up a crisis
 * line, often without IT help. `{name}` placeholders are filled by `fill()` (src/i18n/catalog.ts).
 *
 * Nothing here touches Node: the page scripts in `client/` import these types too.
 */
import type { ConsoleText } from './console/types';

/** What the public pages (front page, chat) need: a language may have these before the team's pages. */
export interface PublicCatalog {
  /** BCP 47 code for `<html lang>`. */
  lang: string;
  /** Text direction, for `<html dir>`; a right-to-left catalog just says 'rtl'. */
  dir: 'ltr' | 'rtl';
  /** The language's name in itself, as offered in the language switcher. */
  languageName: string;
  layout: LayoutText;
  /** `GET /`: the program and how to reach it, or how to set Kith up. */
  front: FrontText;
}

/** Every page, the team's too (setup, console). */
export interface WebCatalog extends PublicCatalog {
  setup: SetupText;
  /** The responder console (src/web/client/console/): its own file per language. */
  console: ConsoleText;
}

export interface LayoutText {
  brand: string;
  skipLink: string;
  /** Accessible name of the language switcher. */
  languageNav: string;
}

export interface FrontText {
  /** Before setup. */
  notSetUp: { title: string; heading: string; body: string; where: string; never: string };
  /** After setup; `{program}` is the program's name. */
  title: string;
  reachHeading: string;
  /** `{number}`: the community number. */
  callOrText: string;
  noNumber: string;
  chat: string;
  teamHeading: string;
  signIn: string;
  /** The same words as the sign-in page's. */
  noAccount: string;
}

export interface FieldText {
  label: string;
  hint: string;
}

export interface SetupText {
  title: string;
  heading: string;
  intro: string;
  /** `cliCommand`: the terminal alternative; the server fills `{url}`. */
  needsScript: { heading: string; body: string; cliIntro: string; cliCommand: string; tokenHint: string };
  noToken: { heading: string; body: string };
  /** `GET /setup` once a program exists: the link was used; sign in instead. */
  alreadySetUp: { title: string; heading: string; body: string; signIn: string; noAccount: string };
  badToken: { heading: string; body: string; alreadySetUp: string };
  form: {
    programName: FieldText;
    name: FieldText;
    phone: FieldText;
    languages: { legend: string; hint: string };
    otherLanguages: FieldText;
    submit: string;
    errorSummaryTitle: string;
  };
  client: SetupClientText;
}

/** The strings the setup page's script needs after the page has loaded (errors, feedback). */
export interface SetupClientText {
  /** Read by screen readers before each field's error, hidden on screen. */
  errorPrefix: string;
  /** Put before the page title while the form shows errors. */
  errorTitlePrefix: string;
  fieldErrors: Record<SetupField, string>;
  /** A problem the API named on a field this form does not have. */
  otherProblem: string;
  /** The server or the network failed. */
  failed: string;
  /** Said (and announced) while the browser moves on to the sign-in step. */
  created: string;
}

export const SETUP_FIELDS = ['programName', 'name', 'phone', 'languages', 'otherLanguages'] as const;
export type SetupField = (typeof SETUP_FIELDS)[number];
