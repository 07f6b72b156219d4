/**
 * The place book on the console's Members view (issue 18): numbered places a member names after a
 * code. Every responder sees it; coordinators change it. `{row}` is a row's position, from 1.
 */
export interface MemberPlacesText {
  heading: string;
  intro: string;
  none: string;
  numberColumn: string;
  wordsColumn: string;
  /** `{row}` */
  numberFor: string;
  /** `{row}` */
  wordsFor: string;
  /** `{row}` */
  remove: string;
  add: string;
  save: string;
  saved: string;
  errors: { number: string; words: string; general: string };
}
