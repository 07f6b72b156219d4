/**
 * The console's view of members' crisis plans (issue 18): opening a plan with the phrase a member
 * tells the responder on their call, conversation or field response, and reading the plans open to
 * this responder now. Plans are opened in this page with the responder's own key.
 */
export interface MemberPlansText {
  nav: string;
  title: string;
  heading: string;
  intro: string;
  openHeading: string;
  forScope: Record<'call' | 'conversation' | 'response', string>;
  noScope: string;
  number: { label: string; hint: string };
  secret: { label: string; hint: string };
  open: string;
  /** `{names}` */
  opened: string;
  openedNoKey: string;
  listHeading: string;
  none: string;
  /** `{number}` */
  planOf: string;
  fields: Record<'helps' | 'avoid' | 'people' | 'never' | 'naloxone' | 'other', string>;
  cannotOpen: string;
  errors: { number: string; secret: string; locked: string; notOn: string; general: string };
}
