import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { FeedScope, RotaNoticeKind } from '../db/schema-rota';

/** The only SQL of calendars, reminders and coverage alerts. */
type Db = Kysely<Database>;

export interface FeedRow {
  id: string;
  programId: string;
  responderId: string;
  scope: FeedScope;
  createdAt: number;
}

const feedColumns = [
  'id',
  'program_id as programId',
  'responder_id as responderId',
  'scope',
  'created_at as createdAt',
] as const;

/** A new link replaces the old one in one statement pair: the old token stops working at once. */
export async function replaceFeed(db: Db, row: FeedRow & { tokenHash: string }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('calendar_feeds')
      .where('responder_id', '=', row.responderId)
      .where('scope', '=', row.scope)
      .execute();
    await trx
      .insertInto('calendar_feeds')
      .values({
        id: row.id,
        program_id: row.programId,
        responder_id: row.responderId,
        scope: row.scope,
        token_hash: row.tokenHash,
        created_at: row.createdAt,
      })
      .execute();
  });
}

export async function deleteFeed(db: Db, responderId: string, scope: FeedScope): Promise<boolean> {
  const result = await db
    .deleteFrom('calendar_feeds')
    .where('responder_id', '=', responderId)
    .where('scope', '=', scope)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export function feedsOf(db: Db, responderId: string): Promise<FeedRow[]> {
  return db.selectFrom('calendar_feeds').select(feedColumns).where('responder_id', '=', responderId).execute();
}

export function feedByHash(db: Db, tokenHash: string): Promise<FeedRow | undefined> {
  return db.selectFrom('calendar_feeds').select(feedColumns).where('token_hash', '=', tokenHash).executeTakeFirst();
}

export interface SettingsRow {
  responderId: string;
  programId: string;
  leadMinutes: number | null;
  eveningMinute: number | null;
  bySms: boolean;
  byPush: boolean;
}

const settingsColumns = [
  'responder_id as responderId',
  'program_id as programId',
  'lead_minutes as leadMinutes',
  'evening_minute as eveningMinute',
  'by_sms as bySms',
  'by_push as byPush',
] as const;

const toSettings = (r: {
  responderId: string;
  programId: string;
  leadMinutes: number | null;
  eveningMinute: number | null;
  bySms: number;
  byPush: number;
}): SettingsRow => ({ ...r, bySms: Number(r.bySms) === 1, byPush: Number(r.byPush) === 1 });

export async function settingsOf(db: Db, responderId: string): Promise<SettingsRow | undefined> {
  const row = await db
    .selectFrom('reminder_settings')
    .select(settingsColumns)
    .where('responder_id', '=', responderId)
    .executeTakeFirst();
  return row && toSettings(row);
}

/** Everyone who wants a reminder some way, in one program. */
export async function settingsWanted(db: Db, programId: string): Promise<SettingsRow[]> {
  const rows = await db
    .selectFrom('reminder_settings')
    .select(settingsColumns)
    .where('program_id', '=', programId)
    .where((eb) => eb.or([eb('by_sms', '=', 1), eb('by_push', '=', 1)]))
    .execute();
  return rows.map(toSettings);
}

export async function saveSettings(db: Db, row: SettingsRow, now: number): Promise<void> {
  const values = {
    lead_minutes: row.leadMinutes,
    evening_minute: row.eveningMinute,
    by_sms: row.bySms ? 1 : 0,
    by_push: row.byPush ? 1 : 0,
    updated_at: now,
  };
  await db
    .insertInto('reminder_settings')
    .values({ responder_id: row.responderId, program_id: row.programId, ...values })
    .onConflict((oc) => oc.column('responder_id').doUpdateSet(values))
    .execute();
}

/** Programs with anyone wanting reminders, or any coordinator (coverage alerts): every program, in practice few. */
export async function programIds(db: Db): Promise<string[]> {
  return (await db.selectFrom('programs').select('id').orderBy('id').execute()).map((r) => r.id);
}

export async function savePush(
  db: Db,
  row: { id: string; programId: string; responderId: string; sessionHash: string; sealed: string; createdAt: number },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('push_subscriptions').where('session_hash', '=', row.sessionHash).execute();
    await trx
      .insertInto('push_subscriptions')
      .values({
        id: row.id,
        program_id: row.programId,
        responder_id: row.responderId,
        session_hash: row.sessionHash,
        sealed: row.sealed,
        created_at: row.createdAt,
      })
      .execute();
  });
}

export async function deletePush(db: Db, where: { sessionHash: string } | { id: string }): Promise<void> {
  await (
    'id' in where
      ? db.deleteFrom('push_subscriptions').where('id', '=', where.id)
      : db.deleteFrom('push_subscriptions').where('session_hash', '=', where.sessionHash)
  ).execute();
}

export async function pushOfSession(db: Db, sessionHash: string): Promise<{ id: string } | undefined> {
  return db.selectFrom('push_subscriptions').select('id').where('session_hash', '=', sessionHash).executeTakeFirst();
}

export function pushesOf(db: Db, responderId: string): Promise<{ id: string; sealed: string }[]> {
  return db
    .selectFrom('push_subscriptions')
    .select(['id', 'sealed'])
    .where('responder_id', '=', responderId)
    .orderBy('id')
    .execute();
}

/**
 * Claims a notice before it is sent: the insert succeeds for exactly one caller, on one instance or
 * many (the key is the primary key), and after a restart the row is still there.
 */
export async function claimNotice(
  db: Db,
  notice: { key: string; programId: string; kind: RotaNoticeKind; aboutAt: number },
  now: number,
): Promise<boolean> {
  const result = await db
    .insertInto('rota_notices')
    .values({
      key: notice.key,
      program_id: notice.programId,
      kind: notice.kind,
      about_at: notice.aboutAt,
      sent_at: now,
    })
    .onConflict((oc) => oc.column('key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
}

/** Notices about what began before `before`: nothing can be sent twice for it any more. */
export async function purgeNotices(db: Db, before: number): Promise<number> {
  const result = await db.deleteFrom('rota_notices').where('about_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
