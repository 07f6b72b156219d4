/**
 * Settings' "Phone line check": whether the provider sends the line's calls and texts to Kith, check
 * by check. The server answers codes (src/provider-setup/types.ts); these are their words.
 */
import type { CheckName, Problem } from '../../../provider-setup/types';

export interface LineCheckText {
  heading: string;
  intro: string;
  checking: string;
  failed: string;
  again: string;
  allOk: string;
  /** `{count}` */
  needsFixing: string;
  ok: string;
  fix: string;
  labels: Record<CheckName, string>;
  /** What is wrong and how to put it right, in plain words; `not-checked` is said when an earlier check failed. */
  problems: Record<Problem, string>;
  now: string;
  mustBe: string;
  /** Under the list: where the fixes are made. */
  howToFix: string;
}
