// Roles and the principal are the roster's (responders/types.ts), so that the roster's own routes
// need nothing from auth; re-exported here because every capability above auth checks them here.
export { ROLES, type Principal, type Role } from '../responders/types';

/**
 * Route access levels. Every route must declare one; a route without one is refused
 * (deny by default). `provider` routes authenticate by webhook signature instead of a token.
 */
export type Access = 'public' | 'provider' | 'responder' | 'coordinator';
