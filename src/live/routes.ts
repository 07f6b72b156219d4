import type { FastifyInstance } from 'fastify';
import { stillSignedIn } from '../auth/sessions/still-signed-in';
import type { AppContext } from '../context';
import { principalOf } from '../auth/route-access';
import { typed } from '../http/typed';
import { DomainError } from '../platform/errors';
import { openEventStream, type EventStream } from './event-stream';
import type { LiveHub, LiveTopic } from './hub';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * A route that changes something declares what, beside its `access`: once it has answered with
     * success, the caller's program hears this topic. Domain code that changes state outside a
     * request (a call moving on) publishes through its deps instead.
     */
    live?: LiveTopic;
  }
}

export interface LiveRouteOptions {
  /** How often a comment keeps the connection open and the credential is re-checked. */
  heartbeatMs?: number;
}

export const DEFAULT_HEARTBEAT_MS = 20_000;
/** The browser's reconnect delay after a dropped stream. */
export const RETRY_MS = 3_000;
/** Tabs and phones one responder may have open at once; more is a leak or an abuse. */
const MAX_STREAMS_PER_RESPONDER = 10;

/** Publishes each route's declared `live` topic after it succeeds (see FastifyContextConfig above). */
export function installLiveTopics(app: FastifyInstance, live: LiveHub): void {
  app.addHook('onResponse', async (request, reply) => {
    const topic = request.routeOptions.config.live;
    if (topic !== undefined && request.principal !== undefined && reply.statusCode < 300)
      live.publish(request.principal.programId, topic);
  });
}

export function liveRoutes(fastify: FastifyInstance, ctx: AppContext, options: LiveRouteOptions = {}): void {
  const app = typed(fastify);
  const heartbeatMs = options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS;
  const open = new Set<EventStream>();
  const perResponder = new Map<string, number>();

  // Before the server stops accepting: end every stream, or closing would wait on them forever.
  app.addHook('preClose', async () => {
    for (const stream of [...open]) stream.end();
  });

  app.get('/api/events', {
    config: { access: 'responder' },
    // A HEAD would open a stream nobody reads.
    exposeHeadRoute: false,
    schema: {
      tags: ['live'],
      summary: 'Live updates (server-sent events) for the signed-in responder’s program',
      description:
        'text/event-stream. Events `calls`, `roster`, `shifts`, `program`, `notes` and `resync`, each with data `{"topic": …}` ' +
        'and nothing else: refetch the matching API. `resync`: refetch everything. A comment line every 20 s keeps the ' +
        'connection open; the stream ends when the session does.',
    },
    handler: async (request, reply) => {
      const who = principalOf(request);
      const count = perResponder.get(who.responderId) ?? 0;
      if (count >= MAX_STREAMS_PER_RESPONDER)
        throw new DomainError('rate_limited', 'Too many live connections are open; close another tab');
      const headers = request.headers;
      const stream = openEventStream({
        hub: ctx.live,
        programId: who.programId,
        heartbeatMs,
        retryMs: RETRY_MS,
        stillAllowed: () => stillSignedIn(headers, who.responderId, { db: ctx.db.kysely, now: ctx.clock.now() }),
        logger: ctx.logger,
      });
      open.add(stream);
      perResponder.set(who.responderId, count + 1);
      stream.body.once('close', () => {
        open.delete(stream);
        const left = (perResponder.get(who.responderId) ?? 1) - 1;
        if (left > 0) perResponder.set(who.responderId, left);
        else perResponder.delete(who.responderId);
      });
      return (
        reply
          .header('content-type', 'text/event-stream; charset=utf-8')
          .header('cache-control', 'no-store')
          // A proxy must pass each event on at once (nginx buffers otherwise).
          .header('x-accel-buffering', 'no')
          // The connection belongs to this stream: when it ends, the socket goes too, so a closing server never waits on it.
          .header('connection', 'close')
          .send(stream.body)
      );
    },
  });
}
