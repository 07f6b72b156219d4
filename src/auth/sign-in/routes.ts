import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { principalOf } from '../route-access';
import { ErrorResponse, IdParams } from '../../http/schema-helpers';
import { DomainError } from '../../platform/errors';
import { getResponder } from '../../responders/service';
import { findPublicKey } from '../repo/credentials';
import { acceptInvite, inspectInvite, issueInvite, resetSignIn, revokeSessions } from '../enrolment';
import { clearedSessionCookie, refuseForeignOrigin, requireOwnOrigin, sessionCookie, sessionToken } from '../resolve';
import { endSession, keepWhileOut, liveSession } from '../sessions/service';
import {
  AcceptBody,
  AccountSchema,
  InspectBody,
  InviteSummary,
  IssuedInvite,
  KeepWhileOutBody,
  SignInBody,
  SignInParams,
  StartBody,
  WhoAmI,
} from './schema';
import { MISMATCH, signIn, signInParams } from './service';

/**
 * Passphrase sign-in for the console (docs/SIGN-IN.md). Log lines name responders by id only:
 * never a token, an auth key, a salt or a sign-in name.
 */
export function signInRoutes(app: FastifyInstance, ctx: AppContext): void {
  const publicUrl = ctx.config.publicUrl;
  const deps = { db: ctx.db.kysely, clock: ctx.clock, keys: ctx.keys };
  const tags = ['sign-in'];
  // The access check reads this to honour session cookies (see src/http/access.ts).
  app.decorate('sessionSettings', { clock: ctx.clock, publicUrl, onionUrl: ctx.config.onionUrl });

  app.post<{ Params: { id: string } }>('/api/responders/:id/invite', {
    config: { access: 'coordinator', live: 'roster' },
    schema: {
      tags,
      summary: 'A one-time link for a responder to set up sign-in (replaces an unused one)',
      params: IdParams,
      response: { 201: IssuedInvite, 404: ErrorResponse, 409: ErrorResponse },
    },
    handler: async (request, reply) => {
      const issued = await issueInvite({ ...deps, publicUrl }, principalOf(request).programId, request.params.id);
      request.log.info({ responderId: request.params.id }, 'invite issued');
      return reply.status(201).send(issued);
    },
  });

  app.post<{ Body: InspectBody }>('/api/invites/inspect', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Who an invite is for; unknown, used and expired invites all answer 404',
      body: InspectBody,
      response: { 200: InviteSummary, 404: ErrorResponse },
    },
    handler: async (request) => inspectInvite(deps, request.body.invite),
  });

  app.post<{ Body: AcceptBody }>('/api/invites/accept', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Set up sign-in with an invite, and sign in',
      body: AcceptBody,
      response: { 201: AccountSchema, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse, 422: ErrorResponse },
    },
    handler: async (request, reply) => {
      refuseForeignOrigin(request, ctx.config);
      const { account, session } = await acceptInvite(deps, request.body);
      request.log.info({ responderId: account.responderId }, 'sign-in set up');
      ctx.live.publish(account.programId, 'roster'); // the coordinator's roster shows who has set up
      return reply.status(201).header('set-cookie', sessionCookie(session.token, publicUrl)).send(account);
    },
  });

  app.post<{ Body: StartBody }>('/api/session/start', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'The salt and Argon2id parameters to derive the auth key with (answered for any name)',
      body: StartBody,
      response: { 200: SignInParams },
    },
    handler: async (request) => signInParams(deps, request.body.signInName),
  });

  app.post<{ Body: SignInBody }>('/api/session', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Sign in with the derived auth key; sets the session cookie',
      body: SignInBody,
      response: { 200: AccountSchema, 401: ErrorResponse, 403: ErrorResponse, 429: ErrorResponse },
    },
    handler: async (request, reply) => {
      refuseForeignOrigin(request, ctx.config);
      const result = await signIn(deps, request.body.signInName, request.body.authKey);
      if (result.kind === 'throttled') {
        request.log.info('sign-in refused: too many attempts');
        return reply
          .status(429)
          .header('retry-after', String(result.retryAfterSeconds))
          .send({ error: { code: 'rate_limited', message: result.message } });
      }
      if (result.kind === 'mismatch') {
        request.log.info('sign-in refused');
        throw new DomainError('unauthenticated', MISMATCH);
      }
      // Signing in again from the same browser replaces its session rather than leaving one behind.
      const previous = sessionToken(request.headers);
      if (previous !== undefined) await endSession(ctx.db.kysely, previous);
      request.log.info({ responderId: result.account.responderId }, 'signed in');
      return reply.header('set-cookie', sessionCookie(result.session.token, publicUrl)).send(result.account);
    },
  });

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
        .send();
    },
  });

  app.get('/api/session', {
    config: { access: 'responder' },
    schema: { tags, summary: 'Who is signed in, and until when', response: { 200: WhoAmI } },
    handler: async (request) => {
      const who = principalOf(request);
      const responder = await getResponder(deps, who.programId, who.responderId);
      const token = request.headers.authorization === undefined ? sessionToken(request.headers) : undefined;
      const session = token === undefined ? undefined : await liveSession(ctx.db.kysely, token, ctx.clock.now());
      return {
        responderId: who.responderId,
        programId: who.programId,
        name: responder.name,
        roles: who.roles,
        publicKey: (await findPublicKey(ctx.db.kysely, who.responderId)) ?? null,
        session: session
          ? { expiresAt: session.expiresAt, idleUntil: session.idleUntil, keptWhileOut: session.keptWhileOut }
          : null,
      };
    },
  });

  app.put<{ Body: { keep: boolean } }>('/api/session/kept-while-out', {
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

  app.delete<{ Params: { id: string } }>('/api/responders/:id/sessions', {
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
      return reply.status(204).send();
    },
  });

  app.post<{ Params: { id: string } }>('/api/responders/:id/reset', {
    config: { access: 'coordinator', live: 'roster' },
    schema: {
      tags,
      summary: 'Sign a responder out and delete their sign-in and wrapped key, so a new invite can be sent',
      description: 'Anything sealed only to their old key can no longer be opened, by design.',
      params: IdParams,
      response: { 204: Type.Null(), 404: ErrorResponse },
    },
    handler: async (request, reply) => {
      await resetSignIn(deps, principalOf(request).programId, request.params.id);
      request.log.info({ responderId: request.params.id }, 'sign-in reset');
      return reply.status(204).send();
    },
  });
}
