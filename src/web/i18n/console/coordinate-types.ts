/**
 * The coordinator's views: roster, week of shifts, program settings, live view of the line.
 * Kept apart from types.ts so these views can grow on their own. `{name}` placeholders are filled
 * with `fill()`; the server's English error messages are never shown, each field problem has its
 * own words here.
 */
import type { LineCheckText } from './line-check-types';
import type { BurnText, RetentionSettingsText } from './retention-types';
import type { TextingSettingsText } from './texts-types';

export type RoleWord = 'phone' | 'field' | 'support' | 'coordinator';
export type WeekdayWord = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export type ScopeWord = 'emergency' | 'crisis' | 'prevention' | 'aftercare';
export type MessageWord = 'greeting' | 'disclosures' | 'offHours' | 'noAnswer';
/**
 * Every other message a caller hears or a person reads by text, which a program may write itself
 * (and must, in a language Kith has no words for): src/program/types.ts, `CALLER_MESSAGE_KEYS`.
 */
export type MoreMessageWord =
  | 'languageChoice'
  | 'hold'
  | 'holdStill'
  | 'holdTrouble'
  | 'connected'
  | 'responderEnded'
  | 'callEnded'
  | 'text.firstReply'
  | 'text.offHours'
  | 'text.joined'
  | 'text.noAnswer'
  | 'text.closed'
  | 'text.help'
  | 'text.stopped'
  | 'text.started'
  | 'text.mediaNotReceived'
  | 'text.languageSwitched'
  | 'text.slowDown'
  | 'text.languageOffer';

export interface LabelHint {
  label: string;
  hint: string;
}

export interface CoordinateText {
  common: CommonText;
  team: TeamText;
  week: WeekText;
  settings: SettingsText;
  live: LiveText;
}

export interface CommonText {
  roles: Record<RoleWord, string>;
  /** A short line under each role's checkbox: what the role does. */
  roleHints: Record<RoleWord, string>;
  primary: string;
  backup: string;
  weekdays: Record<WeekdayWord, string>;
  cancel: string;
  /** The empty first option of a list to choose from. */
  choose: string;
  /** The API refused something this page did not expect: no field named. */
  formProblem: string;
  /** What was being changed is gone (someone else removed it). */
  gone: string;
  timeHint: string;
  timeInvalid: string;
}

export interface TeamText {
  title: string;
  /** `{name}`: said through the live region when a teammate finishes setting up their sign-in. */
  joined: string;
  heading: string;
  intro: string;
  listHeading: string;
  add: string;
  addHeading: string;
  /** `{name}` */
  editHeading: string;
  you: string;
  number: string;
  noNumber: string;
  languages: string;
  roles: string;
  status: string;
  active: string;
  paused: string;
  /** Whether they can sign in to the console yet. */
  signInHeading: string;
  signIn: { none: string; invited: string; set_up: string };
  /** `{time}` */
  onBreak: string;
  name: LabelHint;
  phone: LabelHint;
  languagesField: LabelHint;
  /** `{codes}`: comma-separated codes for languages the program does not list. */
  otherLanguages: LabelHint;
  rolesField: LabelHint;
  submitAdd: string;
  submitEdit: string;
  errors: {
    nameMissing: string;
    nameTooLong: string;
    phoneInvalid: string;
    phoneRequired: string;
    phoneIsLine: string;
    rolesMissing: string;
    rolesHeld: string;
    languagesMissing: string;
    languageInvalid: string;
  };
  /** `{name}` in each of these. */
  added: string;
  changed: string;
  edit: string;
  pause: string;
  resume: string;
  pausedDone: string;
  resumedDone: string;
  invite: string;
  inviteHeading: string;
  /** `{name}`, `{time}` */
  inviteBody: string;
  inviteLabel: string;
  copy: string;
  copied: string;
  copyFailed: string;
  inviteReady: string;
  inviteAlreadySetUp: string;
  done: string;
  signOut: string;
  signOutHeading: string;
  signOutBody: string;
  signOutConfirm: string;
  signedOut: string;
  reset: string;
  resetHeading: string;
  resetBody: string;
  resetConfirm: string;
  resetDone: string;
  remove: string;
  removeHeading: string;
  removeBody: string;
  removeConfirm: string;
  removed: string;
}

export interface WeekText {
  title: string;
  heading: string;
  /** `{zone}` */
  intro: string;
  /** `{first}`, `{last}`: dates. */
  weekOf: string;
  previous: string;
  next: string;
  thisWeek: string;
  coverageHeading: string;
  gapsNone: string;
  gapsOne: string;
  /** `{count}` */
  gapsMany: string;
  /** `{start}`, `{end}`: HH:MM */
  gap: string;
  gapLabel: string;
  dayFree: string;
  weekly: string;
  once: string;
  /** `{time}` */
  nextDay: string;
  edit: string;
  delete: string;
  add: string;
  addHeading: string;
  editHeading: string;
  kind: { legend: string; weekly: string; once: string; away: string };
  who: LabelHint;
  role: LabelHint;
  tier: { legend: string; hint: string; primary: string; backup: string };
  day: string;
  date: string;
  start: string;
  end: LabelHint;
  awayFrom: string;
  awayTo: string;
  submitAdd: string;
  submitEdit: string;
  errors: {
    whoMissing: string;
    dateInvalid: string;
    sameTime: string;
    /** `{name}` */
    roleNotHeld: string;
    /** `{name}`, `{shift}` */
    overlap: string;
    /** `{name}` */
    overlapUnknown: string;
    tooLong: string;
    awayOrder: string;
  };
  /** `{day}`, `{start}`, `{end}` */
  describeWeekly: string;
  /** `{date}`, `{start}`, `{end}` */
  describeOnce: string;
  added: string;
  saved: string;
  deleted: string;
  deleteHeading: string;
  deleteWeekly: string;
  deleteOnce: string;
  deleteConfirm: string;
  awayHeading: string;
  /** `{name}`, `{start}`, `{end}` */
  awayLine: string;
  awayNone: string;
  removeAway: string;
  awayRemoved: string;
}

export interface SettingsText {
  title: string;
  heading: string;
  intro: string;
  lineHeading: string;
  name: LabelHint;
  phoneNumber: LabelHint;
  timeZone: LabelHint;
  defaultCountry: LabelHint;
  languages: LabelHint;
  respondsTo: { legend: string; hint: string } & Record<ScopeWord, string>;
  ringingHeading: string;
  strategy: { legend: string; hint: string; simultaneous: string; inOrder: string };
  timeout: LabelHint;
  hoursHeading: string;
  hoursMode: { legend: string; always: string; set: string };
  /** `{n}` */
  hoursRow: string;
  day: string;
  opens: string;
  closes: LabelHint;
  addHours: string;
  removeHours: string;
  /** `{count}` */
  exceptionsKept: string;
  messagesHeading: string;
  texting: TextingSettingsText;
  retention: RetentionSettingsText;
  burn: BurnText;
  lineCheck: LineCheckText;
  messagesIntro: string;
  messages: Record<MessageWord, string>;
  /**
   * The other messages, behind a disclosure (open where Kith has no words, so all must be written):
   * `summary` takes `{count}`, how many of them the program wrote.
   */
  moreMessages: { summary: string; intro: string; labels: Record<MoreMessageWord, string> };
  /** How honest Kith's words in a language are (src/i18n/languages.ts); `{language}` is its name. */
  languageStatus: { reviewed: string; draft: string; none: string; acknowledge: string; needsAcknowledging: string };
  heardNow: string;
  planHeading: string;
  plan: LabelHint;
  /** `{time}` */
  planUpdated: string;
  planNever: string;
  save: string;
  savePlan: string;
  saved: string;
  planSaved: string;
  errors: {
    nameMissing: string;
    phoneInvalid: string;
    timeZoneInvalid: string;
    countryInvalid: string;
    languagesInvalid: string;
    timeoutInvalid: string;
    hoursInvalid: string;
    hoursMissing: string;
    messageMissing: string;
    messageTooLong: string;
    planTooLong: string;
  };
}

export interface LiveText {
  title: string;
  heading: string;
  intro: string;
  callsHeading: string;
  callsNone: string;
  greeting: string;
  ringing: string;
  /** `{name}` */
  connected: string;
  connectedUnknown: string;
  /** `{time}` */
  since: string;
  /** `{language}` */
  language: string;
  onCallHeading: string;
  onCallNone: string;
  /** `{time}` */
  until: string;
  paused: string;
  onBreak: string;
  breaksHeading: string;
  breaksNone: string;
}
