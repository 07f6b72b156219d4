import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_KINDS, openTestDatabase, TEST_PG_URL } from '../../test/support/databases';
import { createLogger } from '../platform/logger';
import type { LiveEvent, LiveHub } from './hub';
import { openLiveHub } from './open';
import { liveChannel, PostgresLiveHub } from './postgres-hub';

const logger = createLogger({ level: 'silent' });

/** Everything one subscriber heard, with a way to wait (never a timed assertion) for more. */
function recorder(hub: LiveHub, programId: string) {
  const heard: LiveEvent[] = [];
  const waiting = new Set<() => void>();
  const unsubscribe = hub.subscribe(programId, (event) => {
    heard.push(event);
    for (const w of [...waiting]) w();
  });
  const waitFor = (topic: string, count = 1, timeoutMs = 5000) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (heard.filter((e) => e.topic === topic).length < count) return;
        waiting.delete(check);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        waiting.delete(check);
        reject(new Error(`waited for ${count} × ${topic}; heard ${heard.map((e) => e.topic).join(', ') || 'nothing'}`));
      }, timeoutMs);
      waiting.add(check);
      check();
    });
  return { heard, waitFor, unsubscribe, topics: () => heard.map((e) => e.topic) };
}

describe.each(DB_KINDS)('live hub (%s)', (kind) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function hubOn(coalesceMs?: number) {
    const opened = await openTestDatabase(kind);
    const hub = await openLiveHub({
      db: opened.db,
      databaseUrl: opened.storage.databaseUrl,
      logger,
      ...(coalesceMs === undefined ? {} : { coalesceMs }),
    });
    cleanups.push(async () => {
      await hub.close();
      await opened.close();
    });
    return { hub, storage: opened.storage };
  }

  it('uses LISTEN/NOTIFY on PostgreSQL and stays in process on SQLite', async () => {
    const { hub } = await hubOn();
    expect(hub instanceof PostgresLiveHub).toBe(kind === 'postgres');
  });

  it('coalesces a burst of one topic into one event, keeps topics apart, and keeps programs apart', async () => {
    // A wide window, so that a slow machine still sees the burst as one.
    const { hub } = await hubOn(300);
    const mine = recorder(hub, 'prog_a');
    const theirs = recorder(hub, 'prog_b');
    for (let i = 0; i < 5; i++) hub.publish('prog_a', 'calls');
    hub.publish('prog_a', 'roster');
    await mine.waitFor('calls');
    await mine.waitFor('roster');
    // A later event in the same program is the sentinel: had the burst delivered twice, the second would be here by now.
    hub.publish('prog_a', 'shifts');
    await mine.waitFor('shifts');
    expect(mine.topics().filter((t) => t === 'calls')).toHaveLength(1);
    expect(mine.topics().sort()).toEqual(['calls', 'roster', 'shifts']);
    expect(theirs.heard).toEqual([]);
    // A change after the window is a new event.
    hub.publish('prog_a', 'calls');
    await mine.waitFor('calls', 2);
  });

  it('stops delivering to a subscriber that unsubscribed', async () => {
    const { hub } = await hubOn(10);
    const gone = recorder(hub, 'prog_a');
    const stays = recorder(hub, 'prog_a');
    gone.unsubscribe();
    hub.publish('prog_a', 'program');
    await stays.waitFor('program');
    expect(gone.heard).toEqual([]);
  });
});

describe('live hub across instances (postgres)', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function twoOnOneSchema() {
    const opened = await openTestDatabase('postgres');
    const open = () =>
      PostgresLiveHub.open({
        connectionString: TEST_PG_URL,
        kysely: opened.db.kysely,
        logger,
        coalesceMs: 20,
        backoff: { firstMs: 50, maxMs: 500 },
      });
    const one = await open();
    const two = await open();
    cleanups.push(async () => {
      await one.close();
      await two.close();
      await opened.close();
    });
    return { one, two, schema: opened.storage.pgSchema ?? '' };
  }

  it('an event published by one instance reaches subscribers of both; another schema hears nothing', async () => {
    const { one, two } = await twoOnOneSchema();
    const elsewhere = await twoOnOneSchema();
    const onOne = recorder(one, 'prog_a');
    const onTwo = recorder(two, 'prog_a');
    const otherSchema = recorder(elsewhere.two, 'prog_a');
    one.publish('prog_a', 'shifts');
    await onTwo.waitFor('shifts');
    await onOne.waitFor('shifts');
    elsewhere.one.publish('prog_a', 'roster');
    await otherSchema.waitFor('roster');
    // A sentinel on this schema: a roster event that crossed over would have arrived before it.
    two.publish('prog_a', 'program');
    await onOne.waitFor('program');
    await onTwo.waitFor('program');
    expect(onOne.topics()).toEqual(['shifts', 'program']);
    expect(onTwo.topics()).toEqual(['shifts', 'program']);
    expect(otherSchema.topics()).toEqual(['roster']);
    expect(one.channel).not.toBe(elsewhere.one.channel);
  });

  it('survives its LISTEN connection being killed: says resync, then delivers again', async () => {
    const { one, two } = await twoOnOneSchema();
    const onTwo = recorder(two, 'prog_a');
    const admin = new pg.Client({ connectionString: TEST_PG_URL });
    await admin.connect();
    try {
      const killed = await admin.query(
        'select pg_terminate_backend(pid) as ok from pg_stat_activity where application_name = $1 and pid <> pg_backend_pid()',
        [two.channel],
      );
      expect(killed.rowCount).toBeGreaterThanOrEqual(1);
    } finally {
      await admin.end();
    }
    await onTwo.waitFor('resync');
    one.publish('prog_a', 'calls');
    await onTwo.waitFor('calls');
    expect(onTwo.topics()).toEqual(['resync', 'calls']);
  });

  it('names its channel after the schema, so parallel schemas never cross-talk', () => {
    expect(liveChannel('t_abc')).toMatch(/^kith_live_[0-9a-f]{16}$/);
    expect(liveChannel('t_abc')).not.toBe(liveChannel('t_abd'));
  });
});
