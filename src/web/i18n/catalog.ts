/**
 * Every word a web page shows comes from a catalog like this, one per language, so a page can be
 * translated without touching its code. Plain language: the people reading these set up a crisis
 * line, often without IT help. `{name}` placeholders are filled by `fill()` (src/i18n/catalog.ts).
 *
 * Nothing here touches Node: the page scripts in `client/` import these types too.
 */
import type { ConsoleText } from './console/types';

export interface WebCatalog {
  /** BCP 47 code for `<html lang>`. */
  lang: string;
  /** Text direction, for `<html dir>`; a right-to-left catalog just says 'rtl'. */
  dir: 'ltr' | 'rtl';
  /** The language's name in itself, as offered in the language switcher. */
  languageName: string;
  layout: LayoutText;
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
  done: {
    heading: string;
    warning: string;
    tokenLabel: string;
    copy: string;
    nextHeading: string;
    stepLogin: string;
    stepNumber: string;
    stepTeam: string;
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
  copied: string;
  copyFailed: string;
  /** The server fills `{url}`; the script fills `{token}`. */
  loginCommand: string;
}

export const SETUP_FIELDS = ['programName', 'name', 'phone', 'languages', 'otherLanguages'] as const;
export type SetupField = (typeof SETUP_FIELDS)[number];
