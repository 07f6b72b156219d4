import type { Db } from '../types';

/**
 * What texting reads of the team: names to show, phones to alert, public keys to seal to. Read-only
 * and narrow on purpose; the responders and their credentials are src/responders' and src/auth's, and
 * who can be reached now is src/responders' `reachableAmong` (readers.ts).
 */

export async function responderNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('responders').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function responderStatus(
  db: Db,
  programId: string,
  id: string,
): Promise<{ id: string; status: string } | undefined> {
  return db
    .selectFrom('responders')
    .select(['id', 'status'])
    .where('id', '=', id)
    .where('program_id', '=', programId)
    .executeTakeFirst();
}

/** A responder's phone, sealed under the server's keys, and the languages to text them in. */
export interface ResponderPhone {
  id: string;
  /** First is theirs. */
  languages: string[];
  phoneSealed: string | null;
}

export async function responderPhone(db: Db, id: string): Promise<ResponderPhone | undefined> {
  const row = await db
    .selectFrom('responders')
    .select(['id', 'languages', 'phone_sealed as phoneSealed'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row && { ...row, languages: JSON.parse(row.languages) as string[] };
}

/** The public key each of these responders has set up (absent: not signed in yet). */
export async function publicKeysOf(db: Db, ids: string[]): Promise<{ responderId: string; publicKey: string }[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('credentials')
    .select(['responder_id', 'public_key'])
    .where('responder_id', 'in', ids)
    .execute();
  return rows.map((row) => ({ responderId: row.responder_id, publicKey: row.public_key }));
}

export async function publicKeyOf(db: Db, id: string): Promise<string | undefined> {
  return (await publicKeysOf(db, [id]))[0]?.publicKey;
}

/** The program's active responders who have a key, with their roles (a JSON list). */
export async function activeWithKeys(
  db: Db,
  programId: string,
): Promise<{ id: string; roles: string; publicKey: string }[]> {
  return db
    .selectFrom('responders')
    .innerJoin('credentials', 'credentials.responder_id', 'responders.id')
    .select(['responders.id as id', 'responders.roles as roles', 'credentials.public_key as publicKey'])
    .where('responders.program_id', '=', programId)
    .where('responders.status', '=', 'active')
    .execute();
}

/** A responder texting the community number from their own phone: who they are, in which language to answer. */
export async function texter(db: Db, id: string): Promise<{ id: string; name: string; languages: string }> {
  return db.selectFrom('responders').select(['id', 'name', 'languages']).where('id', '=', id).executeTakeFirstOrThrow();
}
