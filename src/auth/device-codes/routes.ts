import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { ErrorResponse } from '../../http/schema-helpers';
import { typed } from '../../http/typed';
import { DomainError } from '../../platform/errors';
import { refuseForeignOrigin } from '../resolve';
import { principalOf } from '../route-access';
import { consoleOnly, refuseThrottled, signedIn } from '../route-sign-in';
import { AccountSchema, SignInParams, StartBody } from '../sign-in/schema';
import { NewDeviceCodeBody, PendingDeviceCode, RedeemBody } from './schema';
import { cancelDeviceCode, CODE_MISMATCH, createDeviceCode, deviceCodeParams, redeemDeviceCode } from './service';

/**
 * Device codes (docs/SIGN-IN.md): a signed-in console makes a short one-time code that lets a new
 * device in, with the private key wrapped under a key only the code derives. They work from the
 * public URL and the onion address alike.
 */
export function deviceCodeRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = typed(fastify);
  const publicUrl = ctx.config.publicUrl;
  const deps = { db: ctx.db.kysely, clock: ctx.clock, keys: ctx.keys };
  const edge = { db: ctx.db.kysely, clock: ctx.clock, keys: ctx.keys, publicUrl };
  const tags = ['sign-in'];

  // ---- device codes --------------------------------------------------------------------------

  app.post('/api/device-codes', {
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
      return reply.status(204).send(null);
    },
  });

  app.post('/api/device-codes/start', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'The salt to derive the code’s auth key with (answered for any name)',
      body: StartBody,
      response: { 200: SignInParams },
    },
    handler: async (request) => deviceCodeParams(deps, request.body.signInName),
  });

  app.post('/api/device-codes/redeem', {
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
        return refuseThrottled(reply, result);
      }
      if (result.kind === 'mismatch') {
        request.log.info('device code refused');
        throw new DomainError('unauthenticated', CODE_MISMATCH);
      }
      return signedIn(edge, request, reply, result, 'device code');
    },
  });
}
