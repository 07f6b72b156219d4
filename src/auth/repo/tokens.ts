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

export async function replaceSetupToken(
  db: Kysely<Database>,
  tokenHash: string,
  now: number,
  expiresAt: number,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('setup_tokens').where('used_at', 'is', null).execute();
    await trx
      .insertInto('setup_tokens')
      .values({ token_hash: tokenHash, created_at: now, expires_at: expiresAt, used_at: null })
      .execute();
  });
}

/** Marks the setup token used; true only for the one request that used it first. */
export async function consumeSetupToken(db: Kysely<Database>, tokenHash: string, now: number): Promise<boolean> {
  const result = await db
    .updateTable('setup_tokens')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * The first program's earliest coordinator, if no coordinator of that program has any way in: no
 * console sign-in (a credential, passphrase or passkey) and no live API token.
 */
export async function coordinatorWithNoWayIn(
  db: Kysely<Database>,
): Promise<{ programId: string; responderId: string } | undefined> {
  const program = await db
    .selectFrom('programs')
    .select('id')
    .orderBy('created_at')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  if (!program) return undefined;
  const people = await db
    .selectFrom('responders')
    .select(['id', 'roles'])
    .where('program_id', '=', program.id)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const coordinators = people
    .filter((row) => (JSON.parse(row.roles) as Role[]).includes('coordinator'))
    .map((row) => row.id);
  const first = coordinators[0];
  if (first === undefined) return undefined;
  const signIn = await db
    .selectFrom('credentials')
    .select('responder_id')
    .where('responder_id', 'in', coordinators)
    .executeTakeFirst();
  const token = await db
    .selectFrom('api_tokens')
    .select('id')
    .where('responder_id', 'in', coordinators)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return signIn || token ? undefined : { programId: program.id, responderId: first };
}
