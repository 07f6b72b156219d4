import type { KithRouting } from '../provider';

/** Where Kith answers a Twilio or SignalWire number: its calls, its callers' call status, its texts. */
export const INCOMING_PATH = '/webhooks/twilio/voice';
export const CALLER_STATUS_PATH = '/webhooks/twilio/voice/status';
export const SMS_PATH = '/webhooks/twilio/sms';

/** The settings a number needs to reach Kith at `publicUrl`, every one by POST (webhooks are signed over the form). */
export function kithRouting(publicUrl: string): KithRouting {
  return {
    voiceUrl: `${publicUrl}${INCOMING_PATH}`,
    voiceMethod: 'POST',
    statusCallbackUrl: `${publicUrl}${CALLER_STATUS_PATH}`,
    statusCallbackMethod: 'POST',
    smsUrl: `${publicUrl}${SMS_PATH}`,
    smsMethod: 'POST',
  };
}
