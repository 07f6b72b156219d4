import type { FastifyInstance } from 'fastify';
import { principalOf } from '../../../auth/route-access';
import type { AppContext } from '../../../context';
import { ErrorResponse, IdParams } from '../../../http/schema-helpers';
import { typed } from '../../../http/typed';
import { rotaDepsOf } from '../../deps';
import { DeletedShiftNoteSchema, MyShiftNotesSchema, NewShiftNoteSchema, ShiftNoteSchema } from './schema';
import { deleteShiftNote, getShiftNote, myShiftNotes, writeShiftNote } from './service';

/** Short notes for a shift. Answers carry sealed records only; the global `no-store` keeps them out of caches, as notes. */
export function shiftNoteRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = typed(fastify);
  const deps = rotaDepsOf(ctx);
  const tags = ['briefing'];

  app.get('/api/me/shift-notes', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary: 'Notes for my shifts, and whom a new one is sealed to',
      response: { 200: MyShiftNotesSchema },
    },
    handler: async (request) => myShiftNotes(deps, principalOf(request)),
  });

  app.get('/api/me/shift-notes/:id', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary: 'One note for a shift, if I can open it',
      params: IdParams,
      response: { 200: ShiftNoteSchema, 404: ErrorResponse },
    },
    handler: async (request) => getShiftNote(deps, principalOf(request), request.params.id),
  });

  app.post('/api/me/shift-notes', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary: 'A note for one of my shifts, sealed in my browser to everyone on it',
      body: NewShiftNoteSchema,
      response: { 201: ShiftNoteSchema, 409: ErrorResponse, 422: ErrorResponse },
    },
    handler: async (request, reply) => {
      return reply.status(201).send(await writeShiftNote(deps, principalOf(request), request.body));
    },
  });

  // 200 with words rather than 204: the console and an API client are told plainly what happened.
  // Cookie sessions pass the same origin check as any other change (src/auth/resolve.ts).
  app.delete('/api/me/shift-notes/:id', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary: 'Take back a note for a shift before it ends: its writer, or a coordinator who can read it',
      params: IdParams,
      response: { 200: DeletedShiftNoteSchema, 404: ErrorResponse },
    },
    handler: async (request) => deleteShiftNote(deps, principalOf(request), request.params.id),
  });
}
