import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context';
import { twilioSmsRoutes } from '../telephony/twilio/sms-webhooks';
import { twilioVoiceRoutes } from '../telephony/twilio/webhooks';
import { textHandlers } from './texts';
import { VoiceFirst } from './voice-first';
import { voiceRouteTable } from './voice-routes';

/**
 * The provider webhooks: each adapter is handed the provider-neutral handlers. Twilio's format also
 * serves SignalWire; another provider's adapter would be handed the same table here.
 */
export function providerWebhookRoutes(app: FastifyInstance, ctx: AppContext): void {
  // One per server: texts' database work gives way to calls' webhooks in a surge (voice-first.ts).
  const voiceFirst = new VoiceFirst();
  twilioVoiceRoutes(app, ctx, voiceFirst.voice(voiceRouteTable(ctx)));
  twilioSmsRoutes(app, ctx, textHandlers(ctx, voiceFirst.inTurn));
}
