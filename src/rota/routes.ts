import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { sessionKeyOf } from '../auth/resolve';
import { principalOf } from '../auth/route-access';
import type { AppContext } from '../context';
import { ErrorResponse } from '../http/schema-helpers';
import { typed } from '../http/typed';
import { DomainError } from '../platform/errors';
import { wallClock } from '../platform/wall-time';
import { rotaDepsOf } from './deps';
import { CALENDAR_PATH, feedFor, feedLinks, makeFeedLink, revokeFeedLink } from './feeds';
import { subscribePush, unsubscribePush, vapidPublicKey } from './push';
import {
  FeedFileParams,
  FeedLinksSchema,
  FeedUrlSchema,
  PushInput,
  ReminderInput,
  ReminderSchema,
  ScopeParams,
} from './schema';
import { reminderSettings, saveReminderSettings } from './settings';

export function rotaRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = typed(fastify);
  const deps = rotaDepsOf(ctx);
  const tags = ['calendars'];

  app.get('/api/me/calendar-links', {
    config: { access: 'responder' },
    schema: { tags, summary: 'Which of my calendar links exist', response: { 200: FeedLinksSchema } },
    handler: async (request) => feedLinks(deps, principalOf(request)),
  });

  app.post('/api/me/calendar-links/:scope', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary: 'Make a new private calendar link (mine, or the whole rota for coordinators); the old one stops working',
      params: ScopeParams,
      response: { 201: FeedUrlSchema, 403: ErrorResponse },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await makeFeedLink(deps, principalOf(request), request.params.scope)),
  });

  app.delete('/api/me/calendar-links/:scope', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary: 'Turn a calendar link off',
      params: ScopeParams,
      response: { 204: Type.Null(), 403: ErrorResponse, 404: ErrorResponse },
    },
    handler: async (request, reply) => {
      await revokeFeedLink(deps, principalOf(request), request.params.scope);
      return reply.status(204).send(null);
    },
  });

  // The token is the credential: the route (never the URL) is what the request log names.
  app.get(`${CALENDAR_PATH}/:file`, {
    config: { access: 'public' },
    schema: { tags, summary: 'A private calendar feed (iCalendar), by its link', params: FeedFileParams },
    handler: async (request, reply) => {
      const text = await feedFor(deps, request.params.file.replace(/\.ics$/, ''));
      return reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'private, no-store')
        .header('referrer-policy', 'no-referrer')
        .send(text);
    },
  });

  app.get('/api/me/reminders', {
    config: { access: 'responder' },
    schema: { tags, summary: 'My shift reminders', response: { 200: ReminderSchema } },
    handler: async (request) => {
      const settings = await reminderSettings(deps, principalOf(request), sessionKeyOf(request.headers));
      return {
        ...settings,
        lead:
          settings.lead.kind === 'before'
            ? settings.lead
            : { kind: 'evening' as const, at: wallClock(settings.lead.minute * 60_000) },
        vapidPublicKey: vapidPublicKey(deps),
      };
    },
  });

  app.put('/api/me/reminders', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary: 'Choose when and how I hear before a shift',
      body: ReminderInput,
      response: { 204: Type.Null() },
    },
    handler: async (request, reply) => {
      const { lead, bySms, byPush } = request.body;
      const [hours, minutes] = lead.kind === 'evening' ? lead.at.split(':').map(Number) : [0, 0];
      await saveReminderSettings(deps, principalOf(request), {
        lead: lead.kind === 'before' ? lead : { kind: 'evening', minute: (hours ?? 0) * 60 + (minutes ?? 0) },
        bySms,
        byPush,
      });
      return reply.status(204).send(null);
    },
  });

  app.put('/api/me/push', {
    config: { access: 'responder' },
    schema: {
      tags,
      summary: 'Send push reminders to this device (a console session); erased when it signs out',
      body: PushInput,
      response: { 204: Type.Null(), 400: ErrorResponse },
    },
    handler: async (request, reply) => {
      const session = sessionKeyOf(request.headers);
      if (session === undefined)
        throw new DomainError('forbidden', 'Push reminders belong to a console sign-in on a device, not an API token');
      await subscribePush(deps, principalOf(request), session, request.body);
      return reply.status(204).send(null);
    },
  });

  app.delete('/api/me/push', {
    config: { access: 'responder' },
    schema: { tags, summary: 'Stop push reminders on this device', response: { 204: Type.Null() } },
    handler: async (request, reply) => {
      const session = sessionKeyOf(request.headers);
      if (session !== undefined) await unsubscribePush(deps, session);
      return reply.status(204).send(null);
    },
  });
}
