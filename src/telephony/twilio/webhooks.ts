import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import type { VoiceStep } from '../plan';
import type { VoiceEndpoint, VoiceHandler, VoiceRequest, VoiceRouteTable } from '../webhooks';
import { dialBridged, holdEndOf } from './queue-result';
import { ROUTE_PATHS, renderTwiml } from './twiml';
import { CALLER_STATUS_PATH, INCOMING_PATH } from './number-paths';
import { one, verifiedParams, type Params } from './verify';

/** Where each voice address is served: the number's own two, then the routes plans name. */
const ENDPOINT_PATHS: Readonly<Record<VoiceEndpoint, string>> = {
  incoming: INCOMING_PATH,
  callerStatus: CALLER_STATUS_PATH,
  ...ROUTE_PATHS,
};

/** A Twilio (or SignalWire) voice request in Kith's words: the form it posted, and the query Kith wrote. */
export function voiceRequestOf(params: Params, query: Params): VoiceRequest {
  return {
    query: Object.fromEntries(Object.keys(query).map((name) => [name, one(query, name)])),
    callRef: one(params, 'CallSid'),
    to: one(params, 'To'),
    from: one(params, 'From'),
    callStatus: one(params, 'CallStatus'),
    digits: one(params, 'Digits'),
    queueSeconds: Number(one(params, 'QueueTime') ?? 0) || 0,
    holdEnd: holdEndOf(one(params, 'QueueResult')),
    queueRef: one(params, 'QueueSid'),
    bridged: dialBridged(one(params, 'DialCallStatus')),
    dialedCallRef: one(params, 'DialCallSid'),
  };
}

/**
 * Twilio-compatible voice webhooks (SignalWire sends the same requests). Every request must carry a
 * valid signature computed over our configured public URL — never the Host header — or it is
 * refused before anything is read or written. What each address does is the table's business
 * (src/line/voice-routes.ts); this only translates the request and renders the answer as TwiML.
 */
export function twilioVoiceRoutes(app: FastifyInstance, ctx: AppContext, routes: VoiceRouteTable): void {
  const serve = (path: string, handler: VoiceHandler) => {
    app.post(path, { config: { access: 'provider' }, schema: { hide: true } }, async (request, reply) => {
      const voice = voiceRequestOf(verifiedParams(ctx, request), request.query as Params);
      let steps: VoiceStep[] | void;
      try {
        steps = await handler.answer(voice);
      } catch (error) {
        if (!handler.onFailure) throw error;
        ctx.logger.error(
          { route: path, err: { name: (error as Error).name, code: (error as { code?: unknown }).code } },
          'webhook failed; caller kept waiting',
        );
        steps = handler.onFailure(voice);
      }
      return reply.type('text/xml').send(renderTwiml(steps ?? [], ctx.config.publicUrl));
    });
  };
  for (const endpoint of Object.keys(ENDPOINT_PATHS) as VoiceEndpoint[])
    serve(ENDPOINT_PATHS[endpoint], routes[endpoint]);
}
