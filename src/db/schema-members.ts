import type { ColumnType } from 'kysely';

type Millis = ColumnType<number, number, number>;

/** A program's member (src/members): a number, a language, and nothing more unless they give it. */
export interface MembersTable {
  id: string;
  program_id: string;
  /** The member's short number ("4821"), unique in the program; never in a backup. */
  number: string;
  /** An optional name or nickname, sealed under the server's keys and bound to the row. */
  name_sealed: string | null;
  language: string;
  /** Their phone, sealed like a responder's number; with its keyed hash to recognise their texts. */
  phone_sealed: string | null;
  phone_index: string | null;
  /** Keyed hash of the member's own duress word: the word itself is never stored. */
  duress_index: string | null;
  /** Keyed hash of the same word spelled on the keypad's letters (BLUE → 2583), for a call; null if none. */
  duress_keys_index: string | null;
  created_at: Millis;
  updated_at: Millis;
}

/** A member's chosen people, in order: another member or a responder. */
export interface MemberPeersTable {
  member_id: string;
  position: number;
  peer_member_id: string | null;
  peer_responder_id: string | null;
}

/** The program's code book: program settings, never about a member. */
export interface MemberCodesTable {
  id: string;
  program_id: string;
  /** Upper case: digits or a word. */
  code: string;
  /** 'safe' | 'meet' | 'call' | 'naloxone' | 'custom' (custom: `words`). */
  meaning: string;
  /** JSON: the custom meaning per language (`{}` for built-in meanings). */
  words: string;
  /** 'peers' | 'team'. */
  tells: string;
  position: number;
  /** The digits that key this code on a call (1–3), or null. */
  keys: string | null;
}

/** The program's place book (src/members/places): program settings, never about a member. */
export interface MemberPlacesTable {
  id: string;
  program_id: string;
  /** 1–99, unique in the program: what a member texts (`P2`) or keys (`*2`). */
  number: number;
  /** The place in the coordinators' words, relayed as written ("the library steps"). */
  words: string;
}

export interface MemberJoinCodesTable {
  id: string;
  program_id: string;
  code: string;
  language: string;
  uses: ColumnType<number, number | undefined, number>;
  created_at: Millis;
}

export interface MemberCheckInsTable {
  id: string;
  program_id: string;
  member_id: string;
  /** 'once' (by a time) or 'watch' (a prompt each day). */
  kind: string;
  /** Minutes after local midnight, in the program's time zone. */
  local_minute: number;
  /** 'once': the deadline; 'watch': the next prompt. */
  due_at: Millis;
  /** 'watch': the answer to the current prompt is due by then; null when none is awaited. */
  answer_by: Millis | null;
  days_left: number;
  misses: number;
  escalate_minutes: number;
  /** 'set', then 'peers' once the member's people were told (at `told_at`). */
  stage: string;
  told_at: Millis | null;
  created_at: Millis;
}

export interface MemberTextsSeenTable {
  provider_key: string;
  at: Millis;
}

export interface MembersTables {
  members: MembersTable;
  member_peers: MemberPeersTable;
  member_codes: MemberCodesTable;
  member_places: MemberPlacesTable;
  member_join_codes: MemberJoinCodesTable;
  member_check_ins: MemberCheckInsTable;
  member_texts_seen: MemberTextsSeenTable;
  member_plans: MemberPlansTable;
  member_plan_openings: MemberPlanOpeningsTable;
  member_plan_readers: MemberPlanReadersTable;
  member_plan_events: MemberPlanEventsTable;
  member_plan_links: MemberPlanLinksTable;
}

/** A member's crisis plan, sealed under a key from their own code or phrase (src/members/plans). */
export interface MemberPlansTable {
  member_id: string;
  program_id: string;
  /** JSON: Argon2id parameters and salt, nonce and ciphertext (src/crypto/plan-lock.ts). */
  sealed: string;
  /** Wrong tries: the current hour's window, its count, a lock, and every wrong try ever. */
  window_started_at: Millis | null;
  wrong_in_window: ColumnType<number, number | undefined, number>;
  locked_until: Millis | null;
  wrong_total: ColumnType<number, number | undefined, number>;
  created_at: Millis;
  updated_at: Millis;
}

/** A plan unlocked for one call, conversation or field response, sealed to the responders on it. */
export interface MemberPlanOpeningsTable {
  id: string;
  program_id: string;
  member_id: string;
  /** 'call' | 'conversation' | 'response'. */
  scope_kind: string;
  scope_id: string;
  /** The SealedRecord without its keys (each reader's key is a row of member_plan_readers). */
  sealed: string;
  opened_at: Millis;
}

export interface MemberPlanReadersTable {
  opening_id: string;
  responder_id: string;
  key_id: string;
  sealed_key: string;
}

/** What the member sees: 'written' | 'opened' | 'wrong' | 'locked'; by which way; who read it (names). */
export interface MemberPlanEventsTable {
  id: string;
  member_id: string;
  kind: string;
  /** 'page' | 'sms' | 'keypad' | 'phrase'. */
  channel: string;
  scope_kind: string | null;
  /** JSON array of responders' names the plan was opened to. */
  who: ColumnType<string, string | undefined, string>;
  at: Millis;
}

/** A one-time link to the member's plan page, by the keyed hash of its token. */
export interface MemberPlanLinksTable {
  token_hash: string;
  member_id: string;
  expires_at: Millis;
}
