import type { Weekday } from '../platform/local-time';
import type { DispatchSettings } from './dispatch';
import type { RetentionSettings } from './retention';
import type { TextingSettings } from './texting';

export const SCOPES = ['emergency', 'crisis', 'prevention', 'aftercare'] as const;
export type Scope = (typeof SCOPES)[number];

export const RING_STRATEGIES = ['simultaneous', 'in_order'] as const;
export type RingStrategy = (typeof RING_STRATEGIES)[number];

export const MESSAGE_KEYS = ['greeting', 'disclosures', 'offHours', 'noAnswer'] as const;
export type MessageKey = (typeof MESSAGE_KEYS)[number];
export type ProgramMessages = Partial<Record<MessageKey, string>>;

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
}

export interface Program extends ProgramSettings {
  id: string;
  createdAt: number;
  updatedAt: number;
}
