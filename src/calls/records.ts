import type { CallRow } from '../db/schema';
import { newId } from '../platform/ids';
import type { CallDeps } from './deps';
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

/**
 * A call's first row: its program, when it began, the provider's reference only as a keyed hash (to
 * know a retried webhook) and as the live leg's id (to steer it), and nothing about the caller.
 * Stored `ringing` when ringing begins with the greeting, `greeting` otherwise.
 */
export function newCallRow(
  keys: CallDeps['keys'],
  input: { programId: string; providerCallRef: string; now: number; ringingIn?: string },
): CallRow {
  const { programId, providerCallRef, now, ringingIn } = input;
  return {
    id: newId('call'),
    program_id: programId,
    call_key: keys.index('call', providerCallRef),
    caller_leg_ref: providerCallRef,
    channel: 'voice',
    language: ringingIn ?? null,
    state: ringingIn === undefined ? 'greeting' : 'ringing',
    phase: null,
    phase_started_at: null,
    started_at: now,
    ring_started_at: ringingIn === undefined ? null : now,
    held_at: null,
    answered_at: null,
    ended_at: null,
    outcome: null,
    end_reason: null,
    accepted_by: null,
    accepted_leg_id: null,
    updated_at: now,
  };
}
