/**
 * Whole-database job: a backup reads every table it keeps (the line's settings, team, shifts and
 * evaluation records of every capability) in one consistent snapshot, in parent-first order; no
 * one capability's repo holds them all, so the reads are here.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../db/schema';

/**
 * What a backup holds: the line — its settings, team, shifts — and the records kept for evaluation,
 * and nothing a caller said or anything that reaches them. Left out on purpose:
 * - words (notes, shift notes, messages, field briefs and debriefs, their keys, who opened them): a backup outlives the purge that shreds
 *   them, so an old backup would otherwise bring back what retention destroyed;
 * - live contact (numbers, sender keys, chat keys, provider call ids, a follow-up contact): erased hours after a
 *   conversation closes, so no backup may keep them longer;
 * - short-lived sign-in state (sessions, invites, challenges, device codes, throttles);
 * - ways in and out for the team's shifts (calendar feed links, push subscriptions), which reminders went out,
 *   and swap offers and time-away requests (what they settled is in the shifts).
 * Tables are listed parents first, the order a restore inserts them in.
 */
export const BACKED_UP = [
  'programs',
  'responders',
  'credentials',
  'passkeys',
  'api_tokens',
  'shift_rules',
  'shift_overrides',
  'reminder_settings',
  'calls',
  'call_legs',
  'conversations',
  'sms_opt_outs',
  'blocked_senders',
  'provider_deletions',
  'field_responses',
  'field_members',
  'field_events',
  'debriefs',
  'follow_ups',
] as const;

export type BackedUpTable = (typeof BACKED_UP)[number];
export type Rows = { [T in BackedUpTable]: Selectable<Database[T]>[] };

export interface BackupContents {
  /** The newest migration of the install that made it: a restore refuses a backup from a newer Kith. */
  schema: string;
  /** base64 of the server's 32-byte root secret: keyed hashes (sign-in, opt-outs, blocks) and sealed team numbers need it. */
  rootSecret: string;
  tables: Rows;
}

/** Every table that is not backed up, with the reason: a test checks the two lists cover the schema. */
export const LEFT_OUT: Record<Exclude<keyof Database, BackedUpTable>, string> = {
  notes: 'words',
  note_readers: 'words (data keys)',
  conversation_messages: 'words',
  message_readers: 'words (data keys)',
  access_records: 'kept with the words they record',
  sender_keys: 'live contact',
  sessions: 'short-lived sign-in',
  invites: 'short-lived sign-in',
  setup_tokens: 'short-lived sign-in',
  webauthn_challenges: 'short-lived sign-in',
  device_codes: 'short-lived sign-in',
  sign_in_failures: 'short-lived sign-in',
  field_brief_readers: 'words (data keys of a field response’s brief)',
  queue_keys: 'the web chat’s queue key: the first coordinator console after a restore makes a new one',
  queue_key_wraps: 'words (the queue key’s secret, sealed to each member)',
  members: 'members: their numbers and sealed phones are never in a backup (a restored line re-enrols them)',
  member_peers: 'members (who their people are)',
  member_check_ins: 'members (when they check in)',
  member_join_codes: 'members (join codes are handed out again after a restore)',
  member_codes: 'the code book: a restored line starts from the default codes',
  member_places:
    'the place book: its places can say where members live or meet, and a backup outlives a change to it or a burn; coordinators write it again after a restore',
  member_texts_seen: 'short-lived (a day, against retried webhooks)',
  member_plans:
    'members’ crisis plans are never in a backup: a restored line has none (the member writes theirs again)',
  member_plan_openings: 'members’ plans opened for a call, conversation or response: never in a backup',
  member_plan_readers: 'members’ plans (data keys sealed to the responders on a call): never in a backup',
  member_plan_events: 'members (when their plan was written and opened, by whom): never in a backup',
  member_plan_links: 'short-lived one-time links to a member’s plan page',
  calendar_feeds: 'a way in to the team’s shifts: after a restore each person makes a new calendar link',
  push_subscriptions: 'a way to reach a teammate’s device: each device turns reminders on again',
  rota_notices: 'short-lived: which reminders and gap alerts were already sent',
  briefing_links: 'a way in: a one-time briefing link lives a shift at most',
  shift_offers: 'short-lived: a swap ends with its shift; a shift it moved is in shift_overrides',
  away_requests: 'short-lived: an approved request is time away in shift_overrides; the rest end with their dates',
  shift_notes:
    'words, and short-lived: a shift’s notes are deleted when the shift ends; a backup would keep them past it (and past a burn)',
  shift_note_readers: 'words (data keys of a shift’s notes), gone with the shift',
};

/**
 * Reads what is backed up, scrubbed of live contact: calls that have not ended are left out (the
 * restored line cannot be part of them); conversations lose their number, chat key and index, and
 * one still open is written as closed at `now`, since after a restore nobody could reach its person.
 */
export async function readContents(db: Kysely<Database>, now: number): Promise<Rows> {
  const conversations = (await db.selectFrom('conversations').selectAll().orderBy('id').execute()).map((c) => ({
    ...c,
    sender_index: null,
    sender_sealed: null,
    sender_key_id: null,
    person_public_key: null,
    erase_after: null,
    ...(c.state === 'closed' ? {} : { state: 'closed' as const, closed_at: now, outcome: 'closed' }),
  }));
  const calls = await db.selectFrom('calls').selectAll().where('ended_at', 'is not', null).orderBy('id').execute();
  const ended = new Set(calls.map((c) => c.id));
  return {
    programs: await db.selectFrom('programs').selectAll().orderBy('id').execute(),
    responders: await db.selectFrom('responders').selectAll().orderBy('id').execute(),
    credentials: await db.selectFrom('credentials').selectAll().orderBy('responder_id').execute(),
    passkeys: await db.selectFrom('passkeys').selectAll().orderBy('id').execute(),
    api_tokens: await db.selectFrom('api_tokens').selectAll().orderBy('id').execute(),
    shift_rules: await db.selectFrom('shift_rules').selectAll().orderBy('id').execute(),
    shift_overrides: await db.selectFrom('shift_overrides').selectAll().orderBy('id').execute(),
    reminder_settings: await db.selectFrom('reminder_settings').selectAll().orderBy('responder_id').execute(),
    calls: calls.map((c) => ({ ...c, caller_leg_ref: null })),
    call_legs: (await db.selectFrom('call_legs').selectAll().orderBy('id').execute())
      .filter((l) => ended.has(l.call_id))
      .map((l) => ({ ...l, provider_leg_ref: null })),
    conversations,
    sms_opt_outs: await db.selectFrom('sms_opt_outs').selectAll().execute(),
    blocked_senders: await db.selectFrom('blocked_senders').selectAll().execute(),
    provider_deletions: await db.selectFrom('provider_deletions').selectAll().execute(),
    // Field responses keep their times, categories and outcome; the brief (the place) and the follow-up contact never go in.
    field_responses: (await db.selectFrom('field_responses').selectAll().orderBy('id').execute()).map((r) => ({
      ...r,
      brief_sealed: null,
      contact_sealed: null,
      contact_erase_after: null,
    })),
    field_members: await db.selectFrom('field_members').selectAll().execute(),
    field_events: await db.selectFrom('field_events').selectAll().orderBy('id').execute(),
    debriefs: (await db.selectFrom('debriefs').selectAll().execute()).map((d) => ({ ...d, sealed: null })),
    follow_ups: await db.selectFrom('follow_ups').selectAll().orderBy('id').execute(),
  };
}
