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
 * has the other). Arguments: `--postgres <url>` to use PostgreSQL in a throwaway schema; `--care` to
 * turn on a rest rule and the shift-start briefing on the same rota (see `turnOnCare`).
 * Prints READY_PREFIX + its URL once the program is set up; shuts down and deletes everything
 * when its stdin closes (the parent ends it, or the parent died).
 */
const RESPONDERS = 20;
const LOG_LEVEL = 'warn';
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

const pgIndex = process.argv.indexOf('--postgres');
const databaseUrl = pgIndex >= 0 ? process.argv[pgIndex + 1] : undefined;
const care = process.argv.includes('--care');
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
  const line = await setUpLine(kith);
  if (care) await turnOnCare(kith, line);
  webhookOnly(kith);
  process.stdout.write(`${READY_PREFIX}${kith.address}\n`);
}

/** One program, one language (so the webhook goes straight to routing), 20 responders on call all week. */
async function setUpLine(kith: RunningKith): Promise<{ token: string; responders: string[] }> {
  const api = jsonApi(kith.address);
  const setupToken = await issueSetupTokenIfNeeded({ db: kith.ctx.db.kysely, clock: systemClock, keys: kith.ctx.keys });
  if (!setupToken) throw new Error('setup already done in a fresh database');
  const { token } = await api<{ token: string }>('POST', '/api/setup', {
    token: setupToken,
    programName: 'Bench Line',
    coordinator: { name: 'Coordinator' },
  });
  await api('PATCH', '/api/program', { phoneNumber: COMMUNITY_NUMBER, languages: ['en'] }, token);
  const responders: string[] = [];
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
    responders.push(id);
    const tier = n <= RESPONDERS / 2 ? 'primary' : 'backup';
    for (const day of DAYS)
      await api(
        'POST',
        '/api/shifts/rules',
        { responderId: id, role: 'phone', tier, day, start: '00:00', end: '24:00' },
        token,
      );
  }
  return { token, responders };
}

/**
 * The ring-time checks on (bench/ring-checks.ts): an 11-hour rest between stretches (the one rest rule
 * this round-the-clock rota keeps, so it is judged for everyone on every call and skips nobody; the
 * week and stretch limits would skip all 20) and an emergency plan to read again every 3 shifts, which
 * every other responder has read: the router skips the 10 who have not, and rings 5 primary, 5 backup.
 */
async function turnOnCare(kith: RunningKith, line: { token: string; responders: string[] }): Promise<void> {
  const api = jsonApi(kith.address);
  await api('PATCH', '/api/program', { care: { restHours: 11 } }, line.token);
  const plan = await api<{ version: number }>(
    'PUT',
    '/api/program/plan',
    { text: 'If a call goes wrong: stay on the line, call the coordinator on call, never the police.', everyShifts: 3 },
    line.token,
  );
  for (const [i, responderId] of line.responders.entries()) {
    if (i % 2 === 1) continue;
    const { token } = await api<{ token: string }>('POST', '/api/tokens', { responderId, label: 'bench' }, line.token);
    await api('POST', '/api/me/briefing', { version: plan.version }, token);
  }
  // The half that has read it, as the coordinators' list says: otherwise the figure is not what it says.
  const team = await api<{ people: { version: number }[] }>('GET', '/api/program/briefings', undefined, line.token);
  const read = team.people.filter((p) => p.version === plan.version).length;
  if (read !== RESPONDERS / 2) throw new Error(`${read} of ${team.people.length} read the plan, not ${RESPONDERS / 2}`);
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
