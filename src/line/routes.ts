import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context';
import { twilioSmsRoutes } from '../telephony/twilio/sms-webhooks';
import { RelayGate } from '../members/relay-gate';
import { onlySignableBodies } from '../telephony/twilio/verify';
import { twilioVoiceRoutes } from '../telephony/twilio/webhooks';
import { textHandlers } from './texts';
import { VOICE_FIRST_DEFAULTS, VoiceFirst } from './voice-first';
import { voiceRouteTable } from './voice-routes';

/**
 * The provider webhooks: each adapter is handed the provider-neutral handlers. Twilio's format also
 * serves SignalWire; another provider's adapter would be handed the same table here.
 */
export function providerWebhookRoutes(app: FastifyInstance, ctx: AppContext): void {
  onlySignableBodies(app);
  // One per server: texts' database work gives way to calls' webhooks in a surge (voice-first.ts).
  // SQLite runs one statement at a time whatever the lanes; PostgreSQL's pool has 10 connections, and
  // a text spends most of its time waiting on round trips there: more lanes, four connections kept for calls.
  const voiceFirst = new VoiceFirst({
    ...VOICE_FIRST_DEFAULTS,
    textLanes: ctx.db.dialect === 'postgres' ? 6 : VOICE_FIRST_DEFAULTS.textLanes,
  });
  // One per server: members' codes, texted or keyed, share one count (src/members/relay-gate.ts).
  const relays = new RelayGate();
  twilioVoiceRoutes(app, ctx, voiceFirst.voice(voiceRouteTable(ctx, relays)));
  twilioSmsRoutes(app, ctx, textHandlers(ctx, voiceFirst.inTurn, relays));
}
