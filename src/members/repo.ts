import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database } from '../db/schema';
import type { MembersTable } from '../db/schema-members';

type Db = Kysely<Database> | Transaction<Database>;

/** A member's row as stored: the table's own type, so a new column cannot be forgotten here. */
export type MemberRow = Selectable<MembersTable>;

export async function insertMember(db: Db, row: MemberRow): Promise<void> {
  await db.insertInto('members').values(row).execute();
}

export async function numberTaken(db: Db, programId: string, number: string): Promise<boolean> {
  const row = await db
    .selectFrom('members')
    .select('id')
    .where('program_id', '=', programId)
    .where('number', '=', number)
    .executeTakeFirst();
  return row !== undefined;
}

export async function findMember(db: Db, programId: string, id: string): Promise<MemberRow | undefined> {
  return db
    .selectFrom('members')
    .selectAll()
    .where('program_id', '=', programId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function memberByNumber(db: Db, programId: string, number: string): Promise<MemberRow | undefined> {
  return db
    .selectFrom('members')
    .selectAll()
    .where('program_id', '=', programId)
    .where('number', '=', number)
    .executeTakeFirst();
}

export async function memberByPhoneIndex(db: Db, programId: string, index: string): Promise<MemberRow | undefined> {
  return db
    .selectFrom('members')
    .selectAll()
    .where('program_id', '=', programId)
    .where('phone_index', '=', index)
    .executeTakeFirst();
}

export async function listMembers(db: Db, programId: string): Promise<MemberRow[]> {
  return db.selectFrom('members').selectAll().where('program_id', '=', programId).orderBy('number').execute();
}

export async function updateMember(
  db: Db,
  id: string,
  set: Partial<
    Pick<MemberRow, 'name_sealed' | 'language' | 'phone_sealed' | 'phone_index' | 'duress_index' | 'duress_keys_index'>
  > & {
    updated_at: number;
  },
): Promise<void> {
  await db.updateTable('members').set(set).where('id', '=', id).execute();
}

/**
 * Leaving: the member's row goes, and with it (by cascade, in the same statement) their chosen
 * people, their place in others' lists and their check-ins. Deleted explicitly first as well, so a
 * database without enforced foreign keys cannot keep any of it.
 */
export async function deleteMember(trx: Transaction<Database>, programId: string, id: string): Promise<boolean> {
  await trx.deleteFrom('member_check_ins').where('member_id', '=', id).execute();
  // Their crisis plan, wherever it was opened, what they were shown about it, and their page's links.
  for (const table of ['member_plan_openings', 'member_plan_events', 'member_plan_links', 'member_plans'] as const)
    await trx.deleteFrom(table).where('member_id', '=', id).execute();
  await trx
    .deleteFrom('member_peers')
    .where((eb) => eb.or([eb('member_id', '=', id), eb('peer_member_id', '=', id)]))
    .execute();
  const result = await trx
    .deleteFrom('members')
    .where('program_id', '=', programId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export interface PeerRow {
  member_id: string;
  position: number;
  peer_member_id: string | null;
  peer_responder_id: string | null;
}

export async function peersOf(db: Db, memberIds: string[]): Promise<PeerRow[]> {
  if (memberIds.length === 0) return [];
  return db
    .selectFrom('member_peers')
    .selectAll()
    .where('member_id', 'in', memberIds)
    .orderBy('member_id')
    .orderBy('position')
    .execute();
}

export async function setPeers(trx: Transaction<Database>, memberId: string, peers: PeerRow[]): Promise<void> {
  await trx.deleteFrom('member_peers').where('member_id', '=', memberId).execute();
  if (peers.length > 0) await trx.insertInto('member_peers').values(peers).execute();
}

export async function responderInProgram(db: Db, programId: string, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('responders')
    .select('id')
    .where('program_id', '=', programId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertJoinCode(
  db: Db,
  row: { id: string; program_id: string; code: string; language: string; created_at: number },
): Promise<void> {
  await db.insertInto('member_join_codes').values(row).execute();
}

export async function listJoinCodes(db: Db, programId: string) {
  return db
    .selectFrom('member_join_codes')
    .selectAll()
    .where('program_id', '=', programId)
    .orderBy('created_at')
    .execute();
}

export async function deleteJoinCode(db: Db, programId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('member_join_codes')
    .where('program_id', '=', programId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function joinCodeOf(db: Db, programId: string, code: string) {
  return db
    .selectFrom('member_join_codes')
    .selectAll()
    .where('program_id', '=', programId)
    .where('code', '=', code)
    .executeTakeFirst();
}

export async function countJoinUse(db: Db, id: string): Promise<void> {
  await db
    .updateTable('member_join_codes')
    .set((eb) => ({ uses: eb('uses', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

/** Records a provider text as handled; false if it already was (a retried webhook). */
export async function firstSighting(db: Db, providerKey: string, at: number): Promise<boolean> {
  const inserted = await db
    .insertInto('member_texts_seen')
    .values({ provider_key: providerKey, at })
    .onConflict((oc) => oc.column('provider_key').doNothing())
    .returning('provider_key')
    .execute();
  return inserted.length > 0;
}

export async function forgetTextsSeenBefore(db: Db, before: number): Promise<number> {
  const result = await db.deleteFrom('member_texts_seen').where('at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
