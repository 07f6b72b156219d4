import type { AppContext } from '../context';
import { runPeriodically, type Periodic } from '../platform/periodic';
import type { PhoneProvider } from '../telephony/provider';
import { retryOwedDeletions, type CopyDeps } from './owed';

/** Both kinds, through the one provider account. */
export function erasersOf(
  provider: Pick<PhoneProvider, 'deleteText' | 'deleteCallRecord'> | undefined,
): CopyDeps['erase'] {
  if (!provider) return {};
  return { message: (ref) => provider.deleteText(ref), call: (ref) => provider.deleteCallRecord(ref) };
}

export function copyDepsOf(ctx: Pick<AppContext, 'db' | 'clock' | 'logger' | 'provider'>): CopyDeps {
  return { db: ctx.db.kysely, clock: ctx.clock, logger: ctx.logger, erase: erasersOf(ctx.provider) };
}

/**
 * The owed deletions at the provider, at start and every `intervalMs`: a job of its own, so call
 * records are deleted on a line that never texts, whatever the texting sweep is doing.
 */
export function startProviderDeletions(ctx: AppContext, intervalMs: number): Periodic {
  const deps = copyDepsOf(ctx);
  return runPeriodically(() => retryOwedDeletions(deps), intervalMs, ctx.logger, 'provider deletions');
}
