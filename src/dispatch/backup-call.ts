import { CALL_RECORD_WAIT_MS } from '../calls/lifecycle';
import { catalogFor, hasCatalog } from '../i18n';
import { dispatchText } from '../i18n/dispatch';
import type { Program } from '../program/types';
import { oweDeletions } from '../provider-copies/owed';
import { hangup, route, say, type VoiceStep } from '../telephony/plan';
import type { ResponseRow } from './repo';
import type { DispatchDeps } from './types';

/** How long a backup call rings before giving up: the text has gone out anyway. */
const RING_SECONDS = 30;

/**
 * Rings each responder's own phone for "need backup". The call carries no choice and no bridge: when
 * answered it says one line ("Kith: team R4 needs backup now. Check your texts.") and hangs up — the
 * text holds the link. The provider's record of each call (it holds the responder's number) is owed a
 * deletion at once, tried once the call can have ended and retried until the provider agrees.
 */
export async function ringForBackup(deps: DispatchDeps, program: Program, row: ResponseRow, responderIds: readonly string[]): Promise<number> {
  const voice = deps.voice;
  if (!voice || !program.phoneNumber || responderIds.length === 0) return 0;
  const from = program.phoneNumber;
  const people = await deps.db.selectFrom('responders').select(['id', 'languages', 'phone_sealed as phoneSealed']).where('id', 'in', [...responderIds]).execute();
  let rung = 0;
  await Promise.all(
    people.map(async (person) => {
      if (!person.phoneSealed) return;
      const language = (JSON.parse(person.languages) as string[])[0] ?? 'en';
      try {
        const { legRef } = await voice.placeCall({
          to: deps.keys.open(person.phoneSealed, person.id),
          from, // caller ID is always the community number
          answer: route('pagerAnswer', { response: row.id, lang: language }),
          status: route('pagerStatus', { response: row.id }),
          timeoutSeconds: RING_SECONDS,
        });
        await oweDeletions(deps.db, 'call', [legRef], deps.clock.now() + CALL_RECORD_WAIT_MS + RING_SECONDS * 1000);
        rung += 1;
      } catch (error) {
        deps.logger.warn({ programId: program.id, responseId: row.id, err: { name: (error as Error).name } }, 'could not ring for backup');
      }
    }),
  );
  return rung;
}

/** What an answered backup call says: the alias only, in the responder's language. */
export async function backupCallAnswered(deps: Pick<DispatchDeps, 'db'>, query: { responseId: string; language: string }): Promise<VoiceStep[]> {
  const row = await deps.db.selectFrom('field_responses').select('alias').where('id', '=', query.responseId).executeTakeFirst();
  if (!row) return [hangup];
  const language = hasCatalog(query.language) ? query.language : 'en';
  const text = dispatchText(language, 'backupSpoken', { alias: row.alias });
  return [say(text, catalogFor(language).sayLanguage), say(text, catalogFor(language).sayLanguage), hangup];
}
