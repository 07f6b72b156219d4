import type { Who } from './who';

/**
 * Field responses and their briefs (docs/DISPATCH.md). Every responder of the program sees the
 * board (aliases, statuses, never a name of the person); acting on a response and reading its brief
 * are narrower. Anyone refused gets "not found", exactly as for a response that does not exist.
 */
export interface ResponseFacts {
  requestedBy: string;
  /** Whether the asker said yes to its team (field or support) and has not been released since. */
  askerOnTeam: boolean;
}

/** The board and each response's view: any responder of the program. */
export function mayReadResponse(_who: Who, _response: ResponseFacts): boolean {
  return true;
}

/**
 * Acting on a response — an event, closing it, the person's number, follow-ups, raising backup: a
 * coordinator, its requester, or someone on its team.
 */
export function mayWriteResponse(who: Who, response: ResponseFacts): boolean {
  return who.coordinator || response.requestedBy === who.responderId || response.askerOnTeam;
}

/**
 * The brief: its requester, or someone on the team. Not a coordinator as such, and not someone asked
 * who has not answered (they hold a key, so it opens the moment they accept, but are not served it).
 */
export function mayReadBrief(who: Pick<Who, 'responderId'>, response: ResponseFacts): boolean {
  return response.requestedBy === who.responderId || response.askerOnTeam;
}

/** Sharing the brief with a teammate: someone who may read it and holds a key to it. */
export function mayShareBrief(
  who: Pick<Who, 'responderId'>,
  response: ResponseFacts & { askerHoldsKey: boolean },
): boolean {
  return mayReadBrief(who, response) && response.askerHoldsKey;
}
