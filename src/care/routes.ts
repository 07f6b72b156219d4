import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../context';
import { principalOf } from '../auth/route-access';
import { ErrorResponse } from '../http/schema-helpers';
import { typed } from '../http/typed';
import {
  CloseBody,
  CloseSchema,
  ContactBody,
  FollowUpTextBody,
  ContactSchema,
  DebriefBody,
  DebriefParams,
  DebriefSchema,
  EvaluationQuery,
  EvaluationSchema,
  EventBody,
  EventSchema,
  FollowUpBody,
  FollowUpSchema,
  ResponseParams,
} from './schema';
import { closeResponse } from './closing';
import { markDebriefDone, myDebriefs } from './debriefs';
import { evaluate, recordEvent } from './events';
import { forgetContact, setContact } from './follow-ups/contact';
import { createFollowUp, markFollowUpDone, myFollowUps, removeFollowUp } from './follow-ups/follow-ups';
import { callThroughLine, textThroughLine } from './follow-ups/reach';
import { actorOf, dispatchDepsOf, type Actor } from '../dispatch/types';

const actor = (request: FastifyRequest): Actor => actorOf(principalOf(request));

const refusals = { 404: ErrorResponse, 409: ErrorResponse, 422: ErrorResponse };

/** Events, close, debriefs and aftercare (docs/DISPATCH.md "While out" and "Close and care"). */
export function careRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = typed(fastify);
  const deps = dispatchDepsOf(ctx);

  app.post('/api/dispatch/:id/events', {
    config: { access: 'responder' },
    schema: {
      tags: ['dispatch'],
      summary: 'Record emergency services the person consented to, or police contact: a count with a category',
      params: ResponseParams,
      body: EventBody,
      response: { 201: EventSchema, ...refusals },
    },
    handler: async (request, reply) => {
      const { kind, category, personConsented } = request.body;
      const event = await recordEvent(deps, actor(request), request.params.id, {
        kind,
        category,
        ...(personConsented === undefined ? {} : { personConsented }),
      });
      return reply.status(201).send(event);
    },
  });

  app.get('/api/dispatch/evaluation', {
    config: { access: 'coordinator' },
    schema: {
      tags: ['dispatch'],
      summary: 'Counts of responses, events, debriefs and follow-ups: numbers only',
      querystring: EvaluationQuery,
      response: { 200: EvaluationSchema, 422: ErrorResponse },
    },
    handler: async (request) => evaluate(deps, actor(request).programId, request.query),
  });

  app.post('/api/dispatch/:id/close', {
    config: { access: 'responder' },
    schema: {
      tags: ['dispatch'],
      summary: 'Close with an outcome: the brief and its keys are deleted, debrief tasks are made',
      params: ResponseParams,
      body: CloseBody,
      response: { 200: CloseSchema, ...refusals },
    },
    handler: async (request) => closeResponse(deps, actor(request), request.params.id, request.body.outcome),
  });

  app.get('/api/debriefs', {
    config: { access: 'responder' },
    schema: {
      tags: ['dispatch'],
      summary: 'Debriefs I hold and debriefs I attend',
      response: { 200: Type.Array(DebriefSchema) },
    },
    handler: async (request) => myDebriefs(deps, actor(request)),
  });

  app.post('/api/debriefs/:responseId/:responderId', {
    config: { access: 'responder' },
    schema: {
      tags: ['dispatch'],
      summary: 'Mark a debrief done, with its words sealed to the participants if any were written',
      params: DebriefParams,
      body: DebriefBody,
      response: { 200: DebriefSchema, ...refusals },
    },
    handler: async (request) =>
      markDebriefDone(deps, actor(request), request.params.responseId, request.params.responderId, request.body.record),
  });

  app.put('/api/dispatch/:id/contact', {
    config: { access: 'responder' },
    schema: {
      tags: ['dispatch'],
      summary: 'With the person’s consent, keep their number for follow-ups (sealed; erased after the last one)',
      params: ResponseParams,
      body: ContactBody,
      response: { 200: ContactSchema, ...refusals },
    },
    handler: async (request) => setContact(deps, actor(request), request.params.id, request.body.number),
  });

  app.delete('/api/dispatch/:id/contact', {
    config: { access: 'responder' },
    schema: {
      tags: ['dispatch'],
      summary: 'Forget the person’s number now',
      params: ResponseParams,
      response: { 200: ContactSchema, ...refusals },
    },
    handler: async (request) => forgetContact(deps, actor(request), request.params.id),
  });

  app.post('/api/dispatch/:id/follow-ups', {
    config: { access: 'responder' },
    schema: {
      tags: ['dispatch'],
      summary: 'Schedule a follow-up on a local date and time; the assignee is texted a reminder then',
      params: ResponseParams,
      body: FollowUpBody,
      response: { 201: FollowUpSchema, ...refusals },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await createFollowUp(deps, actor(request), request.params.id, request.body)),
  });

  app.get('/api/follow-ups', {
    config: { access: 'responder' },
    schema: {
      tags: ['dispatch'],
      summary: 'My follow-ups: not done, or done in the last day',
      response: { 200: Type.Array(FollowUpSchema) },
    },
    handler: async (request) => myFollowUps(deps, actor(request)),
  });

  app.post('/api/follow-ups/:id/call', {
    config: { access: 'responder' },
    schema: {
      tags: ['dispatch'],
      summary: 'Ring my phone, then the person from the community number: nobody’s number changes hands',
      params: ResponseParams,
      response: { 200: Type.Object({ ringing: Type.Literal(true) }), ...refusals },
    },
    handler: async (request) => callThroughLine(deps, actor(request), request.params.id),
  });

  app.post('/api/follow-ups/:id/text', {
    config: { access: 'responder' },
    schema: {
      tags: ['dispatch'],
      summary: 'Text the person from the community number; the words are not kept',
      params: ResponseParams,
      body: FollowUpTextBody,
      response: { 200: Type.Object({ sent: Type.Literal(true) }), ...refusals },
    },
    handler: async (request) => textThroughLine(deps, actor(request), request.params.id, request.body.body),
  });

  app.post('/api/follow-ups/:id/done', {
    config: { access: 'responder' },
    schema: {
      tags: ['dispatch'],
      summary: 'Mark a follow-up done; after the last, the number is erased',
      params: ResponseParams,
      response: { 200: FollowUpSchema, ...refusals },
    },
    handler: async (request) => markFollowUpDone(deps, actor(request), request.params.id),
  });

  app.delete('/api/follow-ups/:id', {
    config: { access: 'responder' },
    schema: {
      tags: ['dispatch'],
      summary: 'Remove a follow-up; with none left to do, the number is erased',
      params: ResponseParams,
      response: { 204: Type.Null(), ...refusals },
    },
    handler: async (request, reply) => {
      await removeFollowUp(deps, actor(request), request.params.id);
      return reply.status(204).send(null);
    },
  });
}
