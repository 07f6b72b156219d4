import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context';
import { ErrorResponse, IdParams } from '../http/schema-helpers';
import { typed } from '../http/typed';
import { NewResponderSchema, ResponderPatchSchema, ResponderSchema } from './schema';
import {
  addResponder,
  changeResponder,
  getResponder,
  listResponders,
  removeResponder,
  rosterSignInStates,
  type ForgetReadsOfNotes,
} from './service';
import { principalOf } from '../http/principal';
import type { Principal, Responder } from './types';

/** Responders' numbers, and who is on break, are for coordinators' eyes only. */
function present(responder: Responder, viewer: Principal) {
  const { programId: _p, phone, onBreakSince, ...rest } = responder;
  return viewer.roles.includes('coordinator') ? { ...rest, phone, onBreakSince } : rest;
}

/**
 * `forgetReads`: what removing someone must also delete above the roster (see ForgetReadsOfNotes).
 * `afterChange`: what a pause, a role change or a removal must settle above the roster at once (the
 * web chat's queue key: the wrap of someone who no longer holds the role goes, and a rotation is owed).
 */
export function responderRoutes(
  fastify: FastifyInstance,
  ctx: AppContext,
  removal: { forgetReads: ForgetReadsOfNotes; afterChange: (programId: string) => Promise<void> },
): void {
  const app = typed(fastify);
  const deps = { db: ctx.db.kysely, clock: ctx.clock, keys: ctx.keys };
  const tags = ['responders'];

  app.get('/api/responders', {
    config: { access: 'responder' },
    schema: { tags, summary: 'The roster', response: { 200: Type.Array(ResponderSchema) } },
    handler: async (request) => {
      const who = principalOf(request);
      const roster = (await listResponders(deps, who.programId)).map((r) => present(r, who));
      if (!who.roles.includes('coordinator')) return roster;
      const states = await rosterSignInStates(deps, who.programId);
      return roster.map((r) => ({ ...r, signIn: states.get(r.id) ?? 'none' }));
    },
  });

  app.post('/api/responders', {
    config: { access: 'coordinator', live: 'roster' },
    schema: {
      tags,
      summary: 'Add a responder',
      body: NewResponderSchema,
      response: { 201: ResponderSchema, 409: ErrorResponse, 422: ErrorResponse },
    },
    handler: async (request, reply) => {
      const who = principalOf(request);
      const body = request.body;
      const responder = await addResponder(deps, who.programId, {
        ...body,
        languages: body.languages ?? ['en'],
        skills: body.skills ?? [],
        status: body.status ?? 'active',
      });
      return reply.status(201).send(present(responder, who));
    },
  });

  app.get('/api/responders/:id', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary: 'One responder',
      params: IdParams,
      response: { 200: ResponderSchema, 404: ErrorResponse },
    },
    handler: async (request) => {
      const who = principalOf(request);
      return present(await getResponder(deps, who.programId, request.params.id), who);
    },
  });

  app.patch('/api/responders/:id', {
    config: { access: 'coordinator', live: 'roster' },
    schema: {
      tags,
      summary: 'Change a responder (pause, roles, languages, number)',
      params: IdParams,
      body: ResponderPatchSchema,
      response: { 200: ResponderSchema, 404: ErrorResponse, 409: ErrorResponse, 422: ErrorResponse },
    },
    handler: async (request) => {
      const who = principalOf(request);
      const changed = await changeResponder(deps, who.programId, request.params.id, request.body);
      await removal.afterChange(who.programId);
      return present(changed, who);
    },
  });

  app.delete('/api/responders/:id', {
    config: { access: 'coordinator', live: 'roster' },
    schema: {
      tags,
      summary: 'Remove a responder and their shifts',
      params: IdParams,
      response: { 204: Type.Null(), 404: ErrorResponse },
    },
    handler: async (request, reply) => {
      const { programId } = principalOf(request);
      await removeResponder({ ...deps, ...removal }, programId, request.params.id);
      await removal.afterChange(programId);
      return reply.status(204).send(null);
    },
  });
}
