import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context';
import { twilioVoiceRoutes } from './twilio/webhooks';

/** Provider webhooks. Twilio's format also serves SignalWire; other providers' adapters go here. */
export function voiceWebhookRoutes(app: FastifyInstance, ctx: AppContext): void {
  twilioVoiceRoutes(app, ctx);
}
