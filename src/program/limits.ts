/**
 * The program's limits and defaults, in the one place both sides read them: the server's schemas
 * and checks (texting.ts, validate.ts, retention.ts) and the console's settings form, which checks
 * a draft before sending it (src/web/client/console/views/coordinate/settings-draft.ts).
 * Browser-safe: plain values, no imports but the retention table (itself import-free). Keep it so:
 * the console bundles this file.
 */
export {
  RETENTION_DEFAULTS,
  RETENTION_SETTINGS,
  SETTABLE_CLASSES,
  type RetentionSettingName,
  type RetentionSettings,
} from '../retention/classes';

/** Seconds each tier (or each person, in order) rings: long enough to answer, short enough to move on. */
export const RING_TIMEOUT_RANGE = { min: 10, max: 120 } as const;

/** Per message a program writes for callers (greeting, disclosures, …), in characters. */
export const MESSAGE_MAX = 2000;

/** A phone keypad has nine digits to choose a language with. */
export const LANGUAGES_MAX = 9;

/** How the program's text channels (SMS and web chat) behave. Every field has a default. */
export interface TextingSettings {
  /**
   * Whether what a person writes is relayed to the on-call responders' own phones by SMS. Off by
   * default: a relayed text rests on the responder's phone and at the provider, so the alert only
   * says a conversation is waiting and points to the console.
   */
  relayContent: boolean;
  /** Minutes a new conversation waits for the primary tier before backup is alerted too. */
  claimMinutes: number;
  /** Further minutes before the person is told nobody could answer (the conversation stays open). */
  backupMinutes: number;
  /** A conversation with no message either way for this long is closed. */
  idleCloseMinutes: number;
  /** Hours the person's number is kept after closing (to pick up a late reply), then erased. */
  numberGraceHours: number;
  /** Sent once to a sender when they are blocked; empty sends nothing. */
  blockMessage: string;
  /**
   * Web chat's "Leave now" sends the visitor here, replacing the chat in their history. A neutral
   * page someone looking over their shoulder would not wonder about; programs can choose their own.
   */
  quickExitUrl: string;
}

export const TEXTING_DEFAULTS: TextingSettings = {
  relayContent: false,
  claimMinutes: 5,
  backupMinutes: 10,
  idleCloseMinutes: 120,
  numberGraceHours: 4,
  blockMessage: '',
  quickExitUrl: 'https://www.wikipedia.org/',
};

/** The texting settings that are whole numbers, and the range each may take. */
export const TEXTING_RANGES = {
  claimMinutes: [1, 120],
  backupMinutes: [1, 240],
  idleCloseMinutes: [10, 7 * 24 * 60],
  numberGraceHours: [0, 72],
} as const;
export type TextingNumber = keyof typeof TEXTING_RANGES;
export const TEXTING_NUMBERS = Object.keys(TEXTING_RANGES) as TextingNumber[];

/** The message sent once to a blocked sender, in characters. */
export const BLOCK_MESSAGE_MAX = 320;
/** The web chat's "Leave now" address, in characters. */
export const QUICK_EXIT_URL_MAX = 500;

/**
 * Rest rules and the cool-down after a hard call (issue 17, "Looking after the team"). A rest rule
 * that is null is off: a new program has none, so nothing is refused until a coordinator chooses.
 */
export interface CareSettings {
  /** At most this many hours on call in any 7 days (rolling, real hours). */
  weekHours: number | null;
  /** At least this many hours off between two stretches on call. */
  restHours: number | null;
  /** At most this many hours on call in one unbroken stretch. */
  stretchHours: number | null;
  /** Offer a few minutes off the line after a call marked hard, or longer than `longCallMinutes`. */
  coolDown: boolean;
  coolDownMinutes: number;
  longCallMinutes: number;
  /** Ask for the emergency plan to be read again every this many shifts; 0: only when it changes. */
  briefEveryShifts: number;
  /** A teammate's taking of an offered shift waits for a coordinator's approval (default off: first to take it gets it). */
  swapsNeedApproval: boolean;
  /**
   * Time away asked for by a responder waits for a coordinator (default on: it can open a gap in
   * opening hours, and the coordinator is the one who must fill it).
   */
  awayNeedsApproval: boolean;
}

export const CARE_DEFAULTS: CareSettings = {
  weekHours: null,
  restHours: null,
  stretchHours: null,
  coolDown: true,
  coolDownMinutes: 10,
  longCallMinutes: 45,
  briefEveryShifts: 0,
  swapsNeedApproval: false,
  awayNeedsApproval: true,
};

/** The range each number may take when set; the rest rules are whole hours. */
export const CARE_RANGES = {
  weekHours: [8, 168],
  restHours: [1, 24],
  stretchHours: [1, 48],
  coolDownMinutes: [1, 60],
  longCallMinutes: [5, 240],
  briefEveryShifts: [0, 52],
} as const;
export type CareNumber = keyof typeof CARE_RANGES;
export const REST_RULES = ['weekHours', 'restHours', 'stretchHours'] as const;
export type RestRule = (typeof REST_RULES)[number];

/** Why a coordinator lets a shift break a rest rule: a category, never free text. */
export const REST_OVERRIDE_REASONS = ['no-one-else', 'responder-asked', 'emergency-cover'] as const;
export type RestOverrideReason = (typeof REST_OVERRIDE_REASONS)[number];

/** Minutes an offer of a cool-down stays on a responder's home before it lapses. */
export const COOL_DOWN_OFFER_MINUTES = 30;

/**
 * A short note for a shift, carried by the briefing (src/rota/briefing/notes/): at most this many
 * characters, sealed in the browser; the server bounds only the ciphertext (4 bytes a character at most).
 */
export const SHIFT_NOTE_MAX_CHARS = 500;
