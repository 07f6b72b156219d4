/**
 * What the coordinator's views read from the API (each capability's schema.ts says it with TypeBox; the
 * console keeps its own copy so browser code never imports server modules).
 */
import type { MessageWord, RoleWord, ScopeWord, WeekdayWord } from '../../../../i18n/console/coordinate-types';

export type Role = RoleWord;
export type Weekday = WeekdayWord;
export type Tier = 'primary' | 'backup';

export const ROLES: Role[] = ['phone', 'field', 'support', 'coordinator'];
export const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
export const SCOPES: ScopeWord[] = ['emergency', 'crisis', 'prevention', 'aftercare'];
export const MESSAGE_KEYS: MessageWord[] = ['greeting', 'disclosures', 'offHours', 'noAnswer'];

export interface Responder {
  id: string;
  name: string;
  /** E.164; the API gives it to coordinators only. */
  phone?: string | null;
  languages: string[];
  roles: Role[];
  status: 'active' | 'paused';
  onBreakSince?: number | null;
  /** Coordinators only: whether they can sign in to the console yet. */
  signIn?: 'none' | 'invited' | 'set_up';
}

export interface Span {
  start: string;
  end: string;
}

export interface Program {
  id: string;
  name: string;
  phoneNumber: string | null;
  timeZone: string;
  defaultCountry: string;
  languages: string[];
  respondsTo: ScopeWord[];
  hours: { weekly: (Span & { day: Weekday })[]; exceptions: { date: string; open: Span[]; label?: string }[] };
  messages: Record<string, Partial<Record<MessageWord, string>>>;
  ringTimeoutSeconds: number;
  ringStrategy: 'simultaneous' | 'in_order';
  /** What callers hear now, per language, after overrides and defaults. */
  spoken: Record<string, Record<string, string>>;
}

export interface Plan {
  text: string;
  updatedAt: number | null;
}

export interface Rule {
  id: string;
  responderId: string;
  role: Role;
  tier: Tier;
  day: Weekday;
  /** HH:MM, local to the program. */
  start: string;
  end: string;
}

export interface Override {
  id: string;
  responderId: string;
  kind: 'on' | 'off';
  role?: Role;
  tier?: Tier;
  /** ISO 8601 in the program's zone, with its offset: the first 16 characters are the local wall time. */
  start: string;
  end: string;
}

export interface Shifts {
  rules: Rule[];
  overrides: Override[];
}

export interface Occurrence {
  responderId: string;
  responderName: string;
  role: Role;
  tier: Tier;
  start: string;
  end: string;
  source: 'rule' | 'override';
  sourceId: string;
}

export interface Schedule {
  timeZone: string;
  occurrences: Occurrence[];
  gaps: { role: Role; start: string; end: string }[];
}

export interface OnCall {
  responderId: string;
  name: string;
  role: Role;
  tier: Tier;
  until: string;
  status: 'active' | 'paused';
}

export interface CallNow {
  id: string;
  state: 'greeting' | 'ringing' | 'connected' | 'ended';
  startedAt: number;
  language: string | null;
  /** The accepting responder's id. */
  acceptedBy: string | null;
}
