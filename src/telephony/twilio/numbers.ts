/**
 * The IncomingPhoneNumber resource of Twilio's REST API (2010-04-01), which SignalWire's LaML API
 * serves too: reading a number's JSON (snake_case) into the provider-neutral `ProviderNumber`, and
 * writing a change as the update's form parameters (PascalCase). Names follow Twilio's own OpenAPI
 * description (twilio/twilio-oai, api_v2010).
 */
import type { AccountLookup, NumberRouting, ProviderNumber, RoutingOverride } from '../provider';

/** Each routing setting and the name of its update parameter. */
const FORM_NAMES: Record<keyof NumberRouting, string> = {
  voiceUrl: 'VoiceUrl',
  voiceMethod: 'VoiceMethod',
  statusCallbackUrl: 'StatusCallback',
  statusCallbackMethod: 'StatusCallbackMethod',
  voiceFallbackUrl: 'VoiceFallbackUrl',
  voiceFallbackMethod: 'VoiceFallbackMethod',
  smsUrl: 'SmsUrl',
  smsMethod: 'SmsMethod',
};

type Json = Record<string, unknown>;

/** The provider answers `null` and `""` alike for a setting never made. */
function text(json: Json, name: string): string {
  const value = json[name];
  return typeof value === 'string' ? value : '';
}

export function numberFromJson(json: Json): ProviderNumber | undefined {
  const ref = text(json, 'sid');
  const number = text(json, 'phone_number');
  if (ref === '' || number === '') return undefined;
  const routing: NumberRouting = {
    voiceUrl: text(json, 'voice_url'),
    voiceMethod: text(json, 'voice_method'),
    statusCallbackUrl: text(json, 'status_callback'),
    statusCallbackMethod: text(json, 'status_callback_method'),
    voiceFallbackUrl: text(json, 'voice_fallback_url'),
    voiceFallbackMethod: text(json, 'voice_fallback_method'),
    smsUrl: text(json, 'sms_url'),
    smsMethod: text(json, 'sms_method'),
  };
  const overrides: RoutingOverride[] = [];
  // Twilio ignores the voice URLs while an application or a trunk is attached, and the SMS URLs while an SMS application is.
  if (text(json, 'voice_application_sid') !== '') overrides.push('voice-application');
  if (text(json, 'trunk_sid') !== '') overrides.push('trunk');
  if (text(json, 'voice_receive_mode') === 'fax') overrides.push('fax');
  if (text(json, 'sms_application_sid') !== '') overrides.push('sms-application');
  return { ref, number, routing, overrides };
}

/** The list answer (`incoming_phone_numbers`, with paging fields): the entry that is exactly this number. */
export function numberFromList(json: Json, e164: string): ProviderNumber | undefined {
  const list = json.incoming_phone_numbers;
  if (!Array.isArray(list)) return undefined;
  for (const entry of list) {
    if (typeof entry !== 'object' || entry === null) continue;
    const found = numberFromJson(entry as Json);
    // The PhoneNumber filter matches part of a number too: only the exact one is ours.
    if (found?.number === e164) return found;
  }
  return undefined;
}

export function routingForm(changes: Partial<NumberRouting>): URLSearchParams {
  const form = new URLSearchParams();
  for (const [key, name] of Object.entries(FORM_NAMES) as [keyof NumberRouting, string][]) {
    const value = changes[key];
    if (value !== undefined) form.set(name, value);
  }
  return form;
}

const STATUSES = new Set(['active', 'suspended', 'closed']);

/**
 * The Account fetch. Its answer also carries the account's auth token: only the status and type are
 * read here, and nothing else of it is kept or passed on.
 */
export function accountFromJson(json: Json): AccountLookup {
  const status = text(json, 'status');
  return {
    kind: 'ok',
    status: STATUSES.has(status) ? (status as 'active' | 'suspended' | 'closed') : 'unknown',
    trial: text(json, 'type') === 'Trial',
  };
}
