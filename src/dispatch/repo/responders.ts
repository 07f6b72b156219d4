import type { Db } from './db';

/**
 * The roster as dispatch needs it: names, languages, roles and public keys; numbers only sealed, to ring
 * people's own phones. Who can be asked now (active, not on break) is src/responders' `reachableAmong`
 * (candidates.ts).
 */

export async function responderBasics(
  db: Db,
  id: string,
): Promise<{ id: string; name: string; languages: string[]; roles: string[]; publicKey: string | null } | undefined> {
  const row = await db
    .selectFrom('responders')
    .leftJoin('credentials', 'credentials.responder_id', 'responders.id')
    .select([
      'responders.id as id',
      'responders.name as name',
      'responders.languages as languages',
      'responders.roles as roles',
      'credentials.public_key as publicKey',
    ])
    .where('responders.id', '=', id)
    .executeTakeFirst();
  return row
    ? {
        id: row.id,
        name: row.name,
        languages: JSON.parse(row.languages) as string[],
        roles: JSON.parse(row.roles) as string[],
        publicKey: row.publicKey ?? null,
      }
    : undefined;
}

/** Active coordinators of a program (ids), for when none is on call. */
export async function coordinators(db: Db, programId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('responders')
    .select(['id', 'roles'])
    .where('program_id', '=', programId)
    .where('status', '=', 'active')
    .orderBy('created_at')
    .execute();
  return rows.filter((r) => (JSON.parse(r.roles) as string[]).includes('coordinator')).map((r) => r.id);
}

/** Languages and sealed phone numbers, for ringing people's own phones. */
export async function phonesOf(
  db: Db,
  ids: readonly string[],
): Promise<{ id: string; languages: string[]; phoneSealed: string | null }[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('responders')
    .select(['id', 'languages', 'phone_sealed'])
    .where('id', 'in', [...ids])
    .execute();
  return rows.map((r) => ({ id: r.id, languages: JSON.parse(r.languages) as string[], phoneSealed: r.phone_sealed }));
}
