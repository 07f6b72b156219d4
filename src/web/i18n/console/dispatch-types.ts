/**
 * Field dispatch in the console (docs/DISPATCH.md): asking for a team, the board, a team member's
 * view, and what comes after (debriefs, follow-ups). Kept apart from types.ts so these views can
 * grow on their own. Nothing about the person is here: the brief is opened in the browser.
 */
import type { LabelHint } from './coordinate-types';
import type { Plural } from './types';

export type UrgencyWord = 'emergency' | 'crisis';
/** What the person agreed to; `visit` is required before anything is sent. */
export type AgreedWord = 'visit' | 'accompaniment' | 'transport' | 'first-aid' | 'naloxone' | 'supplies';
export type MemberStatusWord =
  'asked' | 'accepted' | 'on_the_way' | 'on_scene' | 'leaving' | 'clear' | 'declined' | 'timed_out' | 'released';
export type FollowUpKindWord = 'call' | 'text' | 'accompany';

export interface DispatchText {
  /** The navigation item. */
  nav: string;
  urgency: Record<UrgencyWord, string>;
  /** Hints under each urgency radio. */
  urgencyHint: Record<UrgencyWord, string>;
  /** Words for the program's default need ids; a custom id is shown as itself. */
  needs: Record<string, string>;
  agreed: Record<AgreedWord, string>;
  memberStatus: Record<MemberStatusWord, string>;
  roles: { field: string; support: string };
  /** Words for the default ids in program.dispatch; a custom id is shown as itself. */
  outcomes: Record<string, string>;
  emergencyReasons: Record<string, string>;
  policeCategories: Record<string, string>;
  followUpKinds: Record<FollowUpKindWord, string>;
  /** `{count}` minutes. */
  minutes: Plural;
  ask: AskTeamText;
  board: BoardText;
  response: ResponseText;
  care: CareText;
  after: AfterText;
}

export interface AskTeamText {
  title: string;
  heading: string;
  intro: string;
  /** `{time}` */
  forCall: string;
  /** `{alias}` */
  forConversation: string;
  forNothing: string;
  sourceMissing: string;
  urgency: { legend: string; hint: string };
  needsLegend: LabelHint;
  language: LabelHint;
  anyLanguage: string;
  agreedLegend: string;
  /** "Ask the person first. Nothing is sent until they agree to a visit." */
  agreedHint: string;
  visitHint: string;
  briefHeading: string;
  briefIntro: string;
  place: LabelHint;
  mapPoint: { legend: string; hint: string };
  latitude: string;
  longitude: string;
  notes: LabelHint;
  /** `{count}` field responders on shift who can be asked now. */
  candidates: Plural;
  candidatesNone: string;
  /** No support person can be asked now. */
  supportNone: string;
  submit: string;
  sending: string;
  asked: string;
  errors: {
    urgencyMissing: string;
    visitMissing: string;
    placeMissing: string;
    latitude: string;
    longitude: string;
    pointHalf: string;
    needsUnknown: string;
    languageUnknown: string;
    /** The `language` need was ticked with no language chosen. */
    languageNeeded: string;
    briefRefused: string;
    general: string;
    failed: string;
    needsUnlock: string;
  };
}

export interface BoardText {
  title: string;
  heading: string;
  intro: string;
  ask: string;
  openHeading: string;
  openNone: string;
  /** The section of responses that ended with no team (in the last day). */
  noTeamHeading: string;
  closedHeading: string;
  closedNone: string;
  afterLink: string;
  /** `{alias}` */
  responseLink: string;
  /** `{needed}` of `{accepted}` …, `{asked}` still asked. */
  forming: string;
  /** `{time}` */
  formingUntil: string;
  /** `{count}` on the team. */
  formed: Plural;
  noTeam: string;
  noTeamGuidanceHeading: string;
  /** `{outcome}` */
  closed: string;
  closedNoOutcome: string;
  /** `{needs}` */
  needsLine: string;
  /** `{language}` */
  languageLine: string;
  /** `{time}` */
  checkInDue: string;
  /** `{time}` */
  checkInMissed: string;
  alertPrefix: string;
  teamHeading: string;
  membersNone: string;
  /** `{name}`, `{role}`, `{status}` */
  member: string;
  you: string;
  /** `{status}`, `{eta}` */
  withEta: string;
  asksYou: string;
  noSupport: string;
}

export interface ResponseText {
  /** `{alias}` */
  heading: string;
  /** `{name}`, `{status}`: a teammate's status changed, said through the live region. */
  teammateStatus: string;
  title: string;
  notFound: string;
  allResponses: string;
  briefHeading: string;
  briefNotYet: string;
  briefGone: string;
  briefCannotOpen: string;
  /** On the team, but joined after the brief was written: it opens once a teammate's console shares it. */
  briefWaiting: string;
  noBrief: string;
  /** {names}: teammates this console just shared the brief with. */
  briefShared: string;
  place: string;
  mapPoint: string;
  notes: string;
  askedHeading: string;
  askedIntro: string;
  /** `{time}` */
  answerBy: string;
  eta: LabelHint;
  accept: string;
  decline: string;
  accepted: string;
  declined: string;
  /** `{status}` */
  yourStatus: string;
  statusHeading: string;
  onMyWay: string;
  here: string;
  leaving: string;
  clear: string;
  statusSaved: string;
  checkIn: string;
  /** `{time}` */
  checkInHint: string;
  checkedIn: string;
  ownPhoneLabel: string;
  ownPhoneHint: string;
  ownPhoneOn: string;
  ownPhoneOff: string;
  backup: string;
  backupHeading: string;
  backupBody: string;
  backupConfirm: string;
  backupSent: string;
  policeButton: string;
  policeHeading: string;
  emergencyHeading: string;
  emergencyIntro: string;
  reason: string;
  choose: string;
  consent: LabelHint;
  record: string;
  recorded: string;
  policeContactHeading: string;
  policeContactIntro: string;
  category: string;
  closeHeading: string;
  closeIntro: string;
  outcome: string;
  close: string;
  closedDone: string;
  errors: {
    eta: string;
    reasonMissing: string;
    consentMissing: string;
    categoryMissing: string;
    outcomeMissing: string;
    teamFull: string;
    notAllowed: string;
    general: string;
    failed: string;
  };
}

export interface CareText {
  heading: string;
  intro: string;
  contactHeading: string;
  contactIntro: string;
  number: LabelHint;
  contactConsent: string;
  saveContact: string;
  contactSaved: string;
  followUpHeading: string;
  kindLegend: string;
  kindHint: string;
  date: LabelHint;
  time: LabelHint;
  assignee: string;
  pick: string;
  add: string;
  added: string;
  errors: {
    numberMissing: string;
    numberInvalid: string;
    consentMissing: string;
    kindMissing: string;
    dateMissing: string;
    timeMissing: string;
    assigneeMissing: string;
    needsContact: string;
    general: string;
    failed: string;
  };
}

export interface AfterText {
  title: string;
  heading: string;
  intro: string;
  debriefsHeading: string;
  holdHeading: string;
  holdNone: string;
  attendHeading: string;
  attendNone: string;
  /** `{alias}`, `{name}` */
  debriefWith: string;
  /** `{alias}`, `{name}`: who holds it. */
  debriefHeldBy: string;
  debriefNoHolder: string;
  done: string;
  notDone: string;
  markDone: string;
  words: LabelHint;
  debriefSaved: string;
  followUpsHeading: string;
  followUpsNone: string;
  /** `{kind}`, `{alias}`, `{time}` */
  followUp: string;
  followUpDone: string;
  followUpSaved: string;
  /** Said after a follow-up not done two days after it was due. */
  missed: string;
  noContact: string;
  callThem: string;
  callThemHint: string;
  calling: string;
  textThem: LabelHint;
  sendText: string;
  textSent: string;
  textMissing: string;
  textTooLong: string;
  failed: string;
}
