import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, PG_SCHEMA_CHANGE_LOCK, type Db } from '../../src/db/open';

/** Every repo and scenario test runs on both databases Kith supports. */
export const DB_KINDS = ['sqlite', 'postgres'] as const;
export type DbKind = (typeof DB_KINDS)[number];

export const TEST_PG_URL = process.env.KITH_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestStorage {
  kind: DbKind;
  dataDir: string;
  databaseUrl: string | undefined;
  pgSchema: string | undefined;
  /** Removes the temp folder and drops the PostgreSQL schema. */
  cleanup(): Promise<void>;
}

/** A fresh, isolated place to keep data: a temp folder, plus a PostgreSQL schema of its own. */
export function freshStorage(kind: DbKind): TestStorage {
  const dataDir = mkdtempSync(join(tmpdir(), 'kith-test-'));
  const pgSchema = kind === 'postgres' ? `t_${randomBytes(6).toString('hex')}` : undefined;
  return {
    kind,
    dataDir,
    databaseUrl: kind === 'postgres' ? TEST_PG_URL : undefined,
    pgSchema,
    async cleanup() {
      if (pgSchema) {
        const client = new pg.Client({ connectionString: TEST_PG_URL });
        await client.connect();
        // Under the lock migrations take: a drop in the middle of another test's migration would fail it.
        await client.query('SELECT pg_advisory_lock($1)', [PG_SCHEMA_CHANGE_LOCK]);
        await client.query(`DROP SCHEMA IF EXISTS "${pgSchema}" CASCADE`);
        await client.end(); // ends the session, and with it the lock
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Opens a migrated database in fresh storage (for repo-level tests). */
export async function openTestDatabase(
  kind: DbKind,
): Promise<{ db: Db; storage: TestStorage; close(): Promise<void> }> {
  const storage = freshStorage(kind);
  const db = await openDatabase({
    databaseUrl: storage.databaseUrl,
    dataDir: storage.dataDir,
    ...(storage.pgSchema ? { pgSchema: storage.pgSchema } : {}),
  });
  return {
    db,
    storage,
    async close() {
      await db.close();
      await storage.cleanup();
    },
  };
}
