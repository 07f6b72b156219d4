import type { ColumnType } from 'kysely';

type Millis = ColumnType<number, number, number>;
type Counter = ColumnType<number, number | undefined, number>;

export type ConversationChannel = 'sms' | 'chat';
export type ConversationState = 'waiting' | 'claimed' | 'closed';
/** Who is being alerted: the primary tier, then backup, then nobody more (the person was told). */
export type ConversationTier = 'primary' | 'backup' | 'exhausted';

export interface SenderKeysTable {
  id: string;
  key_sealed: string;
  created_at: Millis;
}

export interface ConversationsTable {
  id: string;
  program_id: string;
  /** Short, shown to responders instead of any number ("K7"); unique among conversations not yet erased. */
  alias: string;
  channel: ConversationChannel;
  state: ConversationState;
  tier: ConversationTier;
  language: string;
  /** Keyed hash of the texter's number (or chat session): finds their open conversation. Erased with the number. */
  sender_index: string | null;
  /** The texter's number, sealed under `sender_key_id`; null for chat, and once erased. */
  sender_sealed: string | null;
  sender_key_id: string | null;
  /** Web chat: the visitor's own public key (base64url), so replies are sealed to them too. */
  person_public_key: string | null;
  claimed_by: string | null;
  opened_at: Millis;
  tier_since: Millis;
  /** The tier whose alerts have gone out; lagging `tier` means a send is still owed. */
  alerted_tier: ConversationTier | null;
  claimed_at: Millis | null;
  first_response_at: Millis | null;
  last_activity_at: Millis;
  closed_at: Millis | null;
  /** When the sender's number and index are erased: closing time plus the program's grace. */
  erase_after: Millis | null;
  outcome: string | null;
  message_count: Counter;
  inbound_count: Counter;
  outbound_count: Counter;
  media_count: Counter;
  disclosed: Counter;
  off_hours_told: Counter;
  no_answer_told: Counter;
  updated_at: Millis;
}

export type MessageDirection = 'in' | 'out';

export interface ConversationMessagesTable {
  id: string;
  conversation_id: string;
  seq: number;
  direction: MessageDirection;
  author_id: string | null;
  sealed: string | null;
  media_count: Counter;
  provider_key: string | null;
  provider_ref: string | null;
  delivery: string | null;
  auto_replies: ColumnType<string, string | undefined, string>;
  at: Millis;
}

export interface MessageReadersTable {
  message_id: string;
  reader: string;
  key_id: string;
  sealed_key: string;
}

export interface SmsOptOutsTable {
  program_id: string;
  sender_index: string;
  created_at: Millis;
}

export interface BlockedSendersTable {
  program_id: string;
  sender_index: string;
  channel: ConversationChannel;
  blocked_by: string | null;
  created_at: Millis;
}

export interface ProviderDeletionsTable {
  /** The provider's id of a text or a call (despite the column's name, kept from 006). */
  message_ref: string;
  /** `message` or `call`: which of the provider's APIs deletes it. */
  kind: ColumnType<string, string | undefined, string>;
  attempts: number;
  not_before: Millis;
}

/** The web chat's queue key: one per program, made in a coordinator's browser (docs/CRYPTO.md). */
export interface QueueKeysTable {
  program_id: string;
  key_id: string;
  public_key: string;
  created_by: string;
  created_at: Millis;
  /** Set when a member who held the secret was removed, paused or lost the role: the next coordinator console rotates it. */
  rotate_since: Millis | null;
}

/** The queue key's secret, sealed in a browser to one member's current public key. */
export interface QueueKeyWrapsTable {
  program_id: string;
  responder_id: string;
  queue_key_id: string;
  member_key_id: string;
  sealed: string;
  added_by: string;
  added_at: Millis;
}

export interface TextingTables {
  queue_keys: QueueKeysTable;
  queue_key_wraps: QueueKeyWrapsTable;
  provider_deletions: ProviderDeletionsTable;
  sender_keys: SenderKeysTable;
  conversations: ConversationsTable;
  conversation_messages: ConversationMessagesTable;
  message_readers: MessageReadersTable;
  sms_opt_outs: SmsOptOutsTable;
  blocked_senders: BlockedSendersTable;
}
