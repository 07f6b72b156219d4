/**
 * The texting views (SMS and web chat conversations) and the coordinator's texting settings. Kept
 * apart from types.ts so these views can grow on their own. What a person wrote is never here:
 * it is opened in the browser; these are only the words around it.
 */
import type { LabelHint } from './coordinate-types';
import type { Plural } from './types';

export type ChannelWord = 'sms' | 'chat';
export type DeliveryWord = 'queued' | 'sent' | 'delivered' | 'failed';

export interface TextsText {
  title: string;
  heading: string;
  intro: string;
  waitingHeading: string;
  waitingNone: string;
  mineHeading: string;
  mineNone: string;
  othersHeading: string;
  othersNone: string;
  closedHeading: string;
  closedNone: string;
  channel: Record<ChannelWord, string>;
  /** `{language}` */
  language: string;
  /** `{time}`, `{duration}` */
  waitingSince: string;
  /** `{count}`: how long, in minutes (under an hour). */
  minutes: Plural;
  /** `{count}`: how long, in whole hours. */
  hours: Plural;
  lessThanMinute: string;
  /** `{name}` */
  heldBy: string;
  heldByYou: string;
  /** `{time}` */
  lastMessage: string;
  /** `{time}` */
  closedAt: string;
  take: string;
  /** `{alias}`: the take button's accessible name, so each says which conversation. */
  takeLabel: string;
  optedOut: string;
  /** Home: `{count}` people waiting, by plural category. */
  homeWaiting: Plural;
  homeLink: string;
  conversation: ConversationText;
  silent: SilentChatsText;
  announce: TextsAnnounceText;
}

/**
 * Said through the console's live region when something changes on its own. Never what the person
 * wrote, only that they wrote; worded apart from what the page shows, so each is found once.
 */
export interface TextsAnnounceText {
  newMessage: string;
  /** The web chat's "Leave now". */
  left: string;
  stopped: string;
  closed: string;
  /** `{count}` people waiting in Texts, now. */
  waiting: Plural;
  noneWaiting: string;
}

/** A coordinator's one action after a web-chat flood: close every waiting chat that wrote only once. */
export interface SilentChatsText {
  heading: string;
  /** `{count}` waiting web chats that sent nothing after their first message. */
  count: Plural;
  close: string;
  confirmHeading: string;
  confirmBody: string;
  confirm: string;
  /** `{count}` closed, announced. */
  closed: Plural;
}

export interface ConversationText {
  /** `{alias}`: the tab title and heading. An alias ("K7") is never a number or any words. */
  heading: string;
  allTexts: string;
  notFound: string;
  state: { waiting: string; mine: string; closed: string };
  /** `{name}` */
  heldBy: string;
  threadHeading: string;
  threadNone: string;
  fromPerson: string;
  fromYou: string;
  /** Automatic texts the line itself sent (the promises, "someone is here"). */
  fromLine: string;
  /** `{name}`, `{time}` */
  byline: string;
  /** `{count}` pictures, counted and never kept. */
  pictures: Plural;
  cannotRead: string;
  /** `{state}` */
  delivery: string;
  deliveryState: Record<DeliveryWord, string>;
  optedOut: string;
  closed: string;
  /** `{name}`: someone else holds it, so only they reply. */
  notYours: string;
  takeFirst: string;
  replyHeading: string;
  reply: LabelHint;
  replyChatHint: string;
  send: string;
  sending: string;
  sent: string;
  sentNotDelivered: string;
  replyMissing: string;
  replyTooLong: string;
  actionsHeading: string;
  take: string;
  taken: string;
  release: string;
  releaseHint: string;
  released: string;
  handoffHeading: string;
  handoffHint: string;
  handoffTo: string;
  handoffPick: string;
  handoffSubmit: string;
  handoffMissing: string;
  notEnrolled: string;
  /** `{name}` */
  handedOff: string;
  noTeammates: string;
  close: string;
  closeHeading: string;
  closeBody: string;
  closeConfirm: string;
  closedNow: string;
  block: string;
  blockHeading: string;
  blockBody: string;
  blockConfirm: string;
  blocked: string;
  /** Someone else changed it first (took it, closed it): the page shows what is there now. */
  conflict: string;
  /** Taking a conversation needs someone on call for texts now, or a coordinator. */
  notOnCall: string;
  needsUnlock: string;
}

/** The "Texting" section of the coordinator's settings. */
export interface TextingSettingsText {
  heading: string;
  intro: string;
  relay: LabelHint;
  claimMinutes: LabelHint;
  backupMinutes: LabelHint;
  idleCloseMinutes: LabelHint;
  numberGraceHours: LabelHint;
  blockMessage: LabelHint;
  quickExitUrl: LabelHint;
  errors: {
    claimMinutes: string;
    backupMinutes: string;
    idleCloseMinutes: string;
    numberGraceHours: string;
    blockMessage: string;
    quickExitUrl: string;
  };
}
