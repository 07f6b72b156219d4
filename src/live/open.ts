import type { Db } from '../db/open';
import type { Logger } from '../platform/logger';
import type { LiveHub } from './hub';
import { MemoryLiveHub } from './memory-hub';
import { PostgresLiveHub } from './postgres-hub';

export interface LiveOptions {
  db: Db;
  /** The PostgreSQL URL, for the hub's own LISTEN connection; unused on SQLite. */
  databaseUrl: string | undefined;
  logger: Logger;
  /** Burst window; tests may change it. */
  coalesceMs?: number;
}

/**
 * The hub that fits the database: in-process for SQLite (one process by design), LISTEN/NOTIFY on
 * PostgreSQL, where several instances may share the database.
 */
export async function openLiveHub(options: LiveOptions): Promise<LiveHub> {
  const coalesce = options.coalesceMs === undefined ? {} : { coalesceMs: options.coalesceMs };
  if (options.db.dialect === 'postgres' && options.databaseUrl !== undefined) {
    return PostgresLiveHub.open({
      connectionString: options.databaseUrl,
      kysely: options.db.kysely,
      logger: options.logger,
      ...coalesce,
    });
  }
  return new MemoryLiveHub(options.logger, coalesce);
}
