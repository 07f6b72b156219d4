/**
 * Whole-database job: a restore empties and refills every backed-up table of every capability in one
 * transaction (then runs the retention purge), so no one capability's repo could do it.
 */
import { rmSync } from 'node:fs';
import type { Insertable, Kysely, Transaction } from 'kysely';
import { ready } from '../crypto/e2e';
import { writeRootSecretFile } from '../crypto/server-keys';
import { LATEST_MIGRATION, type Dialect } from '../db/open';
import type { Database } from '../db/schema';
import { purgeExpired, type PurgeReport } from '../retention/purge';
import type { Logger } from '../platform/logger';
import { BACKED_UP, type BackedUpTable, type BackupContents, type Rows } from './contents';
import { BackupError, openBackup, parseBackup } from './file';

export interface RestoreDeps {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Where `secret.key` goes unless the install sets KITH_SECRET_KEY. */
  dataDir: string;
  /** KITH_SECRET_KEY, if the install sets one: it must be the backup's. */
  secretKey: string | undefined;
  logger: Logger;
  now: number;
}

export interface RestoreReport {
  createdAt: number;
  restored: Record<string, number>;
  /** What the purge removed at once because its retention ran out after the backup was made. */
  purged: PurgeReport;
  /** Set when the root secret was written to the data folder. */
  secretWrittenTo: string | undefined;
}

const CHUNK = 100;

async function insertAll<T extends BackedUpTable>(trx: Transaction<Database>, table: T, rows: Rows[T]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await trx
      .insertInto(table)
      .values(rows.slice(i, i + CHUNK) as Insertable<Database[T]>[])
      .execute();
  }
}

/**
 * Restores into an empty, migrated database — never over a live line, so nothing is lost or mixed.
 * Then the retention purge runs at `now` before anything can read the rows, so records whose time
 * ran out after the backup was made are gone again at once. Words and numbers were never in the
 * backup (contents.ts), so no restore can bring them back.
 */
export async function restoreBackup(deps: RestoreDeps, fileText: string, passphrase: string): Promise<RestoreReport> {
  await ready();
  const file = parseBackup(fileText);
  const contents = JSON.parse(new TextDecoder().decode(openBackup(file, passphrase))) as BackupContents;
  if (contents.schema > LATEST_MIGRATION)
    throw new BackupError(`this backup was made by a newer Kith (schema ${contents.schema}); upgrade this one first`);
  const existing = await deps.db.selectFrom('programs').select('id').limit(1).execute();
  if (existing.length > 0)
    throw new BackupError(
      'this database already holds a line; restore only into a new, empty one (a new data folder or database)',
    );

  const root = Buffer.from(contents.rootSecret, 'base64');
  let secretWrittenTo: string | undefined;
  if (deps.secretKey !== undefined) {
    if (!Buffer.from(deps.secretKey, 'base64').equals(root))
      throw new BackupError(
        'KITH_SECRET_KEY is set to a different key than the backed-up line’s; unset it so the restore writes the line’s own key to the data folder',
      );
  } else {
    try {
      secretWrittenTo = writeRootSecretFile(deps.dataDir, root);
    } catch {
      throw new BackupError(`${deps.dataDir}/secret.key already exists; restore into a new data folder`);
    }
  }
  root.fill(0);
  try {
    await deps.db.transaction().execute(async (trx) => {
      for (const table of BACKED_UP) await insertAll(trx, table, contents.tables[table]);
    });
  } catch (error) {
    if (secretWrittenTo) rmSync(secretWrittenTo, { force: true });
    throw error;
  }
  const purged = await purgeExpired({
    db: deps.db,
    dialect: deps.dialect,
    clock: { now: () => deps.now },
    logger: deps.logger,
  });
  const restored = Object.fromEntries(BACKED_UP.map((table) => [table, contents.tables[table].length]));
  return { createdAt: file.createdAt, restored, purged, secretWrittenTo };
}
