import type { FastifyInstance } from 'fastify';
import type { HttpTimeouts } from './http/connections';
import type { Config } from './config/config';
import type { AppContext } from './context';
import { loadServerKeys } from './crypto/server-keys';
import { openDatabase } from './db/open';
import { buildApp } from './app';
import { openLiveHub } from './live/open';
import { RoutingCache } from './calls/routing-cache';
import type { Clock } from './platform/clock';
import type { Logger } from './platform/logger';
import type { PhoneProvider } from './telephony/provider';
import { TwilioRestProvider } from './telephony/twilio/rest';
import { startMaintenance, type Maintenance } from './calls/maintenance';
import { textDepsOf } from './conversations/deps';
import { startConversationSweeps } from './conversations/sweep';
import { startDispatchSweeps } from './dispatch/sweep';
import { dispatchDepsOf } from './dispatch/types';
import { startProviderDeletions } from './provider-copies/sweep';
import { startCareSweep } from './care/sweep';
import { startMemberSweeps } from './members/sweep';
import { rotaDepsOf } from './rota/deps';
import { startRotaSweep } from './rota/sweep';
import { BackgroundWork } from './platform/background';
import { PURGE_INTERVAL_MS, purgeDepsOf, startRetentionPurge } from './retention/purge';

export interface RunningKith {
  readonly app: FastifyInstance;
  readonly ctx: AppContext;
  /** The address the server actually listens on (useful with port 0). */
  readonly address: string;
  stop(): Promise<void>;
}

export interface StartOptions {
  config: Config;
  clock: Clock;
  logger: Logger;
  /** Overrides the provider built from config (the demo and tests pass the simulator's). */
  provider?: PhoneProvider;
  /** PostgreSQL schema, for test isolation. */
  pgSchema?: string;
  /** Tests drive recovery themselves; production sweeps every minute. */
  maintenanceIntervalMs?: number | null;
  /** Live event streams' heartbeat (default 20 s); tests shorten it. */
  liveHeartbeatMs?: number;
  /** Server timeouts (default HTTP_TIMEOUTS, http/connections.ts); tests shorten them. */
  timeouts?: HttpTimeouts;
  /** Tests only: web push to a push service on loopback (src/rota/deps.ts). */
  pushOverLoopback?: boolean;
}

/**
 * Why `startKith` failed, in one plain line an operator can act on, when the cause is the address
 * it was told to listen on; undefined for anything else (a bug keeps its stack).
 */
export function startProblem(error: unknown, config: Pick<Config, 'host' | 'port'>): string | undefined {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  const where = `${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`;
  const choose = 'choose another address with KITH_PORT (and KITH_HOST), e.g. KITH_PORT=8081 npm start';
  if (code === 'EADDRINUSE')
    return `Kith cannot start: ${where} is already in use (another program, or another Kith, listens there). Stop it, or ${choose}.`;
  if (code === 'EACCES')
    return `Kith cannot start: this user may not listen on ${where} (ports below 1024 need privileges). Run it as a user who may, or ${choose}.`;
  if (code === 'EADDRNOTAVAIL')
    return `Kith cannot start: ${config.host} is not an address of this machine. Check KITH_HOST, or ${choose}.`;
  return undefined;
}

/** Opens the database, keys and provider, then serves HTTP. Shared by `main`, the demo and tests. */
export async function startKith(options: StartOptions): Promise<RunningKith> {
  const { config, clock, logger } = options;
  const db = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    ...(options.pgSchema ? { pgSchema: options.pgSchema } : {}),
  });
  const keys = await loadServerKeys({ secretKey: config.secretKey, dataDir: config.dataDir });
  const provider =
    options.provider ?? (config.provider ? new TwilioRestProvider(config.provider, config.publicUrl) : undefined);
  const live = await openLiveHub({ db, databaseUrl: config.databaseUrl, logger });
  const background = new BackgroundWork(logger);
  const routing = new RoutingCache();
  routing.listenTo(live);
  const ctx: AppContext = {
    config,
    db,
    clock,
    keys,
    logger,
    live,
    routing,
    provider,
    background,
    ...(options.pushOverLoopback ? { pushOverLoopback: true } : {}),
  };
  const app = await buildApp(ctx, {
    ...(options.liveHeartbeatMs === undefined ? {} : { live: { heartbeatMs: options.liveHeartbeatMs } }),
    ...(options.timeouts === undefined ? {} : { timeouts: options.timeouts }),
  });
  const address = await app.listen({ host: config.host, port: config.port });
  let maintenance: Maintenance | undefined;
  let sweeps: Maintenance | undefined;
  let purge: Maintenance | undefined;
  let providerDeletions: Maintenance | undefined;
  let dispatch: Maintenance | undefined;
  let care: Maintenance | undefined;
  let members: Maintenance | undefined;
  let rota: Maintenance | undefined;
  const interval = options.maintenanceIntervalMs === undefined ? 60_000 : options.maintenanceIntervalMs;
  if (interval !== null) {
    maintenance = startMaintenance(ctx, interval);
    // Texting timers count in minutes: a half-minute sweep keeps them within one of the setting.
    sweeps = startConversationSweeps(textDepsOf(ctx), Math.min(interval, 30_000));
    // Dispatch timers (asks, the form deadline, check-ins) count in minutes too: the same half-minute.
    dispatch = startDispatchSweeps(dispatchDepsOf(ctx), Math.min(interval, 30_000));
    // Retention counts in days: every ten minutes is plenty, and it runs at start to catch up.
    purge = startRetentionPurge(purgeDepsOf(ctx), Math.max(interval, PURGE_INTERVAL_MS));
    // Texts' and call records' copies at the provider: its own job, so a line that never texts
    // still has its call records deleted. Waits count in minutes, like the recovery sweep.
    if (provider) providerDeletions = startProviderDeletions(ctx, interval);
    // Follow-up reminders and erasing a number no follow-up needs: minutes matter, like texting's timers.
    care = startCareSweep(dispatchDepsOf(ctx), Math.min(interval, 30_000));
    // Members' check-ins: deadlines in minutes, like texting's timers.
    members = startMemberSweeps(textDepsOf(ctx), Math.min(interval, 30_000));
    // Shift reminders and coverage alerts: minutes matter (a reminder 30 minutes before).
    rota = startRotaSweep(rotaDepsOf(ctx), Math.min(interval, 30_000));
  }
  return {
    app,
    ctx,
    address,
    async stop() {
      maintenance?.stop();
      sweeps?.stop();
      dispatch?.stop();
      purge?.stop();
      providerDeletions?.stop();
      care?.stop();
      members?.stop();
      rota?.stop();
      // The server ends its open event streams as it closes (see live/routes.ts), then the hub goes.
      await app.close();
      // Requests to the provider still in flight (a hang-up, a redirect) finish before storage closes.
      await background.idle();
      await live.close();
      await db.close();
    },
  };
}
