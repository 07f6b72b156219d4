import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../context';
import { ErrorResponse, Nullable, Strict } from '../http/schema-helpers';
import { typed } from '../http/typed';
import { principalOf } from '../http/principal';
import { getPlan, PLAN_MAX_CHARS, writePlan } from './emergency-plan';
import { ProgramPatchSchema, ProgramSchema } from './schema';
import { changeProgram, getProgram, spokenMessages } from './service';
import type { Program } from './types';

/** The asker's program: every route here is for responders or coordinators. */
const programOf = (request: FastifyRequest): string => principalOf(request).programId;

const present = (program: Program) => ({ ...program, spoken: spokenMessages(program) });

const PlanSchema = Strict(
  {
    text: Type.String(),
    updatedAt: Nullable(Type.Integer({ description: 'Epoch ms of the last change; null if never written' })),
    version: Type.Integer({ description: 'One more for each save that changed the words; 0 before any' }),
    versionAt: Nullable(Type.Integer({ description: 'Epoch ms the current version was saved' })),
    everyShifts: Type.Integer({
      description: 'Responders read it again every this many shifts; 0: only when it changes',
    }),
  },
  'The emergency plan: plain text the coordinator writes for the team. Never about callers.',
);
// The length limit is the service's (code points, with a message naming the field); the schema only sets the type.
const PlanBody = Strict({
  text: Type.String({ description: `At most ${PLAN_MAX_CHARS} characters` }),
  everyShifts: Type.Optional(Type.Integer({ description: 'Ask for it to be read again every N shifts (0–52)' })),
});

export function programRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = typed(fastify);
  const deps = { db: ctx.db.kysely, clock: ctx.clock };

  app.get('/api/program', {
    config: { access: 'responder' },
    schema: { tags: ['program'], summary: 'The signed-in person’s program', response: { 200: ProgramSchema } },
    handler: async (request) => present(await getProgram(deps, programOf(request))),
  });

  app.patch('/api/program', {
    config: { access: 'coordinator', live: 'program' },
    schema: {
      tags: ['program'],
      summary: 'Change program settings; the whole result is validated, nothing is half-written',
      body: ProgramPatchSchema,
      response: { 200: ProgramSchema, 422: ErrorResponse },
    },
    handler: async (request) => present(await changeProgram(deps, programOf(request), request.body)),
  });

  app.get('/api/program/plan', {
    config: { access: 'responder' },
    schema: { tags: ['program'], summary: 'The team’s emergency plan', response: { 200: PlanSchema } },
    handler: async (request) => getPlan(deps, programOf(request)),
  });

  app.put('/api/program/plan', {
    config: { access: 'coordinator', live: 'program' },
    // 20 000 characters of four-byte script would not fit the default 64 KiB body.
    bodyLimit: 128 * 1024,
    schema: {
      tags: ['program'],
      summary: 'Write the emergency plan',
      body: PlanBody,
      response: { 200: PlanSchema, 422: ErrorResponse },
    },
    handler: async (request) => writePlan(deps, programOf(request), request.body),
  });
}
