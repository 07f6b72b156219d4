import type { ResponderTextHandler } from '../../conversations/responder-sms';
import type { DispatchDeps } from '../../dispatch/types';
import { careTeamCommand, careTeamText } from '../../i18n/care-team';
import { DomainError } from '../../platform/errors';
import { formatInstant } from '../../platform/wall-time';
import { getResponder } from '../../responders/service';
import { endAnyBreak } from './repo';
import { stepBack } from './service';

/** "STEP BACK" (es: "PAUSA") and "BACK" (es: "VOLVER") texted to the community number by a responder. */
export function careTeamHandler(deps: DispatchDeps): ResponderTextHandler {
  return {
    claims: (body) => careTeamCommand(body) !== undefined,
    async texted(program, input) {
      const who = { programId: program.id, responderId: input.responderId };
      const language = (await getResponder(deps, program.id, input.responderId)).languages[0] ?? 'en';
      if (careTeamCommand(input.body) === 'back') {
        await endAnyBreak(deps.db, who);
        deps.live.publish(program.id, 'roster');
        return [careTeamText(language, 'youAreBack', {})];
      }
      try {
        const { until } = await stepBack(deps, who);
        return [
          careTeamText(language, 'youSteppedBack', { end: formatInstant(until, program.timeZone).slice(11, 16) }),
        ];
      } catch (error) {
        if (error instanceof DomainError && error.message === 'You are not on a shift now')
          return [careTeamText(language, 'notOnShift', {})];
        if (error instanceof DomainError && error.code === 'conflict') return [];
        throw error;
      }
    },
  };
}
