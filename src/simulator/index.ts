/** The provider simulator's public surface: everything tests and the demo need, nothing internal. */
export { ProviderSimulator } from './simulator';
export type { RunOptions } from './simulator';
export { SimCall } from './sim-call';
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
  OwnedNumberConfig,
  PhoneBehaviour,
  PhoneLogEntry,
  RunResult,
  SimCallRecord,
  SimError,
  SimErrorKind,
  SimulatorOptions,
  WebhookResult,
} from './types';
