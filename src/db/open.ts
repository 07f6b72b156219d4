import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql, type Migration, type MigrationProvider } from 'kysely';
import * as core from './migrations/001_core';
import * as signIn from './migrations/002_sign_in';
import * as consoleMigration from './migrations/003_console';
import * as passkeys from './migrations/004_passkeys';
import * as passkeyJoin from './migrations/005_passkey_join';
import * as conversations from './migrations/006_conversations';
import * as retention from './migrations/007_retention';
import * as accessRecords from './migrations/008_access_records';
import * as providerCallDeletions from './migrations/009_provider_call_deletions';
import * as dispatch from './migrations/010_dispatch';
import * as checkInCalls from './migrations/011_check_in_calls';
import * as fieldSessions from './migrations/012_field_sessions';
import * as callHeldAt from './migrations/013_call_held_at';
import * as routingStamp from './migrations/014_routing_stamp';
import * as queueKeys from './migrations/015_queue_keys';
import * as deviceEpoch from './migrations/016_device_epoch';
import * as restAndCare from './migrations/017_rest_and_care';
import * as rota from './migrations/018_rota';
import * as members from './migrations/019_members';
import * as briefing from './migrations/020_briefing';
import * as swaps from './migrations/021_swaps';
import * as memberPlans from './migrations/022_member_plans';
import * as memberKeys from './migrations/023_member_keys';
import * as shiftNotes from './migrations/024_shift_notes';
import * as memberPlaces from './migrations/027_member_places';
import * as aliasHeld from './migrations/028_alias_held';
import type { Database } from './schema';
import { BACKSTOP_WHILE_THREAD_RUNS, CheckpointOnDemand } from './checkpointer';
import { withStatementCache } from './statement-cache';

export type Dialect = 'sqlite' | 'postgres';

export interface Db {
  readonly kysely: Kysely<Database>;
  readonly dialect: Dialect;
  /** Path of the SQLite file, for tools that must inspect or checkpoint it. */
  readonly sqlitePath: string | undefined;
  /** SQLite: starts the thread that checkpoints its write-ahead log while the line is busy. */
  readonly checkpointer?: CheckpointOnDemand | undefined;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** `postgres://…`, or undefined for SQLite in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** PostgreSQL schema to use (tests isolate themselves in one each). */
  pgSchema?: string;
}

export async function openDatabase(options: OpenOptions): Promise<Db> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.pgSchema);
  const db = openSqlite(options.dataDir);
  await migrate(db.kysely, undefined);
  return db;
}

function openSqlite(dataDir: string): Db {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const path = join(dataDir, 'kith.db');
  const sqlite = new SQLite(path);
  sqlite.pragma('journal_mode = WAL');
  // Deleted rows are overwritten with zeros, so erased data is not left in free pages.
  sqlite.pragma('secure_delete = ON');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
  const problems = erasureProblems(sqlite);
  if (problems.length > 0) {
    sqlite.close();
    throw new Error(`Kith will not store data in ${path}: ${problems.join('; ')}`);
  }
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  const checkpointer = new CheckpointOnDemand(path, (running) =>
    sqlite.pragma(`wal_autocheckpoint = ${running ? BACKSTOP_WHILE_THREAD_RUNS : WAL_AUTOCHECKPOINT_PAGES}`),
  );
  return {
    kysely,
    dialect: 'sqlite',
    sqlitePath: path,
    checkpointer,
    close: async () => {
      await checkpointer.stop();
      await kysely.destroy();
    },
  };
}

/**
 * SQLite's own default; stated so that a build with another default cannot change it unnoticed. While
 * the checkpointer's thread runs it is raised out of the way (checkpointer.ts): it counts the log's
 * pages, copied or not, so a log that had not yet started again from the top made the server's
 * connection checkpoint after every commit, on the thread answering calls.
 */
const WAL_AUTOCHECKPOINT_PAGES = 1000;

/**
 * What erasure on SQLite rests on, checked on the open connection rather than assumed from the
 * pragmas sent: a file system without shared memory silently keeps the rollback journal, and a
 * build may refuse secure_delete. Without secure_delete freed pages keep deleted rows; without
 * WAL (and checkpoints that can truncate it) old pages survive in a journal Kith never empties.
 * Empty when all is in force; otherwise each problem in words.
 */
export function erasureProblems(sqlite: SQLite.Database): string[] {
  const problems: string[] = [];
  if (sqlite.pragma('secure_delete', { simple: true }) !== 1)
    problems.push('secure_delete is off (deleted rows would stay in free pages)');
  const mode = String(sqlite.pragma('journal_mode', { simple: true }));
  if (mode !== 'wal')
    problems.push(`the journal mode is "${mode}", not WAL (the file system may not support it; use a local disk)`);
  else {
    // A truncating checkpoint must be possible now: another process holding the file open for
    // reading would keep old pages in the -wal file after every purge.
    const [result] = sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    if (result === undefined || result.busy !== 0)
      problems.push('a WAL checkpoint could not truncate the log (is another program holding the database open?)');
  }
  const autocheckpoint = Number(sqlite.pragma('wal_autocheckpoint', { simple: true }));
  if (!(autocheckpoint > 0)) problems.push('WAL checkpoints are turned off (wal_autocheckpoint is 0)');
  return problems;
}

/**
 * A PostgreSQL advisory lock held while the schema is created and migrated (and by anything else that
 * changes schemas, such as the tests' cleanup). Two instances starting at once must not migrate
 * together, and Kysely's introspection (`has_table_privilege` over every schema in the database)
 * fails with "schema … does not exist" if another session drops a schema mid-query.
 */
export const PG_SCHEMA_CHANGE_LOCK = 7_140_203;

async function openPostgres(url: string, schema: string | undefined): Promise<Db> {
  // Loaded only here: a line on SQLite never pays for the PostgreSQL driver at start.
  const { default: pg } = await import('pg');
  // Postgres returns int8 as strings by default; our bigint columns hold epoch milliseconds,
  // which are exact in a JS number until the year 287396.
  pg.types.setTypeParser(20, (value) => Number.parseInt(value, 10));
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [PG_SCHEMA_CHANGE_LOCK]);
    try {
      if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
      await migrate(kysely, schema);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [PG_SCHEMA_CHANGE_LOCK]);
    }
  } catch (error) {
    client.release();
    await kysely.destroy();
    throw error;
  }
  client.release();
  return { kysely, dialect: 'postgres', sqlitePath: undefined, close: () => kysely.destroy() };
}

const MIGRATIONS: Record<string, Migration> = {
  '001_core': core,
  '002_sign_in': signIn,
  '003_console': consoleMigration,
  '004_passkeys': passkeys,
  '005_passkey_join': passkeyJoin,
  '006_conversations': conversations,
  '007_retention': retention,
  '008_access_records': accessRecords,
  '009_provider_call_deletions': providerCallDeletions,
  '010_dispatch': dispatch,
  '011_check_in_calls': checkInCalls,
  '012_field_sessions': fieldSessions,
  '013_call_held_at': callHeldAt,
  '014_routing_stamp': routingStamp,
  '015_queue_keys': queueKeys,
  '016_device_epoch': deviceEpoch,
  '017_rest_and_care': restAndCare,
  '018_rota': rota,
  '019_members': members,
  '020_briefing': briefing,
  '021_swaps': swaps,
  '022_member_plans': memberPlans,
  '023_member_keys': memberKeys,
  '024_shift_notes': shiftNotes,
  '027_member_places': memberPlaces,
  '028_alias_held': aliasHeld,
};

/** The newest migration's name (they run in name order), e.g. to tell which Kith made a backup. */
export const LATEST_MIGRATION = Object.keys(MIGRATIONS).sort().at(-1) ?? '';

class StaticMigrations implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return MIGRATIONS;
  }
}

async function migrate(kysely: Kysely<Database>, pgSchema: string | undefined): Promise<void> {
  if (await alreadyMigrated(kysely, pgSchema)) return;
  // Kysely looks for its bookkeeping tables in any schema unless told which one is ours.
  const migrator = new Migrator({
    db: kysely,
    provider: new StaticMigrations(),
    ...(pgSchema ? { migrationTableSchema: pgSchema } : {}),
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error('database migration failed');
}

/**
 * True when the database holds exactly this Kith's migrations, read in one query. Kysely's migrator
 * first introspects the tables of every schema the server holds, which on a PostgreSQL server shared
 * with others (or the tests' many schemas) made each start of an up-to-date database cost ~0.4 s.
 * Anything else — no bookkeeping table yet, a missing or unknown migration — goes to the migrator.
 */
async function alreadyMigrated(kysely: Kysely<Database>, pgSchema: string | undefined): Promise<boolean> {
  const table = pgSchema ? sql.table(`${pgSchema}.kysely_migration`) : sql.table('kysely_migration');
  try {
    const { rows } = await sql<{ name: string }>`select name from ${table}`.execute(kysely);
    const known = Object.keys(MIGRATIONS);
    return rows.length === known.length && rows.every((row) => Object.hasOwn(MIGRATIONS, row.name));
  } catch {
    return false;
  }
}

/** True when a write failed on a UNIQUE constraint, in either database. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505';
}

/** Runs a write, turning a UNIQUE violation into the domain error that explains it. */
export async function refusingDuplicates<T>(write: () => Promise<T>, conflict: () => Error): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict();
    throw error;
  }
}
