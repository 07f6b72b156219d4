import { smsSenderIndex } from '../../conversations/sender-index';
import { memberText } from '../../i18n/members';
import type { Program } from '../../program/types';
import type { MemberRow } from '../service';
import type { MemberDeps } from '../types';
import { hasPlan, makeLink, MAX_WRONG, unlockFor } from './plans';
import { openConversationOf } from './scope';

/**
 * A member's "PLAN" text from their own phone: alone, a one-time link to their plan page; with a code
 * or phrase after it, the plan opens for their open text conversation (to whoever is on it). The code
 * is never stored: this text is answered here and never becomes a message in the conversation.
 */
export async function planText(
  deps: MemberDeps,
  program: Program,
  member: MemberRow,
  from: string,
  secret: string,
): Promise<string> {
  const say = (key: Parameters<typeof memberText>[1], values: Record<string, string | number> = {}) =>
    memberText(member.language, key, values);
  if (secret.trim() === '') return say('planLink', { url: (await makeLink(deps, member)).url });
  if (!(await hasPlan(deps, member.id))) return say('planNone');
  const conversation = await openConversationOf(deps, program.id, smsSenderIndex(deps.keys, from));
  if (!conversation) return say('planNoConversation');
  const result = await unlockFor(deps, program, member, secret, { kind: 'conversation', id: conversation }, 'sms');
  if (result.ok)
    return result.readers.length > 0 ? say('planOpened', { names: result.readers.join(', ') }) : say('planOpenedNoKey');
  if (result.why === 'wrong')
    return result.triesLeft > 0 ? say('planWrong', { left: Math.min(result.triesLeft, MAX_WRONG) }) : say('planLocked');
  return say(result.why === 'locked' ? 'planLocked' : 'planNone');
}
