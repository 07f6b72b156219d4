import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { CheckpointOnDemand, Checkpointer } from './checkpointer';
import { truncateWal } from './erase';
import { openDatabase } from './open';
import type { Database } from './schema';

describe("SQLite's log, checkpointed off the server's thread", () => {
  const dirs: string[] = [];
  const closing: (() => unknown)[] = [];
  const fresh = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'kith-checkpoint-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(async () => {
    for (const close of closing.splice(0).reverse()) await close();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  /** A WAL database holding 64 pages of committed rows, all still in the log. */
  const written = (): { path: string; sqlite: SQLite.Database } => {
    const path = join(fresh(), 'kith.db');
    const sqlite = new SQLite(path);
    closing.push(() => sqlite.close());
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('busy_timeout = 0');
    sqlite.exec('CREATE TABLE t (x BLOB)');
    const insert = sqlite.prepare('INSERT INTO t VALUES (?)');
    for (let i = 0; i < 64; i += 1) insert.run(Buffer.alloc(4000, i));
    return { path, sqlite };
  };

  it("copies the log into the database file from a thread of its own, below the server connection's threshold", async () => {
    const { path } = written();
    const before = statSync(path).size;
    // Nothing copies it while nobody checkpoints: 64 pages are far below the 1,000 that trigger one.
    expect(before).toBeLessThan(64 * 4000);

    const checkpointer = Checkpointer.start(path, { everyMs: 10 });
    expect(checkpointer).toBeDefined();
    closing.push(() => checkpointer?.stop());
    await checkpointer?.started();
    expect(checkpointer?.threadId).toBeGreaterThan(0);
    expect(checkpointer?.threadId).not.toBe(threadId);
    await expect.poll(() => statSync(path).size, { timeout: 10_000 }).toBeGreaterThan(64 * 4000);
  });

  it('starts the thread only while the log is being written, and the thread ends itself once all is quiet', async () => {
    const { path, sqlite } = written();
    const told: boolean[] = [];
    const demand = new CheckpointOnDemand(path, (running) => told.push(running), {
      lookEveryMs: 40,
      busyAfterLooks: 2,
      thread: { idleExitMs: 200 },
    });
    closing.push(() => demand.stop());
    // Quiet: looked at several times, and no thread.
    await expect.poll(() => demand.looks, { timeout: 10_000 }).toBeGreaterThan(4);
    expect(demand.current).toBeUndefined();

    // Busy: a commit between every pair of looks starts one.
    const insert = sqlite.prepare('INSERT INTO t VALUES (?)');
    await expect
      .poll(
        () => {
          insert.run(Buffer.alloc(100, 1));
          return demand.current;
        },
        { timeout: 10_000, interval: 10 },
      )
      .toBeDefined();
    const thread = demand.current;
    await thread?.started();
    expect(thread?.threadId).not.toBe(threadId);
    expect(told).toEqual([true]);

    // Quiet again: it ends on its own, and the database goes on as before.
    await thread?.gone;
    await expect.poll(() => demand.current, { timeout: 10_000 }).toBeUndefined();
    expect(told).toEqual([true, false]);
    const count = () => (sqlite.prepare('SELECT count(*) AS n FROM t').get() as { n: number }).n;
    const before = count();
    insert.run(Buffer.alloc(100, 2));
    expect(count()).toBe(before + 1);
  });

  it("leaves the last connection, the server's, to remove the log when Kith closes the database", async () => {
    const dataDir = fresh();
    const db = await openDatabase({ databaseUrl: undefined, dataDir });
    await sql`CREATE TABLE t (x BLOB)`.execute(db.kysely);
    await sql`INSERT INTO t VALUES (${Buffer.alloc(4000, 7)})`.execute(db.kysely);
    expect(existsSync(join(dataDir, 'kith.db-wal'))).toBe(true);
    await db.close();
    expect(existsSync(join(dataDir, 'kith.db-wal'))).toBe(false);
  });

  it('empties the log after an erasure, and says so plainly when another connection keeps it from being emptied', async () => {
    const { path, sqlite } = written();
    const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    const reader = new SQLite(path);
    closing.push(() => reader.close());
    reader.exec('BEGIN');
    reader.prepare('SELECT count(*) FROM t').get();
    sqlite.exec('DELETE FROM t');

    await expect(truncateWal(kysely)).rejects.toThrow(/write-ahead log could not be emptied after erasing/);
    reader.exec('COMMIT');
    await truncateWal(kysely);
    expect(statSync(`${path}-wal`).size).toBe(0);
  });
});
