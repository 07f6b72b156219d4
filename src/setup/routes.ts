import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context';
import { ErrorResponse } from '../http/schema-helpers';
import { typed } from '../http/typed';
import { SetupBody, SetupResult } from './schema';
import { completeSetup } from './service';

export function setupRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = typed(fastify);
  const deps = { db: ctx.db.kysely, clock: ctx.clock, keys: ctx.keys, publicUrl: ctx.config.publicUrl };

  app.post('/api/setup', {
    config: { access: 'public' },
    schema: {
      tags: ['access'],
      summary: 'Create the program and its first coordinator with the one-time setup token',
      description:
        'Answers with the coordinator’s invite to the console (open it to make their sign-in: a passkey or a passphrase) and, unless apiToken is false, an API token for the command line.',
      body: SetupBody,
      response: { 201: SetupResult, 401: ErrorResponse, 422: ErrorResponse },
    },
    handler: async (request, reply) => {
      const { token, programName, coordinator, apiToken } = request.body;
      const result = await completeSetup(deps, {
        token,
        programName,
        coordinator: {
          name: coordinator.name,
          phone: coordinator.phone ?? null,
          languages: coordinator.languages ?? ['en'],
          roles: coordinator.roles ?? ['coordinator'],
        },
        apiToken: apiToken ?? true,
      });
      return reply.status(201).send(result);
    },
  });
}
