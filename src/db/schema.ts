import type { DispatchTables } from './schema-dispatch';
import type { MembersTables } from './schema-members';
import type { TextingTables } from './schema-texting';
import type { RotaTables } from './schema-rota';
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/**
 * The one `Database` type shared by SQLite and PostgreSQL.
 * Conventions: timestamps are epoch milliseconds (`bigint`), flags are 0/1 integers
 * (better-sqlite3 refuses booleans), nested settings are JSON text validated at the edge.
 */
type Millis = ColumnType<number, number, number>;

export interface ProgramsTable {
  id: string;
  name: string;
  /** The community number (E.164). Public by design: it is printed on flyers. */
  phone_number: string | null;
  time_zone: string;
  default_country: string;
  languages: string;
  responds_to: string;
  hours: string;
  messages: string;
  ring_timeout_seconds: number;
  ring_strategy: string;
  created_at: Millis;
  updated_at: Millis;
  /** The coordinator's emergency plan for the team: plain text about the program, never about callers. */
  emergency_plan: ColumnType<string, string | undefined, string>;
  emergency_plan_updated_at: Millis | null;
  /** Texting settings, JSON; `{}` means every default (see conversations/settings.ts). */
  texting: ColumnType<string, string | undefined, string>;
  /** Retention settings, JSON; `{}` means every default (see program/retention.ts). */
  retention: ColumnType<string, string | undefined, string>;
  /** Field dispatch settings (JSON, migration 010), defaults applied when read. */
  dispatch: ColumnType<string, string | undefined, string>;
  /** Changes whenever the program's routing (its settings or shifts) changes (migration 013; calls/routing-cache.ts). */
  routing_stamp: ColumnType<string, string | undefined, string>;
  /** Rest rules and the cool-down after a hard call (JSON, migration 017), defaults applied when read. */
  care: ColumnType<string, string | undefined, string>;
  /** The emergency plan's version, 0 before one is written (migration 020); a save that changes it adds one. */
  plan_version: ColumnType<number, number | undefined, number>;
  plan_version_at: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface RespondersTable {
  id: string;
  program_id: string;
  name: string;
  /** E.164, sealed with the server key (XChaCha20-Poly1305, bound to the responder id). */
  phone_sealed: string | null;
  /** Keyed BLAKE2b of the E.164 number: lets us refuse duplicates without storing it in clear. */
  phone_index: string | null;
  languages: string;
  roles: string;
  status: string;
  created_at: Millis;
  updated_at: Millis;
  /** Set while the responder is on break: never rung then. */
  on_break_since: Millis | null;
  /** JSON array of the program's need ids this person can bring to a field response (migration 010). */
  skills: ColumnType<string, string | undefined, string>;
  /** A break that ends by itself at this instant (a cool-down, stepping back to the shift's end); null: no end (migration 017). */
  break_until: ColumnType<number | null, number | null | undefined, number | null>;
  /** `cool-down` or `step-back`; null for a plain break. */
  break_kind: ColumnType<string | null, string | null | undefined, string | null>;
  /** The plan version last acknowledged (0: none) and when (migration 020, rota/briefing/). */
  briefed_version: ColumnType<number, number | undefined, number>;
  briefed_at: ColumnType<number | null, number | null | undefined, number | null>;
  /** Shifts begun under that acknowledgement, the current one included. */
  briefed_shifts: ColumnType<number, number | undefined, number>;
  /** When the briefing sweep first saw the shift they are on; null off shift or not seen yet. */
  shift_seen_at: ColumnType<number | null, number | null | undefined, number | null>;
  /** When the responder last marked a call or conversation hard (a cool-down is then offered). */
  cool_down_offered_at: ColumnType<number | null, number | null | undefined, number | null>;
  /** When they last took or waved off a cool-down: offers (hard or long calls) before it are closed. */
  cool_down_settled_at: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface ApiTokensTable {
  id: string;
  responder_id: string;
  token_hash: string;
  label: string;
  created_at: Millis;
  revoked_at: Millis | null;
}

export interface SetupTokensTable {
  token_hash: string;
  created_at: Millis;
  expires_at: Millis;
  used_at: Millis | null;
}

export interface InvitesTable {
  token_hash: string;
  responder_id: string;
  created_at: Millis;
  expires_at: Millis;
}

/** A passphrase sign-in. The server never holds the passphrase, the auth key or the private key. */
export interface CredentialsTable {
  responder_id: string;
  /** Keyed BLAKE2b of the lower-cased sign-in name; null for a passkey-only account that chose none. */
  name_key: string | null;
  /** base64url X25519 public key: the responder's identity, whichever way they sign in. */
  public_key: string;
  /** The private key wrapped under the passphrase: opaque JSON text. This and the rest are null without a passphrase. */
  wrapped_key: string | null;
  /** base64url, 16 bytes: Argon2id salt the browser uses to derive its auth and wrapping keys. */
  auth_salt: string | null;
  argon_opslimit: number | null;
  argon_memlimit: number | null;
  /** Keyed BLAKE2b of the auth key, hex. */
  verifier: string | null;
  created_at: Millis;
  /**
   * Random, covered by every device cookie's MAC; replaced when the responder is signed out
   * everywhere, which ends the device cookies made before (migration 016). '' until then.
   */
  device_epoch: Generated<string>;
}

export interface SessionsTable {
  token_hash: string;
  responder_id: string;
  created_at: Millis;
  expires_at: Millis;
  last_seen_at: Millis;
  /** 1: "this is my own phone" — kept signed in while its responder is out on a field response (migration 012). */
  kept_while_out: Generated<number>;
}

export interface SignInFailuresTable {
  key: string;
  window_started_at: Millis;
  failures: number;
}

export interface ShiftRulesTable {
  id: string;
  program_id: string;
  responder_id: string;
  role: string;
  tier: string;
  /** ISO weekday, 1 = Monday … 7 = Sunday, in the program's time zone. */
  weekday: number;
  /** Minutes after local midnight. */
  start_minute: number;
  duration_minutes: number;
  created_at: Millis;
  /** A coordinator's override of a rest rule: JSON { reason, by, at, rules } (migration 017); null: none. */
  rest_override: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface ShiftOverridesTable {
  id: string;
  program_id: string;
  responder_id: string;
  /** `on`: an extra one-off shift. `off`: the responder is away and not on call, whatever the rules say. */
  kind: string;
  role: string | null;
  tier: string | null;
  starts_at: Millis;
  ends_at: Millis;
  created_at: Millis;
  /** As on shift_rules. */
  rest_override: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface CallsTable {
  id: string;
  program_id: string;
  /** Keyed hash of the provider's call id: makes webhooks idempotent without keeping the id. */
  call_key: string;
  /** The provider's id for the caller's leg, needed to steer a live call; erased when it ends. */
  caller_leg_ref: string | null;
  channel: string;
  language: string | null;
  state: string;
  phase: string | null;
  phase_started_at: Millis | null;
  started_at: Millis;
  /** When responders' legs were first placed (while the disclosures play). */
  ring_started_at: Millis | null;
  /** When the caller reached their hold queue, every disclosure heard (the first hold tick). */
  held_at: Millis | null;
  answered_at: Millis | null;
  ended_at: Millis | null;
  outcome: string | null;
  end_reason: string | null;
  accepted_by: string | null;
  accepted_leg_id: string | null;
  updated_at: Millis;
}

export interface CallLegsTable {
  id: string;
  call_id: string;
  program_id: string;
  responder_id: string;
  provider_leg_ref: string | null;
  tier: string;
  state: string;
  created_at: Millis;
  updated_at: Millis;
  ended_at: Millis | null;
}

/** An end-to-end sealed note. The server keeps who, when and which call; it cannot open `sealed`. */
export interface NotesTable {
  /** Chosen by the browser: it is bound into the ciphertext as associated data. */
  id: string;
  program_id: string;
  author_id: string;
  call_id: string | null;
  /** JSON `{ v, alg, nonce, ciphertext }`: a SealedRecord without its id (the row id) and its keys (note_readers). */
  sealed: string;
  created_at: Millis;
  updated_at: Millis;
}

/** One reader's sealed copy of a note's data key. */
export interface NoteReadersTable {
  note_id: string;
  responder_id: string;
  /** keyId of the public key the data key was sealed to. */
  key_id: string;
  /** crypto_box_seal(data key, reader's public key), base64url. */
  sealed_key: string;
  added_by: string | null;
  added_at: Millis;
}

/** A passkey: its public key for checking assertions, and the private key wrapped under its PRF output. */
export interface PasskeysTable {
  /** The credential id, base64url. */
  id: string;
  responder_id: string;
  /** base64url random bytes: the WebAuthn user handle, the same for all of one responder's passkeys. */
  user_handle: string;
  /** COSE public key, base64url. */
  public_key: string;
  counter: number;
  /** JSON array of transport hints. */
  transports: string;
  /** Opaque JSON: the private key wrapped in the browser (KeyWrappedKey, label = credential id). */
  wrapped_key: string;
  created_at: Millis;
  last_used_at: Millis | null;
}

/** A WebAuthn challenge not yet answered: single use, five minutes. */
export interface WebauthnChallengesTable {
  challenge_hash: string;
  responder_id: string | null;
  /** `register`, `join` or `sign-in`. */
  purpose: string;
  user_handle: string | null;
  /** For `join`: the hash of the invite it was asked with. */
  invite_hash: string | null;
  expires_at: Millis;
}

/** A pending one-time code to add a device: single use, ten minutes, five tries. */
export interface DeviceCodesTable {
  responder_id: string;
  /** Keyed BLAKE2b of the auth half of Argon2id(code), hex. */
  verifier: string;
  auth_salt: string;
  wrapped_key: string;
  attempts: number;
  created_at: Millis;
  expires_at: Millis;
}

/** Who opened a note or a conversation, and when (migration 008): shredded with the record. */
export interface AccessRecordsTable {
  id: string;
  program_id: string;
  /** `note` or `conversation`. */
  record_kind: string;
  record_id: string;
  responder_id: string;
  opened_at: Millis;
}

export interface Database extends TextingTables, DispatchTables, MembersTables, RotaTables {
  programs: ProgramsTable;
  responders: RespondersTable;
  api_tokens: ApiTokensTable;
  setup_tokens: SetupTokensTable;
  invites: InvitesTable;
  credentials: CredentialsTable;
  sessions: SessionsTable;
  sign_in_failures: SignInFailuresTable;
  shift_rules: ShiftRulesTable;
  shift_overrides: ShiftOverridesTable;
  calls: CallsTable;
  call_legs: CallLegsTable;
  notes: NotesTable;
  note_readers: NoteReadersTable;
  passkeys: PasskeysTable;
  webauthn_challenges: WebauthnChallengesTable;
  device_codes: DeviceCodesTable;
  access_records: AccessRecordsTable;
}

export type ProgramRow = Selectable<ProgramsTable>;
export type ResponderRow = Selectable<RespondersTable>;
export type ShiftRuleRow = Selectable<ShiftRulesTable>;
export type ShiftOverrideRow = Selectable<ShiftOverridesTable>;
export type CallRow = Selectable<CallsTable>;
export type CallLegRow = Selectable<CallLegsTable>;
export type NewCallLeg = Insertable<CallLegsTable>;
export type CallUpdate = Updateable<CallsTable>;
// Kept for later tables that need generated columns.
export type { Generated };
