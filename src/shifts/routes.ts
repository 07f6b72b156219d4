import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RestOverrideReason } from '../program/limits';
import type { AppContext } from '../context';
import { principalOf } from '../auth/route-access';
import { ErrorResponse, IdParams } from '../http/schema-helpers';
import { typed } from '../http/typed';
import { presentOnCall, presentOverride, presentRule, presentSchedule } from './present';
import {
  OnCallSchema,
  OverrideBodySchema,
  OverrideSchema,
  RuleBodySchema,
  RuleSchema,
  ScheduleQuerySchema,
  ScheduleSchema,
  ShiftsSchema,
} from './schema';
import {
  createOverride,
  createRule,
  listShifts,
  onCallNow,
  removeOverride,
  removeRule,
  replaceRule,
  schedule,
  type Writer,
} from './service';

const programOf = (request: FastifyRequest) => principalOf(request).programId;
/** The coordinator writing, and the reason they gave (if any) to let the shift break a rest rule. */
const writerOf = (request: FastifyRequest & { body: { restOverride?: RestOverrideReason } }): Writer => ({
  by: principalOf(request).responderId,
  restOverride: request.body.restOverride,
});

export function shiftRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = typed(fastify);
  const deps = { db: ctx.db.kysely, clock: ctx.clock };
  const tags = ['shifts'];
  const writeErrors = { 404: ErrorResponse, 409: ErrorResponse, 422: ErrorResponse };

  app.get('/api/shifts', {
    config: { access: 'responder' },
    schema: { tags, summary: 'Weekly shifts and upcoming one-offs', response: { 200: ShiftsSchema } },
    handler: async (request) => {
      const { timeZone, rules, overrides } = await listShifts(deps, principalOf(request).programId);
      return { rules: rules.map(presentRule), overrides: overrides.map((o) => presentOverride(o, timeZone)) };
    },
  });

  app.post('/api/shifts/rules', {
    config: { access: 'coordinator', live: 'shifts' },
    schema: {
      tags,
      summary:
        'Add a weekly shift; refused if it overlaps another of the same responder’s, or breaks a rest rule without a reason to allow it',
      body: RuleBodySchema,
      response: { 201: RuleSchema, ...writeErrors },
    },
    handler: async (request, reply) =>
      reply.status(201).send(presentRule(await createRule(deps, programOf(request), request.body, writerOf(request)))),
  });

  app.put('/api/shifts/rules/:id', {
    config: { access: 'coordinator', live: 'shifts' },
    schema: {
      tags,
      summary: 'Move or replace a weekly shift',
      params: IdParams,
      body: RuleBodySchema,
      response: { 200: RuleSchema, ...writeErrors },
    },
    handler: async (request) =>
      presentRule(await replaceRule(deps, programOf(request), request.params.id, request.body, writerOf(request))),
  });

  app.delete('/api/shifts/rules/:id', {
    config: { access: 'coordinator', live: 'shifts' },
    schema: {
      tags,
      summary: 'Remove a weekly shift',
      params: IdParams,
      response: { 204: Type.Null(), 404: ErrorResponse },
    },
    handler: async (request, reply) => {
      await removeRule(deps, principalOf(request).programId, request.params.id);
      return reply.status(204).send(null);
    },
  });

  app.post('/api/shifts/overrides', {
    config: { access: 'coordinator', live: 'shifts' },
    schema: {
      tags,
      summary: 'Add a one-off shift ("on") or time away ("off") at local date-times in the program time zone',
      body: OverrideBodySchema,
      response: { 201: OverrideSchema, ...writeErrors },
    },
    handler: async (request, reply) => {
      const { override, timeZone } = await createOverride(deps, programOf(request), request.body, writerOf(request));
      return reply.status(201).send(presentOverride(override, timeZone));
    },
  });

  app.delete('/api/shifts/overrides/:id', {
    config: { access: 'coordinator', live: 'shifts' },
    schema: {
      tags,
      summary: 'Remove a one-off shift or time away',
      params: IdParams,
      response: { 204: Type.Null(), 404: ErrorResponse },
    },
    handler: async (request, reply) => {
      await removeOverride(deps, principalOf(request).programId, request.params.id);
      return reply.status(204).send(null);
    },
  });

  app.get('/api/shifts/schedule', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary: 'Who is scheduled when over 1–31 local days, and the gaps in opening hours with no primary on the phone',
      querystring: ScheduleQuerySchema,
      response: { 200: ScheduleSchema, 422: ErrorResponse },
    },
    handler: async (request) => presentSchedule(await schedule(deps, principalOf(request).programId, request.query)),
  });

  app.get('/api/on-call', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary: 'Who is on call right now, every role (whether on a call or not)',
      response: { 200: OnCallSchema },
    },
    handler: async (request) => {
      const { timeZone, entries } = await onCallNow(deps, principalOf(request).programId);
      return entries.map((e) => presentOnCall(e, timeZone));
    },
  });
}
