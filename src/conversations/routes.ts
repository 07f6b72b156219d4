import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context';
import { principalOf } from '../auth/route-access';
import { ErrorResponse } from '../http/schema-helpers';
import { typed } from '../http/typed';
import { LIMITS } from '../notes/sealed';
import { closeSilentChats } from './bulk-close';
import { textDepsOf } from './deps';
import {
  ConversationParams,
  ConversationSchema,
  ConversationSummarySchema,
  HandOffSchema,
  ReplySchema,
} from './schema';
import {
  blockConversation,
  claimConversation,
  closeConversation,
  handOffConversation,
  listConversations,
  openConversation,
  releaseConversation,
  replyToConversation,
} from './console-api';

/**
 * The team's side of texting: conversations, taking one, replying, handing on, closing, blocking.
 * Nothing here sets `cache-control`, so every answer carries the global `no-store`
 * (src/web/security-headers.ts): a cached thread would be a copy that outlives a hand-off.
 */
export function conversationRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = typed(fastify);
  const deps = textDepsOf(ctx);
  const tags = ['conversations'];
  const errors = { 404: ErrorResponse, 409: ErrorResponse, 422: ErrorResponse };

  app.get('/api/conversations', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary: 'Open conversations, then those closed in the last day',
      response: { 200: Type.Array(ConversationSummarySchema) },
    },
    handler: async (request) => listConversations(deps, principalOf(request)),
  });

  app.get('/api/conversations/:id', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary: 'One conversation, with each message sealed to me where I am a reader',
      params: ConversationParams,
      response: { 200: ConversationSchema, 404: ErrorResponse },
    },
    handler: async (request) => openConversation(deps, principalOf(request), request.params.id),
  });

  const action = (path: string, summary: string, run: typeof claimConversation) =>
    app.post(`/api/conversations/:id/${path}`, {
      config: { access: 'responder', live: 'conversations' },
      schema: { tags, summary, params: ConversationParams, response: { 200: ConversationSchema, ...errors } },
      handler: async (request) => run(deps, principalOf(request), request.params.id),
    });
  action('claim', 'Take a waiting conversation; exactly one responder can', claimConversation);
  action('release', 'Give it back to the queue (the on-call responders are alerted again)', releaseConversation);
  action('close', 'Close it; the person is told how to reach the line again', closeConversation);
  action(
    'block',
    'Block its sender (SMS: a keyed hash of the number; chat: the session) and close it',
    blockConversation,
  );

  app.post('/api/conversations/close-silent-chats', {
    config: { access: 'coordinator', live: 'conversations' },
    schema: {
      tags,
      summary: 'Close every waiting web chat whose person wrote once and nothing since (after a flood)',
      response: { 200: Type.Object({ closed: Type.Integer({ minimum: 0 }) }) },
    },
    handler: async (request) => closeSilentChats(deps, principalOf(request)),
  });

  app.post('/api/conversations/:id/handoff', {
    config: { access: 'responder', live: 'conversations' },
    bodyLimit: 2 * 1024 * 1024,
    schema: {
      tags,
      summary: 'Hand it to a teammate, with the earlier messages’ keys re-sealed to them in the browser',
      params: ConversationParams,
      body: HandOffSchema,
      response: { 200: ConversationSchema, ...errors },
    },
    handler: async (request) => handOffConversation(deps, principalOf(request), request.params.id, request.body),
  });

  app.post('/api/conversations/:id/messages', {
    config: { access: 'responder', live: 'conversations' },
    bodyLimit: LIMITS.bodyBytes,
    schema: {
      tags,
      summary:
        'Reply: plain words to a texter (sent, then kept only sealed), or a record sealed in the browser for web chat',
      params: ConversationParams,
      body: ReplySchema,
      response: { 201: Type.Object({ id: Type.String(), sent: Type.Boolean() }), ...errors },
    },
    handler: async (request, reply) => {
      const result = await replyToConversation(deps, principalOf(request), request.params.id, request.body);
      return reply.status(201).send(result);
    },
  });
}
