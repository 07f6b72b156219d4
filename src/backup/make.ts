/**
 * Whole-database job: making a backup reads the whole database at once (contents.ts) inside one
 * transaction, so the file is one consistent moment rather than one capability's view of it.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { LATEST_MIGRATION } from '../db/open';
import { ready, type KeyWrappedKey } from '../crypto/e2e';
import { readContents, type BackupContents } from './contents';
import { sealBackup, type BackupFile, type Recipient } from './file';

export interface MakeBackupDeps {
  db: Kysely<Database>;
  rootSecret: Uint8Array;
  now: number;
}

/** Every coordinator with a key can open the backup; a backup nobody can open is refused. */
async function coordinators(db: Kysely<Database>): Promise<Omit<Recipient, 'sealedFileKey'>[]> {
  const rows = await db
    .selectFrom('responders')
    .innerJoin('credentials', 'credentials.responder_id', 'responders.id')
    .select([
      'responders.id',
      'responders.roles',
      'credentials.public_key',
      'credentials.wrapped_key',
      'credentials.auth_salt',
      'credentials.argon_opslimit',
      'credentials.argon_memlimit',
    ])
    .orderBy('responders.id')
    .execute();
  return rows
    .filter((r) => (JSON.parse(r.roles) as string[]).includes('coordinator'))
    .map((r) => ({
      responderId: r.id,
      publicKey: r.public_key,
      unlock:
        r.wrapped_key !== null && r.auth_salt !== null && r.argon_opslimit !== null && r.argon_memlimit !== null
          ? {
              wrappedKey: JSON.parse(r.wrapped_key) as KeyWrappedKey,
              authSalt: r.auth_salt,
              argon: { opslimit: r.argon_opslimit, memlimit: r.argon_memlimit },
            }
          : null,
    }));
}

export interface Made {
  file: BackupFile;
  /** Rows per table, for the person making it to see what went in. */
  counts: Record<string, number>;
}

export async function makeBackup(deps: MakeBackupDeps): Promise<Made> {
  await ready();
  const tables = await readContents(deps.db, deps.now);
  const contents: BackupContents = {
    schema: LATEST_MIGRATION,
    rootSecret: Buffer.from(deps.rootSecret).toString('base64'),
    tables,
  };
  const bytes = new TextEncoder().encode(JSON.stringify(contents));
  const file = sealBackup(bytes, deps.now, await coordinators(deps.db));
  bytes.fill(0);
  return { file, counts: Object.fromEntries(Object.entries(tables).map(([table, rows]) => [table, rows.length])) };
}
