import type { ColumnType } from 'kysely';

type Millis = ColumnType<number, number, number>;

export type FieldSourceKind = 'call' | 'conversation' | 'none';
export type FieldUrgency = 'emergency' | 'crisis';
/** forming (asking people) → formed (enough accepted) → closed; or no_team when time ran out. */
export type FieldResponseState = 'forming' | 'formed' | 'no_team' | 'closed';
export type FieldRole = 'field' | 'support';
export type FieldMemberStatus =
  'asked' | 'accepted' | 'on_the_way' | 'on_scene' | 'leaving' | 'clear' | 'declined' | 'timed_out' | 'released';
export type FieldEventKind = 'emergency_services' | 'police_contact';
export type FollowUpKind = 'call' | 'text' | 'accompany';

export interface FieldResponsesTable {
  id: string;
  program_id: string;
  alias: string;
  source_kind: FieldSourceKind;
  source_id: string | null;
  requested_by: string;
  urgency: FieldUrgency;
  /** JSON array of the program's need ids. */
  needs: string;
  language: string | null;
  /** JSON array of what the person agreed to; always includes `visit`. */
  agreed: string;
  consent_at: Millis;
  brief_sealed: string | null;
  state: FieldResponseState;
  created_at: Millis;
  form_by: Millis;
  formed_at: Millis | null;
  check_in_due_at: Millis | null;
  last_check_in_at: Millis | null;
  missed_check_in_at: Millis | null;
  /** When this round's check-in call went out (migration 011); cleared by each check-in. */
  check_in_called_at: ColumnType<number | null, number | null | undefined, number | null>;
  closed_at: Millis | null;
  outcome: string | null;
  contact_sealed: string | null;
  contact_erase_after: Millis | null;
  updated_at: Millis;
}

export interface FieldBriefReadersTable {
  response_id: string;
  responder_id: string;
  key_id: string;
  sealed_key: string;
}

export interface FieldMembersTable {
  response_id: string;
  responder_id: string;
  role: FieldRole;
  status: FieldMemberStatus;
  eta_minutes: number | null;
  asked_at: Millis;
  answer_by: Millis;
  answered_at: Millis | null;
  updated_at: Millis;
}

export interface FieldEventsTable {
  id: string;
  response_id: string;
  kind: FieldEventKind;
  category: string;
  recorded_by: string;
  at: Millis;
}

export interface DebriefsTable {
  response_id: string;
  responder_id: string;
  support_id: string | null;
  done_at: Millis | null;
  sealed: string | null;
  updated_at: Millis;
}

export interface FollowUpsTable {
  id: string;
  response_id: string;
  program_id: string;
  kind: FollowUpKind;
  assigned_to: string;
  due_at: Millis;
  reminded_at: Millis | null;
  done_at: Millis | null;
  created_at: Millis;
}

export interface DispatchTables {
  field_responses: FieldResponsesTable;
  field_brief_readers: FieldBriefReadersTable;
  field_members: FieldMembersTable;
  field_events: FieldEventsTable;
  debriefs: DebriefsTable;
  follow_ups: FollowUpsTable;
}
