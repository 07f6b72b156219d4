import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { textDepsOf } from '../../conversations/deps';
import { ErrorResponse, IdParams } from '../../http/schema-helpers';
import { principalOf } from '../../http/principal';
import { typed } from '../../http/typed';
import { DomainError, invalid, notFound } from '../../platform/errors';
import { getProgram } from '../../program/service';
import { findMemberRow, memberByNumber } from '../service';
import { openedFor } from './openings';
import { lockedError, makeLink, unlockFor } from './plans';
import { scopeNow } from './scope';
import { OpenedPlanSchema, PlanLinkSchema, UnlockedSchema, UnlockSchema } from './schema';

/**
 * Plans in the console: a responder beside a member makes them a link to write their plan; a
 * responder on a call, conversation or field response types the phrase the member tells them; the
 * plans opened to them for what they are on now. The code is never stored, logged or sent back.
 */
export function planRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = typed(fastify);
  const deps = () => textDepsOf(ctx);
  const tags = ['members'];

  app.post('/api/members/:id/plan-link', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary: 'A one-time link for a member to write, change or destroy their plan',
      params: IdParams,
      response: { 201: PlanLinkSchema, 404: ErrorResponse },
    },
    handler: async (request, reply) => {
      const member = await findMemberRow(deps(), principalOf(request).programId, request.params.id);
      if (!member) throw notFound('Member');
      return reply.status(201).send(await makeLink(deps(), member));
    },
  });

  app.post('/api/members/plans/unlock', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary: 'Open a member’s plan for a call, conversation or field response you are on, with their phrase',
      body: UnlockSchema,
      response: { 200: UnlockedSchema, 404: ErrorResponse, 422: ErrorResponse, 429: ErrorResponse },
    },
    handler: async (request) => {
      const principal = principalOf(request);
      const program = await getProgram(deps(), principal.programId);
      const { memberNumber, secret, scope } = request.body;
      // Only someone on it may open a plan for it; anyone else is told there is no such thing.
      const on = await scopeNow(deps(), program.id, scope);
      if (!on?.open || !on.responders.includes(principal.responderId))
        throw notFound('Open call, conversation or response');
      const member = await memberByNumber(deps(), program.id, memberNumber.trim());
      if (!member) throw invalid([{ field: '/memberNumber', message: 'is not a member’s number' }]);
      const result = await unlockFor(deps(), program, member, secret, scope, 'phrase');
      if (result.ok) return { readers: result.readers };
      if (result.why !== 'wrong') throw result.why === 'locked' ? lockedError() : notFound('Plan');
      throw new DomainError('validation_failed', 'That is not the member’s code or phrase', [
        { field: '/secret', message: `is not the member’s code or phrase (${result.triesLeft} tries left this hour)` },
      ]);
    },
  });

  app.get('/api/members/plans/opened', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary: 'Plans opened to you for what you are on now, sealed to your key',
      response: { 200: Type.Array(OpenedPlanSchema) },
    },
    handler: async (request, reply) => {
      const principal = principalOf(request);
      reply.header('cache-control', 'no-store');
      return openedFor(deps(), principal.programId, principal.responderId);
    },
  });
}
