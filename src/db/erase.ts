import { SqliteAdapter, sql, type Kysely } from 'kysely';
import type { Database } from './schema';

/**
 * After deleting words or numbers, outside the transaction that deleted them: on SQLite,
 * secure_delete has zeroed the freed pages in the database file, but the old pages still sit in
 * the write-ahead log until a checkpoint; TRUNCATE copies them back and empties the -wal file.
 * PostgreSQL keeps dead rows until they are reused, which no statement here can change
 * (docs/THREAT_MODEL.md).
 */
export async function truncateWal(db: Kysely<Database>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
}
