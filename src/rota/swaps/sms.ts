import type { ResponderTextHandler } from '../../conversations/responder-sms';
import { takeCommand } from '../../i18n/swaps';
import { DomainError } from '../../platform/errors';
import { getResponder } from '../../responders/service';
import type { RotaDeps } from '../deps';
import * as repo from './repo';
import { takeOffer } from './offers';
import { replyText } from './tell';

/** "TAKE S12" (es "TOMAR S12") texted to the community number by a responder: take offered shift 12. */
export function swapsHandler(deps: RotaDeps): ResponderTextHandler {
  return {
    claims: (body) => takeCommand(body) !== undefined,
    async texted(program, input) {
      const code = takeCommand(input.body) ?? 0;
      const language = (await getResponder(deps, program.id, input.responderId)).languages[0] ?? 'en';
      const offer = await repo.findOffer(deps.db, program.id, { code });
      if (!offer) return [replyText(program, language, 'unknownCode', { role: '', start: 0, end: 0 })];
      const stretch = { role: offer.role, start: offer.startsAt, end: offer.endsAt };
      try {
        const { state } = await takeOffer(deps, { programId: program.id, responderId: input.responderId }, { code });
        return [replyText(program, language, state === 'taken' ? 'youTookIt' : 'youTookItAwaiting', stretch)];
      } catch (error) {
        if (error instanceof DomainError && error.code === 'conflict' && error.facts?.why === 'gone')
          return [replyText(program, language, 'gone', stretch)];
        if (error instanceof DomainError && (error.code === 'conflict' || error.code === 'rest_limit'))
          return [replyText(program, language, 'cannotTake', stretch)];
        throw error;
      }
    },
  };
}
