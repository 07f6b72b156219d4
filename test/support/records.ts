import { newId } from '../../src/platform/ids';
import type { Line } from './line';

/**
 * Records written straight to the tables, for tests about keeping and deleting them (retention,
 * holdings): an answered call that has ended, with one responder's leg, and a block. No number is
 * involved: a keyed hash stands in for the blocked sender.
 */
export async function insertEndedCall(line: Line, responderId: string): Promise<string> {
  const db = line.t.kith.ctx.db.kysely;
  const now = line.clock.now();
  const callId = newId('cal');
  await db
    .insertInto('calls')
    .values({
      id: callId,
      program_id: line.programId,
      call_key: newId('key'),
      caller_leg_ref: null,
      channel: 'voice',
      language: 'en',
      state: 'ended',
      phase: null,
      phase_started_at: null,
      started_at: now,
      ring_started_at: now,
      held_at: null,
      answered_at: now,
      ended_at: now,
      outcome: 'answered',
      end_reason: null,
      accepted_by: null,
      accepted_leg_id: null,
      updated_at: now,
    })
    .execute();
  await db
    .insertInto('call_legs')
    .values({
      id: newId('leg'),
      call_id: callId,
      program_id: line.programId,
      responder_id: responderId,
      provider_leg_ref: null,
      tier: 'primary',
      state: 'ended',
      created_at: now,
      updated_at: now,
      ended_at: now,
    })
    .execute();
  return callId;
}

export async function insertBlock(line: Line): Promise<void> {
  await line.t.kith.ctx.db.kysely
    .insertInto('blocked_senders')
    .values({
      program_id: line.programId,
      sender_index: newId('hash'),
      channel: 'sms',
      blocked_by: null,
      created_at: line.clock.now(),
    })
    .execute();
}
