import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Principal } from '../auth/principal';
import type { AppContext } from '../context';
import { keyId, ready } from '../crypto/e2e';
import { principalOf } from '../auth/route-access';
import { ErrorResponse } from '../http/schema-helpers';
import { LIMITS } from '../notes/sealed';
import { notFound } from '../platform/errors';
import { getProgram } from '../program/service';
import { shareBrief } from './brief';
import { candidatesFor } from './candidates';
import { answer } from './formation';
import { checkIn, raiseBackup, setStatus } from './out';
import * as repo from './repo';
import { requestFieldResponse } from './request';
import {
  AnswerSchema,
  BriefShareSchema,
  CandidateSchema,
  CandidatesQuery,
  NewResponseSchema,
  ResponseParams,
  ResponseViewSchema,
  StatusSchema,
  type AnswerBody,
  type BriefShareBody,
  type CandidatesQueryString,
  type NewResponseBody,
  type StatusBody,
} from './schema';
import { actorOf, dispatchDepsOf, type CandidateView, type DispatchDeps } from './types';
import { viewOf, viewsOf } from './view';

const DAY = 24 * 60 * 60_000;
const noStore = (reply: FastifyReply) => reply.header('cache-control', 'no-store');

/** Field dispatch over HTTP: parse, authorize, call the domain, present the response view (docs/DISPATCH.md). */
export function dispatchRoutes(app: FastifyInstance, ctx: AppContext): void {
  const deps: DispatchDeps = dispatchDepsOf(ctx);
  const tags = ['dispatch'];
  const errors = { 404: ErrorResponse, 409: ErrorResponse, 422: ErrorResponse };
  type ById = { Params: { id: string } };

  /** The program, and my language for the program's guidance. */
  const context = async (principal: Principal) => {
    const [program, me] = await Promise.all([
      getProgram(deps, principal.programId),
      repo.responderBasics(deps.db, principal.responderId),
    ]);
    return { program, language: me?.languages[0] ?? program.languages[0] ?? 'en' };
  };
  /** Any responder of the program sees the board; the brief only where they may read it (view.ts). */
  const present = async (principal: Principal, id: string) => {
    const { program, language } = await context(principal);
    const row = await repo.findResponse(deps.db, principal.programId, id);
    if (!row) throw notFound('Response');
    return viewOf(deps, program, row, principal.responderId, language);
  };

  app.post<{ Body: NewResponseBody }>('/api/dispatch', {
    config: { access: 'responder' },
    bodyLimit: LIMITS.bodyBytes,
    schema: {
      tags,
      summary: 'Ask for a field response; nothing is stored or sent unless the person agreed to a visit',
      body: NewResponseSchema,
      response: { 201: ResponseViewSchema, ...errors },
    },
    handler: async (request, reply) => {
      noStore(reply);
      const principal = principalOf(request);
      const { program } = await context(principal);
      const row = await requestFieldResponse(deps, program, actorOf(principal), request.body);
      reply.status(201);
      return present(principal, row.id);
    },
  });

  app.get('/api/dispatch', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary: 'Open responses, then those ended in the last day (the board)',
      response: { 200: Type.Array(ResponseViewSchema) },
    },
    handler: async (request, reply) => {
      noStore(reply);
      const principal = principalOf(request);
      const { program, language } = await context(principal);
      const rows = await repo.boardRows(deps.db, principal.programId, deps.clock.now() - DAY);
      return viewsOf(deps, program, rows, principal.responderId, language);
    },
  });

  app.get<{ Querystring: CandidatesQueryString }>('/api/dispatch/candidates', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary:
        'Who would be asked (field, then support), best first, with public keys to seal the brief to; never numbers',
      querystring: CandidatesQuery,
      response: { 200: Type.Array(CandidateSchema) },
    },
    handler: async (request, reply): Promise<CandidateView[]> => {
      noStore(reply);
      const principal = principalOf(request);
      const { program } = await context(principal);
      const wanted = {
        needs: (request.query.needs ?? '').split(',').filter((n) => n !== ''),
        language: request.query.language ?? null,
      };
      const exclude = new Set([principal.responderId]);
      const [field, support] = await Promise.all([
        candidatesFor(deps, program, 'field', wanted, exclude),
        candidatesFor(deps, program, 'support', wanted, exclude),
      ]);
      await ready();
      const seen = new Set<string>();
      const listed = [
        ...field.map((c) => ({ c, role: 'field' as const })),
        ...support.map((c) => ({ c, role: 'support' as const })),
      ];
      return listed
        .filter(({ c }) => !seen.has(c.id) && seen.add(c.id))
        .map(({ c, role }) => ({
          id: c.id,
          name: c.name,
          skills: c.skills,
          languages: c.languages,
          publicKey: c.publicKey,
          keyId: c.publicKey ? keyId(c.publicKey) : null,
          role,
        }));
    },
  });

  app.get<ById>('/api/dispatch/:id', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary: 'One response: team, statuses, check-ins, guidance; the brief with my key if I may read it',
      params: ResponseParams,
      response: { 200: ResponseViewSchema, 404: ErrorResponse },
    },
    handler: async (request, reply) => {
      noStore(reply);
      return present(principalOf(request), request.params.id);
    },
  });

  app.post<ById & { Body: AnswerBody }>('/api/dispatch/:id/answer', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary: 'Yes (with minutes away) or no, from someone asked; the last place goes to exactly one',
      params: ResponseParams,
      body: AnswerSchema,
      response: { 200: ResponseViewSchema, ...errors },
    },
    handler: async (request, reply) => {
      noStore(reply);
      const principal = principalOf(request);
      const { program } = await context(principal);
      await answer(
        deps,
        program,
        actorOf(principal),
        request.params.id,
        request.body.accept,
        request.body.etaMinutes ?? null,
      );
      return present(principal, request.params.id);
    },
  });

  app.post<ById & { Body: StatusBody }>('/api/dispatch/:id/status', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary: 'My status on the team (on the way with ETA, on scene, leaving, clear); also a check-in',
      params: ResponseParams,
      body: StatusSchema,
      response: { 200: ResponseViewSchema, ...errors },
    },
    handler: async (request, reply) => {
      noStore(reply);
      const principal = principalOf(request);
      const { program } = await context(principal);
      await setStatus(
        deps,
        program,
        actorOf(principal),
        request.params.id,
        request.body.status,
        request.body.etaMinutes ?? null,
      );
      return present(principal, request.params.id);
    },
  });

  app.post<ById>('/api/dispatch/:id/check-in', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary: 'A safety check-in: the team is OK (clears a missed one)',
      params: ResponseParams,
      response: { 200: ResponseViewSchema, ...errors },
    },
    handler: async (request, reply) => {
      noStore(reply);
      const principal = principalOf(request);
      const { program } = await context(principal);
      await checkIn(deps, program, actorOf(principal), request.params.id);
      return present(principal, request.params.id);
    },
  });

  app.post<ById>('/api/dispatch/:id/backup', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary: 'Need backup: every on-shift field responder not already out is texted and rung',
      params: ResponseParams,
      response: { 200: ResponseViewSchema, ...errors },
    },
    handler: async (request, reply) => {
      noStore(reply);
      const principal = principalOf(request);
      const { program } = await context(principal);
      await raiseBackup(deps, program, actorOf(principal), request.params.id);
      return present(principal, request.params.id);
    },
  });

  app.post<ById & { Body: BriefShareBody }>('/api/dispatch/:id/brief/readers', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary:
        'A reader shares the brief with a teammate who joined late: its key, sealed in the browser to their current public key',
      params: ResponseParams,
      body: BriefShareSchema,
      response: { 201: ResponseViewSchema, ...errors },
    },
    handler: async (request, reply) => {
      noStore(reply);
      const principal = principalOf(request);
      await shareBrief(deps, actorOf(principal), request.params.id, request.body);
      reply.status(201);
      return present(principal, request.params.id);
    },
  });
}
