import type { AppContext } from '../context';
import { runPeriodically } from '../platform/periodic';
import { callDepsOf, type CallDeps } from './deps';
import { endCall, legStatusChanged } from './lifecycle';
import { openCallsQuietSince, openLegs, updateLegIf } from './repo';
import { STALE_LIMITS } from './availability';
import { ACTIVE_LEG_STATES, type LegState } from './types';

export interface Maintenance {
  stop(): void;
}

/** A quiet call or leg is checked with the provider after this long without news. */
const CHECK_AFTER_MS = 2 * 60_000;
/** With no answer from the provider either, it is closed after this long. */
const GIVE_UP_AFTER_MS = 12 * 60 * 60_000;

/**
 * Recovery after a crash or lost callbacks: legs and calls that have gone quiet are checked with the
 * provider and closed if they have ended, so nobody stays "busy" forever and no call stays "live".
 * Runs at start and then on an interval.
 */
export async function recoverQuietCalls(deps: CallDeps): Promise<{ legsClosed: number; callsClosed: number }> {
  const now = deps.clock.now();
  let legsClosed = 0;
  let callsClosed = 0;
  for (const leg of await openLegs(deps.db)) {
    if (leg.updated_at > now - CHECK_AFTER_MS) continue;
    if (!leg.provider_leg_ref) {
      // The process died between claiming the responder and placing the call: nothing is ringing.
      if (await updateLegIf(deps.db, leg.id, ACTIVE_LEG_STATES as LegState[], 'failed', now)) legsClosed += 1;
      continue;
    }
    const liveness = await deps.provider.liveness(leg.provider_leg_ref);
    const stale = leg.updated_at < now - (leg.state === 'accepted' ? STALE_LIMITS.talkingMs : STALE_LIMITS.ringingMs);
    if (liveness === 'ended' || (liveness === 'unknown' && stale)) {
      if (await legStatusChanged(deps, leg.id, 'completed')) legsClosed += 1;
    }
  }
  for (const call of await openCallsQuietSince(deps.db, now - CHECK_AFTER_MS)) {
    const liveness = call.caller_leg_ref ? await deps.provider.liveness(call.caller_leg_ref) : 'unknown';
    if (liveness === 'ended' || (liveness === 'unknown' && call.updated_at < now - GIVE_UP_AFTER_MS)) {
      await endCall(deps, call.id, 'caller_hung_up');
      callsClosed += 1;
    }
  }
  if (legsClosed + callsClosed > 0) deps.logger.info({ legsClosed, callsClosed }, 'closed quiet calls after recovery');
  return { legsClosed, callsClosed };
}

export function startMaintenance(ctx: AppContext, intervalMs: number): Maintenance {
  if (!ctx.provider) return { stop() {} };
  const deps = callDepsOf(ctx);
  return runPeriodically(() => recoverQuietCalls(deps), intervalMs, ctx.logger, 'recovery sweep');
}
