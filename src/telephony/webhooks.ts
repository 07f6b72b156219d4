import type { HoldEnd, VoiceRouteName, VoiceStep } from './plan';

/**
 * What a provider's webhooks tell Kith, in Kith's words, and the shape of what answers them. An
 * adapter (src/telephony/twilio/) checks that a request is the provider's, translates it into one of
 * these, and renders the answer; the handlers (src/line/) are provider-neutral and know no HTTP. So
 * telephony never imports the domains that answer a call or a text: they are handed to it.
 */

/** Every address a provider calls about a call: the number's own two, and each route a plan names. */
export type VoiceEndpoint = 'incoming' | 'callerStatus' | VoiceRouteName;

/**
 * One provider request about a call. Each field is read where its route needs it (named below) and
 * has the adapter's neutral default elsewhere.
 */
export interface VoiceRequest {
  /** The query Kith wrote into the route (src/telephony/plan.ts `route`): our ids, never a number. */
  query: Readonly<Record<string, string | undefined>>;
  /** The provider's id for this call (Twilio: CallSid). `incoming`, `callerStatus`. */
  callRef: string | undefined;
  /** The number that was called. `incoming`. */
  to: string | undefined;
  /**
   * The number calling. Read only by `memberCode`, to tell a member's own phone by its keyed hash (as
   * their texts are told); never stored, logged or put in a route.
   */
  from: string | undefined;
  /** The call's status in the provider's words: completed, busy, no-answer, failed, canceled… */
  callStatus: string | undefined;
  /** The keys pressed during a `gather` step; undefined when none were. */
  digits: string | undefined;
  /** How long the held caller has waited, in whole seconds (0 when unknown). `hold`. */
  queueSeconds: number;
  /** How the held caller's wait ended. `queueExit`. */
  holdEnd: HoldEnd;
  /** The provider's id for the caller's hold queue, to delete it. `queueExit`. */
  queueRef: string | undefined;
  /** Whether a `connect` step bridged the responder to the caller. `legAfter`. */
  bridged: boolean;
  /** The provider's id for the call a `dial` step placed, to delete its record. `followUpDialed`. */
  dialedCallRef: string | undefined;
}

export interface VoiceHandler {
  /** The next steps of the call; nothing (or `[]`) for a status report that needs no answer. */
  answer(request: VoiceRequest): Promise<VoiceStep[] | void>;
  /**
   * Where given, answers instead of an error: a caller already waiting must not be cut off by a passing
   * fault (a busy disk, a lost database connection) — the provider asks again and the next try may work.
   */
  onFailure?(request: VoiceRequest): VoiceStep[];
}

/** Who answers each voice address: built above the domains (src/line/voice-routes.ts), handed to the adapter. */
export type VoiceRouteTable = Readonly<Record<VoiceEndpoint, VoiceHandler>>;

/** A text to the line's number. */
export interface TextIn {
  /** The provider's id for this text: a retried webhook carries the same one. */
  messageRef: string;
  from: string;
  to: string;
  body: string;
  mediaCount: number;
}

/** How a text Kith sent (or received) stands at the provider. */
export interface DeliveryReport {
  messageRef: string;
  /** In the provider's words: queued, sent, delivered, undelivered, failed… */
  status: string;
  /** No later status will come (delivered, failed, …): the provider's copy can be deleted now. */
  final: boolean;
}

/** Who answers the texting addresses: built above the domains (src/line/texts.ts), handed to the adapter. */
export interface TextHandlers {
  /** The replies to send back, each of which asks for its delivery status at `statusPath`. */
  received(text: TextIn): Promise<string[]>;
  delivery(report: DeliveryReport): Promise<void>;
  /** Where delivery statuses are reported: the same path the texting domain asks for when it sends. */
  statusPath: string;
}
