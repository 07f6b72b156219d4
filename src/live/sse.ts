import type { LiveEvent } from './hub';

/**
 * The text/event-stream wire format (WHATWG HTML, "Server-sent events"). Every line Kith writes
 * is built here, from a closed set of topic names, so nothing a person typed can ever reach it.
 */
export function sseEvent(event: LiveEvent): string {
  return `event: ${event.topic}\ndata: ${JSON.stringify({ topic: event.topic })}\n\n`;
}

/** A comment line: ignored by EventSource, but it keeps proxies and phones from idling the connection out. */
export function sseComment(text: string): string {
  return `: ${text}\n\n`;
}

/** How long a browser waits before reconnecting after the stream drops. */
export function sseRetry(ms: number): string {
  return `retry: ${ms}\n\n`;
}
