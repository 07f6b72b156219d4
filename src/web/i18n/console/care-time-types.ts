/**
 * Words for looking after the team (issue 17): stepping back and the cool-down on Home, the rest
 * rules in Settings, and a shift refused for breaking one. Each language's file is care-time-<code>.ts.
 */
import type { RestOverrideReason, RestRule } from '../../../program/limits';

export interface CareTimeText {
  home: {
    stepBack: string;
    stepBackHint: string;
    stepBackConfirm: string;
    stepBackYes: string;
    stepBackNo: string;
    /** {time}: when the shift ends, 24-hour. */
    steppedBack: string;
    /** {time}: when the cool-down ends. */
    coolingDown: string;
    markHard: string;
    markHardHint: string;
    markedHard: string;
    offerHeading: string;
    /** {minutes} */
    offerHard: string;
    offerLong: string;
    /** {names}: the support people on shift. */
    offerSupport: string;
    offerNoSupport: string;
    /** {minutes} */
    take: string;
    notNow: string;
    offerClosed: string;
  };
  settings: {
    heading: string;
    intro: string;
    offHint: string;
    rules: Record<RestRule, { label: string; hint: string; error: string }>;
    coolDown: { label: string; hint: string };
    coolDownMinutes: { label: string; hint: string; error: string };
    longCallMinutes: { label: string; hint: string; error: string };
  };
  refusal: {
    /** {name} {hours} {limit} {at} */
    rules: Record<RestRule, string>;
    overrideHeading: string;
    overrideHint: string;
    reasons: Record<RestOverrideReason, string>;
    saveAnyway: string;
    reasonMissing: string;
  };
}
