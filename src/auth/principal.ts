import type { Role } from '../responders/types';

// Roles are the roster's (responders/types.ts); re-exported because every capability checks them here.
export { ROLES, type Role } from '../responders/types';

/** Who is making an API request, resolved from their token. */
export interface Principal {
  responderId: string;
  programId: string;
  roles: readonly Role[];
}

/**
 * Route access levels. Every route must declare one; a route without one is refused
 * (deny by default). `provider` routes authenticate by webhook signature instead of a token.
 */
export type Access = 'public' | 'provider' | 'responder' | 'coordinator';
