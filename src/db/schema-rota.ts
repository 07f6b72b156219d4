import type { ColumnType, Generated } from 'kysely';

type Millis = ColumnType<number, number, number>;

/** `mine`: a responder's own shifts. `rota`: everyone's, for coordinators. */
export type FeedScope = 'mine' | 'rota';

export interface CalendarFeedsTable {
  id: string;
  program_id: string;
  responder_id: string;
  scope: FeedScope;
  /** `hashToken` of the URL's token; the token itself is shown once and never stored. */
  token_hash: string;
  created_at: Millis;
}

export interface ReminderSettingsTable {
  responder_id: string;
  program_id: string;
  lead_minutes: number | null;
  /** Minutes after local midnight, the evening before the shift's day. */
  evening_minute: number | null;
  by_sms: Generated<number>;
  by_push: Generated<number>;
  updated_at: Millis;
}

export interface PushSubscriptionsTable {
  id: string;
  program_id: string;
  responder_id: string;
  /** The session (device) it belongs to: erased with it. */
  session_hash: string;
  /** Endpoint and keys, JSON sealed under the server's keys and bound to the row's id. */
  sealed: string;
  created_at: Millis;
}

/** `briefing`: the coordinator told that nobody on the phone has read the plan (rota/briefing/). */
export type RotaNoticeKind = 'reminder' | 'gap72' | 'gap24' | 'briefing';

export interface RotaNoticesTable {
  key: string;
  program_id: string;
  kind: RotaNoticeKind;
  about_at: Millis;
  sent_at: Millis;
}

/** A one-time link to read and acknowledge the briefing (migration 020): the token is never stored. */
export interface BriefingLinksTable {
  token_hash: string;
  program_id: string;
  responder_id: string;
  /** The plan version it was sent for; a newer one is shown if the plan changed since. */
  version: number;
  created_at: Millis;
  expires_at: Millis;
}

/** `open` until taken, withdrawn or its start; `pending` a coordinator's approval; the rest final. */
export type OfferState = 'open' | 'pending' | 'taken' | 'withdrawn' | 'declined';

export interface ShiftOffersTable {
  id: string;
  program_id: string;
  /** What teammates text back, after an S: "TAKE S12". Unique in the program. */
  code: number;
  giver_id: string;
  role: string;
  tier: string;
  starts_at: Millis;
  ends_at: Millis;
  state: OfferState;
  taker_id: string | null;
  created_at: Millis;
  taken_at: Millis | null;
  decided_by: string | null;
  decided_at: Millis | null;
}

export type AwayState = 'pending' | 'approved' | 'declined' | 'withdrawn';

export interface AwayRequestsTable {
  id: string;
  program_id: string;
  responder_id: string;
  starts_at: Millis;
  ends_at: Millis;
  /** A category (`AWAY_REASONS`), never free text. */
  reason: string | null;
  state: AwayState;
  created_at: Millis;
  decided_by: string | null;
  decided_at: Millis | null;
}

/** A short note for a shift (migration 024, rota/briefing/notes/): sealed in the browser, gone when the shift ends. */
export interface ShiftNotesTable {
  /** Chosen by the writer's browser: the ciphertext's associated data. */
  id: string;
  program_id: string;
  author_id: string;
  /** The shift window it is for: the writer's shift, epoch ms. */
  starts_at: Millis;
  ends_at: Millis;
  created_at: Millis;
  /** `{ v, alg, nonce, ciphertext }`: the SealedRecord without its id and keys. */
  sealed: string;
}

/** One reader's sealed data key of a shift note. */
export interface ShiftNoteReadersTable {
  note_id: string;
  responder_id: string;
  key_id: string;
  sealed_key: string;
}

export interface RotaTables {
  calendar_feeds: CalendarFeedsTable;
  reminder_settings: ReminderSettingsTable;
  push_subscriptions: PushSubscriptionsTable;
  rota_notices: RotaNoticesTable;
  briefing_links: BriefingLinksTable;
  shift_offers: ShiftOffersTable;
  away_requests: AwayRequestsTable;
  shift_notes: ShiftNotesTable;
  shift_note_readers: ShiftNoteReadersTable;
}
