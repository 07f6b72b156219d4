import type { Kysely } from 'kysely';
import type { ServerKeys } from '../crypto/server-keys';
import type { Database } from '../db/schema';
import type { LiveHub } from '../live/hub';
import type { BackgroundWork } from '../platform/background';
import type { Clock } from '../platform/clock';
import { DomainError } from '../platform/errors';
import type { Logger } from '../platform/logger';
import type { VoiceProvider } from '../telephony/provider';
import type { RoutingCache } from './routing-cache';

/** What the call domain needs; no HTTP in sight. */
export interface CallDeps {
  db: Kysely<Database>;
  clock: Clock;
  keys: ServerKeys;
  provider: VoiceProvider;
  logger: Logger;
  /** Consoles hear `calls` whenever a call or a leg changes state. */
  live: LiveHub;
  /** Provider requests a webhook need not wait for: hang-ups of the legs that lost, nudges to a waiting leg. */
  background: BackgroundWork;
  /** This instance's cache of programs and shifts for routing (checked on every use; see routing-cache.ts). */
  routing: RoutingCache;
}

/** The call domain's deps from the app's; only once a phone provider is configured (calls need one). */
export function callDepsOf(ctx: {
  db: { kysely: Kysely<Database> };
  clock: Clock;
  keys: ServerKeys;
  provider: VoiceProvider | undefined;
  logger: Logger;
  live: LiveHub;
  background: BackgroundWork;
  routing: RoutingCache;
}): CallDeps {
  const provider = ctx.provider;
  if (!provider) throw new DomainError('provider_failed', 'No phone provider is configured');
  return {
    db: ctx.db.kysely,
    clock: ctx.clock,
    keys: ctx.keys,
    provider,
    logger: ctx.logger,
    live: ctx.live,
    background: ctx.background,
    routing: ctx.routing,
  };
}
