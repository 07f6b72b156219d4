import type { Browser } from './console-client';

/**
 * A tiny server-sent-events reader over fetch and the response body stream, for tests: it keeps
 * every event, comment and the retry hint, and lets a test wait for what it expects (with a
 * timeout, never a timed assertion).
 */
export interface SseMessage {
  event: string;
  data: string;
  /** performance.now() when the message was fully read, for reporting latency. */
  at: number;
}

export interface SseResponse {
  status: number;
  headers: Headers;
  /** Present when the server answered 200 with an event stream. */
  stream: SseStream | undefined;
  /** The body of any other answer. */
  text: string;
}

export class SseStream {
  readonly events: SseMessage[] = [];
  readonly comments: string[] = [];
  retry: number | undefined;
  /** True once the server ended the stream (or the connection broke). */
  ended = false;
  private readonly watchers = new Set<() => void>();

  constructor(
    private readonly body: ReadableStream<Uint8Array>,
    private readonly abort: AbortController,
  ) {
    void this.pump();
  }

  /** The first event at or after index `from` that passes `match`; rejects after `timeoutMs`. */
  async next(
    match: (m: SseMessage) => boolean = () => true,
    options: { from?: number; timeoutMs?: number } = {},
  ): Promise<SseMessage> {
    const from = options.from ?? 0;
    const found = () => this.events.slice(from).find(match);
    await this.until(() => found() !== undefined || this.ended, options.timeoutMs ?? 5000, 'an event');
    const message = found();
    if (!message) throw new Error(`the stream ended without the expected event; heard: ${this.names()}`);
    return message;
  }

  /** Waits for the first event of a name, counting only those from index `from`. */
  async nextNamed(event: string, options: { from?: number; timeoutMs?: number } = {}): Promise<SseMessage> {
    return this.next((m) => m.event === event, options);
  }

  async comment(text: string, timeoutMs = 5000): Promise<void> {
    await this.until(() => this.comments.includes(text), timeoutMs, `the comment "${text}"`);
  }

  async end(timeoutMs = 5000): Promise<void> {
    await this.until(() => this.ended, timeoutMs, 'the end of the stream');
  }

  names(): string {
    return this.events.map((m) => m.event).join(', ') || '(nothing)';
  }

  close(): void {
    this.abort.abort();
  }

  private until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
    if (condition()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!condition()) return;
        clearTimeout(timer);
        this.watchers.delete(check);
        resolve();
      };
      const timer = setTimeout(() => {
        this.watchers.delete(check);
        reject(new Error(`waited ${timeoutMs} ms for ${what}; heard: ${this.names()}`));
      }, timeoutMs);
      this.watchers.add(check);
    });
  }

  private changed(): void {
    for (const watcher of [...this.watchers]) watcher();
  }

  private async pump(): Promise<void> {
    const reader = this.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value.replace(/\r\n?/g, '\n');
        let cut = buffer.indexOf('\n\n');
        while (cut !== -1) {
          this.parseBlock(buffer.slice(0, cut));
          buffer = buffer.slice(cut + 2);
          cut = buffer.indexOf('\n\n');
        }
        this.changed();
      }
    } catch {
      // Aborted by the test, or the connection broke: either way the stream is over.
    }
    this.ended = true;
    this.changed();
  }

  private parseBlock(block: string): void {
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      const colon = line.indexOf(':');
      const field = colon === -1 ? line : line.slice(0, colon);
      const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === '') this.comments.push(value);
      else if (field === 'event') event = value;
      else if (field === 'data') data.push(value);
      else if (field === 'retry' && /^\d+$/.test(value)) this.retry = Number(value);
    }
    if (data.length > 0) this.events.push({ event, data: data.join('\n'), at: performance.now() });
  }
}

/** Opens `GET <base>/api/events` with the given headers (a cookie, a bearer token, or nothing). */
export async function openEvents(base: string, headers: Record<string, string> = {}): Promise<SseResponse> {
  const abort = new AbortController();
  const response = await fetch(`${base}/api/events`, {
    headers: { accept: 'text/event-stream', ...headers },
    signal: abort.signal,
  });
  if (response.status !== 200 || !response.body) {
    const text = await response.text();
    return { status: response.status, headers: response.headers, stream: undefined, text };
  }
  return { status: response.status, headers: response.headers, stream: new SseStream(response.body, abort), text: '' };
}

/** Opens the event stream as a signed-in console would: with the browser's cookies. */
export async function openEventsAs(browser: Browser, base: string): Promise<SseStream> {
  const cookie = [...browser.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  const opened = await openEvents(base, cookie ? { cookie } : {});
  if (!opened.stream) throw new Error(`event stream refused: ${opened.status} ${opened.text}`);
  // The server writes this once the subscription is in place, so nothing published after is missed.
  await opened.stream.comment('connected');
  return opened.stream;
}
