import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppContext } from '../context';
import { principalOf } from '../auth/route-access';
import { ErrorResponse } from '../http/schema-helpers';
import {
  DirectoryEntrySchema,
  NewNoteSchema,
  NoteEditSchema,
  NoteParams,
  NoteSchema,
  NotesQuery,
  ReaderParams,
  ShareSchema,
  type NewNoteBody,
  type NoteEditBody,
  type NotesQueryString,
  type ShareBody,
} from './schema';
import { LIMITS } from './sealed';
import { createNote, directory, editNote, listNotes, openNote, shareNote, unshareNote } from './service';

/**
 * Sealed notes over HTTP. Every answer says `no-store` itself, whatever the global headers do: a
 * cached ciphertext is still a copy that outlives an unshare or a deletion.
 */
const noStore = (reply: FastifyReply) => reply.header('cache-control', 'no-store');

export function noteRoutes(app: FastifyInstance, ctx: AppContext): void {
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
    handler: async (request, reply) => {
      noStore(reply);
      return directory(deps, principalOf(request).programId);
    },
  });

  app.get<{ Querystring: NotesQueryString }>('/api/notes', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary: 'Notes I can open, newest first',
      querystring: NotesQuery,
      response: { 200: Type.Array(NoteSchema) },
    },
    handler: async (request, reply) => {
      noStore(reply);
      return listNotes(deps, principalOf(request), { callId: request.query.callId });
    },
  });

  app.post<{ Body: NewNoteBody }>('/api/notes', {
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
      return noStore(reply).status(201).send(note);
    },
  });

  app.get<{ Params: { id: string } }>('/api/notes/:id', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary: 'One note I can open',
      params: NoteParams,
      response: { 200: NoteSchema, 404: ErrorResponse },
    },
    handler: async (request, reply) => {
      noStore(reply);
      return openNote(deps, principalOf(request), request.params.id);
    },
  });

  app.put<{ Params: { id: string }; Body: NoteEditBody }>('/api/notes/:id', {
    config: { access: 'responder', live: 'notes' },
    bodyLimit: LIMITS.bodyBytes,
    schema: {
      tags,
      summary: 'The author replaces the content, re-sealed under the same data key; readers stay as they are',
      params: NoteParams,
      body: NoteEditSchema,
      response: { 200: NoteSchema, ...errors },
    },
    handler: async (request, reply) => {
      noStore(reply);
      return editNote(deps, principalOf(request), request.params.id, request.body.record);
    },
  });

  app.post<{ Params: { id: string }; Body: ShareBody }>('/api/notes/:id/readers', {
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
      return noStore(reply).status(201).send(note);
    },
  });

  app.delete<{ Params: { id: string; responderId: string } }>('/api/notes/:id/readers/:responderId', {
    config: { access: 'responder', live: 'notes' },
    schema: {
      tags,
      summary: 'The author takes a reader away (future access only: what was read stays read)',
      params: ReaderParams,
      response: { 204: Type.Null(), ...errors },
    },
    handler: async (request, reply) => {
      await unshareNote(deps, principalOf(request), request.params.id, request.params.responderId);
      return noStore(reply).status(204).send();
    },
  });
}
