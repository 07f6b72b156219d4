import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type pg from 'pg';
import type { Database } from '../db/schema';
import type { Logger } from '../platform/logger';
import { DEFAULT_COALESCE_MS, Fanout, Watchers } from './fanout';
import { isLiveTopic, type LiveHub, type LiveListener, type LiveTopic } from './hub';

/**
 * Whole-database job: LISTEN/NOTIFY is the database's own messaging between connections, not a
 * capability's table, so its two statements (`current_schema()`, `pg_notify`) belong to no repo.
 *
 * Several Kith instances on one PostgreSQL database hear each other through LISTEN/NOTIFY.
 *
 * Publishing is `pg_notify` on the shared pool; every instance, this one included, delivers only
 * what arrives on its own dedicated LISTEN connection. One path means every console, whichever
 * instance it is connected to, hears the same events through the same coalescing, with no
 * instance ids to dedupe; the cost is one loopback round trip. While that connection is down,
 * nothing is delivered here; once it is back (with backoff), every subscriber hears `resync` and
 * refetches, so nothing missed in the gap stays missed.
 */
export interface PostgresLiveOptions {
  connectionString: string;
  /** The pool Kith already uses; publishes go through it so they work while LISTEN reconnects. */
  kysely: Kysely<Database>;
  logger: Logger;
  coalesceMs?: number;
  /** Reconnect backoff: the first wait, doubled each failed try up to the cap (with jitter). */
  backoff?: { firstMs: number; maxMs: number };
}

/**
 * The channel for one database schema: every Kith sharing the schema shares the channel, and
 * another schema's Kith (tests run one per schema, in one database) never hears it. Hashed, so it
 * is always a short plain identifier whatever the schema is called.
 */
export function liveChannel(schema: string): string {
  return `kith_live_${createHash('sha256').update(schema).digest('hex').slice(0, 16)}`;
}

interface Payload {
  p: string;
  t: LiveTopic;
}

export class PostgresLiveHub implements LiveHub {
  private readonly fanout: Fanout;
  private readonly watchers: Watchers;
  /** Payloads published in this turn of the event loop, sent together in one `pg_notify` statement. */
  private readonly queued = new Map<string, Payload>();
  private readonly backoff: { firstMs: number; maxMs: number };
  private client: pg.Client | undefined;
  private reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private started = false;
  private closed = false;

  private constructor(
    private readonly options: PostgresLiveOptions,
    readonly channel: string,
  ) {
    this.fanout = new Fanout(options.logger, options.coalesceMs ?? DEFAULT_COALESCE_MS);
    this.watchers = new Watchers(options.logger);
    this.backoff = options.backoff ?? { firstMs: 250, maxMs: 15_000 };
  }

  /** Listens before returning, so a Kith that has started hears everything published after. */
  static async open(options: PostgresLiveOptions): Promise<PostgresLiveHub> {
    const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(options.kysely);
    const hub = new PostgresLiveHub(options, liveChannel(rows[0]?.schema ?? 'public'));
    await hub.connect();
    hub.started = true;
    return hub;
  }

  /**
   * This instance's watchers hear it at once; the database hears it at the end of this turn of the
   * event loop, together with everything else published in the turn (the same program and topic
   * once): one round trip instead of one per publish, when a busy line changes calls in bursts.
   */
  publish(programId: string, topic: LiveTopic): void {
    if (this.closed) return;
    this.watchers.notify(programId, topic);
    const key = `${programId}\u0000${topic}`;
    if (this.queued.has(key)) return;
    if (this.queued.size === 0) setImmediate(() => this.flush());
    this.queued.set(key, { p: programId, t: topic });
  }

  watch(listener: (programId: string, topic: LiveTopic) => void): () => void {
    return this.watchers.add(listener);
  }

  private flush(): void {
    const payloads = [...this.queued.values()];
    this.queued.clear();
    if (this.closed || payloads.length === 0) return;
    const notifies = payloads.map((payload) => sql`pg_notify(${this.channel}, ${JSON.stringify(payload)})`);
    sql`select ${sql.join(notifies)}`.execute(this.options.kysely).catch((error: unknown) => {
      this.options.logger.warn(
        { topics: payloads.map((payload) => payload.t), err: errorCode(error) },
        'live publish failed',
      );
    });
  }

  subscribe(programId: string, listener: LiveListener): () => void {
    return this.fanout.subscribe(programId, listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.reconnectTimer);
    this.queued.clear();
    this.watchers.clear();
    this.fanout.close();
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => {});
  }

  private async connect(): Promise<void> {
    // application_name lets an operator (and the tests) find this connection in pg_stat_activity.
    // The driver is imported here, not at the top: a line on SQLite never loads it (db/open.ts).
    const { Client } = (await import('pg')).default;
    const client = new Client({
      connectionString: this.options.connectionString,
      application_name: this.channel,
      keepAlive: true,
    });
    let lost = false;
    const onLost = (error?: unknown): void => {
      if (lost) return;
      lost = true;
      if (this.client === client) this.client = undefined;
      client.removeAllListeners('notification');
      client.end().catch(() => {});
      if (this.closed || !this.started) return;
      this.options.logger.warn({ err: errorCode(error) }, 'live connection lost; reconnecting');
      this.scheduleReconnect();
    };
    client.on('error', onLost);
    client.on('end', () => onLost());
    client.on('notification', (message) => {
      if (message.channel === this.channel) this.receive(message.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
    } catch (error) {
      onLost(error);
      throw error;
    }
    if (this.closed || lost) {
      await client.end().catch(() => {});
      if (lost) throw new Error('live connection lost while listening');
      return;
    }
    this.client = client;
  }

  private scheduleReconnect(): void {
    if (this.closed || this.reconnectTimer !== undefined) return;
    const ceiling = Math.min(this.backoff.maxMs, this.backoff.firstMs * 2 ** this.failures);
    // Jitter, so instances that lost the database together do not all return in the same instant.
    const wait = ceiling / 2 + Math.random() * (ceiling / 2);
    this.failures += 1;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      this.connect().then(
        () => {
          if (this.closed) return;
          this.failures = 0;
          this.options.logger.info('live connection restored');
          this.fanout.emitToAll('resync');
        },
        // onLost has already scheduled the next try.
        () => {},
      );
    }, wait);
  }

  private receive(text: string | undefined): void {
    const payload = parsePayload(text);
    if (!payload) return;
    this.watchers.notify(payload.p, payload.t);
    this.fanout.emit(payload.p, payload.t);
  }
}

/** Anything on the channel is checked: only a program id and a known topic get through. */
function parsePayload(text: string | undefined): Payload | undefined {
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return undefined;
    const { p, t } = value as { p?: unknown; t?: unknown };
    return typeof p === 'string' && isLiveTopic(t) ? { p, t } : undefined;
  } catch {
    return undefined;
  }
}

/** Only an error's code or class reaches the log, never its message (it may quote a statement). */
function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : error instanceof Error ? error.name : undefined;
}
