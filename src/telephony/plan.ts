/**
 * A provider-neutral description of what a phone call should do next. The call domain decides
 * these steps; a provider adapter renders them (TwiML for Twilio and SignalWire). Each route a step
 * names is answered by the voice route table (src/line/voice-routes.ts).
 */
export type VoiceRouteName =
  | 'language'
  | 'hold'
  | 'queueExit'
  | 'connected'
  | 'legAnswer'
  | 'legChoice'
  /** A responder who pressed 1 while the caller still hears the disclosures: wait, then join. */
  | 'legWait'
  | 'legAfter'
  | 'legReport'
  | 'legStatus'
  | 'responderEnded'
  /** A backup call for a field team: answered, it speaks one line. */
  | 'pagerAnswer'
  | 'pagerStatus'
  /** A check-in call to a field team: press 1 if the team is safe, 9 for backup. */
  | 'checkInAnswer'
  | 'checkInPressed'
  /** A follow-up call: the responder answers, then Kith dials the person. */
  | 'followUpAnswer'
  | 'followUpStatus'
  | 'followUpDialed'
  /** A member who pressed * at the menu keys their number, then a code (src/members/keypad.ts). */
  | 'memberNumber'
  | 'memberCode';

export interface VoiceRoute {
  name: VoiceRouteName;
  /** Ids only (our call and leg ids) — never a phone number. */
  query: Readonly<Record<string, string>>;
}

export type VoiceStep =
  /** `voice`: the provider's named voice, where its default one does not speak `language` (i18n/languages.ts). */
  | { kind: 'say'; text: string; language: string; voice?: string; loop?: number }
  | { kind: 'pause'; seconds: number }
  /** Collect keypresses while the prompts play; with none, fall through to the next step. */
  | { kind: 'gather'; digits: number; timeoutSeconds: number; next: VoiceRoute; prompts: VoiceStep[] }
  | { kind: 'redirect'; to: VoiceRoute }
  /** Hold the caller in a queue of their own; the provider asks `hold` repeatedly while they wait. */
  | { kind: 'hold'; queue: string; hold: VoiceRoute; exit: VoiceRoute }
  /** Take the held caller out of the queue (used when nobody could be reached). */
  | { kind: 'leave' }
  /**
   * Bridge this (responder) leg to the caller held in `queue`. If the queue is empty (the caller hung up
   * as the responder accepted), the provider waits up to `timeoutSeconds` for someone to join it before
   * going on to `after` — so this is kept short: nobody should wait in silence for a caller who has gone.
   */
  | { kind: 'connect'; queue: string; callerPrompt: VoiceRoute; after: VoiceRoute; timeoutSeconds: number }
  /**
   * Bridge this (responder) leg to a number, showing `callerId` (always the community number). The one
   * place a person's number is handed to the provider, for a follow-up they consented to.
   */
  | { kind: 'dial'; number: string; callerId: string; timeoutSeconds: number; after: VoiceRoute }
  | { kind: 'hangup' };

/**
 * How a held caller's wait ended, as the provider reports it (Twilio: the `<Enqueue>` action's
 * `QueueResult`, mapped by the adapter). Only `hungUp` means the caller left.
 * - `left`: Kith took them out of the queue (nobody could be reached).
 * - `hungUp`: they hung up while waiting, before anyone was connected to them.
 * - `bridgeEnded`: they were connected and the conversation has ended; they may still be on the line.
 * - `moved`: the call is being bridged, or runs other instructions now: nothing to do here.
 * - `failed`: the provider could not hold them (an error in the wait, a full queue, its own fault);
 *   the caller is still on the line and must not be left in silence.
 */
export type HoldEnd = 'left' | 'hungUp' | 'bridgeEnded' | 'moved' | 'failed';

export const say = (text: string, speech: string | { language: string; voice?: string }, loop?: number): VoiceStep => {
  const { language, voice } = typeof speech === 'string' ? { language: speech, voice: undefined } : speech;
  return { kind: 'say', text, language, ...(voice ? { voice } : {}), ...(loop ? { loop } : {}) };
};
export const hangup: VoiceStep = { kind: 'hangup' };
export const route = (name: VoiceRouteName, query: Record<string, string>): VoiceRoute => ({ name, query });
