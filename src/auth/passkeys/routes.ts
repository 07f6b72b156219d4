import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { ErrorResponse } from '../../http/schema-helpers';
import { typed } from '../../http/typed';
import { DomainError } from '../../platform/errors';
import { refuseForeignOrigin } from '../resolve';
import { principalOf } from '../route-access';
import { consoleOnly, refuseThrottled, signedIn } from '../route-sign-in';
import { AccountSchema } from '../sign-in/schema';
import { acceptInviteWithPasskey, joinOptions } from './join';
import {
  AcceptPasskeyBody,
  CeremonyOptions,
  JoinOptionsBody,
  PasskeyIdParams,
  PasskeySignInBody,
  PasskeySummarySchema,
  RegisterBody,
} from './schema';
import { listPasskeys, registerPasskey, registrationOptions, removePasskey } from './service';
import { passkeySignIn, signInOptions, UNUSABLE } from './sign-in';
import { SpentChallenges } from './sign-in-challenge';

/**
 * Passkeys (docs/SIGN-IN.md): another way into the same account, returning the private key wrapped
 * under the passkey's PRF output, which only the responder's authenticator can produce.
 */
export function passkeyRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = typed(fastify);
  const publicUrl = ctx.config.publicUrl;
  const deps = { db: ctx.db.kysely, clock: ctx.clock, keys: ctx.keys, publicUrl };
  const edge = { db: ctx.db.kysely, clock: ctx.clock, keys: ctx.keys, publicUrl };
  // A passkey is bound to the public URL's domain (its relying party), so its ceremonies are only
  // ever started from there, never from the onion address.
  const passkeyOrigin = { publicUrl };
  const tags = ['sign-in'];
  // Sign-in challenges already answered, for their few minutes of life: one set per server.
  const spent = new SpentChallenges();

  // ---- passkeys ------------------------------------------------------------------------------

  app.post('/api/passkeys/register/options', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary:
        'Options for navigator.credentials.create(): a discoverable, user-verified passkey with the PRF extension',
      response: { 200: CeremonyOptions, 403: ErrorResponse, 409: ErrorResponse },
    },
    handler: async (request) => {
      consoleOnly(request);
      return registrationOptions(deps, principalOf(request));
    },
  });

  app.post('/api/passkeys/register', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary: 'Keep a new passkey and the private key wrapped under its PRF output',
      description:
        'Refused (422, field `/attestation/clientExtensionResults/prf`) when the authenticator reports no PRF support.',
      body: RegisterBody,
      response: { 201: PasskeySummarySchema, 403: ErrorResponse, 409: ErrorResponse, 422: ErrorResponse },
    },
    handler: async (request, reply) => {
      consoleOnly(request);
      const who = principalOf(request);
      const added = await registerPasskey(deps, who, {
        response: request.body.attestation,
        wrappedKey: request.body.wrappedKey,
      });
      request.log.info({ responderId: who.responderId }, 'passkey added');
      return reply.status(201).send(added);
    },
  });

  // ---- joining with a passkey alone --------------------------------------------------------------

  app.post('/api/invites/passkey/options', {
    config: { access: 'public' },
    schema: {
      tags,
      summary:
        'Options for navigator.credentials.create() when joining with a passkey; the challenge is bound to this invite',
      body: JoinOptionsBody,
      response: { 200: CeremonyOptions, 403: ErrorResponse, 404: ErrorResponse },
    },
    handler: async (request) => {
      refuseForeignOrigin(request, passkeyOrigin);
      return joinOptions(deps, request.body.invite);
    },
  });

  app.post('/api/invites/accept-passkey', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Set up sign-in with an invite and a passkey alone (no passphrase), and sign in',
      description:
        'Refused (422, field `/attestation/clientExtensionResults/prf`) when the authenticator reports no PRF support; the invite stays usable.',
      body: AcceptPasskeyBody,
      response: { 201: AccountSchema, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse, 422: ErrorResponse },
    },
    handler: async (request, reply) => {
      refuseForeignOrigin(request, passkeyOrigin);
      const { invite, attestation, publicKey, wrappedKey, signInName } = request.body;
      const result = await acceptInviteWithPasskey(deps, {
        invite,
        response: attestation,
        publicKey,
        wrappedKey,
        signInName,
      });
      ctx.live.publish(result.account.programId, 'roster'); // the coordinator's roster shows who has set up
      reply.status(201);
      return signedIn(edge, request, reply, result, 'passkey (joined)');
    },
  });

  app.get('/api/passkeys', {
    config: { access: 'responder' },
    schema: { tags, summary: 'My passkeys', response: { 200: Type.Array(PasskeySummarySchema) } },
    handler: async (request) => listPasskeys(deps, principalOf(request)),
  });

  app.delete('/api/passkeys/:id', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary: 'Remove one of my passkeys (another person’s answers 404)',
      params: PasskeyIdParams,
      response: { 204: Type.Null(), 404: ErrorResponse },
    },
    handler: async (request, reply) => {
      const who = principalOf(request);
      await removePasskey(deps, who, request.params.id);
      request.log.info({ responderId: who.responderId }, 'passkey removed');
      return reply.status(204).send(null);
    },
  });

  app.post('/api/session/passkey/options', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Options for navigator.credentials.get(): no name needed, the authenticator offers its passkey',
      response: { 200: CeremonyOptions, 403: ErrorResponse },
    },
    handler: async (request) => {
      refuseForeignOrigin(request, passkeyOrigin);
      return signInOptions(deps);
    },
  });

  app.post('/api/session/passkey', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Sign in with a passkey; sets the session cookie and returns the key wrapped for this passkey',
      body: PasskeySignInBody,
      response: { 200: AccountSchema, 401: ErrorResponse, 403: ErrorResponse, 422: ErrorResponse, 429: ErrorResponse },
    },
    handler: async (request, reply) => {
      refuseForeignOrigin(request, passkeyOrigin);
      const result = await passkeySignIn(deps, spent, request.body.assertion);
      if (result.kind === 'throttled') {
        request.log.info('passkey sign-in refused: too many attempts');
        return refuseThrottled(reply, result);
      }
      if (result.kind === 'unusable') {
        request.log.info('passkey sign-in refused');
        throw new DomainError('unauthenticated', UNUSABLE);
      }
      return signedIn(edge, request, reply, result, 'passkey');
    },
  });
}
