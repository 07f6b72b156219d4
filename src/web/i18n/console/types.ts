/**
 * Every word the console shows, per view. Sections are separate interfaces so a view's text can
 * grow without touching the others; each language's file (`en.ts`, `es.ts`…) fills them. `{name}` placeholders are filled
 * with `fill()` (src/i18n/catalog.ts). Nothing here touches Node: the console script imports these.
 */
import type { AccessText } from './access-types';
import type { CoordinateText } from './coordinate-types';
import type { DispatchText } from './dispatch-types';
import type { EvaluationText } from './evaluation-types';
import type { CalendarText } from './calendar-types';
import type { SwapsText } from './swaps-types';
import type { MembersText } from './members-types';
import type { MemberPlansText } from './member-plans-types';
import type { MemberDetailText } from './member-detail-types';
import type { MemberPlacesText } from './member-places-types';
import type { BriefingText } from './briefing-types';
import type { ShiftNotesText } from './shift-notes-types';
import type { CareTimeText } from './care-time-types';
import type { GridText } from './grid-types';
import type { LoadText } from './load-types';
import type { TextsText } from './texts-types';

export interface ConsoleText {
  shell: ShellText;
  join: JoinText;
  signIn: SignInText;
  home: HomeText;
  notes: NotesText;
  plan: PlanText;
  coordinate: CoordinateText;
  devices: DevicesText;
  texts: TextsText;
  access: AccessText;
  dispatch: DispatchText;
  evaluation: EvaluationText;
  members: MembersText;
  memberPlans: MemberPlansText;
  memberDetail: MemberDetailText;
  memberPlaces: MemberPlacesText;
  calendar: CalendarText;
  careTime: CareTimeText;
  grid: GridText;
  load: LoadText;
  briefing: BriefingText;
  shiftNotes: ShiftNotesText;
  swaps: SwapsText;
}

/** Words shared by every view: navigation, sign-out, the common errors. */
export interface ShellText {
  /** Put after each view's title in the browser tab: "Home – Kith". */
  titleSuffix: string;
  nav: {
    label: string;
    home: string;
    notes: string;
    texts: string;
    plan: string;
    team: string;
    week: string;
    settings: string;
    live: string;
  };
  signOut: string;
  signingOut: string;
  signedOut: string;
  /** The session ended (expired or revoked) while the console was open. */
  sessionEnded: string;
  loading: string;
  /** The server or the network failed. */
  failed: string;
  /** Over `failed` when a part of the console itself (a view's script) could not be fetched. */
  partFailedHeading: string;
  retry: string;
  errorSummaryTitle: string;
  /** Read by screen readers before each field's error, hidden on screen. */
  errorPrefix: string;
  errorTitlePrefix: string;
  notFoundHeading: string;
  notFoundBody: string;
  /** Shown while Argon2id runs: it takes a few seconds on a phone, on purpose. */
  working: string;
  /** Live updates dropped and are reconnecting. */
  offline: string;
  tooManyAttempts: string;
  /** Under an invite link while Kith's public address is a loopback one (the try-out on a laptop). */
  inviteOnlyOnThisMachine: string;
  /** Shown by the server, and replaced as soon as the script runs. */
  needsScript: { heading: string; body: string };
  /** The installed app's name and description (the web app manifest). */
  appName: string;
  appDescription: string;
}

export interface PassphraseText {
  label: string;
  hint: string;
}

export interface JoinText {
  title: string;
  heading: string;
  /** `{program}`, `{name}`: who invited them, to what. */
  intro: string;
  checking: string;
  badInviteHeading: string;
  badInviteBody: string;
  noInviteHeading: string;
  noInviteBody: string;
  /** The first coordinator, straight from the setup page: the same form, other words. `{program}`, `{name}`. */
  first: { title: string; heading: string; intro: string };
  signInName: PassphraseText;
  passphrase: PassphraseText;
  confirm: PassphraseText;
  keepItSafe: string;
  submit: string;
  errors: {
    nameMissing: string;
    nameInvalid: string;
    nameTaken: string;
    passphraseShort: string;
    confirmDifferent: string;
    alreadySetUp: string;
  };
  doneHeading: string;
  doneBody: string;
  goHome: string;
  /** Joining with a passkey alone (offered first where the browser has WebAuthn). */
  passkey: {
    heading: string;
    body: string;
    signInName: PassphraseText;
    submit: string;
    usePassphrase: string;
    working: string;
    noPrf: string;
    cancelled: string;
    doneBody: string;
  };
}

export interface SignInText {
  title: string;
  heading: string;
  intro: string;
  signInName: { label: string };
  passphrase: { label: string };
  submit: string;
  wrong: string;
  /** `{minutes}` */
  locked: string;
  nameMissing: string;
  passphraseMissing: string;
  /** The session is still valid but the key is not in memory (the page was reloaded). */
  unlockHeading: string;
  unlockIntro: string;
  unlockSubmit: string;
  lostDevice: string;
  /** For someone who has no sign-in at all. */
  noAccount: string;
}

export interface HomeText {
  title: string;
  /** `{name}` */
  heading: string;
  onCallNow: string;
  /** `{end}`: a time. */
  onCallUntil: string;
  notOnCall: string;
  onBreak: string;
  takeBreak: string;
  backFromBreak: string;
  breakHint: string;
  liveHeading: string;
  liveNone: string;
  callRinging: string;
  /** `{name}` */
  callConnected: string;
  callRingingYou: string;
  /** `{minutes}` */
  startedAgo: string;
  writeNote: string;
  nextShiftsHeading: string;
  nextShiftsNone: string;
  /** `{start}`, `{end}` */
  shiftTime: string;
  primary: string;
  backup: string;
  roles: Record<string, string>;
  /** Shown once, on Home, to the coordinator who just made the line (from the setup page). */
  firstSteps: FirstStepsText;
}

export interface FirstStepsText {
  heading: string;
  intro: string;
  stepSettings: string;
  stepTeam: string;
  cliHeading: string;
  cliBody: string;
  makeToken: string;
  tokenLabel: string;
  tokenWarning: string;
  loginIntro: string;
  copy: string;
  copied: string;
  copyFailed: string;
}

/**
 * The notes views. A note's words are sealed in the browser; these are only the labels around them.
 * Labels of answers (kinds, yes/no) are also what the list and the note show after opening one.
 */
export interface NotesText {
  title: string;
  heading: string;
  intro: string;
  none: string;
  newNote: string;
  newTitle: string;
  newHeading: string;
  /** `{time}` */
  forCall: string;
  /** A note written from the Notes page, not from a call. */
  forNoCall: string;
  /** The `?call=` in the address names no call this person can see. */
  callMissing: string;
  /** Said beside the form: where the words go, and who can read them. */
  sealedHint: string;
  text: PassphraseText;
  /** `{count}`: characters still allowed, by plural category (Intl.PluralRules). */
  remaining: Plural;
  /** `{count}`: characters over the limit. */
  tooMany: Plural;
  kind: { legend: string; emergency: string; crisis: string; prevention: string; aftercare: string };
  followUp: { legend: string; yes: string; no: string };
  emergencyServices: { legend: string; hint: string; yes: string; no: string };
  save: string;
  saving: string;
  saved: string;
  textMissing: string;
  kindMissing: string;
  followUpMissing: string;
  emergencyServicesMissing: string;
  tooLong: string;
  viewTitle: string;
  /** `{kind}`, `{time}`: a note's link in the list, after opening it. */
  listItem: string;
  /** `{time}`: a note's link in the list when it cannot be opened. */
  listItemClosed: string;
  /** `{time}` */
  callAt: string;
  /** `{name}`, `{time}` */
  writtenBy: string;
  /** `{time}` */
  changedAt: string;
  /** Labels of the answers when a note is shown. */
  answers: { kind: string; followUp: string; emergencyServices: string };
  followUpWanted: string;
  /** `{name}`: in the list, a note someone shared with me. */
  sharedBy: string;
  allNotes: string;
  readersHeading: string;
  you: string;
  author: string;
  shareHeading: string;
  shareHint: string;
  shareWith: string;
  sharePick: string;
  share: string;
  /** `{name}` */
  shared: string;
  shareMissing: string;
  alreadyReader: string;
  noTeammates: string;
  unshare: string;
  /** `{name}`: the remove button's accessible name, so each says whom. */
  unshareLabel: string;
  /** `{name}` */
  unshared: string;
  unshareHint: string;
  notEnrolled: string;
  edit: string;
  editHeading: string;
  saveChanges: string;
  cancel: string;
  changed: string;
  cannotOpen: string;
  needsUnlock: string;
  notFound: string;
  yes: string;
  no: string;
}

/** A sentence by plural category: `one` and `other` at least, as Intl.PluralRules names them. */
export interface Plural {
  one: string;
  other: string;
}

export interface PlanText {
  title: string;
  heading: string;
  intro: string;
  empty: string;
  /** `{time}` */
  updated: string;
}

/**
 * Passkeys and device codes: the "This device" view, and the two extra ways in on the sign-in
 * page (kept here, with the rest of their words, rather than in `signIn`).
 */
export interface DevicesText {
  /** The navigation item. */
  nav: string;
  title: string;
  heading: string;
  intro: string;
  /** Shown after this device was added with a code. */
  addedByCode: string;
  passkeysHeading: string;
  passkeysIntro: string;
  passkeysNone: string;
  /** `{time}` */
  passkeyAdded: string;
  /** `{time}` */
  passkeyLastUsed: string;
  passkeyNeverUsed: string;
  remove: string;
  /** `{time}`: the accessible name of a remove button, so each says which passkey. */
  removeLabel: string;
  removed: string;
  addPasskey: string;
  addPasskeyHint: string;
  adding: string;
  added: string;
  noSupport: string;
  /** The authenticator has no PRF: it cannot hold the key. */
  noPrf: string;
  cancelled: string;
  alreadyAdded: string;
  tooMany: string;
  codeHeading: string;
  codeIntro: string;
  makeCode: string;
  making: string;
  codeLabel: string;
  /** `{time}` */
  codeExpires: string;
  codeWarning: string;
  codeHowTo: string;
  cancelCode: string;
  codeCancelled: string;
  /** On the sign-in page. */
  otherWays: string;
  signInWithPasskey: string;
  passkeySigningIn: string;
  /** The server does not know the passkey (removed, reset) or could not check it. */
  passkeyUnusable: string;
  /** The passkey gave no PRF output on this device. */
  passkeyCannotUnlock: string;
  passkeyCancelled: string;
  /** `{minutes}` */
  passkeyLocked: string;
  useCode: string;
  codeTitle: string;
  codeFormIntro: string;
  signInName: string;
  code: { label: string; hint: string };
  codeSubmit: string;
  nameMissing: string;
  codeMissing: string;
  codeInvalid: string;
  codeWrong: string;
  /** `{minutes}` */
  codeLocked: string;
  codeWorking: string;
  usePassphrase: string;
}
