/**
 * Who is asking. Every capability checks it, so it sits at the bottom with the clock and the errors:
 * auth resolves it from a token or session, the roster stores the roles, and neither needs the other
 * to name it.
 */

/** What a person does on the line; `coordinator` also runs it. */
export const ROLES = ['phone', 'field', 'support', 'coordinator'] as const;
export type Role = (typeof ROLES)[number];

/** Who is making an API request: a responder of one program, resolved from their token by auth. */
export interface Principal {
  responderId: string;
  programId: string;
  roles: readonly Role[];
}
