import { CALL_RECORD_WAIT_MS } from '../../calls/lifecycle';
import { SMS_STATUS_PATH } from '../../conversations/notify';
import { sayVoiceFor } from '../../i18n/languages';
import { careLanguage, careTextsFor } from '../../i18n/dispatch-care';
import { DomainError, invalid, notFound } from '../../platform/errors';
import { getProgram } from '../../program/service';
import { oweDeletions } from '../../provider-copies/owed';
import { hangup, route, say, type VoiceStep } from '../../telephony/plan';
import { mayReachThroughFollowUp } from '../../access/policy';
import type { Actor, DispatchDeps } from '../../dispatch/types';
import * as repo from '../repo';
import { RING_SECONDS } from '../../dispatch/ring';

/**
 * Reaching the person for a follow-up without anyone's number changing hands: Kith rings the
 * assignee's own phone and, when they pick up, dials the person showing the community number; a text
 * goes from the community number too. The person's number is opened only to hand it to the provider,
 * never shown in the console, and the provider's records of both are owed a deletion at once.
 */
const TEXT_MAX = 640;

/** The follow-up, if `who` is its assignee and it is still to do with a number held; and that number. */
async function reachable(deps: DispatchDeps, who: Actor, id: string, kind: 'call' | 'text') {
  const row = await repo.findFollowUp(deps.db, who.programId, id);
  if (!row || !mayReachThroughFollowUp(who, { assignedTo: row.assigned_to })) throw notFound('Follow-up');
  if (row.done_at !== null) throw new DomainError('conflict', 'This follow-up is already done');
  if (row.kind !== kind) throw new DomainError('conflict', `This follow-up is a ${row.kind}, not a ${kind}`);
  const response = await repo.contactOf(deps.db, row.response_id);
  if (!response?.contactSealed)
    throw new DomainError(
      'conflict',
      'No number is held for this person any more; the follow-up cannot reach them through the line',
    );
  const program = await getProgram(deps, who.programId);
  if (!program.phoneNumber)
    throw new DomainError('conflict', 'The program has no community number to call or text from');
  return { row, alias: response.alias, sealed: response.contactSealed, from: program.phoneNumber };
}

/** Rings the assignee's own phone; when they answer, Kith dials the person (followUpCallAnswered). */
export async function callThroughLine(deps: DispatchDeps, who: Actor, id: string): Promise<{ ringing: true }> {
  const { row, from } = await reachable(deps, who, id, 'call');
  if (!deps.voice) throw new DomainError('conflict', 'No phone provider is set up');
  const me = await repo.responderPhone(deps.db, who.responderId);
  if (!me.phone_sealed)
    throw new DomainError('conflict', 'Add your phone number to the roster first: Kith rings you, then the person');
  const language = (JSON.parse(me.languages) as string[])[0] ?? 'en';
  const { legRef } = await deps.voice.placeCall({
    to: deps.keys.open(me.phone_sealed, who.responderId),
    from,
    answer: route('followUpAnswer', { followUp: row.id, lang: language }),
    status: route('followUpStatus', { followUp: row.id }),
    timeoutSeconds: RING_SECONDS,
  });
  await oweDeletions(deps.db, 'call', [legRef], deps.clock.now() + CALL_RECORD_WAIT_MS + RING_SECONDS * 1000);
  return { ringing: true };
}

/** The assignee picked up: a line in their language, then the person, dialled from the community number. */
export async function followUpCallAnswered(
  deps: Pick<DispatchDeps, 'db' | 'keys'>,
  query: { followUpId: string; language: string },
): Promise<VoiceStep[]> {
  const row = await repo.followUpCall(deps.db, query.followUpId);
  if (!row || row.doneAt !== null || !row.sealed || !row.from) return [hangup];
  const language = careLanguage(query.language);
  const line = careTextsFor(language).connecting.replace('{alias}', row.alias);
  return [
    say(line, sayVoiceFor(language)),
    {
      kind: 'dial',
      number: deps.keys.open(row.sealed, row.responseId),
      callerId: row.from,
      timeoutSeconds: RING_SECONDS,
      after: route('followUpDialed', { followUp: query.followUpId }),
    },
    hangup,
  ];
}

/** The bridge ended: the provider's record of the leg to the person (it holds their number) is owed a deletion. */
export async function followUpDialEnded(
  deps: Pick<DispatchDeps, 'db' | 'clock'>,
  dialedRef: string | undefined,
): Promise<VoiceStep[]> {
  await oweDeletions(deps.db, 'call', [dialedRef ?? null], deps.clock.now() + CALL_RECORD_WAIT_MS);
  return [hangup];
}

/** Texts the person from the community number; the words are not stored, and the provider's copy is owed a deletion. */
export async function textThroughLine(
  deps: DispatchDeps,
  who: Actor,
  id: string,
  body: string,
): Promise<{ sent: true }> {
  const words = body.trim();
  if (words === '' || [...words].length > TEXT_MAX)
    throw invalid([{ field: '/body', message: `must be 1 to ${TEXT_MAX} characters` }]);
  const { sealed, row, from } = await reachable(deps, who, id, 'text');
  if (!deps.messaging) throw new DomainError('conflict', 'No phone provider is set up');
  const { messageRef } = await deps.messaging.sendText({
    to: deps.keys.open(sealed, row.response_id),
    from,
    body: words,
    statusCallbackPath: SMS_STATUS_PATH,
  });
  await oweDeletions(deps.db, 'message', [messageRef], deps.clock.now());
  return { sent: true };
}
