/**
 * Public vocabulary of the provider simulator: what tests and the demo configure (phones,
 * scripts, numbers) and what they read back (call records, errors, phone logs). Kept apart
 * from the engine so the engine's internals can change without touching callers.
 */
import type { ManualClock } from '../platform/clock';
import type { PortInSignature } from './signing';

export type CallStatus =
  'queued' | 'initiated' | 'ringing' | 'in-progress' | 'completed' | 'busy' | 'no-answer' | 'failed' | 'canceled';

/** Twilio's own values: REST-created legs are `outbound-api`, legs created by <Dial> are `outbound-dial`. */
export type Direction = 'inbound' | 'outbound-api' | 'outbound-dial';

export const FINAL_STATUSES: ReadonlySet<CallStatus> = new Set([
  'completed',
  'busy',
  'no-answer',
  'failed',
  'canceled',
]);

/** How an outside phone (a responder's mobile, say) behaves when the simulator rings it. */
export type PhoneBehaviour =
  | {
      kind: 'answer';
      /** Seconds of ringing before pick-up. Default 3. */
      afterSeconds?: number;
      /** Digits typed at the FIRST <Gather> this leg meets; omit to press nothing. */
      press?: string;
      /** Digits for later Gathers, in order. */
      pressLater?: string[];
      /** Seconds after being bridged before hanging up; default: stay until the other side ends. */
      hangUpAfterSeconds?: number;
      /** Seconds after being bridged before pressing `*` (ends the bridge when the Dial has hangupOnStar). */
      pressStarAfterSeconds?: number;
    }
  | { kind: 'voicemail'; afterSeconds?: number; recordSeconds?: number }
  | { kind: 'ignore' }
  | { kind: 'busy' }
  | { kind: 'unreachable' };

/** What the person on an inbound call does. */
export interface CallerScript {
  /** One entry per <Gather>, in order; '' = press nothing. */
  press?: string[];
  /** Virtual seconds after the call starts. */
  hangUpAfterSeconds?: number;
  /** Seconds after being bridged before pressing `*` (only matters when this leg is the one dialing). */
  pressStarAfterSeconds?: number;
}

export interface OwnedNumberConfig {
  /** Path (resolved against publicBaseUrl) or absolute URL. */
  voiceUrl: string;
  statusCallbackUrl?: string;
  fallbackUrl?: string;
  /** The number's messaging webhook ("A message comes in"): path or absolute URL. Default /webhooks/twilio/sms. */
  smsUrl?: string;
}

export interface SimulatorOptions {
  clock: ManualClock;
  accountSid: string;
  authToken: string;
  /** Key used for X-Twilio-Signature; defaults to authToken. */
  signingKey?: string;
  /** What the app is configured as; signatures are computed over URLs with this base. */
  publicBaseUrl: string;
  /** Where requests are actually sent (must be on 127.0.0.1 / localhost). */
  appBaseUrl: string;
  /** Real-time limit for one request to the app; stands in for the provider's 15 s. Default 5000. */
  httpTimeoutMs?: number;
  /** Narrative sink for the demo; never receives the inbound caller's number. */
  log?: (line: string) => void;
  /** How an undelivered inbound-text webhook is retried. Default: 3 retries after 5, 30 and 120 virtual seconds. */
  smsRetry?: RetryPolicy;
  /**
   * A provider delivers webhooks for different texts at the same time, not one after another. Default
   * false: each exchange is awaited in turn so tests replay in one order; bench/surge.ts turns it on so
   * 500 texts in 5 s reach the app as they would from Twilio (overlapping first tries; retries in turn).
   */
  concurrentTextWebhooks?: boolean;
  /**
   * Seconds after a text is created during which REST DELETE is refused with error 20009, as Twilio
   * refuses to delete a message it is still processing ("wait at least 1 minute"). Default 0.
   */
  deleteRefusedForSeconds?: number;
  /**
   * Whether the account has Twilio's Message Redaction, which the Create Message parameters
   * `ContentRetention=discard` and `AddressRetention=obfuscate` need: without it a send asking for
   * them is refused (30029, 30030). Default true.
   */
  messageRedaction?: boolean;
  /**
   * Which provider's account this plays where the two differ. `signalwire`: its Create Message does
   * not document Twilio's `ContentRetention`/`AddressRetention`, and this plays the strict reading —
   * a send naming them is refused with HTTP 422 in SignalWire's REST error shape (SignalWire's docs do
   * not say what it really answers). Default `twilio`.
   */
  provider?: 'twilio' | 'signalwire';
  /**
   * Which form of the URL webhooks are signed over (see `signing.ts`): Twilio signs some callbacks
   * with the default port (`:443`) and some without. Default `as-configured`.
   */
  portInSignature?: PortInSignature;
  /** The maximum size of every queue (Twilio's Queue MaxSize: 1000 by default, 5000 at most). */
  queueMaxSize?: number;
  /**
   * Whether carriers report delivery. `false` plays a carrier that never reports past `sent`: texts
   * still reach the phones, but their status stays `sent` and no further status callback comes.
   * Default true.
   */
  deliveryReceipts?: boolean;
}

/** Retries of one inbound-text webhook, on virtual time, always with the same MessageSid. */
export interface RetryPolicy {
  /** Retries after the first attempt (0 = never retry). */
  retries: number;
  /** Virtual seconds before each retry; the last value repeats if there are more retries than entries. */
  backoffSeconds: readonly number[];
}

/** Twilio's message statuses that the simulator produces. */
export type MessageStatus = 'received' | 'queued' | 'sending' | 'sent' | 'delivered' | 'undelivered' | 'failed';

/** `outbound-reply` is a <Message> answering a webhook; `outbound-api` a REST send. */
export type MessageDirection = 'inbound' | 'outbound-api' | 'outbound-reply';

/** A text as the provider holds it (what "the provider still keeps" checks look at). */
export interface SimMessageRecord {
  sid: string;
  direction: MessageDirection;
  from: string;
  to: string;
  body: string;
  numSegments: number;
  numMedia: number;
  status: MessageStatus;
  errorCode?: number;
  createdAt: number;
  sentAt?: number;
  messagingServiceSid?: string;
  /** What a REST send asked the provider to keep (`ContentRetention`, `AddressRetention`), when it said. */
  contentRetention?: ContentRetention;
  addressRetention?: AddressRetention;
}

/** The Create Message privacy parameters' values, as Twilio documents them. */
export type ContentRetention = 'retain' | 'discard';
export type AddressRetention = 'retain' | 'obfuscate';

/** A text a simulated phone received, oldest first in its inbox. */
export interface InboxText {
  sid: string;
  /** The number it came from, as the phone displays it. */
  from: string;
  body: string;
  at: number;
}

/** One try at delivering an inbound text to the app's messaging webhook. */
export interface WebhookAttempt {
  messageSid: string;
  /** 1 for the first try, 2 for the first retry… */
  attempt: number;
  at: number;
  url: string;
  outcome: 'ok' | 'http-error' | 'timeout' | 'unreachable';
  status?: number;
}

/** What the person does when texting the line. */
export interface TextOptions {
  /** The owned number texted; may be omitted when the simulator owns exactly one. */
  to?: string;
  /** Attached pictures: a count (image/jpeg each) or their content types. */
  media?: number | readonly string[];
}

export type SimErrorKind =
  'http-status' | 'fetch-failed' | 'timeout' | 'bad-twiml' | 'unsupported-verb' | 'rest' | 'runaway' | 'internal';

export interface SimError {
  at: number;
  kind: SimErrorKind;
  message: string;
  callSid?: string;
  url?: string;
}

export interface HeardLine {
  at: number;
  text: string;
  language?: string;
  /** The named voice (`Polly.Zeina`), when the TwiML gave one. */
  voice?: string;
}

export interface CallEvent {
  at: number;
  what: string;
}

export interface SimCallRecord {
  sid: string;
  direction: Direction;
  from: string;
  to: string;
  status: CallStatus;
  parentCallSid?: string;
  startedAt: number;
  answeredAt?: number;
  endedAt?: number;
}

export interface PhoneLogEntry {
  sid: string;
  /** The From the app asked for (callerId / REST From). */
  shownCallerId: string;
  heard: readonly HeardLine[];
  pressed: readonly string[];
  bridgedWith?: string;
  status: CallStatus;
}

export interface RunResult {
  reason: 'idle' | 'time-cap' | 'step-cap';
  steps: number;
}

export interface WebhookResult {
  status: number;
  body: string;
}
