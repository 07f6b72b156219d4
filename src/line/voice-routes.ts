import { callDepsOf } from '../calls/deps';
import { holdTick, queueExited } from '../calls/holding';
import * as flow from '../calls/voice-flow';
import type { AppContext } from '../context';
import { backupCallAnswered } from '../dispatch/backup-call';
import { checkInCallAnswered, checkInPressed } from '../dispatch/check-in-call';
import { followUpCallAnswered, followUpDialEnded } from '../care/follow-ups/reach';
import { dispatchDepsOf } from '../dispatch/types';
import { programAtMenu } from '../calls/service';
import { textDepsOf } from '../conversations/deps';
import { keypadBegins, memberCodeKeyed, memberNumberKeyed } from '../members/keypad';
import { planKeyed } from '../members/plans/keypad';
import type { RelayGate } from '../members/relay-gate';
import { getProgram } from '../program/service';
import type { VoiceStep } from '../telephony/plan';
import type { VoiceRequest, VoiceRouteTable } from '../telephony/webhooks';

/** While storage is failing, a held caller waits this long at most, then leaves for the no-answer path. */
const MAX_WAIT_WHILE_FAILING_SECONDS = 180;

/** A held caller kept waiting through a passing fault, rather than cut off. */
const keepWaiting = (request: VoiceRequest): VoiceStep[] =>
  request.queueSeconds > MAX_WAIT_WHILE_FAILING_SECONDS ? [{ kind: 'leave' }] : [{ kind: 'pause', seconds: 5 }];

/** The ids a plan wrote into a route's query (src/telephony/plan.ts `route`). */
const ids = ({ query }: VoiceRequest) => ({ callId: query.call ?? '', legId: query.leg ?? '' });
const checkIn = ({ query }: VoiceRequest) => ({
  responseId: query.response ?? '',
  responderId: query.responder ?? '',
  language: query.lang ?? 'en',
});

/**
 * The voice route table: which domain answers each address a provider calls about a call. It sits
 * above calls/ and dispatch/ so that telephony/ (below them) never imports them; the adapter is handed
 * this table and only translates requests and renders the steps each answer returns.
 */
export function voiceRouteTable(ctx: AppContext, relays: RelayGate): VoiceRouteTable {
  // Built per request: a call needs the provider, which the adapter has checked is configured.
  const calls = () => callDepsOf(ctx);
  const dispatch = () => dispatchDepsOf(ctx);
  // * at the menu: maybe a member keying a code. The call stays a call until a member's number is
  // keyed; anyone else (a * pressed by mistake, silence) goes on to the greeting and the team.
  const memberKeys = async (r: VoiceRequest): Promise<VoiceStep[]> => {
    const { callId } = ids(r);
    const programId = await programAtMenu(calls(), callId);
    if (programId === undefined) return flow.languageChosen(calls(), { callId, digits: undefined });
    return keypadBegins(await getProgram(textDepsOf(ctx), programId), callId);
  };
  return {
    // A person calls the line: src/calls/ greets them, holds them and rings the team.
    incoming: { answer: (r) => flow.incomingCall(calls(), { providerCallRef: r.callRef ?? '', to: r.to ?? '' }) },
    callerStatus: {
      answer: (r) => flow.callerStatus(calls(), { providerCallRef: r.callRef ?? '', status: r.callStatus ?? '' }),
    },
    // * at the menu may be a member keying a code (src/members/keypad.ts).
    language: {
      answer: (r) =>
        r.digits === '*' ? memberKeys(r) : flow.languageChosen(calls(), { callId: ids(r).callId, digits: r.digits }),
    },
    hold: {
      answer: (r) => holdTick(calls(), { callId: ids(r).callId, queueSeconds: r.queueSeconds }),
      onFailure: keepWaiting,
    },
    queueExit: {
      answer: (r) =>
        queueExited(calls(), {
          callId: ids(r).callId,
          end: r.holdEnd,
          attempt: Number(r.query.attempt ?? 1) || 1,
          queueRef: r.queueRef,
        }),
    },
    connected: { answer: (r) => flow.callerConnected(calls(), { callId: ids(r).callId }) },
    responderEnded: { answer: (r) => flow.responderEnded(calls(), { callId: ids(r).callId }) },
    // A responder's leg: the whisper, their keypress, the bridge, and what they report after.
    legAnswer: { answer: (r) => flow.legAnswered(calls(), ids(r)) },
    legChoice: { answer: (r) => flow.legChoice(calls(), { ...ids(r), digits: r.digits }) },
    legWait: { answer: (r) => flow.legWait(calls(), ids(r)) },
    legAfter: { answer: (r) => flow.legAfter(calls(), { ...ids(r), bridged: r.bridged }) },
    legReport: { answer: (r) => flow.legReport(calls(), { ...ids(r), digits: r.digits }) },
    legStatus: { answer: (r) => flow.legStatus(calls(), { ...ids(r), status: r.callStatus ?? '' }) },
    // A field team's backup call (src/dispatch/): one spoken line, then hang up. Its record at the
    // provider was owed a deletion when it was placed, so its status needs no action.
    pagerAnswer: {
      answer: ({ query }) =>
        backupCallAnswered(dispatch(), { responseId: query.response ?? '', language: query.lang ?? 'en' }),
    },
    pagerStatus: { answer: async () => [] },
    // A check-in call (src/dispatch/): press 1 if the team is safe, 9 for backup.
    checkInAnswer: { answer: (r) => checkInCallAnswered(dispatch(), checkIn(r)) },
    checkInPressed: { answer: (r) => checkInPressed(dispatch(), { ...checkIn(r), digits: r.digits }) },
    // A follow-up call (care): the responder picked up, so Kith dials the person from the community number.
    followUpAnswer: {
      answer: ({ query }) =>
        followUpCallAnswered(dispatch(), { followUpId: query.followUp ?? '', language: query.lang ?? 'en' }),
    },
    followUpDialed: { answer: (r) => followUpDialEnded(dispatch(), r.dialedCallRef) },
    followUpStatus: { answer: async () => [] },
    memberNumber: {
      answer: (r) =>
        memberNumberKeyed(textDepsOf(ctx), {
          programId: r.query.program ?? '',
          callId: r.query.call ?? '',
          digits: r.digits,
          from: r.from,
          tries: Number(r.query.tries ?? 1) || 1,
        }),
    },
    // `*` first: the member's plan code, opened for this call and then on to the team (members/plans/keypad.ts).
    memberCode: {
      answer: (r) =>
        r.digits?.startsWith('*')
          ? planKeyed(textDepsOf(ctx), calls(), {
              programId: r.query.program ?? '',
              memberId: r.query.member ?? '',
              digits: r.digits,
              callRef: r.callRef ?? '',
            })
          : memberCodeKeyed(textDepsOf(ctx), relays, {
              programId: r.query.program ?? '',
              memberId: r.query.member ?? '',
              digits: r.digits,
              callRef: r.callRef ?? '',
              tries: Number(r.query.tries ?? 1) || 1,
            }),
    },
  };
}
