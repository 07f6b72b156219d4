import formBody from '@fastify/formbody';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { accessRoutes } from './access/routes';
import { deleteAccessRecordsFor } from './access/service';
import { authRoutes } from './auth/routes';
import { callRoutes } from './calls/routes';
import { chatGates } from './chat/gates';
import { chatRoutes } from './chat/routes';
import { careRoutes } from './care/routes';
import { careTeamRoutes } from './care/team/routes';
import { homeRoutes } from './home/routes';
import { dispatchRoutes } from './dispatch/routes';
import { conversationRoutes } from './conversations/routes';
import { queueKeyRoutes } from './conversations/queue/routes';
import { pruneQueueWraps } from './conversations/queue/service';
import { holdingsRoutes } from './holdings/routes';
import { backupRoutes } from './backup/routes';
import { burnRoutes } from './burn/routes';
import type { AppContext } from './context';
import { installLiveTopics, liveRoutes, type LiveRouteOptions } from './live/routes';
import { memberRoutes } from './members/routes';
import { planRoutes } from './members/plans/routes';
import { noteRoutes } from './notes/routes';
import { programRoutes } from './program/routes';
import { providerSetupRoutes } from './provider-setup/routes';
import { responderRoutes } from './responders/routes';
import { shiftNoteRoutes } from './rota/briefing/notes/routes';
import { briefingRoutes } from './rota/briefing/routes';
import { rotaRoutes } from './rota/routes';
import { loadRoutes } from './load/routes';
import { swapRoutes } from './rota/swaps/routes';
import { setupRoutes } from './setup/routes';
import { shiftRoutes } from './shifts/routes';
import { providerWebhookRoutes } from './line/routes';
import { webRoutes } from './web/routes';
import { installSecurityHeaders } from './web/security-headers';
import { installAccessControl } from './auth/route-access';
import { installCompression } from './http/compression';
import { lazySchemaCompilers } from './http/lazy-schemas';
import { handleError } from './http/errors';
import { closeQuietConnectionsOnClose, HTTP_TIMEOUTS, timeoutOptions, type HttpTimeouts } from './http/connections';
import { refuseNul } from './http/nul';
import { installOpenApi } from './http/openapi';

export interface AppOptions {
  live?: LiveRouteOptions;
  /** Server timeouts (default HTTP_TIMEOUTS); tests shorten them. */
  timeouts?: HttpTimeouts;
}

/** Builds the HTTP server: every capability's routes behind one access check and one error mapper. */
export async function buildApp(ctx: AppContext, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: ctx.logger as FastifyBaseLogger,
    // Fastify's own request lines carry URLs and IP addresses; ours (below) carry the route pattern only.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 64 * 1024,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: true } },
    schemaController: { compilersFactory: lazySchemaCompilers() },
    // Request, header, keep-alive and idle-socket bounds: see http/connections.ts for each reason.
    ...timeoutOptions(options.timeouts ?? HTTP_TIMEOUTS),
  });
  closeQuietConnectionsOnClose(app);
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unknown',
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    );
  });
  installSecurityHeaders(app, ctx.config);
  app.setErrorHandler(handleError);
  app.setNotFoundHandler((_request, reply) =>
    reply.status(404).send({ error: { code: 'not_found', message: 'Not found' } }),
  );

  // Before any route: the plugin attaches itself to each route as it is added.
  await installCompression(app);
  await app.register(formBody);
  await installOpenApi(app);
  installAccessControl(app, ctx.db.kysely);
  refuseNul(app);
  installLiveTopics(app, ctx.live);

  app.get('/health', { config: { access: 'public' }, schema: { hide: true } }, async () => ({ ok: true }));
  setupRoutes(app, ctx);
  authRoutes(app, ctx);
  programRoutes(app, ctx);
  // Removing someone deletes the notes they wrote, and with them the record of who read those notes;
  // removing, pausing or a role change deletes a queue key wrap that no longer fits, and owes a rotation.
  responderRoutes(app, ctx, {
    forgetReads: (trx, notes) => deleteAccessRecordsFor(trx, 'note', notes),
    afterChange: (programId) => pruneQueueWraps(ctx.db.kysely, programId, ctx.clock.now()),
  });
  shiftRoutes(app, ctx);
  callRoutes(app, ctx);
  noteRoutes(app, ctx);
  accessRoutes(app, ctx);
  homeRoutes(app, ctx);
  conversationRoutes(app, ctx);
  queueKeyRoutes(app, ctx);
  holdingsRoutes(app, ctx);
  providerSetupRoutes(app, ctx);
  burnRoutes(app, ctx);
  backupRoutes(app, ctx);
  dispatchRoutes(app, ctx);
  careRoutes(app, ctx);
  memberRoutes(app, ctx);
  planRoutes(app, ctx);
  rotaRoutes(app, ctx);
  briefingRoutes(app, ctx);
  shiftNoteRoutes(app, ctx);
  swapRoutes(app, ctx);
  careTeamRoutes(app, ctx);
  loadRoutes(app, ctx);
  liveRoutes(app, ctx, options.live);
  providerWebhookRoutes(app, ctx);
  // The chat's API and its page (in web/) share one set of flood gates.
  const gates = chatGates(ctx.keys);
  chatRoutes(app, ctx, gates);
  await webRoutes(app, ctx, gates);
  return app;
}
