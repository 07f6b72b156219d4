import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context';
import { principalOf } from '../http/access';
import { ErrorResponse } from '../http/schema-helpers';
import { ProgramPatchSchema, ProgramSchema, type ProgramPatchBody } from './schema';
import { changeProgram, getProgram, spokenMessages } from './service';
import type { Program } from './types';

const present = (program: Program) => ({ ...program, spoken: spokenMessages(program) });

export function programRoutes(app: FastifyInstance, ctx: AppContext): void {
  const deps = { db: ctx.db.kysely, clock: ctx.clock };

  app.get('/api/program', {
    config: { access: 'responder' },
    schema: { tags: ['program'], summary: 'The signed-in person’s program', response: { 200: ProgramSchema } },
    handler: async (request) => present(await getProgram(deps, principalOf(request).programId)),
  });

  app.patch<{ Body: ProgramPatchBody }>('/api/program', {
    config: { access: 'coordinator' },
    schema: {
      tags: ['program'],
      summary: 'Change program settings; the whole result is validated, nothing is half-written',
      body: ProgramPatchSchema,
      response: { 200: ProgramSchema, 422: ErrorResponse },
    },
    handler: async (request) => present(await changeProgram(deps, principalOf(request).programId, request.body)),
  });
}
