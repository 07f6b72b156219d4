/**
 * Every stored thing about people or their words belongs to one retention class. The periods here
 * are the defaults and the bounds a program may choose within (`program.retention`); `purge.ts`
 * enforces the ones with a period, from stored timestamps. THREAT_MODEL.md "Retention" is the
 * human-readable copy of this file: change both together.
 */

export const HOUR_MS = 60 * 60_000;
export const DAY_MS = 24 * HOUR_MS;

/**
 * The classes a program can set, in days (people think in days; the tests pin them in hours): THE
 * table the rest derives from — the settings' names, defaults and bounds (below), the program's
 * schema and checks (src/program/retention.ts), the console's settings form and its error links
 * (src/web/client), and the purge's per-class deletes (purge.ts, which the compiler holds to this
 * list). Browser-safe: no imports, so the console bundles it. README.md says how to add a class.
 */
export const SETTABLE_CLASSES = {
  /** `conversation_messages` + `message_readers`, `notes` + `note_readers`, debrief words: the sealed words; `access_records`: who opened them. */
  words: {
    setting: 'wordsDays',
    defaultDays: 30,
    minDays: 1,
    maxDays: 90,
    description: 'Days sealed message bodies and notes are kept after the conversation closed or the note last changed',
  },
  /** `calls`, `call_legs`, `conversations`, field responses and their members, events, debriefs and follow-ups: times, counts and outcomes, no words and no numbers. */
  evaluation: {
    setting: 'evaluationDays',
    defaultDays: 180,
    minDays: 7,
    maxDays: 365,
    description: 'Days call and conversation records (no words, no numbers) are kept after they ended',
  },
  /** `blocked_senders`: a keyed hash of a blocked number or chat session. */
  blocks: {
    setting: 'blocksDays',
    defaultDays: 90,
    minDays: 1,
    maxDays: 365,
    description: 'Days a block on a sender is kept',
  },
} as const;

export type SettableClass = keyof typeof SETTABLE_CLASSES;
export type RetentionSettingName = (typeof SETTABLE_CLASSES)[SettableClass]['setting'];
/** How long the program keeps each settable class, in days (`program.retention`). */
export type RetentionSettings = Record<RetentionSettingName, number>;

/** The settable classes in the table's order: the purge runs them, and the settings form shows them, so. */
export const SETTABLE: readonly SettableClass[] = Object.keys(SETTABLE_CLASSES) as SettableClass[];
/** The settings' names (`wordsDays`, …), in the table's order. */
export const RETENTION_SETTINGS: readonly RetentionSettingName[] = SETTABLE.map((c) => SETTABLE_CLASSES[c].setting);
/** Kith's defaults, for a new program and for any setting a stored program does not name. */
export const RETENTION_DEFAULTS: RetentionSettings = Object.fromEntries(
  SETTABLE.map((c) => [SETTABLE_CLASSES[c].setting, SETTABLE_CLASSES[c].defaultDays]),
) as RetentionSettings;

export interface RetentionClass {
  /** What it covers, table by table. */
  tables: readonly string[];
  /** When its clock starts, and what ends it. */
  rule: string;
  /** The code that enforces it. */
  enforcedBy: string;
}

/**
 * Everything stored, by class. The classes without a program setting are listed so nothing is
 * stored without a stated reason and limit.
 */
export const RETENTION_CLASSES: Record<string, RetentionClass> = {
  liveContact: {
    tables: [
      'conversations.sender_sealed',
      'conversations.sender_index',
      'conversations.sender_key_id',
      'sender_keys',
      'calls.caller_leg_ref',
      'field_responses.contact_sealed',
    ],
    rule:
      'while the conversation is open, plus texting.numberGraceHours (default 4 h, 0–72); sender keys once unused; a call’s leg ref when it ends; ' +
      'a field response’s follow-up number until its last follow-up is done, removed or missed (2 days past due), or 2 hours after it was given if none was scheduled',
    enforcedBy:
      'src/conversations/sweep.ts (erasure after the grace, retireSenderKeys); src/calls/lifecycle.ts; src/care/follow-ups/follow-ups.ts and src/care/sweep.ts (follow-up numbers)',
  },
  words: {
    tables: [
      'conversation_messages',
      'message_readers',
      'notes',
      'note_readers',
      'access_records',
      'field_responses.brief_sealed',
      'field_brief_readers',
      'debriefs.sealed',
      'shift_notes',
      'shift_note_readers',
    ],
    rule:
      'retention.wordsDays after the conversation closed, or after the note was last changed; never while a conversation is open. Access records (who opened a note or conversation, when) go with the words they were about. ' +
      'A field response’s brief and its keys: until the response closes (or no team could be formed). Debrief words: retention.wordsDays after the response closed. ' +
      'A shift’s notes and their keys: until the shift they are for ends',
    enforcedBy:
      'src/retention/purge.ts (access records: src/access; the brief: src/care/closing.ts at close; shift notes: src/rota/briefing/notes/service.ts on the rota sweep)',
  },
  evaluation: {
    tables: [
      'calls',
      'call_legs',
      'conversations',
      'field_responses',
      'field_members',
      'field_events',
      'debriefs',
      'follow_ups',
    ],
    rule: 'retention.evaluationDays after the call ended, the conversation closed or the field response closed (its members, events, debrief flags and follow-ups with it); never while live',
    enforcedBy: 'src/retention/purge.ts',
  },
  optOuts: {
    tables: ['sms_opt_outs'],
    rule: 'until the person texts START: carriers require a STOP to be honoured for good',
    enforcedBy: 'src/conversations/repo/senders.ts (START deletes the row)',
  },
  blocks: {
    tables: ['blocked_senders'],
    rule: 'retention.blocksDays after the block was made',
    enforcedBy: 'src/retention/purge.ts',
  },
  providerCopies: {
    tables: ['provider_deletions'],
    rule: 'a provider id (text or call record) owed a deletion at the provider: texts once handled, call records a minute after the call ends; gone once deleted, retried for 3 days',
    enforcedBy:
      'src/provider-copies/owed.ts (the job in src/provider-copies/sweep.ts); owed by src/conversations/provider-copies.ts and src/calls/lifecycle.ts',
  },
  signIn: {
    tables: ['sessions', 'invites', 'setup_tokens', 'webauthn_challenges', 'device_codes', 'sign_in_failures'],
    rule: 'short-lived by their own expiry (sessions: idle and absolute limits; challenges 5 min; device codes 10 min); hashes only',
    enforcedBy: 'src/auth (expired rows are refused and replaced)',
  },
  team: {
    tables: [
      'responders',
      'credentials',
      'passkeys',
      'api_tokens',
      'shift_rules',
      'shift_overrides',
      'queue_keys',
      'queue_key_wraps',
    ],
    rule: 'the team, not callers: kept while the person is on the roster, deleted with them (cascade). The chat’s queue key: its wrap for someone removed, paused or without the role is deleted at once',
    enforcedBy: 'src/responders; src/conversations/queue/service.ts (queue key wraps)',
  },
  members: {
    tables: [
      'members',
      'member_peers',
      'member_check_ins',
      'member_join_codes',
      'member_codes',
      'member_places',
      'member_texts_seen',
      'member_plans',
      'member_plan_openings',
      'member_plan_readers',
      'member_plan_events',
      'member_plan_links',
    ],
    rule:
      'a member (number, sealed name and phone, keyed danger word) and their people and check-ins: while they stay a member; leaving deletes all of it at once. ' +
      'Their crisis plan (sealed under their own code) and what they are shown about it: until they destroy it or leave; a plan opened for a call, conversation or field response: until it closes; a link to their plan page: an hour. ' +
      'A check-in: until met, or until the team was told. Join codes, the code book and the place book: program settings, until revoked or changed (a burn deletes the place book). Handled texts’ keyed ids: one day',
    enforcedBy:
      'src/members/service.ts (leave), src/members/sweep.ts (check-ins, texts seen), src/members/plans/plans.ts (destroy; openings and links on the sweep)',
  },
  rota: {
    tables: [
      'calendar_feeds',
      'reminder_settings',
      'push_subscriptions',
      'rota_notices',
      'briefing_links',
      'shift_offers',
      'away_requests',
    ],
    rule:
      'the team, not callers: a calendar link (its hash) until its owner makes a new one or turns it off; reminder choices while the person is on the roster; ' +
      'a device’s push subscription until that sign-in ends (sign-out, expiry, sign-out everywhere, burn); which reminders and gap alerts went out: 2 days after the shift or gap began; ' +
      'a briefing link (its hash): until used or 12 hours after it was sent; ' +
      'swap offers and time-away requests (times, roles, a reason category): 2 days after the stretch they are about ends',
    enforcedBy:
      'src/rota (feeds, settings, briefing links); the sessions’ cascade (src/auth/sessions); src/rota/sweep.ts (sent notices, expired links, swaps and requests); src/burn/burn.ts',
  },
  program: {
    tables: ['programs'],
    rule: 'the program’s own settings and emergency plan, about the program and never about callers: kept',
    enforcedBy: '—',
  },
};

/** A period in milliseconds from a setting in days. */
export function daysToMs(days: number): number {
  return days * DAY_MS;
}
