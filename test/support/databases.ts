import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
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

/**
 * Schema names carry the run's mark (set by `test/support/global-setup.ts`), so the run's end can drop
 * the schemas its workers kept for reuse without touching another run's on the same server.
 */
const RUN_MARK = process.env.KITH_TEST_RUN ?? 'solo';

/** A fresh, isolated place to keep data: a temp folder, plus a PostgreSQL schema of its own. */
export function freshStorage(kind: DbKind): TestStorage {
  const dataDir = mkdtempSync(join(tmpdir(), 'kith-test-'));
  const pgSchema =
    kind === 'postgres' ? (spareSchemas.pop() ?? `t_${RUN_MARK}_${randomBytes(6).toString('hex')}`) : undefined;
  return {
    kind,
    dataDir,
    databaseUrl: kind === 'postgres' ? TEST_PG_URL : undefined,
    pgSchema,
    async cleanup() {
      if (pgSchema) await emptyOrDrop(pgSchema);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Migrated schemas emptied by an earlier test in this worker, handed out again. Migrating a new schema
 * and dropping it cost a PostgreSQL test 1–4 s (nearly all its set-up), serialized across workers by
 * the schema-change lock; emptying one costs a few milliseconds. A schema whose shape differs in any
 * way from a freshly migrated one (a test that added a trigger, say) is dropped as before.
 */
const spareSchemas: string[] = [];
const MAX_SPARES = 4;
let freshShape: Promise<string> | undefined;

async function emptyOrDrop(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_PG_URL });
  await client.connect();
  try {
    freshShape ??= shapeOfFreshSchema();
    if (spareSchemas.length < MAX_SPARES && (await shapeOf(client, schema)) === (await freshShape)) {
      await emptySchema(client, schema);
      spareSchemas.push(schema);
      return;
    }
    // Under the lock migrations take: a drop in the middle of another test's migration would fail it.
    await client.query('SELECT pg_advisory_lock($1)', [PG_SCHEMA_CHANGE_LOCK]);
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end(); // ends the session, and with it any lock
  }
}

/**
 * Deletes every row but the migrations' own bookkeeping, in one transaction. DELETE with foreign-key
 * triggers off (the tests' PostgreSQL user is a superuser) takes ~10 ms; TRUNCATE takes over a second,
 * because it makes new files for every table and index. Without the privilege, TRUNCATE it is.
 */
async function emptySchema(client: pg.Client, schema: string): Promise<void> {
  const { rows } = await client.query<{ table: string }>(
    `SELECT tablename AS table FROM pg_tables WHERE schemaname = $1 AND tablename NOT LIKE 'kysely_migration%'`,
    [schema],
  );
  if (rows.length === 0) return;
  const tables = rows.map((row) => `"${schema}"."${row.table}"`);
  try {
    await client.query(
      `BEGIN; SET LOCAL session_replication_role = replica; ${tables.map((table) => `DELETE FROM ${table};`).join(' ')} COMMIT;`,
    );
  } catch {
    await client.query('ROLLBACK');
    await client.query(`TRUNCATE ${tables.join(', ')} CASCADE`);
  }
}

/** Every table, column, index, constraint, trigger and function of a schema, and its migrations. */
async function shapeOf(client: pg.Client, schema: string): Promise<string> {
  const { rows } = await client.query<{ shape: string | null }>(
    `SELECT concat_ws('|',
       (SELECT string_agg(c.relname || ':' || c.relkind::text || ':' || a.attname || ':' || format_type(a.atttypid, a.atttypmod) || ':' || a.attnotnull::text, ',' ORDER BY c.relname, a.attnum)
          FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
         WHERE n.nspname = $1),
       (SELECT string_agg(co.conname || ':' || pg_get_constraintdef(co.oid), ',' ORDER BY co.conname)
          FROM pg_constraint co JOIN pg_namespace n ON n.oid = co.connamespace WHERE n.nspname = $1),
       (SELECT string_agg(t.tgname, ',' ORDER BY t.tgname)
          FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = $1 AND NOT t.tgisinternal),
       (SELECT string_agg(p.proname, ',' ORDER BY p.proname)
          FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = $1),
       (SELECT count(*)::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = $1 AND c.relname = 'kysely_migration')
     ) AS shape`,
    [schema],
  );
  // Foreign keys name the schema they point into; the name is the one thing two fresh schemas differ in.
  const shape = (rows[0]?.shape ?? '').replaceAll(schema, '§');
  // The migrations' rows too, where the table exists (a schema a test left half-migrated differs here).
  const migrated = shape.includes('kysely_migration:')
    ? (
        await client.query<{ names: string }>(
          `SELECT string_agg(name, ',' ORDER BY name) AS names FROM "${schema}".kysely_migration`,
        )
      ).rows[0]?.names
    : '';
  return `${shape}|${migrated ?? ''}`;
}

/** The shape a freshly migrated schema has, read once per worker from one made for the purpose. */
async function shapeOfFreshSchema(): Promise<string> {
  const schema = `t_${RUN_MARK}_${randomBytes(6).toString('hex')}`;
  const db = await openDatabase({ databaseUrl: TEST_PG_URL, dataDir: tmpdir(), pgSchema: schema });
  await db.close();
  const client = new pg.Client({ connectionString: TEST_PG_URL });
  await client.connect();
  try {
    return await shapeOf(client, schema);
  } finally {
    await client.end();
    // Kept as this worker's first spare: it is exactly what a test would get from migrating.
    spareSchemas.push(schema);
  }
}

/** Drops every schema a run's workers kept for reuse (the run's global teardown calls this). */
export async function dropRunSchemas(runMark: string): Promise<number> {
  const client = new pg.Client({ connectionString: TEST_PG_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT nspname AS name FROM pg_namespace WHERE starts_with(nspname, $1)`,
      [`t_${runMark}_`],
    );
    await client.query('SELECT pg_advisory_lock($1)', [PG_SCHEMA_CHANGE_LOCK]);
    for (const { name } of rows) await client.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`);
    return rows.length;
  } finally {
    await client.end();
  }
}

/**
 * Puts a migrated, empty SQLite database in a fresh data folder, copied from one migrated once per
 * worker: the server then opens it as an up-to-date database instead of running every migration
 * (~0.1 s a test). Only for servers the harness starts on storage it made itself.
 */
export async function seedMigratedSqlite(dataDir: string): Promise<void> {
  migratedSqlite ??= migrateSqliteOnce();
  copyFileSync(await migratedSqlite, join(dataDir, 'kith.db'));
}

let migratedSqlite: Promise<string> | undefined;

async function migrateSqliteOnce(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'kith-migrated-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const db = await openDatabase({ databaseUrl: undefined, dataDir: dir });
  await db.close(); // the last connection's close checkpoints the WAL into the file and removes it
  const file = join(dir, 'kith.db');
  if (existsSync(`${file}-wal`)) throw new Error('the migrated SQLite template kept a WAL file');
  return file;
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
