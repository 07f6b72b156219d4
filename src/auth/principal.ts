// Roles and the principal sit at the bottom (platform/principal.ts) so that the roster and the program
// below auth can name them; re-exported here, where every capability above auth has always found them.
export { ROLES, type Principal, type Role } from '../platform/principal';

/**
 * Route access levels. Every route must declare one; a route without one is refused
 * (deny by default). `provider` routes authenticate by webhook signature instead of a token.
 */
export type Access = 'public' | 'provider' | 'responder' | 'coordinator';
