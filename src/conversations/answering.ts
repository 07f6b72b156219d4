import { DomainError } from '../platform/errors';
import type { Program } from '../program/types';
import { getResponder } from '../responders/service';
import type { TextDeps } from './deps';
import { onCallForTexts } from './readers';

/**
 * Who may take a waiting conversation: someone the line would alert for it right now — on call for
 * the phone role, active (not paused), not on break — or an active coordinator, who covers the
 * queue whoever is on shift. One rule for every way in (the console API and a responder's own
 * phone), so a paused or off-shift member can never become the only reader of what the person
 * writes next while the on-call responder loses the conversation.
 */
export async function mayTakeConversation(
  deps: TextDeps,
  program: Program,
  responderId: string,
  now: number,
): Promise<boolean> {
  const me = await getResponder(deps, program.id, responderId);
  if (me.status !== 'active') return false;
  if (me.roles.includes('coordinator')) return true;
  return (await onCallForTexts(deps, program, now)).some((r) => r.id === responderId);
}

export async function requireMayTake(deps: TextDeps, program: Program, responderId: string): Promise<void> {
  if (!(await mayTakeConversation(deps, program, responderId, deps.clock.now())))
    throw new DomainError(
      'not_on_call',
      'Only someone on call for texts now (active, not on a break) or a coordinator can take a conversation',
    );
}
