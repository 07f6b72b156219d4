import type { FastifyInstance } from 'fastify';
import type { CallDeps } from '../../calls/deps';
import { holdTick, queueExited } from '../../calls/holding';
import * as flow from '../../calls/voice-flow';
import { backupCallAnswered } from '../../dispatch/backup-call';
import { checkInCallAnswered, checkInPressed } from '../../dispatch/check-in-call';
import { dispatchDepsOf } from '../../dispatch/types';
import { followUpCallAnswered, followUpDialEnded } from '../../care/follow-ups/reach';
import type { AppContext } from '../../context';
import type { VoiceStep } from '../plan';
import { dialBridged, holdEndOf } from './queue-result';
import { ROUTE_PATHS, renderTwiml } from './twiml';
import { CALLER_STATUS_PATH, INCOMING_PATH } from './number-paths';
import { one, verifiedParams, type Params } from './verify';

export { CALLER_STATUS_PATH, INCOMING_PATH };
const MAX_WAIT_WHILE_FAILING_SECONDS = 180;

/**
 * Twilio-compatible voice webhooks (SignalWire sends the same requests). Every request must carry a
 * valid signature computed over our configured public URL — never the Host header — or it is
 * refused with 403 before anything is read or written.
 */
export function twilioVoiceRoutes(app: FastifyInstance, ctx: AppContext): void {
  type Handler = (deps: CallDeps, params: Params, query: Params) => Promise<VoiceStep[] | void>;
  /**
   * `onFailure`, where given, answers instead of an error: a caller already waiting must not be cut off
   * by a passing fault (a busy disk, a lost database connection) — the next request tries again.
   */
  const voice = (path: string, handle: Handler, onFailure?: (params: Params) => VoiceStep[]) => {
    app.post(path, { config: { access: 'provider' }, schema: { hide: true } }, async (request, reply) => {
      const params = verifiedParams(ctx, request, reply);
      if (!params || !ctx.provider) return reply;
      const deps: CallDeps = {
        db: ctx.db.kysely,
        clock: ctx.clock,
        keys: ctx.keys,
        provider: ctx.provider,
        logger: ctx.logger,
        live: ctx.live,
      };
      let steps: VoiceStep[] | void;
      try {
        steps = await handle(deps, params, request.query as Params);
      } catch (error) {
        if (!onFailure) throw error;
        ctx.logger.error(
          { route: path, err: { name: (error as Error).name, code: (error as { code?: unknown }).code } },
          'webhook failed; caller kept waiting',
        );
        steps = onFailure(params);
      }
      return reply.type('text/xml').send(renderTwiml(steps ?? [], ctx.config.publicUrl));
    });
  };
  /** While storage is failing, a held caller waits a while longer, then leaves for the no-answer path. */
  const keepWaiting = (p: Params): VoiceStep[] =>
    Number(one(p, 'QueueTime') ?? 0) > MAX_WAIT_WHILE_FAILING_SECONDS
      ? [{ kind: 'leave' }]
      : [{ kind: 'pause', seconds: 5 }];

  const ids = (query: Params) => ({ callId: one(query, 'call') ?? '', legId: one(query, 'leg') ?? '' });

  voice(INCOMING_PATH, (deps, p) =>
    flow.incomingCall(deps, { providerCallRef: one(p, 'CallSid') ?? '', to: one(p, 'To') ?? '' }),
  );
  voice(CALLER_STATUS_PATH, (deps, p) =>
    flow.callerStatus(deps, { providerCallRef: one(p, 'CallSid') ?? '', status: one(p, 'CallStatus') ?? '' }),
  );
  voice(ROUTE_PATHS.language, (deps, p, q) =>
    flow.languageChosen(deps, { callId: ids(q).callId, digits: one(p, 'Digits') }),
  );
  voice(
    ROUTE_PATHS.hold,
    (deps, p, q) => holdTick(deps, { callId: ids(q).callId, queueSeconds: Number(one(p, 'QueueTime') ?? 0) || 0 }),
    keepWaiting,
  );
  voice(ROUTE_PATHS.queueExit, (deps, p, q) =>
    queueExited(deps, {
      callId: ids(q).callId,
      end: holdEndOf(one(p, 'QueueResult')),
      attempt: Number(one(q, 'attempt') ?? 1) || 1,
      queueRef: one(p, 'QueueSid'),
    }),
  );
  voice(ROUTE_PATHS.connected, (deps, _p, q) => flow.callerConnected(deps, { callId: ids(q).callId }));
  voice(ROUTE_PATHS.responderEnded, (deps, _p, q) => flow.responderEnded(deps, { callId: ids(q).callId }));
  voice(ROUTE_PATHS.legAnswer, (deps, _p, q) => flow.legAnswered(deps, ids(q)));
  voice(ROUTE_PATHS.legChoice, (deps, p, q) => flow.legChoice(deps, { ...ids(q), digits: one(p, 'Digits') }));
  voice(ROUTE_PATHS.legAfter, (deps, p, q) =>
    flow.legAfter(deps, { ...ids(q), bridged: dialBridged(one(p, 'DialCallStatus')) }),
  );
  voice(ROUTE_PATHS.legReport, (deps, p, q) => flow.legReport(deps, { ...ids(q), digits: one(p, 'Digits') }));
  voice(ROUTE_PATHS.legStatus, (deps, p, q) => flow.legStatus(deps, { ...ids(q), status: one(p, 'CallStatus') ?? '' }));
  // A field team's backup call: one spoken line, then hang up. Its record at the provider was owed a
  // deletion when it was placed, so its status needs no action.
  voice(ROUTE_PATHS.pagerAnswer, (deps, _p, q) =>
    backupCallAnswered(deps, { responseId: one(q, 'response') ?? '', language: one(q, 'lang') ?? 'en' }),
  );
  voice(ROUTE_PATHS.pagerStatus, async () => []);
  // A check-in call: press 1 if the team is safe, 9 for backup.
  const checkInQuery = (q: Params) => ({
    responseId: one(q, 'response') ?? '',
    responderId: one(q, 'responder') ?? '',
    language: one(q, 'lang') ?? 'en',
  });
  voice(ROUTE_PATHS.checkInAnswer, (deps, _p, q) => checkInCallAnswered(deps, checkInQuery(q)));
  voice(ROUTE_PATHS.checkInPressed, (_deps, p, q) =>
    checkInPressed(dispatchDepsOf(ctx), { ...checkInQuery(q), digits: one(p, 'Digits') }),
  );
  // A follow-up call: the responder picked up, so Kith dials the person from the community number.
  voice(ROUTE_PATHS.followUpAnswer, (deps, _p, q) =>
    followUpCallAnswered(deps, { followUpId: one(q, 'followUp') ?? '', language: one(q, 'lang') ?? 'en' }),
  );
  voice(ROUTE_PATHS.followUpDialed, (deps, p) => followUpDialEnded(deps, one(p, 'DialCallSid')));
  voice(ROUTE_PATHS.followUpStatus, async () => []);
}
