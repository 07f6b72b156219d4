import { CALL_RECORD_WAIT_MS } from '../calls/lifecycle';
import type { Program } from '../program/types';
import { oweDeletions } from '../provider-copies/owed';
import { route, type VoiceRoute } from '../telephony/plan';
import * as repo from './repo';
import type { DispatchDeps } from './types';

/** How long a team call rings before giving up: a text has gone out, or the next round will come. */
export const RING_SECONDS = 30;

/**
 * Rings each responder's own phone from the community number, for a field response (a backup call, a
 * check-in call). `answer` says what the call does once picked up, in the person's first language.
 * The provider's record of each call holds the responder's number, so it is owed a deletion at once,
 * tried once the call can have ended. A failure to place one call is logged by kind and skipped.
 * How many were rung.
 */
export async function ringTeam(
  deps: DispatchDeps,
  program: Program,
  responseId: string,
  responderIds: readonly string[],
  answer: (responderId: string, language: string) => VoiceRoute,
  purpose: string,
): Promise<number> {
  const voice = deps.voice;
  const from = program.phoneNumber;
  if (!voice || !from || responderIds.length === 0) return 0;
  const people = await repo.phonesOf(deps.db, responderIds);
  let rung = 0;
  await Promise.all(
    people.map(async (person) => {
      if (!person.phoneSealed) return;
      const language = person.languages[0] ?? 'en';
      try {
        const { legRef } = await voice.placeCall({
          to: deps.keys.open(person.phoneSealed, person.id),
          from, // caller ID is always the community number
          answer: answer(person.id, language),
          status: route('pagerStatus', { response: responseId }),
          timeoutSeconds: RING_SECONDS,
        });
        await oweDeletions(deps.db, 'call', [legRef], deps.clock.now() + CALL_RECORD_WAIT_MS + RING_SECONDS * 1000);
        rung += 1;
      } catch (error) {
        deps.logger.warn(
          { programId: program.id, responseId, err: { name: (error as Error).name } },
          `could not ring for ${purpose}`,
        );
      }
    }),
  );
  return rung;
}
