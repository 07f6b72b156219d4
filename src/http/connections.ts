import type { Socket } from 'node:net';
import type { Server } from 'node:http';
import type { FastifyHttpOptions, FastifyInstance } from 'fastify';

/**
 * How long the server waits on a client. Without these Node waits on an idle or half-sent request
 * for minutes (headers 60 s, keep-alive forever under Fastify's 72 s default, no request bound), and
 * one person with a thousand idle sockets used up every file descriptor: the line answered no one.
 */
export interface HttpTimeouts {
  /**
   * Whole request headers must arrive within this. Real clients send them in one packet; Caddy in
   * front reads them within 10 s (deploy/Caddyfile), and Tor clients reach Kith directly with a few
   * seconds of circuit latency, so 15 s is generous for people and short for a slow-headers flood.
   */
  headersMs: number;
  /** The whole request, body included (at most 64 KB): Caddy's read_body is 30 s, so the same here. */
  requestMs: number;
  /**
   * An idle kept-alive connection between requests. A page's burst of requests reuses it within a
   * second or two; holding idle sockets longer serves only a flood. Caddy's upstream keep-alive is
   * set shorter (5 s, deploy/Caddyfile), so the proxy never reuses a connection Kith just closed.
   */
  keepAliveMs: number;
  /**
   * A socket with no bytes either way. Above twice the live stream's 20 s heartbeat (src/live), so
   * an open console is never cut; a client that stops reading mid-answer is let go.
   */
  idleMs: number;
  /** How often Node checks the headers and request bounds (its default, 30 s, would let them run late). */
  checkEveryMs: number;
}

export const HTTP_TIMEOUTS: HttpTimeouts = {
  headersMs: 15_000,
  requestMs: 30_000,
  keepAliveMs: 10_000,
  idleMs: 60_000,
  checkEveryMs: 5_000,
};

/** Fastify's (and Node's) server options for these timeouts. */
export function timeoutOptions(t: HttpTimeouts): FastifyHttpOptions<Server> {
  return {
    connectionTimeout: t.idleMs,
    keepAliveTimeout: t.keepAliveMs,
    requestTimeout: t.requestMs,
    http: { headersTimeout: t.headersMs, connectionsCheckingInterval: t.checkEveryMs },
  };
}

/**
 * On shutdown, ends at once every connection that has no request being answered: idle kept-alive
 * ones (Node ends those itself) and half-open ones still sending headers, which Node would otherwise
 * wait on until their timeout. Requests already being answered finish (each bounded by requestMs).
 */
export function closeQuietConnectionsOnClose(app: FastifyInstance): void {
  const sockets = new Set<Socket>();
  const answering = new Map<Socket, number>();
  app.server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => {
      sockets.delete(socket);
      answering.delete(socket);
    });
  });
  app.addHook('onRequest', async (request, reply) => {
    const socket = request.raw.socket;
    answering.set(socket, (answering.get(socket) ?? 0) + 1);
    reply.raw.once('close', () => {
      const left = (answering.get(socket) ?? 1) - 1;
      if (left > 0) answering.set(socket, left);
      else answering.delete(socket);
    });
  });
  app.addHook('preClose', async () => {
    for (const socket of sockets) if (!answering.has(socket)) socket.destroy();
  });
}
