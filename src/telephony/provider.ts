import type { VoiceRoute } from './plan';

/**
 * The port through which the call domain asks a phone provider to act. The domain decides
 * what should happen; an adapter (Twilio/SignalWire REST today) makes it so.
 */
export interface PlaceCallRequest {
  /** The responder's number, E.164. */
  to: string;
  /** Caller ID shown to the responder: always the community number, never the caller's. */
  from: string;
  /** Asked for instructions when the leg is answered (the screening whisper). */
  answer: VoiceRoute;
  /** Told each time the leg's state changes. */
  status: VoiceRoute;
  timeoutSeconds: number;
}

export type LegLiveness = 'active' | 'ended' | 'unknown';

export interface VoiceProvider {
  placeCall(request: PlaceCallRequest): Promise<{ legRef: string }>;
  /** Sends a live leg to new instructions (used to take a caller out of a call). */
  redirectCall(legRef: string, to: VoiceRoute): Promise<void>;
  /** Hangs up or cancels a leg whatever its state; a leg that already ended is not an error. */
  hangUp(legRef: string): Promise<void>;
  /** Deletes a caller's hold queue once it is empty: queues persist at the provider otherwise. */
  removeQueue(queueRef: string): Promise<void>;
  /** Asks the provider whether a leg is still live (used to recover after a restart). */
  liveness(legRef: string): Promise<LegLiveness>;
  /**
   * Deletes the provider's record of a call (it holds the caller's or the responder's number); one
   * already gone is not an error. Providers refuse while the call is not over: the caller retries.
   */
  deleteCallRecord(legRef: string): Promise<void>;
}

export interface SendTextRequest {
  /** E.164. */
  to: string;
  /** Always the community number: neither side ever sees the other's number. */
  from: string;
  body: string;
  /** Told when the text is sent, delivered or fails (`/webhooks/twilio/sms/status`). */
  statusCallbackPath: string;
}

export interface MessagingProvider {
  sendText(request: SendTextRequest): Promise<{ messageRef: string }>;
  /** Erases the provider's copy of a text (body included); one already gone is not an error. */
  deleteText(messageRef: string): Promise<void>;
}

/**
 * Where a number at the provider sends its calls, call-status reports and texts, as the provider
 * holds them. An empty string is "not set"; methods are `GET` or `POST`.
 */
export interface NumberRouting {
  voiceUrl: string;
  voiceMethod: string;
  statusCallbackUrl: string;
  statusCallbackMethod: string;
  voiceFallbackUrl: string;
  voiceFallbackMethod: string;
  smsUrl: string;
  smsMethod: string;
}

/** The settings Kith itself needs (all but the fallback, which a person chooses). */
export type KithRouting = Omit<NumberRouting, 'voiceFallbackUrl' | 'voiceFallbackMethod'>;

/**
 * Something at the provider that answers the number instead of its URLs: an application holding its
 * own voice or messaging URLs, a SIP trunk, or the number set to receive faxes.
 */
export type RoutingOverride = 'voice-application' | 'sms-application' | 'trunk' | 'fax';

export interface ProviderNumber {
  /** The provider's id for the number (Twilio: `PN…`). */
  ref: string;
  /** E.164. */
  number: string;
  routing: NumberRouting;
  overrides: RoutingOverride[];
}

/** What the provider said when asked about the account the credentials open. */
export type AccountLookup =
  | { kind: 'ok'; status: 'active' | 'suspended' | 'closed' | 'unknown'; trial: boolean }
  /** The credentials were refused (wrong account id or token). */
  | { kind: 'refused' }
  | { kind: 'unreachable' }
  /** Any other answer: the HTTP status says what. */
  | { kind: 'failed'; httpStatus: number };

/**
 * The line's connection at the provider: the account, and where the program's number points.
 * `kith provider check` reads it; `kith provider connect` changes it instead of the provider's website.
 */
export interface NumberSettingsProvider {
  /** Where this provider's numbers must send calls, call status and texts to reach Kith at `publicUrl`. */
  kithRouting(publicUrl: string): KithRouting;
  account(): Promise<AccountLookup>;
  /** The number on the account, or undefined when the account has no such number. */
  findNumber(e164: string): Promise<ProviderNumber | undefined>;
  /** Changes only the settings given; answers the number as the provider now holds it. */
  updateNumber(ref: string, changes: Partial<NumberRouting>): Promise<ProviderNumber>;
}

/** One provider account serves voice, texts and the number's own settings. */
export type PhoneProvider = VoiceProvider & MessagingProvider & NumberSettingsProvider;
