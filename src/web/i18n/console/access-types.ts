/**
 * The "Opened by" section of a note and of a conversation: who on the team opened it, and when.
 * Kept apart from types.ts so it can grow on its own. Names are teammates', never callers'.
 */
export interface AccessText {
  heading: string;
  /** Under the heading: what the list is, and that repeated openings within ten minutes count once. */
  hint: string;
  none: string;
  /** `{name}`, `{time}`: one opening ("Ana Ruiz · 23 Nov 14:02"). */
  entry: string;
  /** Shown in place of the name of someone no longer on the roster. */
  formerTeammate: string;
  /** Put after my own name. */
  you: string;
}
