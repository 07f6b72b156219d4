import { createServer } from 'node:net';
import { randomInt } from 'node:crypto';
import sodium from 'libsodium-wrappers-sumo';
import { join } from 'node:path';
import pino from 'pino';
import { issueSetupTokenIfNeeded } from '../../src/setup/service';
import { parseConfig } from '../../src/config/config';
import { useArgonPolicyForTests, productionArgon, type ArgonPolicy } from '../../src/crypto/argon-policy';
import { ManualClock } from '../../src/platform/clock';
import { createLogger } from '../../src/platform/logger';
import type { HttpTimeouts } from '../../src/http/connections';
import { startKith, type RunningKith } from '../../src/server';
import type { PhoneProvider } from '../../src/telephony/provider';
import { freshStorage, seedMigratedSqlite, type DbKind, type TestStorage } from './databases';

export const PUBLIC_URL = 'https://line.example.org';
/** A Monday, 2026-11-23 15:00 UTC (10:00 in New York). */
export const T0 = Date.UTC(2026, 10, 23, 15, 0, 0);

export interface ApiResult<T = unknown> {
  status: number;
  body: T;
}

export interface TestKith {
  kind: DbKind;
  kith: RunningKith;
  clock: ManualClock;
  storage: TestStorage;
  /** Where this server's logs go, so privacy tests can read them back. */
  logFile: string;
  /** The real address (http://127.0.0.1:PORT). */
  url: string;
  api<T = unknown>(method: string, path: string, body?: unknown, token?: string): Promise<ApiResult<T>>;
  /** Completes first-run setup; returns the coordinator's token and ids. */
  setup(programName?: string): Promise<{ token: string; programId: string; coordinatorId: string }>;
  stop(): Promise<void>;
  /** Stops the server but keeps its data, then starts a new server on the same storage (a restart). */
  restart(): Promise<TestKith>;
}

export interface TestKithOptions {
  clock?: ManualClock;
  provider?: PhoneProvider;
  storage?: TestStorage;
  env?: Record<string, string>;
  /** Internal: whether stop() removes the storage (true when this server made it). */
  ownsStorage?: boolean;
  /** Live event streams' heartbeat (the server's default is 20 s). */
  liveHeartbeatMs?: number;
  /** Server timeouts (the server's default is HTTP_TIMEOUTS in src/http/connections.ts). */
  timeouts?: HttpTimeouts;
  /**
   * Serve with KITH_PUBLIC_URL set to the server's own loopback address, so a real browser's
   * `Origin` matches (the console's sign-in and CSRF checks compare it with the public URL).
   */
  ownAddress?: boolean;
  /**
   * Hand out and accept Argon2id at libsodium's minimum (1 pass, 8 KiB) instead of production's
   * moderate (seconds and 256 MiB per derivation): for tests that sign in through a real browser
   * again and again. What they assert does not depend on the cost; the tests that check the
   * production parameters (sessions.api, invites.api, sign-in's first browser test) leave it off.
   */
  cheapArgon?: boolean;
  /** Let web push go to a push service on loopback over plain HTTP (the test's own). */
  pushOverLoopback?: boolean;
}

/** What `cheapArgon` servers use: see TestKithOptions.cheapArgon. */
export function cheapArgon(): ArgonPolicy {
  const cheapest = { opslimit: sodium.crypto_pwhash_OPSLIMIT_MIN, memlimit: sodium.crypto_pwhash_MEMLIMIT_MIN };
  return { ...productionArgon(), enrol: cheapest, min: cheapest };
}

/** Starts a real Kith server over HTTP on loopback, with a manual clock and logs captured to a file. */
export async function startTestKith(kind: DbKind, options: TestKithOptions = {}): Promise<TestKith> {
  const storage = options.storage ?? freshStorage(kind);
  if (!options.storage && kind === 'sqlite') await seedMigratedSqlite(storage.dataDir);
  const ownsStorage = options.ownsStorage ?? !options.storage;
  const clock = options.clock ?? new ManualClock(T0);
  const port = options.ownAddress ? await freePort() : 0;
  // The policy is per process; each server started here sets it, so one without the flag is production's.
  await sodium.ready;
  useArgonPolicyForTests(options.cheapArgon ? cheapArgon() : undefined);
  const config = parseConfig({
    KITH_DATA_DIR: storage.dataDir,
    KITH_PORT: String(port),
    KITH_PUBLIC_URL: options.ownAddress ? `http://127.0.0.1:${port}` : PUBLIC_URL,
    KITH_LOG_LEVEL: 'debug',
    ...(storage.databaseUrl ? { DATABASE_URL: storage.databaseUrl } : {}),
    ...options.env,
  });
  const logFile = join(storage.dataDir, 'kith.log');
  const logger = createLogger({
    level: 'debug',
    destination: pino.destination({ dest: logFile, sync: true, append: true }),
  });
  const kith = await startKith({
    config,
    clock,
    logger,
    ...(options.provider ? { provider: options.provider } : {}),
    ...(storage.pgSchema ? { pgSchema: storage.pgSchema } : {}),
    maintenanceIntervalMs: null,
    ...(options.liveHeartbeatMs === undefined ? {} : { liveHeartbeatMs: options.liveHeartbeatMs }),
    ...(options.timeouts === undefined ? {} : { timeouts: options.timeouts }),
    ...(options.pushOverLoopback ? { pushOverLoopback: true } : {}),
  });
  const url = kith.address;

  const api = async <T>(method: string, path: string, body?: unknown, token?: string): Promise<ApiResult<T>> => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
  };

  const self: TestKith = {
    kind,
    kith,
    clock,
    storage,
    logFile,
    url,
    api,
    async setup(programName = 'Test Line') {
      const setupToken = await issueSetupTokenIfNeeded({ db: kith.ctx.db.kysely, clock, keys: kith.ctx.keys });
      if (!setupToken) throw new Error('setup already done');
      const result = await api<{ token: string; programId: string; responderId: string }>('POST', '/api/setup', {
        token: setupToken,
        programName,
        coordinator: { name: 'Coordinator' },
      });
      if (result.status !== 201) throw new Error(`setup failed: ${result.status} ${JSON.stringify(result.body)}`);
      return { token: result.body.token, programId: result.body.programId, coordinatorId: result.body.responderId };
    },
    async stop() {
      await kith.stop();
      if (ownsStorage) await storage.cleanup();
    },
    async restart() {
      await kith.stop();
      return startTestKith(kind, { ...options, clock, storage, ownsStorage });
    },
  };
  return self;
}

/**
 * A port that is free now and stays free: drawn below the kernel's ephemeral range (32768 and up on
 * Linux), which every `listen(0)` and outgoing connection draws from. A port the kernel had just
 * handed out could be handed out again (to the simulator, a browser's socket, a database
 * connection) before the server listened on it: a clean-clone run failed that way (EADDRINUSE).
 */
export async function freePort(): Promise<number> {
  for (let tries = 0; tries < 100; tries += 1) {
    const port = 20_000 + randomInt(12_000);
    if (await listensOn(port)) return port;
  }
  throw new Error('no free port between 20000 and 32000');
}

function listensOn(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}
