import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context';
import { twilioSmsRoutes } from './twilio/sms-webhooks';
import { twilioVoiceRoutes } from './twilio/webhooks';

/** Provider webhooks. Twilio's format also serves SignalWire; other providers' adapters go here. */
export function providerWebhookRoutes(app: FastifyInstance, ctx: AppContext): void {
  twilioVoiceRoutes(app, ctx);
  twilioSmsRoutes(app, ctx);
}
