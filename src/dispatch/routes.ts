import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context';
import { principalOf } from '../auth/route-access';
import { ErrorResponse } from '../http/schema-helpers';
import { typed } from '../http/typed';
import { LIMITS } from '../notes/sealed';
import {
  AnswerSchema,
  BriefShareSchema,
  CandidateSchema,
  CandidatesQuery,
  NewResponseSchema,
  ResponseParams,
  ResponseViewSchema,
  StatusSchema,
} from './schema';
import {
  answerAsk,
  board,
  candidates,
  changeStatus,
  checkInTeam,
  needBackup,
  requestResponse,
  responseView,
  shareBriefWith,
} from './service';
import { dispatchDepsOf, type DispatchDeps } from './types';

/**
 * Field dispatch over HTTP: parse, authorize, call the service, present the response view
 * (docs/DISPATCH.md). Nothing here is cached: the security headers' hook answers `no-store`.
 */
export function dispatchRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = typed(fastify);
  const deps: DispatchDeps = dispatchDepsOf(ctx);
  const tags = ['dispatch'];
  const errors = { 404: ErrorResponse, 409: ErrorResponse, 422: ErrorResponse };

  app.post('/api/dispatch', {
    config: { access: 'responder' },
    bodyLimit: LIMITS.bodyBytes,
    schema: {
      tags,
      summary: 'Ask for a field response; nothing is stored or sent unless the person agreed to a visit',
      body: NewResponseSchema,
      response: { 201: ResponseViewSchema, ...errors },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await requestResponse(deps, principalOf(request), request.body)),
  });

  app.get('/api/dispatch', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary: 'Open responses, then those ended in the last day (the board)',
      response: { 200: Type.Array(ResponseViewSchema) },
    },
    handler: async (request) => board(deps, principalOf(request)),
  });

  app.get('/api/dispatch/candidates', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary:
        'Who would be asked (field, then support), best first, with public keys to seal the brief to; never numbers',
      querystring: CandidatesQuery,
      response: { 200: Type.Array(CandidateSchema) },
    },
    handler: async (request) => candidates(deps, principalOf(request), request.query),
  });

  app.get('/api/dispatch/:id', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary: 'One response: team, statuses, check-ins, guidance; the brief with my key if I may read it',
      params: ResponseParams,
      response: { 200: ResponseViewSchema, 404: ErrorResponse },
    },
    handler: async (request) => responseView(deps, principalOf(request), request.params.id),
  });

  app.post('/api/dispatch/:id/answer', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary: 'Yes (with minutes away) or no, from someone asked; the last place goes to exactly one',
      params: ResponseParams,
      body: AnswerSchema,
      response: { 200: ResponseViewSchema, ...errors },
    },
    handler: async (request) => answerAsk(deps, principalOf(request), request.params.id, request.body),
  });

  app.post('/api/dispatch/:id/status', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary: 'My status on the team (on the way with ETA, on scene, leaving, clear); also a check-in',
      params: ResponseParams,
      body: StatusSchema,
      response: { 200: ResponseViewSchema, ...errors },
    },
    handler: async (request) => changeStatus(deps, principalOf(request), request.params.id, request.body),
  });

  app.post('/api/dispatch/:id/check-in', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary: 'A safety check-in: the team is OK (clears a missed one)',
      params: ResponseParams,
      response: { 200: ResponseViewSchema, ...errors },
    },
    handler: async (request) => checkInTeam(deps, principalOf(request), request.params.id),
  });

  app.post('/api/dispatch/:id/backup', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary: 'Need backup: every on-shift field responder not already out is texted and rung',
      params: ResponseParams,
      response: { 200: ResponseViewSchema, ...errors },
    },
    handler: async (request) => needBackup(deps, principalOf(request), request.params.id),
  });

  app.post('/api/dispatch/:id/brief/readers', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary:
        'A reader shares the brief with a teammate who joined late: its key, sealed in the browser to their current public key',
      params: ResponseParams,
      body: BriefShareSchema,
      response: { 201: ResponseViewSchema, ...errors },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await shareBriefWith(deps, principalOf(request), request.params.id, request.body)),
  });
}
