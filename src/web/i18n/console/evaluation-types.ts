/**
 * The coordinator's evaluation view (`/console/field/evaluation`): counts of field responses over a
 * period, numbers only. Kept apart from dispatch-types.ts so it can grow on its own; the words for
 * outcomes, reasons and police categories are the dispatch catalog's, so they read the same everywhere.
 */
import type { LabelHint } from './coordinate-types';

export type ResponseStateWord = 'forming' | 'formed' | 'no_team' | 'closed';

export interface EvaluationText {
  /** The navigation item (coordinators only). */
  nav: string;
  /** The link on the field board. */
  boardLink: string;
  title: string;
  heading: string;
  intro: string;
  from: LabelHint;
  to: LabelHint;
  show: string;
  counting: string;
  /** `{from}`, `{to}`: the period the numbers are for, as long dates. */
  period: string;
  /** Nothing at all happened in the period. */
  empty: string;
  /** Column headings and the total's label. */
  number: string;
  total: string;
  responses: {
    heading: string;
    byState: string;
    byOutcome: string;
    byUrgency: string;
    state: string;
    outcome: string;
    urgency: string;
    states: Record<ResponseStateWord, string>;
  };
  emergency: { heading: string; intro: string; byReason: string; reason: string };
  police: {
    heading: string;
    /** Kith never contacts any service: why these are counted at all. */ intro: string;
    byCategory: string;
    category: string;
  };
  debriefs: { heading: string; done: string; notDone: string };
  followUps: { heading: string; done: string; missed: string; pending: string; hint: string };
  errors: {
    fromMissing: string;
    toMissing: string;
    fromInvalid: string;
    toInvalid: string;
    fromAfterTo: string;
    general: string;
    failed: string;
  };
}
