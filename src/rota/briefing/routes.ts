import type { FastifyInstance } from 'fastify';
import { principalOf } from '../../auth/route-access';
import type { AppContext } from '../../context';
import { ErrorResponse } from '../../http/schema-helpers';
import { typed } from '../../http/typed';
import { rotaDepsOf } from '../deps';
import { AcknowledgeInput, MyBriefingSchema, TeamBriefingsSchema } from './schema';
import { acknowledgeBriefing, myBriefing, teamBriefings } from './service';

/** The briefing's JSON API; the link's page (no JavaScript needed) is src/web/briefing-routes.ts. */
export function briefingRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = typed(fastify);
  const deps = rotaDepsOf(ctx);
  const tags = ['briefing'];

  app.get('/api/me/briefing', {
    config: { access: 'responder' },
    schema: { tags, summary: 'My shift-start briefing', response: { 200: MyBriefingSchema } },
    handler: async (request) => myBriefing(deps, principalOf(request)),
  });

  app.post('/api/me/briefing', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary: 'I have read the emergency plan (the version I was shown)',
      body: AcknowledgeInput,
      response: { 200: MyBriefingSchema, 409: ErrorResponse },
    },
    handler: async (request) => acknowledgeBriefing(deps, principalOf(request), request.body.version),
  });

  app.get('/api/program/briefings', {
    config: { access: 'coordinator' },
    schema: { tags, summary: 'Who has acknowledged which version of the plan', response: { 200: TeamBriefingsSchema } },
    handler: async (request) => teamBriefings(deps, principalOf(request).programId),
  });
}
