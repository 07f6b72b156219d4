import { sayVoiceFor } from '../i18n/languages';
import { dispatchLanguage, dispatchText } from '../i18n/dispatch';
import { getProgram } from '../program/service';
import type { Program } from '../program/types';
import { hangup, route, say, type VoiceStep } from '../telephony/plan';
import { checkIn, raiseBackup } from './out';
import * as repo from './repo';
import { ringTeam } from './ring';
import { OUT, type DispatchDeps } from './types';

/**
 * A check-in by keypress, for a team with hands full: shortly before the check-in falls due, Kith
 * rings each field member still out. "Press 1 if the team is safe" checks the team in; 9 raises
 * backup. A call that goes unanswered changes nothing: the missed check-in alert follows at the due
 * time, as it would have.
 */
const MINUTE = 60_000;

/** How long before the due time the call goes out: five minutes, or half a short interval. */
export function callAheadMs(program: Program): number {
  return Math.min(5, program.dispatch.checkInMinutes / 2) * MINUTE;
}

/** From the sweep: rings the team if this round's call is due and has not gone out. How many were rung. */
export async function ringForCheckIn(deps: DispatchDeps, program: Program, row: repo.ResponseRow): Promise<number> {
  const now = deps.clock.now();
  if (!deps.voice || !program.phoneNumber || row.state !== 'formed' || row.check_in_due_at === null) return 0;
  // Only before the due time: once it has passed, the missed check-in alert is what is owed.
  if (now < row.check_in_due_at - callAheadMs(program) || now >= row.check_in_due_at || row.check_in_called_at !== null)
    return 0;
  if (!(await repo.markCheckInCalled(deps.db, row.id, now))) return 0; // another instance rang this round
  const out = (await repo.membersOf(deps.db, [row.id]))
    .filter((m) => m.role === 'field' && OUT.includes(m.status))
    .map((m) => m.responder_id);
  return ringTeam(
    deps,
    program,
    row.id,
    out,
    (responderId, language) => route('checkInAnswer', { response: row.id, responder: responderId, lang: language }),
    'a check-in',
  );
}

const spoken = dispatchLanguage;

/** Answered: the question, once more if nothing is pressed, then a plain goodbye. */
export async function checkInCallAnswered(
  deps: Pick<DispatchDeps, 'db'>,
  query: { responseId: string; responderId: string; language: string },
): Promise<VoiceStep[]> {
  const row = await repo.aliasOf(deps.db, query.responseId);
  if (!row) return [hangup];
  const language = spoken(query.language);
  const voice = sayVoiceFor(language);
  const next = route('checkInPressed', { response: query.responseId, responder: query.responderId, lang: language });
  const ask = say(dispatchText(language, 'checkInAsk', { alias: row.alias }), voice);
  return [
    { kind: 'gather', digits: 1, timeoutSeconds: 6, next, prompts: [ask] },
    { kind: 'gather', digits: 1, timeoutSeconds: 6, next, prompts: [ask] },
    say(dispatchText(language, 'checkInNone', { alias: row.alias }), voice),
    hangup,
  ];
}

/** A key was pressed: 1 checks the team in, 9 raises backup, anything else records nothing. */
export async function checkInPressed(
  deps: DispatchDeps,
  query: { responseId: string; responderId: string; language: string; digits: string | undefined },
): Promise<VoiceStep[]> {
  const row = await repo.aliasOf(deps.db, query.responseId);
  if (!row) return [hangup];
  const language = spoken(query.language);
  const voice = sayVoiceFor(language);
  const program = await getProgram(deps, row.programId);
  const actor = { responderId: query.responderId, programId: row.programId, coordinator: false };
  try {
    if (query.digits === '1') {
      await checkIn(deps, program, actor, query.responseId);
      return [say(dispatchText(language, 'checkInThanks', { alias: row.alias }), voice), hangup];
    }
    if (query.digits === '9') {
      await raiseBackup(deps, program, actor, query.responseId);
      return [say(dispatchText(language, 'checkInBackup', { alias: row.alias }), voice), hangup];
    }
  } catch (error) {
    deps.logger.warn(
      { responseId: query.responseId, err: { name: (error as Error).name } },
      'a check-in by keypress was refused',
    );
  }
  return [say(dispatchText(language, 'checkInNone', { alias: row.alias }), voice), hangup];
}
