import type { FastifyRequest } from 'fastify';
import { DomainError } from '../platform/errors';
import type { Principal } from './types';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by auth's access check (auth/route-access.ts) before the handler of any signed-in route runs. */
    principal: Principal | undefined;
  }
}

/**
 * For handlers on authenticated routes: the principal is guaranteed by the access check. It lives
 * with the roster (not in auth) so that the roster's own routes need nothing from the layer above.
 */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new DomainError('unauthenticated', 'Sign in with an API token');
  return request.principal;
}
