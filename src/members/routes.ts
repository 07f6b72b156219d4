import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context';
import { textDepsOf } from '../conversations/deps';
import { ErrorResponse, IdParams } from '../http/schema-helpers';
import { principalOf } from '../http/principal';
import { typed } from '../http/typed';
import { getProgram } from '../program/service';
import { cancelCheckIn, checkInsOf, timeLabel, type CheckInRow } from './check-ins/check-ins';
import { codeBook, setCodeBook } from './codes/book';
import { setCheckInFor } from './inbound';
import { placeBook, setPlaceBook } from './places/book';
import { createJoinCode, listJoinCodes, revokeJoinCode } from './join-codes';
import {
  CheckInSchema,
  CheckInSetSchema,
  CodeBookSchema,
  JoinCodeSchema,
  MemberPatchSchema,
  MemberSchema,
  NewCheckInSchema,
  NewJoinCodeSchema,
  NewMemberSchema,
  PlaceBookSchema,
} from './schema';
import { changeMember, enrol, findMemberRow, getMember, leave, listMembers } from './service';
import { tellMember } from './tell';
import { notFound } from '../platform/errors';

const presentCheckIn = (row: CheckInRow) => ({
  id: row.id,
  kind: row.kind as 'once' | 'watch',
  time: timeLabel(row.local_minute),
  dueAt: row.due_at,
  daysLeft: row.days_left,
  stage: row.stage,
});

/**
 * Members in the console: any responder may enrol a member beside them, change their people and
 * danger word, set a check-in with their consent, or erase them; coordinators keep the code book, the
 * place book and the join codes. A member's phone number is never sent back.
 */
export function memberRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = typed(fastify);
  const deps = () => textDepsOf(ctx);
  const tags = ['members'];

  app.get('/api/members', {
    config: { access: 'responder' },
    schema: { tags, summary: 'The program’s members', response: { 200: Type.Array(MemberSchema) } },
    handler: async (request) => listMembers(deps(), principalOf(request).programId),
  });

  app.post('/api/members', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary: 'Enrol a member',
      body: NewMemberSchema,
      response: { 201: MemberSchema, 409: ErrorResponse, 422: ErrorResponse },
    },
    handler: async (request, reply) => {
      const program = await getProgram(deps(), principalOf(request).programId);
      const { name, language, phone } = request.body;
      const member = await enrol(deps(), program, { name: name ?? null, language, phone: phone ?? null });
      return reply.status(201).send(member);
    },
  });

  app.patch('/api/members/:id', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary: 'Change a member: name, language, phone, people, danger word',
      params: IdParams,
      body: MemberPatchSchema,
      response: { 200: MemberSchema, 404: ErrorResponse, 409: ErrorResponse, 422: ErrorResponse },
    },
    handler: async (request) => {
      const program = await getProgram(deps(), principalOf(request).programId);
      return changeMember(deps(), program, request.params.id, request.body, await codeBook(ctx.db.kysely, program.id));
    },
  });

  app.delete('/api/members/:id', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary: 'Erase a member and everything about them',
      params: IdParams,
      response: { 204: Type.Null(), 404: ErrorResponse },
    },
    handler: async (request, reply) => {
      await leave(deps(), principalOf(request).programId, request.params.id);
      return reply.status(204).send(null);
    },
  });

  app.get('/api/members/:id/check-ins', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary: 'A member’s check-ins',
      params: IdParams,
      response: { 200: Type.Array(CheckInSchema), 404: ErrorResponse },
    },
    handler: async (request) => {
      const member = await getMember(deps(), principalOf(request).programId, request.params.id);
      return (await checkInsOf(ctx.db.kysely, member.id)).map(presentCheckIn);
    },
  });

  app.post('/api/members/:id/check-ins', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary: 'Set a check-in, with the member’s consent',
      params: IdParams,
      body: NewCheckInSchema,
      response: { 201: CheckInSetSchema, 404: ErrorResponse, 409: ErrorResponse, 422: ErrorResponse },
    },
    handler: async (request, reply) => {
      const program = await getProgram(deps(), principalOf(request).programId);
      const member = await findMemberRow(deps(), program.id, request.params.id);
      if (!member) throw notFound('Member');
      const { consent: _consent, ...input } = request.body;
      const told = await setCheckInFor(deps(), program, member, input);
      await tellMember(deps(), program, member, told, 'member check-in');
      const [row] = (await checkInsOf(ctx.db.kysely, member.id)).sort((a, b) => b.created_at - a.created_at);
      if (!row) throw notFound('Check-in');
      return reply.status(201).send({ checkIn: presentCheckIn(row), told });
    },
  });

  app.delete('/api/members/check-ins/:id', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary: 'Cancel a check-in',
      params: IdParams,
      response: { 204: Type.Null(), 404: ErrorResponse },
    },
    handler: async (request, reply) => {
      if (!(await cancelCheckIn(ctx.db.kysely, principalOf(request).programId, request.params.id)))
        throw notFound('Check-in');
      return reply.status(204).send(null);
    },
  });

  app.get('/api/members/codes', {
    config: { access: 'responder' },
    schema: { tags, summary: 'The code book', response: { 200: CodeBookSchema } },
    handler: async (request) => ({ codes: await codeBook(ctx.db.kysely, principalOf(request).programId) }),
  });

  app.put('/api/members/codes', {
    config: { access: 'coordinator' },
    schema: {
      tags,
      summary: 'Replace the code book',
      body: CodeBookSchema,
      response: { 200: CodeBookSchema, 422: ErrorResponse },
    },
    handler: async (request) => ({
      codes: await setCodeBook(ctx.db.kysely, principalOf(request).programId, request.body.codes),
    }),
  });

  app.get('/api/members/places', {
    config: { access: 'responder' },
    schema: { tags, summary: 'The place book', response: { 200: PlaceBookSchema } },
    handler: async (request) => ({ places: await placeBook(ctx.db.kysely, principalOf(request).programId) }),
  });

  app.put('/api/members/places', {
    config: { access: 'coordinator' },
    schema: {
      tags,
      summary: 'Replace the place book',
      body: PlaceBookSchema,
      response: { 200: PlaceBookSchema, 422: ErrorResponse },
    },
    handler: async (request) => ({
      places: await setPlaceBook(ctx.db.kysely, principalOf(request).programId, request.body.places),
    }),
  });

  app.get('/api/members/join-codes', {
    config: { access: 'coordinator' },
    schema: { tags, summary: 'Join codes', response: { 200: Type.Array(JoinCodeSchema) } },
    handler: async (request) => listJoinCodes(deps(), principalOf(request).programId),
  });

  app.post('/api/members/join-codes', {
    config: { access: 'coordinator' },
    schema: {
      tags,
      summary: 'Make a join code',
      body: NewJoinCodeSchema,
      response: { 201: JoinCodeSchema, 422: ErrorResponse },
    },
    handler: async (request, reply) => {
      const program = await getProgram(deps(), principalOf(request).programId);
      return reply.status(201).send(await createJoinCode(deps(), program, request.body.language));
    },
  });

  app.delete('/api/members/join-codes/:id', {
    config: { access: 'coordinator' },
    schema: {
      tags,
      summary: 'Revoke a join code',
      params: IdParams,
      response: { 204: Type.Null(), 404: ErrorResponse },
    },
    handler: async (request, reply) => {
      await revokeJoinCode(deps(), principalOf(request).programId, request.params.id);
      return reply.status(204).send(null);
    },
  });
}
