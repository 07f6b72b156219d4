import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { erasureProblems, openDatabase } from './open';

describe('SQLite erasure settings', () => {
  const dirs: string[] = [];
  const connections: SQLite.Database[] = [];
  const fresh = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'kith-open-'));
    dirs.push(dir);
    return dir;
  };
  const connect = (path: string): SQLite.Database => {
    const connection = new SQLite(path);
    connections.push(connection);
    return connection;
  };
  afterEach(() => {
    for (const connection of connections.splice(0)) connection.close();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('opens with secure_delete, WAL and checkpoints in force, and finds nothing wrong', async () => {
    const dataDir = fresh();
    const db = await openDatabase({ databaseUrl: undefined, dataDir });
    try {
      const { rows } = await sql<{ secure_delete: number }>`PRAGMA secure_delete`.execute(db.kysely);
      expect(rows[0]?.secure_delete).toBe(1);
      const mode = await sql<{ journal_mode: string }>`PRAGMA journal_mode`.execute(db.kysely);
      expect(mode.rows[0]?.journal_mode).toBe('wal');
    } finally {
      await db.close();
    }
  });

  it('names each setting that is not in force', () => {
    const sqlite = connect(join(fresh(), 'plain.db'));
    sqlite.pragma('journal_mode = DELETE');
    sqlite.pragma('secure_delete = OFF');
    const problems = erasureProblems(sqlite);
    expect(problems).toHaveLength(2);
    expect(problems.join(' ')).toContain('secure_delete is off');
    expect(problems.join(' ')).toContain('"delete", not WAL');
  });

  it('refuses when checkpoints are off, or when another program keeps the log from being truncated', () => {
    const path = join(fresh(), 'kith.db');
    const sqlite = connect(path);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('secure_delete = ON');
    sqlite.pragma('busy_timeout = 0');
    sqlite.exec('CREATE TABLE t (x TEXT); INSERT INTO t VALUES (1)');
    expect(erasureProblems(sqlite)).toEqual([]);

    sqlite.pragma('wal_autocheckpoint = 0');
    expect(erasureProblems(sqlite)).toEqual(['WAL checkpoints are turned off (wal_autocheckpoint is 0)']);
    sqlite.pragma('wal_autocheckpoint = 1000');

    // Another program mid-read: a truncating checkpoint cannot complete while it holds its snapshot.
    sqlite.exec('INSERT INTO t VALUES (2)');
    const reader = connect(path);
    reader.exec('BEGIN');
    reader.prepare('SELECT count(*) FROM t').get();
    sqlite.exec('INSERT INTO t VALUES (3)');
    expect(erasureProblems(sqlite).join(' ')).toContain('could not truncate the log');
    reader.exec('COMMIT');
    expect(erasureProblems(sqlite)).toEqual([]);
  });
});
