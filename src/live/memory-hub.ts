import type { Logger } from '../platform/logger';
import { DEFAULT_COALESCE_MS, Fanout, Watchers } from './fanout';
import type { LiveHub, LiveListener, LiveTopic } from './hub';

/** One process, no database involved: SQLite deployments (which are one process by design) and tests. */
export class MemoryLiveHub implements LiveHub {
  private readonly fanout: Fanout;
  private readonly watchers: Watchers;

  constructor(logger: Logger, options: { coalesceMs?: number } = {}) {
    this.fanout = new Fanout(logger, options.coalesceMs ?? DEFAULT_COALESCE_MS);
    this.watchers = new Watchers(logger);
  }

  publish(programId: string, topic: LiveTopic): void {
    this.watchers.notify(programId, topic);
    this.fanout.emit(programId, topic);
  }

  watch(listener: (programId: string, topic: LiveTopic) => void): () => void {
    return this.watchers.add(listener);
  }

  subscribe(programId: string, listener: LiveListener): () => void {
    return this.fanout.subscribe(programId, listener);
  }

  async close(): Promise<void> {
    this.watchers.clear();
    this.fanout.close();
  }
}
