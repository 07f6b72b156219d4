import type { Kysely, SelectQueryBuilder, Transaction } from 'kysely';
import type { ServerKeys } from '../crypto/server-keys';
import { refusingDuplicates } from '../db/open';
import type { Database, ResponderRow } from '../db/schema';
import { DomainError } from '../platform/errors';
import { briefingStateOf } from '../program/briefing';
import type { Reachable, Responder, ResponderInput } from './types';

export function responderFromRow(row: ResponderRow, keys: ServerKeys): Responder {
  return {
    id: row.id,
    programId: row.program_id,
    name: row.name,
    phone: row.phone_sealed ? keys.open(row.phone_sealed, row.id) : null,
    languages: JSON.parse(row.languages) as Responder['languages'],
    roles: JSON.parse(row.roles) as Responder['roles'],
    skills: JSON.parse(row.skills) as string[],
    status: row.status as Responder['status'],
    onBreakSince: row.on_break_since,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function columns(id: string, input: ResponderInput, keys: ServerKeys) {
  return {
    name: input.name,
    phone_sealed: input.phone ? keys.seal(input.phone, id) : null,
    phone_index: input.phone ? keys.index('phone', input.phone) : null,
    languages: JSON.stringify(input.languages),
    roles: JSON.stringify(input.roles),
    skills: JSON.stringify(input.skills ?? []),
    status: input.status,
  };
}

const duplicatePhone = () =>
  new DomainError('conflict', 'Another responder in this program already has that phone number', [
    { field: '/phone', message: 'is already used by another responder' },
  ]);

export async function insertResponder(
  db: Kysely<Database>,
  keys: ServerKeys,
  row: { id: string; programId: string; input: ResponderInput; now: number },
): Promise<void> {
  await refusingDuplicates(
    () =>
      db
        .insertInto('responders')
        .values({
          id: row.id,
          program_id: row.programId,
          ...columns(row.id, row.input, keys),
          created_at: row.now,
          updated_at: row.now,
        })
        .execute(),
    duplicatePhone,
  );
}

export async function updateResponderRow(
  db: Kysely<Database>,
  keys: ServerKeys,
  row: { id: string; programId: string; input: ResponderInput; now: number },
): Promise<void> {
  await refusingDuplicates(
    () =>
      db
        .updateTable('responders')
        .set({ ...columns(row.id, row.input, keys), updated_at: row.now })
        .where('id', '=', row.id)
        .where('program_id', '=', row.programId)
        .execute(),
    duplicatePhone,
  );
}

export async function findResponderRow(db: Kysely<Database>, programId: string, id: string) {
  return db
    .selectFrom('responders')
    .selectAll()
    .where('id', '=', id)
    .where('program_id', '=', programId)
    .executeTakeFirst();
}

/** The active responder whose number has this keyed index, if any (a text from their own phone). */
export async function findActiveResponderIdByPhoneIndex(
  db: Kysely<Database>,
  programId: string,
  phoneIndex: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('responders')
    .select('id')
    .where('program_id', '=', programId)
    .where('phone_index', '=', phoneIndex)
    .where('status', '=', 'active')
    .executeTakeFirst();
  return row?.id;
}

export async function listResponderRows(db: Kysely<Database>, programId: string) {
  return db
    .selectFrom('responders')
    .selectAll()
    .where('program_id', '=', programId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/**
 * Deletes the access records (who read what, access/) of these notes. Access sits above the roster,
 * so the composition root passes it in (src/app.ts) rather than the roster reaching up for it.
 */
export type ForgetReadsOfNotes = (
  trx: Transaction<Database>,
  notes: SelectQueryBuilder<Database, 'notes', { id: string }>,
) => Promise<unknown>;

/**
 * Removing someone from the roster deletes the notes they wrote (by cascade): the access records of
 * those notes go with them, in the same transaction. Their own openings of other records stay, as
 * long as those records do.
 */
export async function deleteResponderRow(
  db: Kysely<Database>,
  programId: string,
  id: string,
  forgetReads: ForgetReadsOfNotes,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const authored = trx
      .selectFrom('notes')
      .select('id')
      .where('author_id', '=', id)
      .where('program_id', '=', programId);
    await forgetReads(trx, authored);
    const result = await trx
      .deleteFrom('responders')
      .where('id', '=', id)
      .where('program_id', '=', programId)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  });
}

/** How many shifts (weekly, or one-off still to come) a responder holds in any of `roles`. */
export async function shiftsHeldInRoles(
  db: Kysely<Database>,
  responderId: string,
  roles: readonly string[],
  now: number,
): Promise<number> {
  if (roles.length === 0) return 0;
  const [rules, overrides] = await Promise.all([
    db
      .selectFrom('shift_rules')
      .select('id')
      .where('responder_id', '=', responderId)
      .where('role', 'in', roles)
      .execute(),
    db
      .selectFrom('shift_overrides')
      .select('id')
      .where('responder_id', '=', responderId)
      .where('role', 'in', roles)
      .where('ends_at', '>', now)
      .execute(),
  ]);
  return rules.length + overrides.length;
}

/**
 * Of these responders of a program, the active ones not on break, oldest first: the one read of who
 * can be reached, for texting's alerts and sealing and for dispatch's asks. (The call routing read in
 * src/calls/repo/incoming.ts applies the same break rule inside its one compiled statement.)
 */
export async function reachableAmong(
  db: Kysely<Database>,
  programId: string,
  ids: readonly string[],
  now: number,
): Promise<Reachable[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('responders')
    .innerJoin('programs', 'programs.id', 'responders.program_id')
    .leftJoin('credentials', 'credentials.responder_id', 'responders.id')
    .select([
      'responders.id as id',
      'responders.name as name',
      'responders.languages as languages',
      'responders.roles as roles',
      'responders.skills as skills',
      'responders.phone_sealed as phoneSealed',
      'credentials.public_key as publicKey',
      'responders.briefed_version',
      'responders.briefed_shifts',
      'responders.shift_seen_at',
      'programs.plan_version',
      'programs.plan_version_at',
    ])
    .where('responders.program_id', '=', programId)
    .where('responders.id', 'in', [...new Set(ids)])
    .where('responders.status', '=', 'active')
    // A break with an end (a cool-down, stepping back to the shift's end) is over once it passes.
    .where((eb) => eb.or([eb('responders.on_break_since', 'is', null), eb('responders.break_until', '<=', now)]))
    .orderBy('responders.created_at')
    .orderBy('responders.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    languages: JSON.parse(r.languages) as string[],
    roles: JSON.parse(r.roles) as string[],
    skills: JSON.parse(r.skills) as string[],
    phoneSealed: r.phoneSealed,
    publicKey: r.publicKey ?? null,
    briefing: briefingStateOf(r),
    plan: { version: r.plan_version, at: r.plan_version_at },
  }));
}

export type SignInState = 'none' | 'invited' | 'set_up';

/**
 * Whether each responder of a program can sign in: set up (a passphrase or a passkey), invited (an
 * unexpired invite waits), or neither. For the coordinator's roster, so they know whom to invite.
 */
export async function signInStates(
  db: Kysely<Database>,
  programId: string,
  now: number,
): Promise<Map<string, SignInState>> {
  const [enrolled, invited] = await Promise.all([
    // A credential counts only with a way in: a passphrase, or a passkey still on file (signing out
    // a lost phone deletes passkeys, which leaves a passkey-only account needing a reset).
    db
      .selectFrom('credentials')
      .innerJoin('responders', 'responders.id', 'credentials.responder_id')
      .select('credentials.responder_id as id')
      .where('responders.program_id', '=', programId)
      .where((eb) =>
        eb.or([
          eb('credentials.verifier', 'is not', null),
          eb.exists(
            eb
              .selectFrom('passkeys')
              .select('passkeys.responder_id')
              .whereRef('passkeys.responder_id', '=', 'credentials.responder_id'),
          ),
        ]),
      )
      .execute(),
    db
      .selectFrom('invites')
      .innerJoin('responders', 'responders.id', 'invites.responder_id')
      .select('invites.responder_id as id')
      .where('responders.program_id', '=', programId)
      .where('invites.expires_at', '>', now)
      .execute(),
  ]);
  const states = new Map<string, SignInState>();
  for (const { id } of invited) states.set(id, 'invited');
  for (const { id } of enrolled) states.set(id, 'set_up');
  return states;
}
