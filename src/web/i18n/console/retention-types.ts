/**
 * The coordinator's "How long we keep things" settings and the Burn section, with the screen
 * shown after a burn. Kept apart from coordinate-types.ts so these can grow on their own.
 */
import type { RetentionSettingName } from '../../../retention/classes';
import type { LabelHint } from './coordinate-types';

/** One per settable retention class (src/retention/classes.ts): a new class asks each catalog for its words. */
export type RetentionWord = RetentionSettingName;

export interface RetentionSettingsText {
  heading: string;
  intro: string;
  /** Each field: its label, and a hint that says what it covers and the range allowed, in words. */
  fields: Record<RetentionWord, LabelHint>;
  /** Said under the fields, around a link to the texting setting (named by its own label). */
  numbersBefore: string;
  numbersAfter: string;
  errors: Record<RetentionWord, string>;
}

export interface BurnText {
  heading: string;
  intro: string;
  destroysHeading: string;
  destroys: string[];
  keepsHeading: string;
  keeps: string[];
  lineKeepsAnswering: string;
  cannotUndo: string;
  /** `{name}`: the program's name, as it must be typed. */
  confirm: LabelHint;
  button: string;
  burning: string;
  errors: {
    confirmMissing: string;
    confirmWrong: string;
    failed: string;
  };
  /** The screen after a burn, outside the signed-in console. */
  done: BurntText;
}

export interface BurntText {
  title: string;
  heading: string;
  /** `{time}` */
  burntAt: string;
  keyHeading: string;
  /** `{hours}`, `{time}` */
  keyBody: string;
  onceOnly: string;
  linkLabel: string;
  copy: string;
  copied: string;
  copyFailed: string;
  setUpNow: string;
  teamHeading: string;
  teamBody: string;
}
