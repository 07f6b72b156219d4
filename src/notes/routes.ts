import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context';
import { principalOf } from '../auth/route-access';
import { ErrorResponse } from '../http/schema-helpers';
import { typed } from '../http/typed';
import {
  DirectoryEntrySchema,
  NewNoteSchema,
  NoteEditSchema,
  NoteParams,
  NoteSchema,
  NotesQuery,
  ReaderParams,
  ShareSchema,
} from './schema';
import { LIMITS } from './sealed';
import { createNote, directory, editNote, listNotes, openNote, shareNote, unshareNote } from './service';

/**
 * Sealed notes over HTTP. Nothing here sets `cache-control`, so every answer carries the global
 * `no-store` (src/web/security-headers.ts; the notes tests hold it): a cached ciphertext is still a
 * copy that outlives an unshare or a deletion.
 */
export function noteRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = typed(fastify);
  const deps = { db: ctx.db.kysely, clock: ctx.clock };
  const tags = ['notes'];
  const errors = { 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse, 422: ErrorResponse };

  app.get('/api/directory', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary: 'Active teammates and their public keys, to share a note with (never numbers)',
      response: { 200: Type.Array(DirectoryEntrySchema) },
    },
    handler: async (request) => directory(deps, principalOf(request).programId),
  });

  app.get('/api/notes', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary: 'Notes I can open, newest first',
      querystring: NotesQuery,
      response: { 200: Type.Array(NoteSchema) },
    },
    handler: async (request) => listNotes(deps, principalOf(request), { callId: request.query.callId }),
  });

  app.post('/api/notes', {
    config: { access: 'responder', live: 'notes' },
    bodyLimit: LIMITS.bodyBytes,
    schema: {
      tags,
      summary: 'Store a note sealed in the browser to its author alone',
      body: NewNoteSchema,
      response: { 201: NoteSchema, ...errors },
    },
    handler: async (request, reply) => {
      const note = await createNote(deps, principalOf(request), request.body);
      return reply.status(201).send(note);
    },
  });

  app.get('/api/notes/:id', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary: 'One note I can open',
      params: NoteParams,
      response: { 200: NoteSchema, 404: ErrorResponse },
    },
    handler: async (request) => openNote(deps, principalOf(request), request.params.id),
  });

  app.put('/api/notes/:id', {
    config: { access: 'responder', live: 'notes' },
    bodyLimit: LIMITS.bodyBytes,
    schema: {
      tags,
      summary: 'The author replaces the content, re-sealed under the same data key; readers stay as they are',
      params: NoteParams,
      body: NoteEditSchema,
      response: { 200: NoteSchema, ...errors },
    },
    handler: async (request) => editNote(deps, principalOf(request), request.params.id, request.body.record),
  });

  app.post('/api/notes/:id/readers', {
    config: { access: 'responder', live: 'notes' },
    schema: {
      tags,
      summary: 'A reader shares the note: the data key sealed to a teammate’s current public key',
      params: NoteParams,
      body: ShareSchema,
      response: { 201: NoteSchema, ...errors },
    },
    handler: async (request, reply) => {
      const note = await shareNote(deps, principalOf(request), request.params.id, request.body);
      return reply.status(201).send(note);
    },
  });

  app.delete('/api/notes/:id/readers/:responderId', {
    config: { access: 'responder', live: 'notes' },
    schema: {
      tags,
      summary: 'The author takes a reader away (future access only: what was read stays read)',
      params: ReaderParams,
      response: { 204: Type.Null(), ...errors },
    },
    handler: async (request, reply) => {
      await unshareNote(deps, principalOf(request), request.params.id, request.params.responderId);
      return reply.status(204).send(null);
    },
  });
}
