import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context';
import { principalOf } from '../auth/route-access';
import { ErrorResponse } from '../http/schema-helpers';
import { typed } from '../http/typed';
import { ConnectBody, ConnectResultSchema, LineCheckSchema } from './schema';
import { checkLine, connectLine, type ProviderSetupDeps } from './service';

/** The program's number at the phone provider: coordinators check it and connect it to Kith. */
export function providerSetupRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = typed(fastify);
  const deps: ProviderSetupDeps = {
    db: ctx.db.kysely,
    clock: ctx.clock,
    provider: ctx.provider,
    publicUrl: ctx.config.publicUrl,
  };

  app.get('/api/provider/check', {
    config: { access: 'coordinator' },
    schema: {
      tags: ['provider'],
      summary:
        'Check the program’s number at the provider: credentials, the number on the account, KITH_PUBLIC_URL, and where it sends calls, call status, the fallback and texts',
      response: { 200: LineCheckSchema, 502: ErrorResponse },
    },
    handler: async (request) => checkLine(deps, principalOf(request).programId),
  });

  app.post('/api/provider/connect', {
    config: { access: 'coordinator' },
    schema: {
      tags: ['provider'],
      summary:
        'Point the program’s number at Kith through the provider’s API; with `apply: false`, only say what would change',
      body: ConnectBody,
      response: { 200: ConnectResultSchema, 422: ErrorResponse, 502: ErrorResponse },
    },
    handler: async (request) => {
      const { apply, fallbackUrl } = request.body;
      return connectLine(deps, principalOf(request).programId, {
        apply,
        ...(fallbackUrl === undefined ? {} : { fallbackUrl }),
      });
    },
  });
}
