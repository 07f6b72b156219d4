import type { Logger } from '../platform/logger';
import { DEFAULT_COALESCE_MS, Fanout } from './fanout';
import type { LiveHub, LiveListener, LiveTopic } from './hub';

/** One process, no database involved: SQLite deployments (which are one process by design) and tests. */
export class MemoryLiveHub implements LiveHub {
  private readonly fanout: Fanout;

  constructor(logger: Logger, options: { coalesceMs?: number } = {}) {
    this.fanout = new Fanout(logger, options.coalesceMs ?? DEFAULT_COALESCE_MS);
  }

  publish(programId: string, topic: LiveTopic): void {
    this.fanout.emit(programId, topic);
  }

  subscribe(programId: string, listener: LiveListener): () => void {
    return this.fanout.subscribe(programId, listener);
  }

  async close(): Promise<void> {
    this.fanout.close();
  }
}
