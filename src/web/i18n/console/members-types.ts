/**
 * The console's Members view (issue 18): enrolling a member beside them, the program's members, the
 * code book and join codes. A member's phone number is never shown: only whether one is held.
 */
export interface MembersText {
  nav: string;
  title: string;
  heading: string;
  intro: string;
  enrolHeading: string;
  name: { label: string; hint: string };
  language: string;
  phone: { label: string; hint: string };
  enrol: string;
  /** `{number}` */
  enrolled: string;
  listHeading: string;
  none: string;
  columns: { number: string; name: string; language: string; phone: string; actions: string };
  hasPhone: string;
  noPhone: string;
  /** `{number}` */
  erase: string;
  /** `{number}` */
  erased: string;
  codesHeading: string;
  codesIntro: string;
  codeColumns: { code: string; meaning: string; tells: string };
  meanings: Record<'safe' | 'meet' | 'call' | 'naloxone' | 'custom', string>;
  tells: Record<'peers' | 'team', string>;
  /** `{meaning}`: the label of a code's input in the coordinator's form. */
  codeFor: string;
  saveCodes: string;
  codesSaved: string;
  joinHeading: string;
  joinIntro: string;
  makeJoin: string;
  /** `{code}` */
  joinMade: string;
  /** `{uses}` */
  joinUses: string;
  /** `{code}` */
  revoke: string;
  languages: Record<string, string>;
  errors: { phone: string; language: string; code: string; general: string };
}
