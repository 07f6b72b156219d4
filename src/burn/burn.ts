/**
 * Whole-database job: a burn destroys, in one transaction, the keys and contact details held by many
 * capabilities (notes, conversations, field briefs, access records, sender keys…), so it cannot wait
 * on each one's repo in turn and leave a half-burnt database if interrupted.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import { deleteAccessRecordsOf } from '../access/service';
import { truncateWal } from '../db/erase';
import type { Database } from '../db/schema';
import type { Dialect } from '../db/open';
import type { Clock } from '../platform/clock';
import { invalid, notFound } from '../platform/errors';

/**
 * Burn: for when a seizure is coming. In one transaction it destroys everything that opens what
 * was sealed and everything that reaches a caller — so the words become noise and the numbers are
 * gone — while the program's configuration, roster and shifts stay and the line keeps answering.
 * docs/THREAT_MODEL.md "Burn" lists exactly what remains.
 */
export interface BurnDeps {
  db: Kysely<Database>;
  dialect: Dialect;
  clock: Clock;
}

/** What was destroyed, by count. Counts only: nothing here says whose or what. */
export interface BurnReport {
  burntAt: number;
  signIns: number;
  notes: number;
  messages: number;
  conversationsClosed: number;
  numbersErased: number;
  blocks: number;
  accessRecords: number;
  membersErased: number;
}

type Tx = Transaction<Database>;
const count = (result: { numDeletedRows: bigint } | { numUpdatedRows: bigint }) =>
  Number('numDeletedRows' in result ? result.numDeletedRows : result.numUpdatedRows);

/**
 * `confirm` must be the program's name exactly: a burn cannot be undone, so a slip of the finger
 * or a replayed request must not start one. `wayBackIn` runs once everything is destroyed (the
 * route issues the burner a new invite there: their key went with everyone else's).
 */
export async function burnProgram<T>(
  deps: BurnDeps,
  programId: string,
  confirm: string,
  wayBackIn: () => Promise<T>,
): Promise<BurnReport & { wayBackIn: T }> {
  const program = await deps.db.selectFrom('programs').select('name').where('id', '=', programId).executeTakeFirst();
  if (!program) throw notFound('Program');
  if (confirm !== program.name) {
    throw invalid([
      { field: '/confirm', message: 'type the program’s name exactly as it is shown, to confirm the burn' },
    ]);
  }
  const burntAt = deps.clock.now();
  const report = await deps.db.transaction().execute((trx) => destroy(trx, programId, burntAt));
  // Written before the disk is settled, so the checkpoint below is the last write of the burn.
  const way = await wayBackIn();
  await eraseFromDisk(deps);
  return { ...report, wayBackIn: way };
}

async function destroy(trx: Tx, programId: string, now: number): Promise<BurnReport> {
  const team = trx.selectFrom('responders').select('id').where('program_id', '=', programId);
  const notes = trx.selectFrom('notes').select('id').where('program_id', '=', programId);
  const conversations = trx.selectFrom('conversations').select('id').where('program_id', '=', programId);
  const messages = trx.selectFrom('conversation_messages').select('id').where('conversation_id', 'in', conversations);

  // Keys first, rows after: each step alone already makes what follows unreadable.
  // Everyone's private keys (wrapped under passphrases, passkeys and device codes) and their ways in.
  // Push subscriptions go before their sessions (they would cascade anyway); calendar links are ways in too.
  for (const table of [
    'push_subscriptions',
    'calendar_feeds',
    'briefing_links',
    'sessions',
    'passkeys',
    'device_codes',
    'invites',
  ] as const)
    await trx.deleteFrom(table).where('responder_id', 'in', team).execute();
  const signIns = count(
    await trx.deleteFrom('credentials').where('responder_id', 'in', team).executeTakeFirstOrThrow(),
  );
  // The web chat's queue key: its wrapped secrets and its public half (the next coordinator console makes a new one).
  await trx.deleteFrom('queue_key_wraps').where('program_id', '=', programId).execute();
  await trx.deleteFrom('queue_keys').where('program_id', '=', programId).execute();
  // Every data key, then the sealed words and who opened them.
  await trx.deleteFrom('note_readers').where('note_id', 'in', notes).execute();
  // A shift's notes (rota/briefing/notes/): keys, then bodies; counted with the notes.
  const shiftNotes = trx.selectFrom('shift_notes').select('id').where('program_id', '=', programId);
  await trx.deleteFrom('shift_note_readers').where('note_id', 'in', shiftNotes).execute();
  const shiftNotesDeleted = count(
    await trx.deleteFrom('shift_notes').where('program_id', '=', programId).executeTakeFirstOrThrow(),
  );
  await trx.deleteFrom('message_readers').where('message_id', 'in', messages).execute();
  const accessRecords = await deleteAccessRecordsOf(trx, programId);
  const notesDeleted = count(
    await trx.deleteFrom('notes').where('program_id', '=', programId).executeTakeFirstOrThrow(),
  );
  const messagesDeleted = count(
    await trx
      .deleteFrom('conversation_messages')
      .where('conversation_id', 'in', conversations)
      .executeTakeFirstOrThrow(),
  );

  // Live contact: every open conversation ends, every number and chat key goes, the keys they were sealed under too.
  const conversationsClosed = count(
    await trx
      .updateTable('conversations')
      .set({ state: 'closed', closed_at: now, outcome: 'burnt', erase_after: now, updated_at: now })
      .where('program_id', '=', programId)
      .where('state', '!=', 'closed')
      .executeTakeFirstOrThrow(),
  );
  const numbersErased = count(
    await trx
      .updateTable('conversations')
      .set({
        sender_index: null,
        sender_sealed: null,
        sender_key_id: null,
        person_public_key: null,
        erase_after: null,
        updated_at: now,
      })
      .where('program_id', '=', programId)
      .where((eb) =>
        eb.or([
          eb('sender_index', 'is not', null),
          eb('sender_sealed', 'is not', null),
          eb('person_public_key', 'is not', null),
        ]),
      )
      .executeTakeFirstOrThrow(),
  );
  await trx
    .deleteFrom('sender_keys')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(selectFrom('conversations').select('id').whereRef('conversations.sender_key_id', '=', 'sender_keys.id')),
      ),
    )
    .execute();
  // Field dispatch: briefs (keys, then bodies), debrief words, and every follow-up number (sealed under the root key, which a burn keeps).
  const responses = trx.selectFrom('field_responses').select('id').where('program_id', '=', programId);
  await trx.deleteFrom('field_brief_readers').where('response_id', 'in', responses).execute();
  await trx
    .updateTable('field_responses')
    .set({ brief_sealed: null, updated_at: now })
    .where('program_id', '=', programId)
    .where('brief_sealed', 'is not', null)
    .execute();
  await trx
    .updateTable('debriefs')
    .set({ sealed: null, updated_at: now })
    .where('response_id', 'in', responses)
    .where('sealed', 'is not', null)
    .execute();
  const followUpNumbers = count(
    await trx
      .updateTable('field_responses')
      .set({ contact_sealed: null, contact_erase_after: null, updated_at: now })
      .where('program_id', '=', programId)
      .where('contact_sealed', 'is not', null)
      .executeTakeFirstOrThrow(),
  );
  // Members: who belongs to the network, their numbers, their people and check-ins. Membership itself is what a
  // seizure would want most; the code book and join codes are the program's and stay. The place book goes:
  // its places can say where members live or meet ("Rosa's kitchen"), and a coordinator retypes a short list.
  await trx.deleteFrom('member_places').where('program_id', '=', programId).execute();
  const members = trx.selectFrom('members').select('id').where('program_id', '=', programId);
  await trx.deleteFrom('member_check_ins').where('program_id', '=', programId).execute();
  // Their crisis plans (sealed under codes only they hold), wherever opened, and all about them.
  await trx.deleteFrom('member_plan_openings').where('program_id', '=', programId).execute();
  await trx.deleteFrom('member_plan_events').where('member_id', 'in', members).execute();
  await trx.deleteFrom('member_plan_links').where('member_id', 'in', members).execute();
  await trx.deleteFrom('member_plans').where('program_id', '=', programId).execute();
  await trx.deleteFrom('member_peers').where('member_id', 'in', members).execute();
  const membersErased = count(
    await trx.deleteFrom('members').where('program_id', '=', programId).executeTakeFirstOrThrow(),
  );
  // Why a teammate asked for time away (health, family…) is about them; when they are away stays, as shifts do.
  await trx.updateTable('away_requests').set({ reason: null }).where('program_id', '=', programId).execute();
  const blocks = count(
    await trx.deleteFrom('blocked_senders').where('program_id', '=', programId).executeTakeFirstOrThrow(),
  );
  return {
    burntAt: now,
    signIns,
    notes: notesDeleted + shiftNotesDeleted,
    messages: messagesDeleted,
    conversationsClosed,
    numbersErased: numbersErased + followUpNumbers,
    membersErased,
    blocks,
    accessRecords,
  };
}

/**
 * SQLite: secure_delete has zeroed the freed pages of the database file, and a truncating
 * checkpoint carries that into it and empties the -wal file, where the old pages still were.
 * PostgreSQL: VACUUM makes the dead rows' space reusable at once; it does not overwrite it (see
 * THREAT_MODEL.md), which is why the keys matter more than the rows.
 */
async function eraseFromDisk(deps: BurnDeps): Promise<void> {
  if (deps.dialect === 'sqlite') return truncateWal(deps.db);
  for (const table of BURNT_TABLES) await sql`VACUUM ${sql.table(table)}`.execute(deps.db);
}

const BURNT_TABLES = [
  'push_subscriptions',
  'calendar_feeds',
  'briefing_links',
  'credentials',
  'passkeys',
  'device_codes',
  'sessions',
  'note_readers',
  'notes',
  'shift_note_readers',
  'shift_notes',
  'message_readers',
  'queue_key_wraps',
  'conversation_messages',
  'conversations',
  'sender_keys',
  'blocked_senders',
  'access_records',
  'field_brief_readers',
  'field_responses',
  'debriefs',
  'members',
  'member_peers',
  'member_check_ins',
  'member_plans',
  'member_plan_openings',
  'member_plan_readers',
  'member_plan_events',
  'member_plan_links',
  'member_places',
  'away_requests',
] as const;
