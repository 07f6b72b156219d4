import type { Kysely } from 'kysely';
import type { ServerKeys } from '../crypto/server-keys';
import type { Database } from '../db/schema';
import type { LiveHub } from '../live/hub';
import type { Clock } from '../platform/clock';
import type { Logger } from '../platform/logger';
import type { VoiceProvider } from '../telephony/provider';

/** What the call domain needs; no HTTP in sight. */
export interface CallDeps {
  db: Kysely<Database>;
  clock: Clock;
  keys: ServerKeys;
  provider: VoiceProvider;
  logger: Logger;
  /** Consoles hear `calls` whenever a call or a leg changes state. */
  live: LiveHub;
}
