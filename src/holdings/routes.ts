import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context';
import { principalOf } from '../auth/route-access';
import { ErrorResponse } from '../http/schema-helpers';
import { typed } from '../http/typed';
import { HoldingsBody, HoldingsSchema } from './schema';
import { holdingsOf } from './service';

/**
 * `POST /api/holdings`, not `GET ?number=`: Kith's own request log names the route pattern only, but
 * the TLS reverse proxy the README puts in front logs every request line, query string included, so
 * a number asked about in a URL would rest in the proxy's access log. A JSON body is never logged.
 */
export function holdingsRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = typed(fastify);
  const deps = { db: ctx.db.kysely, clock: ctx.clock, keys: ctx.keys };
  app.post('/api/holdings', {
    config: { access: 'coordinator' },
    schema: {
      tags: ['program'],
      summary:
        'Everything Kith holds now, by retention class and expiry: for the program, or linked to one number (sent in the body, never in a URL)',
      body: HoldingsBody,
      response: { 200: HoldingsSchema, 422: ErrorResponse },
    },
    handler: async (request) => {
      const number = request.body.number;
      return holdingsOf(deps, principalOf(request).programId, number === undefined ? {} : { number });
    },
  });
}
