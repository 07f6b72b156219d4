export const CALL_OUTCOMES = ['answered', 'no_answer', 'off_hours', 'caller_hung_up'] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];

export const END_REASONS = ['mistake', 'must_end'] as const;
/** Reported by the responder: the call reached them by mistake, or they had to end it. */
export type EndReason = (typeof END_REASONS)[number];

/** greeting → (language chosen) → ringing → connected → ended; any state may jump to ended. */
export type CallState = 'greeting' | 'ringing' | 'connected' | 'ended';

/**
 * Who is rung, in order: the primary tier first, then the backup tier. Within each, responders
 * who speak the caller's language come first; the rest of the tier follows if none accept.
 */
export const PHASES = ['primary_lang', 'primary_other', 'backup_lang', 'backup_other'] as const;
export type Phase = (typeof PHASES)[number] | 'exhausted';

/** ringing → screening (picked up, hearing the whisper) → accepted → completed; or an end without accepting. */
export type LegState =
  'ringing' | 'screening' | 'accepted' | 'declined' | 'unanswered' | 'canceled' | 'completed' | 'failed';
export const ACTIVE_LEG_STATES: readonly LegState[] = ['ringing', 'screening', 'accepted'];

/** The evaluation record of a call: what it is for, and nothing about who called. */
export interface CallRecord {
  id: string;
  channel: 'voice';
  state: CallState;
  startedAt: number;
  language: string | null;
  outcome: CallOutcome | null;
  endReason: EndReason | null;
  secondsToAnswer: number | null;
  durationSeconds: number | null;
  acceptedBy: string | null;
  endedAt: number | null;
}
