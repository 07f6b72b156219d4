import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { issueInvite } from '../auth/enrolment';
import type { AppContext } from '../context';
import { principalOf } from '../auth/route-access';
import { ErrorResponse, Strict } from '../http/schema-helpers';
import { typed } from '../http/typed';
import { burnProgram } from './burn';
import { burnConversation } from './conversation';

const BurnBody = Strict({
  confirm: Type.String({ description: 'The program’s name, exactly: a burn cannot be undone' }),
});

export const BurnResultSchema = Strict(
  {
    burntAt: Type.Integer({ description: 'Epoch ms' }),
    inviteUrl: Type.String({
      description: 'A one-time link for the coordinator who burnt to make a new key; teammates need new invites',
    }),
    inviteExpiresAt: Type.Integer({ description: 'Epoch ms' }),
    inviteOnlyOnThisMachine: Type.Boolean({
      description: 'True while KITH_PUBLIC_URL is a loopback address: the link opens only on the machine Kith runs on',
    }),
    inviteNotice: Type.Optional(
      Type.String({ description: 'When inviteOnlyOnThisMachine: what that means and how to set the public address' }),
    ),
    destroyed: Strict(
      {
        signIns: Type.Integer(),
        notes: Type.Integer(),
        messages: Type.Integer(),
        conversationsClosed: Type.Integer(),
        numbersErased: Type.Integer(),
        blocks: Type.Integer(),
        accessRecords: Type.Integer(),
        membersErased: Type.Integer(),
      },
      'What was destroyed, by count',
    ),
  },
  'The program was burnt: nothing sealed can be opened any more, and no caller’s number is held',
);

export function burnRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = typed(fastify);
  app.post('/api/program/burn', {
    config: { access: 'coordinator', live: 'roster' },
    schema: {
      tags: ['program'],
      summary: 'Destroy every key and every caller’s number now; the line keeps answering',
      body: BurnBody,
      response: { 200: BurnResultSchema, 422: ErrorResponse },
    },
    handler: async (request) => {
      const { programId, responderId } = principalOf(request);
      const deps = { db: ctx.db.kysely, dialect: ctx.db.dialect, clock: ctx.clock, keys: ctx.keys };
      const invite = () => issueInvite({ ...deps, publicUrl: ctx.config.publicUrl }, programId, responderId);
      const { burntAt, wayBackIn, ...destroyed } = await burnProgram(deps, programId, request.body.confirm, invite);
      // Counts only: a burn in the log says when, not what about whom.
      ctx.logger.warn({ burnt: destroyed }, 'program burnt');
      for (const topic of ['notes', 'conversations', 'calls'] as const) ctx.live.publish(programId, topic);
      const { inviteUrl, expiresAt, onlyOnThisMachine, notice } = wayBackIn;
      return {
        burntAt,
        inviteUrl,
        inviteExpiresAt: expiresAt,
        inviteOnlyOnThisMachine: onlyOnThisMachine,
        ...(notice ? { inviteNotice: notice } : {}),
        destroyed,
      };
    },
  });

  app.post('/api/conversations/:id/burn', {
    config: { access: 'responder', live: 'conversations' },
    schema: {
      tags: ['conversations'],
      summary:
        'Burn one conversation now: its words, their keys, who opened them and the number go; the person is not texted',
      params: Strict({ id: Type.String({ minLength: 1, maxLength: 64 }) }),
      response: {
        200: Strict({ burntAt: Type.Integer({ description: 'Epoch ms' }) }),
        404: ErrorResponse,
        409: ErrorResponse,
      },
    },
    handler: async (request) => {
      const { programId, responderId, roles } = principalOf(request);
      const deps = { db: ctx.db.kysely, dialect: ctx.db.dialect, clock: ctx.clock };
      return burnConversation(
        deps,
        { programId, responderId, coordinator: roles.includes('coordinator') },
        request.params.id,
      );
    },
  });
}
