/** The provider simulator's public surface: everything tests and the demo need, nothing internal. */
export { ProviderSimulator } from './simulator';
export type { RunOptions } from './simulator';
export { SimCall } from './sim-call';
export { SimPhone } from './sim-phone';
export { DEFAULT_SMS_PATH } from './simulator';
export { DEFAULT_SMS_RETRY } from './messaging';
export { numSegments, smsEncoding } from './sms-segments';
export { APPLICATION_ERROR } from './executor';
export { parseTwiml } from './twiml';
export type { Verb, ParseResult } from './twiml';
export { maskNumber } from './narrative';
export type {
  CallerScript,
  CallEvent,
  CallStatus,
  Direction,
  HeardLine,
  InboxText,
  MessageDirection,
  MessageStatus,
  OwnedNumberConfig,
  PhoneBehaviour,
  PhoneLogEntry,
  RetryPolicy,
  RunResult,
  SimCallRecord,
  SimError,
  SimErrorKind,
  SimMessageRecord,
  SimulatorOptions,
  TextOptions,
  WebhookAttempt,
  WebhookResult,
} from './types';
