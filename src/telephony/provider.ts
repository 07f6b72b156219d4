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
  /**
   * Sends a live leg to new instructions (used to take a caller out of a call). `gone`: the leg had
   * already ended (hung up, or its record deleted), which is an answer, not a failure.
   */
  redirectCall(legRef: string, to: VoiceRoute): Promise<'redirected' | 'gone'>;
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

/** One provider account serves both voice and texts. */
export type PhoneProvider = VoiceProvider & MessagingProvider;
