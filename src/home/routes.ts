import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { ROLES } from '../auth/principal';
import type { AppContext } from '../context';
import { principalOf } from '../auth/route-access';
import { ErrorResponse, Nullable, Strict } from '../http/schema-helpers';
import { typed } from '../http/typed';
import { formatInstant } from '../platform/wall-time';
import { TIERS } from '../shifts/types';
import { dispatchDepsOf } from '../dispatch/types';
import { comeBack, goOnBreak } from './break';
import { home, type ShiftSpan } from './home';

const Instant = Type.String({
  description: 'ISO 8601 in the program’s time zone, with its offset',
  examples: ['2026-11-23T19:00-05:00'],
});
const ShiftSchema = Strict({
  role: Type.Union(ROLES.map((r) => Type.Literal(r))),
  tier: Type.Union(TIERS.map((t) => Type.Literal(t))),
  start: Instant,
  end: Instant,
});
const BreakSchema = Strict({
  onBreakSince: Nullable(Type.Integer({ description: 'Epoch ms the break began; null when not on break' })),
});

const HomeSchema = Strict(
  {
    timeZone: Type.String({ description: 'The program’s IANA time zone' }),
    me: Strict({
      id: Type.String(),
      name: Type.String(),
      roles: Type.Array(Type.Union(ROLES.map((r) => Type.Literal(r)))),
      status: Type.Union([Type.Literal('active'), Type.Literal('paused')]),
      onBreakSince: Nullable(Type.Integer({ description: 'Epoch ms' })),
      breakUntil: Nullable(Type.Integer({ description: 'Epoch ms a break ends by itself (cool-down, stepping back)' })),
      breakKind: Nullable(Type.Union([Type.Literal('step-back'), Type.Literal('cool-down')])),
      onCallNow: Type.Boolean({ description: 'A shift covers now, and I am neither paused nor on break' }),
      currentShift: Nullable(ShiftSchema),
    }),
    nextShifts: Type.Array(ShiftSchema, { description: 'My shifts starting in the next 7 days, in order' }),
    live: Type.Array(
      Strict({
        id: Type.String(),
        state: Type.Union([Type.Literal('ringing'), Type.Literal('connected')]),
        startedAt: Type.Integer({ description: 'Epoch ms' }),
        language: Nullable(Type.String()),
        acceptedBy: Nullable(Strict({ id: Type.String(), name: Type.String() })),
        ringingMe: Type.Boolean({ description: 'My phone is ringing for this call now' }),
      }),
      { description: 'Calls ringing or connected now; nothing about who called' },
    ),
    coolDown: Nullable(
      Strict(
        {
          minutes: Type.Integer(),
          why: Type.Union([Type.Literal('hard'), Type.Literal('long')]),
          support: Type.Array(Strict({ id: Type.String(), name: Type.String() }), {
            description: 'Support people on shift now, to talk it over with',
          }),
        },
        'A few minutes off the line, on offer after a hard or long call',
      ),
    ),
  },
  'The console’s home page',
);

export function homeRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = typed(fastify);
  const deps = { db: ctx.db.kysely, clock: ctx.clock };
  const homeDeps = dispatchDepsOf(ctx);
  const tags = ['console'];

  app.get('/api/me/home', {
    config: { access: 'responder' },
    schema: { tags, summary: 'Me, my shifts this week and the calls live now', response: { 200: HomeSchema } },
    handler: async (request) => {
      const view = await home(homeDeps, principalOf(request));
      const span = (s: ShiftSpan) => ({
        role: s.role,
        tier: s.tier,
        start: formatInstant(s.start, view.timeZone),
        end: formatInstant(s.end, view.timeZone),
      });
      return {
        ...view,
        me: { ...view.me, currentShift: view.me.currentShift && span(view.me.currentShift) },
        nextShifts: view.nextShifts.map(span),
      };
    },
  });

  app.post('/api/me/break', {
    config: { access: 'responder', live: 'roster' },
    schema: {
      tags,
      summary: 'Go on break: never rung until I come back',
      response: { 200: BreakSchema, 409: ErrorResponse },
    },
    handler: async (request) => goOnBreak(deps, principalOf(request)),
  });

  app.delete('/api/me/break', {
    config: { access: 'responder', live: 'roster' },
    schema: { tags, summary: 'Come back from a break', response: { 200: BreakSchema, 409: ErrorResponse } },
    handler: async (request) => comeBack(deps, principalOf(request)),
  });
}
