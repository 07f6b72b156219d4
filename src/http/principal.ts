import type { FastifyRequest } from 'fastify';
import { DomainError } from '../platform/errors';
import type { Principal } from '../platform/principal';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by auth's access check (src/auth/route-access.ts) before the handler of any signed-in route runs. */
    principal: Principal | undefined;
  }
}

/**
 * For handlers on authenticated routes: the principal is guaranteed by the access check. It is the
 * HTTP edge's, so any capability's routes can read it without importing auth (which sits above most).
 */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new DomainError('unauthenticated', 'Sign in with an API token');
  return request.principal;
}
