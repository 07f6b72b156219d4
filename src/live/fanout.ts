import type { Logger } from '../platform/logger';
import type { LiveEvent, LiveEventName, LiveListener, LiveTopic } from './hub';

/**
 * How long same-topic events for one program are gathered before one is delivered. A busy line
 * changes calls several times a second; a console on a slow phone needs to hear it once.
 */
export const DEFAULT_COALESCE_MS = 100;

/**
 * This process's subscribers, by program, with bursts coalesced: the first event of a topic starts
 * a short window, later ones in the window are absorbed, and one event is delivered at its end —
 * after every change it stands for, so a refetch then sees them all. Real timers, not the
 * injected clock: this is about wall-clock delivery to people, not about domain time.
 */
export class Fanout {
  private readonly listeners = new Map<string, Set<LiveListener>>();
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private closed = false;

  constructor(
    private readonly logger: Logger,
    private readonly coalesceMs: number = DEFAULT_COALESCE_MS,
  ) {}

  subscribe(programId: string, listener: LiveListener): () => void {
    if (this.closed) return () => {};
    let set = this.listeners.get(programId);
    if (!set) {
      set = new Set();
      this.listeners.set(programId, set);
    }
    set.add(listener);
    return () => {
      const current = this.listeners.get(programId);
      if (!current) return;
      current.delete(listener);
      if (current.size === 0) this.listeners.delete(programId);
    };
  }

  /** Queues an event for one program's subscribers; nobody listening means nothing to do. */
  emit(programId: string, topic: LiveEventName): void {
    if (this.closed || !this.listeners.has(programId)) return;
    const key = `${programId}\u0000${topic}`;
    if (this.pending.has(key)) return;
    this.pending.set(
      key,
      setTimeout(() => {
        this.pending.delete(key);
        this.deliver(programId, { topic });
      }, this.coalesceMs),
    );
  }

  /** Tells every subscriber, of every program, that it may have missed events. */
  emitToAll(topic: LiveEventName): void {
    for (const programId of [...this.listeners.keys()]) this.emit(programId, topic);
  }

  close(): void {
    this.closed = true;
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
    this.listeners.clear();
  }

  private deliver(programId: string, event: LiveEvent): void {
    for (const listener of [...(this.listeners.get(programId) ?? [])]) {
      try {
        listener(event);
      } catch (error) {
        // One broken stream must not stop the others hearing the event.
        this.logger.warn(
          { err: error instanceof Error ? error.message : 'unknown', topic: event.topic },
          'live listener failed',
        );
      }
    }
  }
}

/** `LiveHub.watch`'s listeners: every event, at once, uncoalesced (for in-process caches). */
export class Watchers {
  private readonly listeners = new Set<(programId: string, topic: LiveTopic) => void>();

  constructor(private readonly logger: Logger) {}

  add(listener: (programId: string, topic: LiveTopic) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  notify(programId: string, topic: LiveTopic): void {
    for (const listener of this.listeners) {
      try {
        listener(programId, topic);
      } catch (error) {
        this.logger.warn({ err: error instanceof Error ? error.name : 'unknown', topic }, 'live watcher failed');
      }
    }
  }

  clear(): void {
    this.listeners.clear();
  }
}
