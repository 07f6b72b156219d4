import type { AppContext } from '../context';
import { textDepsOf } from '../conversations/deps';
import { FloodGate } from '../conversations/flood';
import { personTexted } from '../conversations/inbound';
import { SMS_STATUS_PATH } from '../conversations/notify';
import { eraseAtProvider, handleProviderCopy, OUTBOUND_GRACE_MS, type Turn } from '../conversations/provider-copies';
import { responderTexted } from '../conversations/responder-sms';
import { programOfMessage, recordDelivery } from '../conversations/messages';
import { pagerHandler } from '../dispatch/pager';
import { memberTexted, peerAckHandler } from '../members/inbound';
import { RelayGate } from '../members/relay-gate';
import { careTeamHandler } from '../care/team/sms';
import { rotaDepsOf } from '../rota/deps';
import { swapsHandler } from '../rota/swaps/sms';
import { owedWritesOf } from '../provider-copies/batched';
import { dispatchDepsOf } from '../dispatch/types';
import { programByNumber } from '../program/service';
import { activeResponderByPhone } from '../responders/service';
import type { TextHandlers } from '../telephony/webhooks';

/**
 * Who answers a text to the line's number, and its delivery reports. A text from a responder's own
 * number is a command ("K7 …", src/conversations/responder-sms.ts); a member's is theirs first
 * (src/members/inbound.ts); anything else is a person reaching the line (src/conversations/inbound.ts). Either way the provider's copy is owed a
 * deletion before anything else happens, and deleted once it has been handled.
 */
export function textHandlers(ctx: AppContext, inTurn?: Turn, relays: RelayGate = new RelayGate()): TextHandlers {
  const turn: Turn = inTurn ?? ((work) => work());
  // One per server: it slows a single sender who floods the line, across all their texts.
  const flood = new FloodGate();
  return {
    statusPath: SMS_STATUS_PATH,
    async received(text) {
      const deps = textDepsOf(ctx);
      const program = await programByNumber(deps, text.to);
      const responderId = program ? await activeResponderByPhone(deps, program.id, text.from) : undefined;
      return handleProviderCopy(
        deps,
        text.messageRef,
        async () => {
          // A number Kith does not serve (or no longer): nothing to store, but its copy is deleted all the same.
          if (!program) return [];
          if (!responderId) {
            // A member's code, check-in, LEAVE or a join code; anything else reaches the team as any text does.
            const forMembers = await memberTexted(deps, relays, program, text);
            return forMembers ?? personTexted(deps, flood, program, text);
          }
          return responderTexted(
            deps,
            program,
            { messageRef: text.messageRef, responderId, body: text.body },
            // Replies to a field team's ask ("R4 yes") belong to dispatch; the rest are texting commands.
            // "STEP BACK" and "BACK" belong to looking after the team (care/team); "4821 OK" to members;
            // "TAKE S12" to swaps (rota/swaps).
            [
              pagerHandler(dispatchDepsOf(ctx)),
              peerAckHandler(deps),
              careTeamHandler(dispatchDepsOf(ctx)),
              swapsHandler(rotaDepsOf(ctx)),
            ],
          );
        },
        turn,
      );
    },
    async delivery({ messageRef, status, final }) {
      const deps = textDepsOf(ctx);
      await turn(async () => {
        await recordDelivery(deps.db, messageRef, status);
        // For a TwiML <Message> reply this is the first Kith hears of its id. Owed now, due after a bound,
        // so a text whose carrier never reports past `sent` is deleted all the same (API sends are owed already).
        // In one commit with the other reports of the same moment (a surge's replies report together).
        if (!final) await owedWritesOf(deps.db).owe('message', messageRef, deps.clock.now() + OUTBOUND_GRACE_MS);
      });
      if (!final) return;
      await eraseAtProvider(deps, messageRef);
      const programId = await programOfMessage(deps.db, messageRef);
      if (programId !== undefined) deps.live.publish(programId, 'conversations');
    },
  };
}
