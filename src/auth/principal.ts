export const ROLES = ['phone', 'field', 'support', 'coordinator'] as const;
export type Role = (typeof ROLES)[number];

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
