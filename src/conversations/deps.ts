import type { Kysely } from 'kysely';
import type { ServerKeys } from '../crypto/server-keys';
import type { Database } from '../db/schema';
import type { LiveHub } from '../live/hub';
import type { Clock } from '../platform/clock';
import type { Logger } from '../platform/logger';
import type { MessagingProvider } from '../telephony/provider';

/** What the texting domain needs; no HTTP in sight. */
export interface TextDeps {
  db: Kysely<Database>;
  clock: Clock;
  keys: ServerKeys;
  /** Absent until a phone provider is configured: web chat still works, SMS does not. */
  messaging: MessagingProvider | undefined;
  logger: Logger;
  /** Consoles hear `conversations` whenever one opens, gets a message, changes hands or closes. */
  live: LiveHub;
  /** Kith's public base URL, for links in alerts to responders' phones. */
  publicUrl: string;
}

export function textDepsOf(ctx: {
  db: { kysely: Kysely<Database> };
  clock: Clock;
  keys: ServerKeys;
  provider: MessagingProvider | undefined;
  logger: Logger;
  live: LiveHub;
  config: { publicUrl: string };
}): TextDeps {
  return {
    db: ctx.db.kysely,
    clock: ctx.clock,
    keys: ctx.keys,
    messaging: ctx.provider,
    logger: ctx.logger,
    live: ctx.live,
    publicUrl: ctx.config.publicUrl,
  };
}
