import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { principalOf } from '../../auth/route-access';
import type { AppContext } from '../../context';
import { dispatchDepsOf } from '../../dispatch/types';
import { ErrorResponse, Strict } from '../../http/schema-helpers';
import { typed } from '../../http/typed';
import { markHard, stepBack, takeCoolDown, waveOffCoolDown } from './service';

const Until = Strict({ until: Type.Integer({ description: 'Epoch ms the break ends by itself' }) });

export function careTeamRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = typed(fastify);
  const deps = dispatchDepsOf(ctx);
  const tags = ['console'];

  app.post('/api/me/step-back', {
    config: { access: 'responder', live: 'roster' },
    schema: {
      tags,
      summary: 'I need to step back: off the line until my shift ends; the coordinator on call is told to cover',
      response: { 200: Strict({ until: Type.Integer(), told: Type.Integer() }), 409: ErrorResponse },
    },
    handler: async (request) => stepBack(deps, principalOf(request)),
  });

  app.post('/api/me/hard', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary: 'That call or conversation was hard: offers a cool-down (nothing about it is stored)',
      response: { 204: Type.Null() },
    },
    handler: async (request, reply) => {
      await markHard(deps, principalOf(request));
      return reply.status(204).send(null);
    },
  });

  app.post('/api/me/cool-down', {
    config: { access: 'responder', live: 'roster' },
    schema: {
      tags,
      summary: 'Take the cool-down on offer: a break that ends by itself',
      response: { 200: Until, 409: ErrorResponse },
    },
    handler: async (request) => takeCoolDown(deps, principalOf(request)),
  });

  app.delete('/api/me/cool-down', {
    config: { access: 'responder' },
    schema: { tags, summary: 'Not now: close the cool-down offer', response: { 204: Type.Null() } },
    handler: async (request, reply) => {
      await waveOffCoolDown(deps, principalOf(request));
      return reply.status(204).send(null);
    },
  });
}
