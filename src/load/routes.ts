import type { FastifyInstance } from 'fastify';
import { principalOf } from '../auth/route-access';
import type { AppContext } from '../context';
import { ErrorResponse } from '../http/schema-helpers';
import { typed } from '../http/typed';
import { formatInstant } from '../platform/wall-time';
import { MonthQuerySchema, MyLoadSchema, TeamLoadSchema } from './schema';
import { myLoad, teamLoad, type Load } from './service';

const monthOf = (load: Omit<Load, 'people'>) => ({
  month: load.month,
  timeZone: load.timeZone,
  from: formatInstant(load.window.start, load.timeZone),
  to: formatInstant(load.window.end, load.timeZone),
});

export function loadRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = typed(fastify);
  const deps = { db: ctx.db.kysely, clock: ctx.clock };
  const tags = ['load'];

  app.get('/api/load/mine', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary: 'My hours on call, calls answered, texts taken and field responses joined in a month',
      querystring: MonthQuerySchema,
      response: { 200: MyLoadSchema, 404: ErrorResponse, 422: ErrorResponse },
    },
    handler: async (request) => {
      const who = principalOf(request);
      const load = await myLoad(deps, who.programId, who.responderId, request.query.month);
      return { ...monthOf(load), me: load.me };
    },
  });

  app.get('/api/load/team', {
    config: { access: 'coordinator' },
    schema: {
      tags,
      summary: 'The team’s load in a month, person by person: numbers only, to spread it',
      querystring: MonthQuerySchema,
      response: { 200: TeamLoadSchema, 422: ErrorResponse },
    },
    handler: async (request) => {
      const load = await teamLoad(deps, principalOf(request).programId, request.query.month);
      return { ...monthOf(load), people: load.people };
    },
  });
}
