import pino from 'pino';
import { issueSetupTokenIfNeeded } from '../../src/setup/service';
import { parseConfig } from '../../src/config/config';
import { systemClock } from '../../src/platform/clock';
import { createLogger } from '../../src/platform/logger';
import { startKith } from '../../src/server';
import { LOAD_READY_PREFIX, type ChildSettings } from './shared';

/**
 * A real Kith in a process of its own, so the load test can `kill -9` it and start it again on the
 * same storage and port (modelled on bench/kith-server.ts). Its settings arrive as JSON in argv[2].
 * Unlike the benchmark's server it never deletes anything: the storage must outlive a SIGKILL, and
 * the test process owns and removes it. Prints LOAD_READY_PREFIX + its URL + a one-time setup token
 * (or "-" when setup was already done, as after a restart).
 */
const LOG_LEVEL = 'warn';

async function main(): Promise<void> {
  const settings = JSON.parse(process.argv[2] ?? '{}') as ChildSettings;
  const config = parseConfig({
    KITH_DATA_DIR: settings.dataDir,
    KITH_HOST: '127.0.0.1',
    KITH_PORT: String(settings.port),
    KITH_PUBLIC_URL: settings.publicUrl,
    KITH_LOG_LEVEL: LOG_LEVEL,
    KITH_PROVIDER_API_URL: settings.providerApiUrl,
    KITH_PROVIDER_ACCOUNT_SID: settings.accountSid,
    KITH_PROVIDER_AUTH_TOKEN: settings.authToken,
    ...(settings.databaseUrl ? { DATABASE_URL: settings.databaseUrl } : {}),
  });
  // Warnings only, appended to one file across restarts, so the test can check that it names no one.
  const logger = createLogger({
    level: LOG_LEVEL,
    destination: pino.destination({ dest: settings.logFile, sync: true, append: true }),
  });
  // The default maintenance interval: the texting sweep runs at start, which is what sends alerts
  // owed by a conversation stored just before a crash.
  const kith = await startKith({
    config,
    clock: systemClock,
    logger,
    ...(settings.pgSchema ? { pgSchema: settings.pgSchema } : {}),
  });
  const setupToken = await issueSetupTokenIfNeeded({ db: kith.ctx.db.kysely, clock: systemClock, keys: kith.ctx.keys });
  // A graceful stop when the parent closes our stdin (end of test, or the parent died).
  process.stdin.on('end', () => {
    void kith.stop().finally(() => process.exit(0));
  });
  process.stdin.resume();
  process.stdout.write(`${LOAD_READY_PREFIX}${kith.address} ${setupToken ?? '-'}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `kith load child failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
