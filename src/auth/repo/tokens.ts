import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { Role } from '../principal';

export async function findPrincipalByTokenHash(db: Kysely<Database>, tokenHash: string) {
  const row = await db
    .selectFrom('api_tokens')
    .innerJoin('responders', 'responders.id', 'api_tokens.responder_id')
    .select(['responders.id as responderId', 'responders.program_id as programId', 'responders.roles as roles'])
    .where('api_tokens.token_hash', '=', tokenHash)
    .where('api_tokens.revoked_at', 'is', null)
    .executeTakeFirst();
  return row
    ? { responderId: row.responderId, programId: row.programId, roles: JSON.parse(row.roles) as Role[] }
    : undefined;
}

export async function insertApiToken(
  db: Kysely<Database>,
  token: { id: string; responderId: string; tokenHash: string; label: string; createdAt: number },
): Promise<void> {
  await db
    .insertInto('api_tokens')
    .values({
      id: token.id,
      responder_id: token.responderId,
      token_hash: token.tokenHash,
      label: token.label,
      created_at: token.createdAt,
      revoked_at: null,
    })
    .execute();
}

export async function revokeApiToken(
  db: Kysely<Database>,
  programId: string,
  tokenId: string,
  now: number,
): Promise<boolean> {
  const result = await db
    .updateTable('api_tokens')
    .set({ revoked_at: now })
    .where('id', '=', tokenId)
    .where('revoked_at', 'is', null)
    .where('responder_id', 'in', (eb) => eb.selectFrom('responders').select('id').where('program_id', '=', programId))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function listApiTokens(db: Kysely<Database>, programId: string) {
  return db
    .selectFrom('api_tokens')
    .innerJoin('responders', 'responders.id', 'api_tokens.responder_id')
    .select([
      'api_tokens.id as id',
      'api_tokens.label as label',
      'api_tokens.responder_id as responderId',
      'api_tokens.created_at as createdAt',
      'api_tokens.revoked_at as revokedAt',
    ])
    .where('responders.program_id', '=', programId)
    .orderBy('api_tokens.created_at')
    .execute();
}

/** Whether any of these responders has a way in: a console sign-in (passphrase or passkey) or a live API token. */
export async function anyWayIn(db: Kysely<Database>, responderIds: readonly string[]): Promise<boolean> {
  if (responderIds.length === 0) return false;
  const signIn = await db
    .selectFrom('credentials')
    .select('responder_id')
    .where('responder_id', 'in', responderIds)
    .executeTakeFirst();
  const token = await db
    .selectFrom('api_tokens')
    .select('id')
    .where('responder_id', 'in', responderIds)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return signIn !== undefined || token !== undefined;
}
