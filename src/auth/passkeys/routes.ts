import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../context';
import { principalOf } from '../route-access';
import { ErrorResponse } from '../../http/schema-helpers';
import { DomainError } from '../../platform/errors';
import {
  cancelDeviceCode,
  CODE_MISMATCH,
  createDeviceCode,
  deviceCodeParams,
  redeemDeviceCode,
} from '../device-codes/service';
import { NewDeviceCodeBody, PendingDeviceCode, RedeemBody } from '../device-codes/schema';
import {
  acceptInviteWithPasskey,
  joinOptions,
  listPasskeys,
  passkeySignIn,
  registerPasskey,
  registrationOptions,
  removePasskey,
  signInOptions,
  UNUSABLE,
} from './service';
import {
  AcceptPasskeyBody,
  CeremonyOptions,
  JoinOptionsBody,
  PasskeyIdParams,
  PasskeySignInBody,
  PasskeySummarySchema,
  RegisterBody,
} from './schema';
import { refuseForeignOrigin, sessionCookie, sessionToken } from '../resolve';
import { endSession, type NewSession } from '../sessions/service';
import { AccountSchema, SignInParams, StartBody } from '../sign-in/schema';
import type { Account } from '../sign-in/service';
import type { Throttled } from '../sign-in/throttle';

/**
 * Passkeys and device codes (docs/SIGN-IN.md): more ways into the same account, each returning
 * the private key wrapped under something only the responder's device can produce. Log lines name
 * responders by id only: never a credential id, a code, a key or a sign-in name.
 */
export function passkeyRoutes(app: FastifyInstance, ctx: AppContext): void {
  const publicUrl = ctx.config.publicUrl;
  const deps = { db: ctx.db.kysely, clock: ctx.clock, keys: ctx.keys, publicUrl };
  // A passkey is bound to the public URL's domain (its relying party), so its ceremonies are only
  // ever started from there, never from the onion address; device codes work from both.
  const passkeyOrigin = { publicUrl };
  const tags = ['sign-in'];

  /**
   * Adding a way in is done from the console, whose page holds the key. An API token (a script)
   * cannot wrap the key, and must not be able to turn itself into a browser session either.
   */
  const consoleOnly = (request: FastifyRequest) => {
    if (request.headers.authorization !== undefined)
      throw new DomainError('forbidden', 'Passkeys and device codes are added from the console, signed in');
  };

  /** The end of every successful sign-in, exactly as the passphrase path does it. */
  const signedIn = async (
    request: FastifyRequest,
    reply: FastifyReply,
    result: { account: Account; session: NewSession },
    how: string,
  ) => {
    const previous = sessionToken(request.headers);
    if (previous !== undefined) await endSession(ctx.db.kysely, previous);
    request.log.info({ responderId: result.account.responderId, how }, 'signed in');
    return reply.header('set-cookie', sessionCookie(result.session.token, publicUrl)).send(result.account);
  };
  const throttledReply = (reply: FastifyReply, throttled: Throttled) =>
    reply
      .status(429)
      .header('retry-after', String(throttled.retryAfterSeconds))
      .send({ error: { code: 'rate_limited', message: throttled.message } });

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

  app.post<{ Body: RegisterBody }>('/api/passkeys/register', {
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

  app.post<{ Body: JoinOptionsBody }>('/api/invites/passkey/options', {
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

  app.post<{ Body: AcceptPasskeyBody }>('/api/invites/accept-passkey', {
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
      return signedIn(request, reply, result, 'passkey (joined)');
    },
  });

  app.get('/api/passkeys', {
    config: { access: 'responder' },
    schema: { tags, summary: 'My passkeys', response: { 200: Type.Array(PasskeySummarySchema) } },
    handler: async (request) => listPasskeys(deps, principalOf(request)),
  });

  app.delete<{ Params: PasskeyIdParams }>('/api/passkeys/:id', {
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
      return reply.status(204).send();
    },
  });

  app.post('/api/session/passkey/options', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Options for navigator.credentials.get(): no name needed, the authenticator offers its passkey',
      response: { 200: CeremonyOptions, 403: ErrorResponse, 429: ErrorResponse },
    },
    handler: async (request) => {
      refuseForeignOrigin(request, passkeyOrigin);
      return signInOptions(deps);
    },
  });

  app.post<{ Body: PasskeySignInBody }>('/api/session/passkey', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Sign in with a passkey; sets the session cookie and returns the key wrapped for this passkey',
      body: PasskeySignInBody,
      response: { 200: AccountSchema, 401: ErrorResponse, 403: ErrorResponse, 422: ErrorResponse, 429: ErrorResponse },
    },
    handler: async (request, reply) => {
      refuseForeignOrigin(request, passkeyOrigin);
      const result = await passkeySignIn(deps, request.body.assertion);
      if (result.kind === 'throttled') {
        request.log.info('passkey sign-in refused: too many attempts');
        return throttledReply(reply, result);
      }
      if (result.kind === 'unusable') {
        request.log.info('passkey sign-in refused');
        throw new DomainError('unauthenticated', UNUSABLE);
      }
      return signedIn(request, reply, result, 'passkey');
    },
  });

  // ---- device codes --------------------------------------------------------------------------

  app.post<{ Body: NewDeviceCodeBody }>('/api/device-codes', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary: 'A one-time code for adding a device: replaces any pending one; lasts 10 minutes',
      body: NewDeviceCodeBody,
      response: { 201: PendingDeviceCode, 403: ErrorResponse, 409: ErrorResponse, 422: ErrorResponse },
    },
    handler: async (request, reply) => {
      consoleOnly(request);
      const who = principalOf(request);
      const pending = await createDeviceCode(deps, who, request.body);
      request.log.info({ responderId: who.responderId }, 'device code made');
      return reply.status(201).send(pending);
    },
  });

  app.delete('/api/device-codes', {
    config: { access: 'responder' },
    schema: { tags, summary: 'Cancel my pending device code, if any', response: { 204: Type.Null() } },
    handler: async (request, reply) => {
      await cancelDeviceCode(deps, principalOf(request));
      return reply.status(204).send();
    },
  });

  app.post<{ Body: StartBody }>('/api/device-codes/start', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'The salt to derive the code’s auth key with (answered for any name)',
      body: StartBody,
      response: { 200: SignInParams },
    },
    handler: async (request) => deviceCodeParams(deps, request.body.signInName),
  });

  app.post<{ Body: RedeemBody }>('/api/device-codes/redeem', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Sign a new device in with a code; the code is used up',
      body: RedeemBody,
      response: { 200: AccountSchema, 401: ErrorResponse, 403: ErrorResponse, 429: ErrorResponse },
    },
    handler: async (request, reply) => {
      refuseForeignOrigin(request, ctx.config);
      const result = await redeemDeviceCode(deps, request.body.signInName, request.body.authKey);
      if (result.kind === 'throttled') {
        request.log.info('device code refused: too many attempts');
        return throttledReply(reply, result);
      }
      if (result.kind === 'mismatch') {
        request.log.info('device code refused');
        throw new DomainError('unauthenticated', CODE_MISMATCH);
      }
      return signedIn(request, reply, result, 'device code');
    },
  });
}
