import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context';
import { twilioSmsRoutes } from '../telephony/twilio/sms-webhooks';
import { onlySignableBodies } from '../telephony/twilio/verify';
import { twilioVoiceRoutes } from '../telephony/twilio/webhooks';
import { textHandlers } from './texts';
import { voiceRouteTable } from './voice-routes';

/**
 * The provider webhooks: each adapter is handed the provider-neutral handlers. Twilio's format also
 * serves SignalWire; another provider's adapter would be handed the same table here.
 */
export function providerWebhookRoutes(app: FastifyInstance, ctx: AppContext): void {
  onlySignableBodies(app);
  twilioVoiceRoutes(app, ctx, voiceRouteTable(ctx));
  twilioSmsRoutes(app, ctx, textHandlers(ctx));
}
