import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { ErrorResponse, IdParams } from '../../http/schema-helpers';
import { typed } from '../../http/typed';
import { DomainError } from '../../platform/errors';
import { revokeSessions } from '../enrolment';
import { clearedSessionCookie, requireOwnOrigin, sessionToken } from '../resolve';
import { principalOf } from '../route-access';
import { KeepWhileOutBody, WhoAmI } from '../sign-in/schema';
import { endSession, keepWhileOut } from './service';
import { whoIsSignedIn } from './who';

/** Console sessions: who is signed in, signing out, "this is my own phone", and a coordinator signing someone out everywhere. */
export function sessionRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = typed(fastify);
  const publicUrl = ctx.config.publicUrl;
  const deps = { db: ctx.db.kysely, clock: ctx.clock, keys: ctx.keys };
  const tags = ['sign-in'];

  app.delete('/api/session', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Sign out: ends this session on the server and clears the cookie',
      response: { 204: Type.Null(), 403: ErrorResponse },
    },
    handler: async (request, reply) => {
      // Public so that an already-expired session can still clear its cookie.
      const token = sessionToken(request.headers);
      if (token !== undefined) {
        requireOwnOrigin(request, ctx.config);
        await endSession(ctx.db.kysely, token);
      }
      // The browser also empties this site's caches and storage (and drops the service worker):
      // nothing the session saw stays behind on a shared or seized device.
      return reply
        .status(204)
        .header('set-cookie', clearedSessionCookie(publicUrl))
        .header('clear-site-data', '"cache", "storage"')
        .send(null);
    },
  });

  app.get('/api/session', {
    config: { access: 'responder' },
    schema: { tags, summary: 'Who is signed in, and until when', response: { 200: WhoAmI } },
    handler: async (request) => {
      const cookie = request.headers.authorization === undefined ? sessionToken(request.headers) : undefined;
      return whoIsSignedIn(deps, principalOf(request), cookie);
    },
  });

  app.put('/api/session/kept-while-out', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary:
        '"This is my own phone": this console session stays signed in while I am out on a field response (the 12 hours still hold)',
      body: KeepWhileOutBody,
      response: { 200: Type.Object({ keptWhileOut: Type.Boolean() }), 409: ErrorResponse },
    },
    handler: async (request) => {
      const token = request.headers.authorization === undefined ? sessionToken(request.headers) : undefined;
      if (token === undefined)
        throw new DomainError('conflict', 'Only a console session can be kept signed in while out');
      await keepWhileOut(ctx.db.kysely, token, request.body.keep);
      request.log.info(
        { responderId: principalOf(request).responderId, keep: request.body.keep },
        'session kept while out',
      );
      return { keptWhileOut: request.body.keep };
    },
  });

  app.delete('/api/responders/:id/sessions', {
    config: { access: 'coordinator' },
    schema: {
      tags,
      summary: 'Sign a responder out everywhere (a lost phone); their sign-in stays',
      params: IdParams,
      response: { 204: Type.Null(), 404: ErrorResponse },
    },
    handler: async (request, reply) => {
      const count = await revokeSessions(deps, principalOf(request).programId, request.params.id);
      request.log.info({ responderId: request.params.id, count }, 'sessions revoked');
      return reply.status(204).send(null);
    },
  });
}
