/**
 * The coordinator's week as a grid on a wide screen (issue 17): days across, hours down. Each
 * shift says its tier in words (and shape), a gap says so, a rest-rule break is flagged in words.
 * The list form (coordinate-types.ts, `week`) stays on a phone; gaps reuse its words.
 */
import type { RestRule } from '../../../program/limits';

export interface GridText {
  /** The grid's accessible name. `{first}`, `{last}`: the first and last day. */
  label: string;
  /** Says in words what the shapes and edges mean, shown above the grid. */
  legend: string;
  primary: string;
  backup: string;
  /** Each shift's rest flag: `{hours}`, `{limit}`. */
  rest: Record<RestRule, string>;
  /** After a flag, when a coordinator allowed it. `{reason}`: careTime's words for the reason. */
  allowed: string;
  restNone: string;
  restOne: string;
  /** `{count}` */
  restMany: string;
}
