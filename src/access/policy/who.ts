/**
 * Whoever asks, as the record-level rules need them: who they are and whether they coordinate the
 * program. Program scoping is not here: every query that finds a record is already scoped to the
 * asker's program, so a record of another program never reaches a rule.
 */
export interface Who {
  responderId: string;
  coordinator: boolean;
}

/** The rules' view of a signed-in principal (or any holder of roles). */
export function whoOf(principal: { responderId: string; roles: readonly string[] }): Who {
  return { responderId: principal.responderId, coordinator: principal.roles.includes('coordinator') };
}
