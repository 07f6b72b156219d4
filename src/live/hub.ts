/**
 * Live updates to open consoles. An event says only *what kind of thing* changed in a program —
 * never a number, a name or any content — so a console that hears one refetches the API it
 * already uses, and everything it shows still passes that API's access checks.
 */
export const LIVE_TOPICS = [
  'calls',
  'roster',
  'shifts',
  'program',
  'notes',
  'conversations',
  'dispatch',
  'members',
] as const;
export type LiveTopic = (typeof LIVE_TOPICS)[number];

/**
 * What a subscriber hears: a topic, or `resync` when events may have been missed (the hub lost
 * its connection for a while), which means "refetch everything".
 */
export type LiveEventName = LiveTopic | 'resync';

export interface LiveEvent {
  readonly topic: LiveEventName;
}

export type LiveListener = (event: LiveEvent) => void;

/** The port capabilities publish to and the SSE endpoint subscribes to. */
export interface LiveHub {
  /**
   * Says that something under `topic` changed in `programId`. Fire and forget: it never throws
   * and never blocks the caller's work (a failure to notify is logged, and consoles recover on
   * their next resync or refetch). Call it after the change is committed.
   */
  publish(programId: string, topic: LiveTopic): void;
  /**
   * Hears every event of every program at once, uncoalesced: those published here (synchronously,
   * inside `publish`) and, across instances, those another instance published (as they arrive).
   * For in-process caches to drop what changed; the listener must be quick and must not throw.
   */
  watch(listener: (programId: string, topic: LiveTopic) => void): () => void;
  /** Hears the program's events (bursts coalesced) until the returned function is called. */
  subscribe(programId: string, listener: LiveListener): () => void;
  /** Stops delivering and releases connections; subscribers are simply dropped. */
  close(): Promise<void>;
}

export function isLiveTopic(value: unknown): value is LiveTopic {
  return typeof value === 'string' && (LIVE_TOPICS as readonly string[]).includes(value);
}
