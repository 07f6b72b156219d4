import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema';

/** Pending one-time codes that add a device: the only code that knows their SQL. */

export interface DeviceCodeRow {
  responderId: string;
  verifier: string;
  authSalt: string;
  wrappedKey: string;
  createdAt: number;
  expiresAt: number;
}

/** A responder has at most one pending code: a new one replaces it. Anyone's expired codes go too. */
export async function replaceDeviceCode(db: Kysely<Database>, row: DeviceCodeRow): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('device_codes')
      .where((eb) => eb.or([eb('responder_id', '=', row.responderId), eb('expires_at', '<=', row.createdAt)]))
      .execute();
    await trx
      .insertInto('device_codes')
      .values({
        responder_id: row.responderId,
        verifier: row.verifier,
        auth_salt: row.authSalt,
        wrapped_key: row.wrappedKey,
        attempts: 0,
        created_at: row.createdAt,
        expires_at: row.expiresAt,
      })
      .execute();
  });
}

/** The responder's code if one is pending and unexpired. */
export async function findPendingCode(db: Kysely<Database>, responderId: string, now: number) {
  return db
    .selectFrom('device_codes')
    .select([
      'verifier',
      'auth_salt as authSalt',
      'wrapped_key as wrappedKey',
      'attempts',
      'created_at as createdAt',
      'expires_at as expiresAt',
    ])
    .where('responder_id', '=', responderId)
    .where('expires_at', '>', now)
    .executeTakeFirst();
}

/**
 * Counts one wrong try; the code is deleted at `max`. Only the code that was checked is touched
 * (matched by its verifier), so a wrong try cannot count against a newer code made meanwhile.
 */
export async function countWrongTry(
  db: Kysely<Database>,
  responderId: string,
  verifier: string,
  max: number,
): Promise<void> {
  await db
    .updateTable('device_codes')
    .set({ attempts: sql<number>`attempts + 1` })
    .where('responder_id', '=', responderId)
    .where('verifier', '=', verifier)
    .execute();
  await db.deleteFrom('device_codes').where('responder_id', '=', responderId).where('attempts', '>=', max).execute();
}

/** Uses the code up; true only for the one request that got it. */
export async function takeDeviceCode(db: Kysely<Database>, responderId: string, verifier: string): Promise<boolean> {
  const result = await db
    .deleteFrom('device_codes')
    .where('responder_id', '=', responderId)
    .where('verifier', '=', verifier)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export async function deleteDeviceCodesOf(db: Kysely<Database>, responderId: string): Promise<number> {
  const result = await db.deleteFrom('device_codes').where('responder_id', '=', responderId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Expired codes can never be used; their wrapped keys should not wait in the table for a new code. */
export async function deleteExpiredCodes(db: Kysely<Database>, now: number): Promise<void> {
  await db.deleteFrom('device_codes').where('expires_at', '<=', now).execute();
}
