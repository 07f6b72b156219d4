import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context';
import { ErrorResponse, IdParams } from '../http/schema-helpers';
import { typed } from '../http/typed';
import { deviceCodeRoutes } from './device-codes/routes';
import { passkeyRoutes } from './passkeys/routes';
import { principalOf } from './route-access';
import { ApiTokenSchema, IssuedToken, TokenBody } from './schema';
import { issueApiToken, listTokens, revokeToken } from './service';
import { sessionRoutes } from './sessions/routes';
import { signInRoutes } from './sign-in/routes';

/** API tokens (for the command line and scripts), and every way into the console. */
export function authRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = typed(fastify);
  const deps = { db: ctx.db.kysely, clock: ctx.clock, keys: ctx.keys };
  const tags = ['access'];
  // The access check (route-access.ts) reads this to honour session cookies.
  fastify.decorate('sessionSettings', {
    clock: ctx.clock,
    publicUrl: ctx.config.publicUrl,
    onionUrl: ctx.config.onionUrl,
  });

  app.get('/api/tokens', {
    config: { access: 'coordinator' },
    schema: {
      tags,
      summary: 'API tokens in this program (never the secrets)',
      response: {
        200: Type.Array(ApiTokenSchema),
      },
    },
    handler: async (request) => listTokens(deps, principalOf(request).programId),
  });

  app.post('/api/tokens', {
    config: { access: 'coordinator' },
    schema: {
      tags,
      summary: 'Issue an API token for a responder',
      body: TokenBody,
      response: { 201: IssuedToken, 404: ErrorResponse },
    },
    handler: async (request, reply) => {
      const issued = await issueApiToken(
        deps,
        principalOf(request).programId,
        request.body.responderId,
        request.body.label,
      );
      return reply.status(201).send(issued);
    },
  });

  app.delete('/api/tokens/:id', {
    config: { access: 'coordinator' },
    schema: {
      tags,
      summary: 'Revoke a token (a lost device, a departed member)',
      params: IdParams,
      response: { 204: Type.Null(), 404: ErrorResponse },
    },
    handler: async (request, reply) => {
      await revokeToken(deps, principalOf(request).programId, request.params.id);
      return reply.status(204).send(null);
    },
  });

  signInRoutes(fastify, ctx);
  sessionRoutes(fastify, ctx);
  passkeyRoutes(fastify, ctx);
  deviceCodeRoutes(fastify, ctx);
}
