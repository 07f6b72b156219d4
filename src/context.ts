import type { RoutingCache } from './calls/routing-cache';
import type { Config } from './config/config';
import type { ServerKeys } from './crypto/server-keys';
import type { Db } from './db/open';
import type { LiveHub } from './live/hub';
import type { BackgroundWork } from './platform/background';
import type { Clock } from './platform/clock';
import type { Logger } from './platform/logger';
import type { PhoneProvider } from './telephony/provider';

/** Everything a capability needs, built once at start and passed down explicitly. */
export interface AppContext {
  readonly config: Config;
  readonly db: Db;
  readonly clock: Clock;
  readonly keys: ServerKeys;
  readonly logger: Logger;
  /** Live updates to open consoles: `live.publish(programId, 'calls')` after a change is committed. */
  readonly live: LiveHub;
  /** Provider requests a webhook starts but need not wait for (see platform/background.ts). */
  readonly background: BackgroundWork;
  /** Programs and shifts held for routing calls, dropped when the live hub hears they changed. */
  readonly routing: RoutingCache;
  /** Absent until a phone provider (or the demo simulator) is configured. */
  readonly provider: PhoneProvider | undefined;
  /** Tests only: web push may go to a push service on loopback over plain HTTP (src/rota/deps.ts). */
  readonly pushOverLoopback?: boolean;
}
