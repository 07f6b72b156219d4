import { SqliteAdapter, sql, type Kysely } from 'kysely';
import type { Database } from './schema';

/**
 * After deleting words or numbers, outside the transaction that deleted them: on SQLite,
 * secure_delete has zeroed the freed pages in the database file, but the old pages still sit in
 * the write-ahead log until a checkpoint; TRUNCATE copies them back and empties the -wal file.
 * PostgreSQL keeps dead rows until they are reused, which no statement here can change
 * (docs/THREAT_MODEL.md).
 *
 * SQLite answers "busy" at once, without waiting, while another connection is checkpointing: the
 * checkpointer's thread (checkpointer.ts) does so for a few milliseconds several times a second. So
 * this tries again until the log is empty, and throws, naming the problem, if it never is: an
 * erasure that left its pages in the log must not pass for done.
 */
export async function truncateWal(db: Kysely<Database>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
  const giveUpAt = performance.now() + TRY_FOR_MS;
  for (;;) {
    const { rows } = await sql<{ busy: number }>`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
    if (rows[0]?.busy === 0) return;
    if (performance.now() > giveUpAt)
      throw new Error("SQLite's write-ahead log could not be emptied after erasing: another connection kept it busy");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Far longer than one of the checkpointer's small checkpoints; a reader holding a snapshot is not waited out. */
const TRY_FOR_MS = 2000;
