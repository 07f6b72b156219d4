import type { FastifyInstance } from 'fastify';
import type { Access } from './principal';
import { resolvePrincipal, type SessionSettings } from './resolve';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { DomainError } from '../platform/errors';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyInstance {
    /** Set by the auth routes; until then only bearer tokens are honoured. */
    sessionSettings: SessionSettings | undefined;
  }
}

/**
 * Deny by default: every route declares its access level in `config.access`; one without is
 * answered 404. Not-allowed and not-found look the same from outside.
 */
export function installAccessControl(app: FastifyInstance, db: Kysely<Database>): void {
  app.decorateRequest('principal', undefined);
  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config.access;
    if (request.routeOptions.url === undefined) return; // unknown route: Fastify answers 404 itself
    if (access === undefined) throw new DomainError('not_found', 'Not found');
    if (access === 'public' || access === 'provider') return;
    const principal = await resolvePrincipal(request, { db, sessions: request.server.sessionSettings });
    if (!principal)
      throw new DomainError('unauthenticated', 'Sign in, or send an API token: Authorization: Bearer <token>');
    if (access === 'coordinator' && !principal.roles.includes('coordinator'))
      throw new DomainError('not_found', 'Not found');
    request.principal = principal;
  });
}

// Every route's way to the principal; it lives with the roster so the roster's own routes can use it too.
export { principalOf } from '../http/principal';
