import { sayVoiceFor } from '../i18n/languages';
import { dispatchLanguage, dispatchText } from '../i18n/dispatch';
import type { Program } from '../program/types';
import { hangup, route, say, type VoiceStep } from '../telephony/plan';
import { aliasOf, type ResponseRow } from './repo';
import { ringTeam } from './ring';
import type { DispatchDeps } from './types';

/**
 * Rings each responder's own phone for "need backup". The call carries no choice and no bridge: when
 * answered it says one line ("Kith: team R4 needs backup now. Check your texts.") and hangs up — the
 * text holds the link.
 */
export function ringForBackup(
  deps: DispatchDeps,
  program: Program,
  row: ResponseRow,
  responderIds: readonly string[],
): Promise<number> {
  return ringTeam(
    deps,
    program,
    row.id,
    responderIds,
    (_id, language) => route('pagerAnswer', { response: row.id, lang: language }),
    'backup',
  );
}

/** What an answered backup call says: the alias only, in the responder's language. */
export async function backupCallAnswered(
  deps: Pick<DispatchDeps, 'db'>,
  query: { responseId: string; language: string },
): Promise<VoiceStep[]> {
  const row = await aliasOf(deps.db, query.responseId);
  if (!row) return [hangup];
  const language = dispatchLanguage(query.language);
  const text = dispatchText(language, 'backupSpoken', { alias: row.alias });
  return [say(text, sayVoiceFor(language)), say(text, sayVoiceFor(language)), hangup];
}
