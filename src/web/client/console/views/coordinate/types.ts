/**
 * What the coordinator's views read from the API: each capability's schema.ts says it with TypeBox,
 * and the console imports those types (`@server/…`, types only) rather than copying them.
 */
import type { ProgramView } from '@server/program/schema';
import type { ResponderView } from '@server/responders/schema';
import type { OnCallView, OverrideView, RuleView, ScheduleView, ShiftsView } from '@server/shifts/schema';
import type { CallerMessageKey } from '@server/program/types';
import type {
  MessageWord,
  MoreMessageWord,
  RoleWord,
  ScopeWord,
  WeekdayWord,
} from '../../../../i18n/console/coordinate-types';

export type Role = RoleWord;
export type Weekday = WeekdayWord;
export type Tier = 'primary' | 'backup';

export const ROLES: Role[] = ['phone', 'field', 'support', 'coordinator'];
export const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
export const SCOPES: ScopeWord[] = ['emergency', 'crisis', 'prevention', 'aftercare'];
export const MESSAGE_KEYS: MessageWord[] = ['greeting', 'disclosures', 'offHours', 'noAnswer'];
/** Every other message a program may write, in the server's order (src/program/types.ts). */
export const MORE_MESSAGE_KEYS: MoreMessageWord[] = [
  'languageChoice',
  'hold',
  'holdStill',
  'holdTrouble',
  'connected',
  'responderEnded',
  'callEnded',
  'text.firstReply',
  'text.offHours',
  'text.joined',
  'text.noAnswer',
  'text.closed',
  'text.help',
  'text.stopped',
  'text.started',
  'text.mediaNotReceived',
  'text.languageSwitched',
  'text.slowDown',
  'text.languageOffer',
];
/** The console names every message the server may ask for: a key added there fails this until named here. */
export const NAMES_EVERY_MESSAGE: [CallerMessageKey] extends [MessageWord | MoreMessageWord]
  ? [MessageWord | MoreMessageWord] extends [CallerMessageKey]
    ? true
    : false
  : false = true;
export type AnyMessageWord = MessageWord | MoreMessageWord;
/** A message's box: `message-ht-text-firstReply` (no dot, so it is also a plain CSS id). */
export const messageFieldId = (language: string, key: AnyMessageWord) => `message-${language}-${key.replace('.', '-')}`;

/** What the coordinator's API gives: the server's own types (responders/, program/, shifts/ schema.ts). */
export type Responder = ResponderView;
export type Program = ProgramView;
export type Span = ProgramView['hours']['exceptions'][number]['open'][number];

export interface Plan {
  text: string;
  updatedAt: number | null;
  /** 0 before any words; one more per save that changed them. */
  version: number;
  versionAt: number | null;
  /** Read again every this many shifts; 0: only when it changes. */
  everyShifts: number;
}

export type Rule = RuleView;
export type Override = OverrideView;
export type Shifts = ShiftsView;
export type Schedule = ScheduleView;
export type Occurrence = ScheduleView['occurrences'][number];
export type OnCall = OnCallView[number];

export interface CallNow {
  id: string;
  state: 'greeting' | 'ringing' | 'connected' | 'ended';
  startedAt: number;
  language: string | null;
  /** The accepting responder's id. */
  acceptedBy: string | null;
}
