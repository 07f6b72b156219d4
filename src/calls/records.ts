import type { CallRow } from '../db/schema';
import type { CallOutcome, CallRecord, CallState, EndReason } from './types';

const seconds = (from: number | null, to: number | null) =>
  from !== null && to !== null ? Math.max(0, Math.round((to - from) / 1000)) : null;

/** The evaluation view of a call: times, language, outcome, who accepted — and nothing about the caller. */
export function toCallRecord(row: CallRow): CallRecord {
  return {
    id: row.id,
    channel: 'voice',
    state: row.state as CallState,
    startedAt: row.started_at,
    language: row.language,
    outcome: row.outcome as CallOutcome | null,
    endReason: row.end_reason as EndReason | null,
    // From the moment ringing began (after the greeting and disclosures) to the accepting keypress.
    secondsToAnswer: seconds(row.ring_started_at ?? row.started_at, row.answered_at),
    durationSeconds: seconds(row.answered_at, row.ended_at),
    acceptedBy: row.accepted_by,
    endedAt: row.ended_at,
  };
}
