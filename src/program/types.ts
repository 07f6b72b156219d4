import { PERSON_TEXT_KEYS } from '../i18n/texting';
import type { Weekday } from '../platform/local-time';
import type { CareSettings } from './care';
import type { DispatchSettings } from './dispatch';
import type { RetentionSettings } from './retention';
import type { TextingSettings } from './texting';

export const SCOPES = ['emergency', 'crisis', 'prevention', 'aftercare'] as const;
export type Scope = (typeof SCOPES)[number];

export const RING_STRATEGIES = ['simultaneous', 'in_order'] as const;
export type RingStrategy = (typeof RING_STRATEGIES)[number];

/** The main messages, shown first in the console's settings for every language; the rest follow. */
export const MESSAGE_KEYS = ['greeting', 'disclosures', 'offHours', 'noAnswer'] as const;
export type MessageKey = (typeof MESSAGE_KEYS)[number];

/** Everything else a caller hears; with MESSAGE_KEYS, what a program writes for a language Kith lacks. */
export const SPOKEN_KEYS = [
  ...MESSAGE_KEYS,
  'languageChoice',
  'hold',
  'holdStill',
  'holdTrouble',
  'connected',
  'responderEnded',
  'callEnded',
] as const;
export type SpokenKey = (typeof SPOKEN_KEYS)[number];

/** Every text a person may get, as `text.firstReply`; `text.languageOffer` invites them to switch to it. */
export const TEXT_MESSAGE_KEYS = [
  ...PERSON_TEXT_KEYS.map((key) => `text.${key}` as const),
  'text.languageOffer',
] as const;
export type TextMessageKey = (typeof TEXT_MESSAGE_KEYS)[number];

/** Every caller-facing message: a language is enabled only when each has words (Kith's, or the program's). */
export const CALLER_MESSAGE_KEYS = [...SPOKEN_KEYS, ...TEXT_MESSAGE_KEYS] as const;
export type CallerMessageKey = SpokenKey | TextMessageKey;
export type ProgramMessages = Partial<Record<CallerMessageKey, string>>;

/** A span of local time; `end` "24:00" means midnight, and an end at or before the start runs past midnight. */
export interface TimeSpan {
  start: string;
  end: string;
}

export interface WeeklyHours extends TimeSpan {
  day: Weekday;
}

/** A date (holiday, special event) whose opening times replace the weekly ones; `open: []` means closed. */
export interface HoursException {
  date: string;
  open: TimeSpan[];
  label?: string;
}

export interface Hours {
  weekly: WeeklyHours[];
  exceptions: HoursException[];
}

export interface ProgramSettings {
  name: string;
  /** The community number callers dial (E.164), or null before one is set up. */
  phoneNumber: string | null;
  timeZone: string;
  /** ISO 3166 country used to read phone numbers written without a +country code. */
  defaultCountry: string;
  /** The first is the default the greeting is spoken in. */
  languages: string[];
  respondsTo: Scope[];
  hours: Hours;
  /** Per-language overrides; anything absent uses Kith's plain-language default. */
  messages: Record<string, ProgramMessages>;
  ringTimeoutSeconds: number;
  ringStrategy: RingStrategy;
  texting: TextingSettings;
  retention: RetentionSettings;
  dispatch: DispatchSettings;
  care: CareSettings;
}

export interface Program extends ProgramSettings {
  id: string;
  createdAt: number;
  updatedAt: number;
}
