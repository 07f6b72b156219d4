/**
 * What the coordinator's views read from the API: each capability's schema.ts says it with TypeBox,
 * and the console imports those types (`@server/…`, types only) rather than copying them.
 */
import type { ProgramView } from '@server/program/schema';
import type { ResponderView } from '@server/responders/schema';
import type { OnCallView, OverrideView, RuleView, ScheduleView, ShiftsView } from '@server/shifts/schema';
import type { MessageWord, RoleWord, ScopeWord, WeekdayWord } from '../../../../i18n/console/coordinate-types';

export type Role = RoleWord;
export type Weekday = WeekdayWord;
export type Tier = 'primary' | 'backup';

export const ROLES: Role[] = ['phone', 'field', 'support', 'coordinator'];
export const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
export const SCOPES: ScopeWord[] = ['emergency', 'crisis', 'prevention', 'aftercare'];
export const MESSAGE_KEYS: MessageWord[] = ['greeting', 'disclosures', 'offHours', 'noAnswer'];

/** What the coordinator's API gives: the server's own types (responders/, program/, shifts/ schema.ts). */
export type Responder = ResponderView;
export type Program = ProgramView;
export type Span = ProgramView['hours']['exceptions'][number]['open'][number];

export interface Plan {
  text: string;
  updatedAt: number | null;
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
