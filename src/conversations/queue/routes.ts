import type { FastifyInstance } from 'fastify';
import { principalOf } from '../../auth/route-access';
import type { AppContext } from '../../context';
import { ErrorResponse } from '../../http/schema-helpers';
import { typed } from '../../http/typed';
import { textDepsOf } from '../deps';
import { ConversationParams } from '../schema';
import { NewQueueKeySchema, OwnKeysSchema, QueueStateSchema, QueueWrapsSchema } from './schema';
import { addQueueWraps, putQueueKey, queueState } from './service';
import { addOwnKeys } from './waiting';

/**
 * The web chat's queue key as consoles handle it: read it (with my own wrap), make it or rotate it
 * (a coordinator), and wrap it for teammates who lack it. The server sees public keys and sealed
 * wraps only.
 */
export function queueKeyRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = typed(fastify);
  const db = ctx.db.kysely;
  const tags = ['conversations'];
  const errors = { 403: ErrorResponse, 409: ErrorResponse, 422: ErrorResponse };

  app.get('/api/queue-key', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary: 'The web chat’s queue key, my wrap of it, and who lacks one',
      response: { 200: QueueStateSchema },
    },
    handler: async (request) => queueState(db, principalOf(request), ctx.clock.now()),
  });

  app.post('/api/queue-key', {
    config: { access: 'coordinator', live: 'roster' },
    bodyLimit: 2 * 1024 * 1024,
    schema: {
      tags,
      summary: 'Make the queue key (the first, or a rotation), wrapped in my browser to each member',
      body: NewQueueKeySchema,
      response: { 204: { type: 'null' }, ...errors },
    },
    handler: async (request, reply) => {
      await putQueueKey(db, principalOf(request), request.body, ctx.clock.now());
      return reply.status(204).send(null);
    },
  });

  app.post('/api/queue-key/wraps', {
    config: { access: 'responder', live: 'roster' },
    schema: {
      tags,
      summary: 'Wrap the queue key for members who lack it (joined late, a new key)',
      body: QueueWrapsSchema,
      response: { 204: { type: 'null' }, ...errors },
    },
    handler: async (request, reply) => {
      await addQueueWraps(db, principalOf(request), request.body, ctx.clock.now());
      return reply.status(204).send(null);
    },
  });

  app.post('/api/conversations/:id/own-keys', {
    config: { access: 'responder', live: 'conversations' },
    bodyLimit: 2 * 1024 * 1024,
    schema: {
      tags,
      summary: 'After taking a chat: its waiting messages’ keys, re-sealed from the queue key to me in my browser',
      params: ConversationParams,
      body: OwnKeysSchema,
      response: { 204: { type: 'null' }, 404: ErrorResponse, 409: ErrorResponse, 422: ErrorResponse },
    },
    handler: async (request, reply) => {
      await addOwnKeys(textDepsOf(ctx), principalOf(request), request.params.id, request.body.keys);
      return reply.status(204).send(null);
    },
  });
}
