import type { CallDeps } from '../../calls/deps';
import { callAgainAfterMembers, goOnAsAnyCaller, whoMayBeRung } from '../../calls/service';
import { fill } from '../../i18n';
import type { memberKeypadFor } from '../../i18n/member-keypad';
import { isOpenAt } from '../../program/hours';
import { hangup, type VoiceStep } from '../../telephony/plan';
import { keyingMember } from '../keypad';
import type { MemberDeps } from '../types';
import { unlockFor } from './plans';

/**
 * A member's plan opened by keypad during a call (docs/CRYPTO.md, "Members' plans"). After their
 * member number (members/keypad.ts) the member keys `*`, their plan code and `#`. Nobody has
 * answered yet, so nobody is on the call to seal to: Kith seals the opened plan to everyone the
 * router may ring for it now (both tiers: `whoMayBeRung`), keeps no plaintext, and once one of them
 * takes the call the others' keys are deleted (openings.ts `narrowOnceTaken`). The try is counted as an
 * SMS one is (first, five wrong an hour). Whatever the answer — opened, wrong, locked, no plan — the
 * member hears it plainly and goes on to the team as any caller: one try per call, so a person in
 * crisis is never kept from a human by a keypad (a mistyped code can be told to whoever answers).
 */

/**
 * Argon2id at the enrolment parameters takes 1.5–2.6 s here (docs/CRYPTO.md), on the worker
 * thread, so the server's thread stays free. A provider gives a webhook 15 s in all; should the
 * derivation queue behind others past this, the member is told their code is still being checked and
 * goes on to the team, while the try completes and seals the plan to the same people if it is right.
 * (No redirect to wait in: the code cannot travel in a URL, and memory does not cross instances.)
 */
export const PLAN_DEADLINE_MS = 9_000;

type Outcome = Awaited<ReturnType<typeof unlockFor>> | 'late' | 'failed';

export async function planKeyed(
  deps: MemberDeps,
  calls: CallDeps,
  input: { programId: string; memberId: string; digits: string | undefined; callRef: string },
): Promise<VoiceStep[]> {
  const keying = await keyingMember(deps, input.programId, input.memberId);
  if (!keying) return [hangup];
  const { program, member, language, speak, words } = keying;
  const again = await callAgainAfterMembers(calls, { programId: program.id, providerCallRef: input.callRef });
  const onward = async (said: string[]) => [
    ...[...said, words.planThrough].map(speak),
    ...(await goOnAsAnyCaller(calls, again.callId, language)),
  ];
  const secret = (input.digits ?? '').replace(/^\*/u, '');
  // A provider's retry of this request finds the call stored already: the try was made once. Off
  // hours nobody will answer, so no try is spent: the member hears the hours, as any caller does.
  if (!again.fresh || secret === '' || !isOpenAt(program.hours, program.timeZone, deps.clock.now())) return onward([]);
  // Who may be rung is read before ringing starts: once rung, a responder counts as busy.
  const readers = await whoMayBeRung(calls, program);
  const trying: Promise<Outcome> = unlockFor(
    deps,
    program,
    member,
    secret,
    { kind: 'call', id: again.callId },
    'keypad',
    readers,
  ).catch(() => {
    deps.logger.warn({ kind: 'member plan by keypad failed' }, 'plan try failed');
    return 'failed' as const;
  });
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), PLAN_DEADLINE_MS);
    timer.unref();
  });
  const outcome = await Promise.race([trying, late]);
  clearTimeout(timer);
  return onward(said(words, outcome));
}

function said(words: ReturnType<typeof memberKeypadFor>, outcome: Outcome): string[] {
  if (outcome === 'failed') return [];
  if (outcome === 'late') return [words.planChecking];
  if (outcome.ok) return [outcome.readers.length > 0 ? words.planOpened : words.planNoKey];
  if (outcome.why === 'wrong' && outcome.triesLeft > 0) return [fill(words.planWrong, { left: outcome.triesLeft })];
  return [outcome.why === 'none' ? words.planNone : words.planLocked];
}
