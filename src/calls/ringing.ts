import type { CallRow } from '../db/schema';
import { newId } from '../platform/ids';
import { getProgram } from '../program/service';
import { oweDeletions } from '../provider-copies/owed';
import type { Program } from '../program/types';
import { route } from '../telephony/plan';
import { availableOnCall, inPhase, type Candidate } from './availability';
import type { CallDeps } from './deps';
import { CALL_RECORD_WAIT_MS } from './lifecycle';
import { advancePhase, findCall, insertLegOnce, legsOfCall, setLegRef, updateLegIf } from './repo';
import { ACTIVE_LEG_STATES, PHASES, type LegState, type Phase } from './types';

/** What the held caller should do next: keep waiting, or leave the queue for the no-answer message. */
export type RingVerdict = 'waiting' | 'leave';

type RingingPhase = Exclude<Phase, 'exhausted'>;

/** Beyond the ring timeout: time for the whisper to be heard and answered (it is asked twice). */
const LOST_CALLBACK_GRACE_SECONDS = 60;

/**
 * The routing engine. Called on every hold tick and every leg status change, it is idempotent:
 * it rings whoever the current phase says should be ringing and is not yet, and moves to the next
 * phase when this one has run its course. Concurrent calls are safe: phase moves are conditional
 * updates and each responder can be claimed for a call only once.
 */
export async function advanceRinging(deps: CallDeps, callId: string): Promise<RingVerdict> {
  for (let step = 0; step < PHASES.length + 2; step += 1) {
    const call = await findCall(deps.db, callId);
    if (!call || call.state === 'ended') return 'leave';
    if (call.state !== 'ringing') return 'waiting';
    const program = await getProgram(deps, call.program_id);
    const now = deps.clock.now();
    const language = call.language ?? program.languages[0] ?? 'en';
    const legs = await legsOfCall(deps.db, callId);
    // A ringing leg whose end we never heard about (a lost callback) stops counting once the provider
    // must have given up on it, so a lost callback cannot hold the caller in the queue.
    const giveUpBefore = now - (program.ringTimeoutSeconds + LOST_CALLBACK_GRACE_SECONDS) * 1000;
    const active = legs.filter(
      (l) => l.state === 'accepted' || (ACTIVE_LEG_STATES.includes(l.state as LegState) && l.updated_at > giveUpBefore),
    );
    const tried = new Set(legs.map((l) => l.responder_id));
    // One read of who is available serves every phase this step looks at.
    const available = await availableOnCall(deps, program, now);
    const untried = (p: RingingPhase) => inPhase(available, p, language).filter((c) => !tried.has(c.responderId));

    const phase = call.phase as Phase | null;
    if (phase === 'exhausted') return active.length > 0 ? 'waiting' : 'leave';
    if (phase === null) {
      const first = nextPhaseWithCandidates(-1, untried);
      await advancePhase(deps.db, callId, null, first, now);
      continue;
    }

    const over = await ringPhase(deps, program, call, untried(phase), active.length, now);
    if (!over) return 'waiting';
    const next = nextPhaseWithCandidates(PHASES.indexOf(phase), untried);
    await advancePhase(deps.db, callId, phase, next, now);
  }
  return 'waiting';
}

/** Rings per the program's strategy; true when this phase has run its course. */
async function ringPhase(
  deps: CallDeps,
  program: Program,
  call: CallRow,
  candidates: Candidate[],
  activeLegs: number,
  now: number,
): Promise<boolean> {
  const timeoutMs = program.ringTimeoutSeconds * 1000;
  if (program.ringStrategy === 'in_order') {
    if (activeLegs > 0) return false; // wait for the person being rung now
    for (const candidate of candidates) {
      if (await ringOne(deps, program, call, candidate, now)) return false;
    }
    return true;
  }
  // Simultaneous: everyone in the phase, including anyone who became free since it began.
  const placed = await Promise.all(candidates.map((c) => ringOne(deps, program, call, c, now)));
  const ringingNow = activeLegs + placed.filter(Boolean).length;
  const elapsed = now - (call.phase_started_at ?? now);
  return elapsed >= timeoutMs || ringingNow === 0;
}

function nextPhaseWithCandidates(afterIndex: number, untried: (phase: RingingPhase) => Candidate[]): Phase {
  for (const phase of PHASES.slice(afterIndex + 1) as RingingPhase[]) {
    if (untried(phase).length > 0) return phase;
  }
  return 'exhausted';
}

/** Claims the responder for this call, then asks the provider to ring them on a leg of its own. */
async function ringOne(
  deps: CallDeps,
  program: Program,
  call: CallRow,
  candidate: Candidate,
  now: number,
): Promise<boolean> {
  if (!program.phoneNumber) return false;
  const legId = newId('leg');
  const claimed = await insertLegOnce(deps.db, {
    id: legId,
    call_id: call.id,
    program_id: program.id,
    responder_id: candidate.responderId,
    provider_leg_ref: null,
    tier: (call.phase ?? 'primary').startsWith('backup') ? 'backup' : 'primary',
    state: 'ringing',
    created_at: now,
    updated_at: now,
    ended_at: null,
  });
  if (!claimed) return false;
  try {
    const { legRef } = await deps.provider.placeCall({
      to: deps.keys.open(candidate.phoneSealed, candidate.responderId),
      from: program.phoneNumber, // caller ID is always the community number
      answer: route('legAnswer', { call: call.id, leg: legId }),
      status: route('legStatus', { call: call.id, leg: legId }),
      timeoutSeconds: program.ringTimeoutSeconds,
    });
    await setLegRef(deps.db, legId, legRef, deps.clock.now());
    // The call ended while this leg was being placed, after closeCall owed its legs' provider records.
    if ((await findCall(deps.db, call.id))?.state === 'ended')
      await oweDeletions(deps.db, 'call', [legRef], deps.clock.now() + CALL_RECORD_WAIT_MS);
    deps.live.publish(program.id, 'calls');
    deps.logger.info({ callId: call.id, legId, phase: call.phase }, 'ringing responder');
    return true;
  } catch (error) {
    await updateLegIf(deps.db, legId, ['ringing'], 'failed', deps.clock.now());
    deps.logger.warn({ callId: call.id, legId, code: (error as { code?: string }).code }, 'could not ring responder');
    return false;
  }
}
