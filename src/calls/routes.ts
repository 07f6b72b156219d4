import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context';
import { principalOf } from '../auth/route-access';
import { ErrorResponse, IdParams, Nullable, Strict } from '../http/schema-helpers';
import { typed } from '../http/typed';
import { invalid } from '../platform/errors';
import { callDepsOf } from './deps';
import { callHistory, callRecord, callsInProgress, endCallEarly } from './service';
import { CALL_OUTCOMES, END_REASONS } from './types';

const CallSchema = Strict(
  {
    id: Type.String(),
    channel: Type.Literal('voice'),
    state: Type.Union(['greeting', 'ringing', 'connected', 'ended'].map((s) => Type.Literal(s))),
    startedAt: Type.Integer({ description: 'Epoch milliseconds' }),
    language: Nullable(Type.String()),
    outcome: Nullable(Type.Union(CALL_OUTCOMES.map((o) => Type.Literal(o)))),
    endReason: Nullable(Type.Union(END_REASONS.map((r) => Type.Literal(r)))),
    secondsToAnswer: Nullable(Type.Integer({ description: 'From the start of ringing to the accepting keypress' })),
    durationSeconds: Nullable(Type.Integer({ description: 'From acceptance to the end of the call' })),
    acceptedBy: Nullable(Type.String({ description: 'The responder who accepted' })),
    endedAt: Nullable(Type.Integer()),
  },
  'What Kith keeps about a call: no caller number in any form',
);
// Query strings arrive as text (the API does not coerce types, so bodies stay strict): whole numbers by pattern.
const Whole = (description: string) => Type.Optional(Type.String({ pattern: '^[0-9]{1,15}$', description }));
const HistoryQuery = Strict({
  from: Whole('Epoch ms (default: 30 days ago)'),
  to: Whole('Epoch ms (default: now)'),
  limit: Whole('At most this many, 1 to 1000 (default 200)'),
});
const EndBody = Strict({
  reason: Type.Union(
    END_REASONS.map((r) => Type.Literal(r)),
    { description: 'mistake: it reached me by mistake; must_end: I have to end it' },
  ),
});

export function callRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = typed(fastify);
  const tags = ['calls'];
  const db = ctx.db.kysely;

  app.get('/api/calls', {
    config: { access: 'coordinator' },
    schema: {
      tags,
      summary: 'Call records for evaluation',
      querystring: HistoryQuery,
      response: { 200: Type.Array(CallSchema) },
    },
    handler: async (request) => {
      const now = ctx.clock.now();
      const number = (text: string | undefined, fallback: number) => (text === undefined ? fallback : Number(text));
      const window = {
        from: number(request.query.from, now - 30 * 86_400_000),
        to: number(request.query.to, now + 1),
        limit: number(request.query.limit, 200),
      };
      if (window.limit < 1 || window.limit > 1000) {
        throw invalid([{ field: '/limit', message: 'must be from 1 to 1000' }]);
      }
      return callHistory({ db }, principalOf(request).programId, window);
    },
  });

  app.get('/api/calls/live', {
    config: { access: 'responder' },
    schema: { tags, summary: 'Calls ringing or in progress now', response: { 200: Type.Array(CallSchema) } },
    handler: async (request) => callsInProgress({ db }, principalOf(request).programId),
  });

  app.get('/api/calls/:id', {
    config: { access: 'responder' },
    schema: { tags, summary: 'One call record', params: IdParams, response: { 200: CallSchema, 404: ErrorResponse } },
    handler: async (request) => callRecord({ db }, principalOf(request).programId, request.params.id),
  });

  app.post('/api/calls/:id/end', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary: 'The accepting responder (or a coordinator) ends a call early, saying why',
      params: IdParams,
      body: EndBody,
      response: { 200: CallSchema, 404: ErrorResponse, 409: ErrorResponse },
    },
    handler: async (request) =>
      endCallEarly(callDepsOf(ctx), principalOf(request), request.params.id, request.body.reason),
  });
}
