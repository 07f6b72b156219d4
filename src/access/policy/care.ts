import { mayWriteResponse, type ResponseFacts } from './responses';
import type { Who } from './who';

/**
 * Debriefs and follow-ups (docs/DISPATCH.md "Close and care"). A debrief belongs to its two
 * participants — the member who went and whoever holds it — and to nobody else, a coordinator
 * included. A follow-up is its assignee's, and the team's who may act on its response.
 */
export interface DebriefFacts {
  responderId: string;
  supportId: string | null;
}

export function mayReadDebrief(who: Pick<Who, 'responderId'>, debrief: DebriefFacts): boolean {
  return debrief.responderId === who.responderId || debrief.supportId === who.responderId;
}

/** Marking it done, with its words: either participant. */
export function mayWriteDebrief(who: Pick<Who, 'responderId'>, debrief: DebriefFacts): boolean {
  return mayReadDebrief(who, debrief);
}

export interface FollowUpFacts {
  assignedTo: string;
}

/** Marking done or removing: its assignee, or someone who may act on its response. */
export function mayWriteFollowUp(who: Who, followUp: FollowUpFacts, response: ResponseFacts): boolean {
  return followUp.assignedTo === who.responderId || mayWriteResponse(who, response);
}

/** Calling or texting the person through the line: the assignee alone (the number opens only for them). */
export function mayReachThroughFollowUp(who: Pick<Who, 'responderId'>, followUp: FollowUpFacts): boolean {
  return followUp.assignedTo === who.responderId;
}
