import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { issueSetupTokenIfNeeded } from '../src/setup/service';
import { parseConfig } from '../src/config/config';
import { PG_SCHEMA_CHANGE_LOCK } from '../src/db/open';
import { systemClock } from '../src/platform/clock';
import { createLogger } from '../src/platform/logger';
import { startKith, type RunningKith } from '../src/server';
import { READY_PREFIX } from './ready';
import { ACCOUNT_SID, AUTH_TOKEN, COMMUNITY_NUMBER, jsonApi, PUBLIC_URL } from './shared';

/**
 * The real Kith server, in a process of its own so it gets a core to itself (the load generator
 * has the other). Arguments: `--postgres <url>` to use PostgreSQL in a throwaway schema.
 * Prints READY_PREFIX + its URL once the program is set up; shuts down and deletes everything
 * when its stdin closes (the parent ends it, or the parent died).
 */
const RESPONDERS = 20;
const LOG_LEVEL = 'warn';
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

const pgIndex = process.argv.indexOf('--postgres');
const databaseUrl = pgIndex >= 0 ? process.argv[pgIndex + 1] : undefined;
const dataDir = mkdtempSync(join(tmpdir(), 'kith-bench-'));
const pgSchema = databaseUrl ? `bench_${randomBytes(6).toString('hex')}` : undefined;
const logFile = join(dataDir, 'kith.log');

async function main(): Promise<void> {
  const config = parseConfig({
    KITH_DATA_DIR: dataDir,
    KITH_HOST: '127.0.0.1',
    KITH_PORT: '0',
    KITH_PUBLIC_URL: PUBLIC_URL,
    KITH_LOG_LEVEL: LOG_LEVEL,
    // The webhook makes no REST call; the ringing it starts is left out (see `webhookOnly`), so a closed port does.
    KITH_PROVIDER_API_URL: 'http://127.0.0.1:9',
    KITH_PROVIDER_ACCOUNT_SID: ACCOUNT_SID,
    KITH_PROVIDER_AUTH_TOKEN: AUTH_TOKEN,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  });
  // Warnings only, to a file: at 'info' every request writes a line, and we report what was logged.
  const logger = createLogger({ level: LOG_LEVEL, destination: pino.destination({ dest: logFile, sync: true }) });
  // No maintenance sweep: it would ask the (absent) provider about the calls left ringing.
  const kith = await startKith({
    config,
    clock: systemClock,
    logger,
    maintenanceIntervalMs: null,
    ...(pgSchema ? { pgSchema } : {}),
  });
  process.stdin.on('end', () => void shutdown(kith));
  process.stdin.resume();
  await setUpLine(kith);
  webhookOnly(kith);
  process.stdout.write(`${READY_PREFIX}${kith.address}\n`);
}

/** One program, one language (so the webhook goes straight to routing), 20 responders on call all week. */
async function setUpLine(kith: RunningKith): Promise<void> {
  const api = jsonApi(kith.address);
  const setupToken = await issueSetupTokenIfNeeded({ db: kith.ctx.db.kysely, clock: systemClock, keys: kith.ctx.keys });
  if (!setupToken) throw new Error('setup already done in a fresh database');
  const { token } = await api<{ token: string }>('POST', '/api/setup', {
    token: setupToken,
    programName: 'Bench Line',
    coordinator: { name: 'Coordinator' },
  });
  await api('PATCH', '/api/program', { phoneNumber: COMMUNITY_NUMBER, languages: ['en'] }, token);
  for (let n = 1; n <= RESPONDERS; n++) {
    const phone = `+1 202 555 01${String(n).padStart(2, '0')}`;
    // Some speak Spanish too, so the roster read returns the variety a real one would.
    const languages = n % 3 === 0 ? ['en', 'es'] : ['en'];
    const { id } = await api<{ id: string }>(
      'POST',
      '/api/responders',
      { name: `Responder ${n}`, phone, languages, roles: ['phone'] },
      token,
    );
    const tier = n <= RESPONDERS / 2 ? 'primary' : 'backup';
    for (const day of DAYS)
      await api(
        'POST',
        '/api/shifts/rules',
        { responderId: id, role: 'phone', tier, day, start: '00:00', end: '24:00' },
        token,
      );
  }
}

/**
 * The benchmark measures the incoming-call webhook. Since ringing begins with the disclosures, each call
 * also starts ringing the team in the background; here every request is a new call and the whole team is
 * always free, so each would try all 20 responders against the closed port (20 warnings, 40 leg writes,
 * ~9 ms of CPU per request): a cost no real line has, whose team is busy after the first call or two.
 * That ringing is left out here and counted; bench/surge.ts rings a simulated team and measures it.
 * Should the label change, the warnings come back and say so.
 */
const RINGING = 'ringing the team';
let ringingSkipped = 0;
function webhookOnly(kith: RunningKith): void {
  const background = kith.ctx.background;
  const run = background.run.bind(background);
  background.run = (what, task) => {
    if (what === RINGING) ringingSkipped += 1;
    else run(what, task);
  };
}

let stopping = false;
async function shutdown(kith: RunningKith | undefined): Promise<void> {
  if (stopping) return;
  stopping = true;
  try {
    await kith?.stop();
    await dropSchema();
    reportLog();
    if (ringingSkipped > 0)
      process.stderr.write(`kith: the ringing of ${ringingSkipped} call(s) was left out (webhook only)\n`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  process.exit(0);
}

async function dropSchema(): Promise<void> {
  if (!databaseUrl || !pgSchema) return;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query('SELECT pg_advisory_lock($1)', [PG_SCHEMA_CHANGE_LOCK]); // see src/db/open.ts
  await client.query(`DROP SCHEMA IF EXISTS "${pgSchema}" CASCADE`);
  await client.end();
}

/** Warnings during a benchmark mean something went wrong: say how many, and show the first. */
function reportLog(): void {
  let lines: string[];
  try {
    lines = readFileSync(logFile, 'utf8').split('\n').filter(Boolean);
  } catch {
    return;
  }
  if (lines.length > 0)
    process.stderr.write(`kith logged ${lines.length} line(s) at '${LOG_LEVEL}' or above; first: ${lines[0]}\n`);
}

main().catch(async (error: unknown) => {
  process.stderr.write(
    `kith bench server failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  await dropSchema().catch(() => undefined);
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(1);
});
