import type { Kysely } from 'kysely';
import type { Role } from '../auth/principal';
import type { Database } from '../db/schema';
import type { Clock } from '../platform/clock';
import { newId } from '../platform/ids';
import { createProgram } from '../program/service';

/** Test data for repo-level shift tests: a program, and responders written straight to the table (no phone needed). */
export async function seedProgram(db: Kysely<Database>, clock: Clock, timeZone = 'America/New_York') {
  return createProgram({ db, clock }, { name: 'Test Line', timeZone });
}

export async function seedResponder(
  db: Kysely<Database>,
  programId: string,
  name: string,
  roles: Role[],
  status = 'active',
): Promise<string> {
  const id = newId('rsp');
  await db
    .insertInto('responders')
    .values({
      id,
      program_id: programId,
      name,
      phone_sealed: null,
      phone_index: null,
      languages: '["en"]',
      roles: JSON.stringify(roles),
      status,
      created_at: 0,
      updated_at: 0,
    })
    .execute();
  return id;
}

/** Error body as the API sends it. */
export interface ErrorBody {
  error: { code: string; message: string; fields?: { field: string; message: string }[]; conflictsWith?: string };
}

/** A set-up program with Ana (phone) and Ben (phone, field), over the real HTTP API. */
export async function team(t: {
  setup(): Promise<{ token: string }>;
  api<T>(method: string, path: string, body?: unknown, token?: string): Promise<{ status: number; body: T }>;
}) {
  const { token } = await t.setup();
  const add = async (name: string, phone: string, roles: Role[]) => {
    const result = await t.api<{ id: string }>('POST', '/api/responders', { name, phone, roles }, token);
    if (result.status !== 201) throw new Error(`could not add ${name}: ${result.status}`);
    return result.body.id;
  };
  return {
    token,
    ana: await add('Ana', '+1 202 555 0111', ['phone']),
    ben: await add('Ben', '+1 202 555 0112', ['phone', 'field']),
  };
}
