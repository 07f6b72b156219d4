import { PassThrough } from 'node:stream';
import type { Logger } from '../platform/logger';
import type { LiveHub } from './hub';
import { sseComment, sseEvent, sseRetry } from './sse';

export interface EventStreamOptions {
  hub: LiveHub;
  programId: string;
  heartbeatMs: number;
  retryMs: number;
  /** Asked at every heartbeat; a false (or a failure to tell) ends the stream. */
  stillAllowed(): Promise<boolean>;
  logger: Logger;
}

export interface EventStream {
  /** The response body: text/event-stream, written as events arrive. */
  readonly body: PassThrough;
  /** Ends the stream (idempotent): the browser reconnects after `retry` and is checked again. */
  end(): void;
}

/**
 * A consumer that stops reading (a phone in a tunnel) must not make the server buffer without
 * limit; a few kilobytes of heartbeats and topics is already far more than a healthy one lags by.
 */
const MAX_BUFFERED_BYTES = 64 * 1024;

/** One console's stream of a program's live events, with heartbeats that re-check its credential. */
export function openEventStream(options: EventStreamOptions): EventStream {
  const body = new PassThrough();
  let ended = false;

  const write = (text: string): void => {
    if (ended) return;
    if (body.writableLength + body.readableLength > MAX_BUFFERED_BYTES) {
      end();
      return;
    }
    body.write(text);
  };

  const unsubscribe = options.hub.subscribe(options.programId, (event) => write(sseEvent(event)));

  const heartbeat = async (): Promise<void> => {
    let allowed = false;
    try {
      allowed = await options.stillAllowed();
    } catch (error) {
      // Fail closed: the browser reconnects, and its next request is checked in full.
      options.logger.warn({ err: error instanceof Error ? error.name : 'unknown' }, 'live stream check failed');
    }
    if (allowed) write(sseComment('heartbeat'));
    else end();
  };
  const timer = setInterval(() => void heartbeat(), options.heartbeatMs);

  function end(): void {
    if (ended) return;
    ended = true;
    clearInterval(timer);
    unsubscribe();
    if (!body.destroyed) body.end();
  }

  // Fastify destroys the body when the client goes away; that is our signal to let go too.
  body.on('close', end);
  // The first bytes send the headers and tell the client the subscription is in place.
  write(sseRetry(options.retryMs) + sseComment('connected'));
  return { body, end };
}
