import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { ErrorResponse, IdParams } from '../../http/schema-helpers';
import { typed } from '../../http/typed';
import { DomainError } from '../../platform/errors';
import { acceptInvite, inspectInvite, issueInvite, resetSignIn } from '../enrolment';
import { refuseForeignOrigin } from '../resolve';
import { principalOf } from '../route-access';
import { refuseThrottled, signedIn } from '../route-sign-in';
import {
  AcceptBody,
  AccountSchema,
  InspectBody,
  InviteSummary,
  IssuedInvite,
  SignInBody,
  SignInParams,
  StartBody,
} from './schema';
import { deviceEntries } from './device-cookie';
import { MISMATCH, signIn, signInParams } from './service';

/**
 * Invites and passphrase sign-in for the console (docs/SIGN-IN.md). Log lines name responders by
 * id only: never a token, an auth key, a salt or a sign-in name.
 */
export function signInRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = typed(fastify);
  const publicUrl = ctx.config.publicUrl;
  const deps = { db: ctx.db.kysely, clock: ctx.clock, keys: ctx.keys };
  const edge = { db: ctx.db.kysely, clock: ctx.clock, keys: ctx.keys, publicUrl };
  const tags = ['sign-in'];

  app.post('/api/responders/:id/invite', {
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

  app.post('/api/invites/inspect', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Who an invite is for; unknown, used and expired invites all answer 404',
      body: InspectBody,
      response: { 200: InviteSummary, 404: ErrorResponse },
    },
    handler: async (request) => inspectInvite(deps, request.body.invite),
  });

  app.post('/api/invites/accept', {
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
      reply.status(201);
      return signedIn(edge, request, reply, { account, session }, 'passphrase (joined)');
    },
  });

  app.post('/api/session/start', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'The salt and Argon2id parameters to derive the auth key with (answered for any name)',
      body: StartBody,
      response: { 200: SignInParams },
    },
    handler: async (request) => signInParams(deps, request.body.signInName),
  });

  app.post('/api/session', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Sign in with the derived auth key; sets the session cookie',
      body: SignInBody,
      response: { 200: AccountSchema, 401: ErrorResponse, 403: ErrorResponse, 429: ErrorResponse },
    },
    handler: async (request, reply) => {
      refuseForeignOrigin(request, ctx.config);
      const devices = deviceEntries(request.headers, ctx.clock.now());
      const result = await signIn(deps, request.body.signInName, request.body.authKey, devices);
      if (result.kind === 'throttled') {
        request.log.info('sign-in refused: too many attempts');
        return refuseThrottled(reply, result);
      }
      if (result.kind === 'mismatch') {
        request.log.info('sign-in refused');
        throw new DomainError('unauthenticated', MISMATCH);
      }
      return signedIn(edge, request, reply, result, 'passphrase');
    },
  });

  app.post('/api/responders/:id/reset', {
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
      return reply.status(204).send(null);
    },
  });
}
