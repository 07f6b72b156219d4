import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context';
import { principalOf } from '../auth/route-access';
import { ErrorResponse } from '../http/schema-helpers';
import { typed } from '../http/typed';
import { AccessEntrySchema, AccessParams } from './schema';
import { reviewAccess } from './service';

/**
 * Reviewing who opened a note or a conversation. Recording happens where records are opened (notes,
 * conversations). Who read what is itself sensitive: the security headers' hook answers `no-store`.
 */
export function accessRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = typed(fastify);
  app.get('/api/access/:kind/:id', {
    config: { access: 'responder' },
    schema: {
      tags: ['access records'],
      summary:
        'Who opened this note or conversation, and when, newest first: for a coordinator or someone who can read it',
      params: AccessParams,
      response: { 200: Type.Array(AccessEntrySchema), 404: ErrorResponse },
    },
    handler: async (request) =>
      reviewAccess(ctx.db.kysely, principalOf(request), request.params.kind, request.params.id),
  });
}
