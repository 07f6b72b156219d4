import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { DomainError } from '../platform/errors';
import { DAY, formatInstant } from '../platform/wall-time';
import { REST_OVERRIDE_REASONS, type RestOverrideReason } from '../program/limits';
import { occurrencesIn, type Interval } from './occurrences';
import * as repo from './repo';
import { REST_LOOKBACK_MS, restBreach, restRulesOn, type RestBreach, type RestLimits, type RestOverride } from './rest';
import type { ShiftOverride, ShiftRule } from './types';

/**
 * The rest check when a shift is written, inside the writer's transaction (the responder's row is
 * locked, so two coordinators can't each add half of a too-long week). A weekly rule is checked
 * over a year ahead, so both of its daylight-saving weeks are seen; a one-off around itself.
 */
const YEAR_AHEAD_MS = 372 * DAY;

export interface RestContext {
  trx: Kysely<Database>;
  programId: string;
  zone: string;
  limits: RestLimits;
  responder: { id: string; name: string };
  now: number;
  /** The coordinator's reason to allow a breach, if they gave one, and who they are. */
  allow: { reason: RestOverrideReason; by: string } | undefined;
}

/** For a new or moved weekly rule: its override record (null when nothing was broken), or the refusal. */
export async function restOfRule(ctx: RestContext, rule: ShiftRule): Promise<RestOverride | null> {
  if (!restRulesOn(ctx.limits)) return null;
  const window = { start: ctx.now, end: ctx.now + YEAR_AHEAD_MS };
  const { rules, overrides } = await rowsAround(ctx, { start: window.start - REST_LOOKBACK_MS, end: window.end });
  const others = rules.filter((r) => r.id !== rule.id);
  const candidate = occurrencesIn(
    [rule],
    overrides.filter((o) => o.kind === 'off'),
    ctx.zone,
    window,
  );
  return judge(ctx, candidate, occurrencesIn(others, overrides, ctx.zone, lookAround(window)));
}

/** For a new one-off: as for a rule; time away never breaks a rest rule. */
export async function restOfOverride(ctx: RestContext, override: ShiftOverride): Promise<RestOverride | null> {
  if (override.kind !== 'on' || !restRulesOn(ctx.limits)) return null;
  const span = { start: override.startsAt, end: override.endsAt };
  const { rules, overrides } = await rowsAround(ctx, lookAround(span));
  const candidate = occurrencesIn([], [override, ...overrides.filter((o) => o.kind === 'off')], ctx.zone, span);
  return judge(ctx, candidate, occurrencesIn(rules, overrides, ctx.zone, lookAround(span)));
}

const lookAround = (span: Interval): Interval => ({
  start: span.start - REST_LOOKBACK_MS,
  end: span.end + REST_LOOKBACK_MS,
});

async function rowsAround(ctx: RestContext, window: Interval) {
  const [rules, overrides] = await Promise.all([
    repo.findRules(ctx.trx, ctx.programId, { responderId: ctx.responder.id }),
    repo.findOverrides(ctx.trx, ctx.programId, {
      responderId: ctx.responder.id,
      endsAfter: window.start,
      startsBefore: window.end,
    }),
  ]);
  return { rules, overrides };
}

function judge(ctx: RestContext, candidate: readonly Interval[], others: readonly Interval[]): RestOverride | null {
  const breach = restBreach(ctx.limits, candidate, others, ctx.zone);
  if (!breach) return null;
  if (!ctx.allow) throw refusal(ctx.responder.name, breach, ctx.zone);
  return { reason: ctx.allow.reason, by: ctx.allow.by, at: ctx.now, rules: [breach.rule] };
}

function refusal(name: string, breach: RestBreach, zone: string): DomainError {
  const at = formatInstant(breach.at, zone);
  const said =
    breach.rule === 'weekHours'
      ? `${name} would be on call ${breach.hours} h in 7 days (from ${at}); the limit is ${breach.limit} h`
      : breach.rule === 'stretchHours'
        ? `${name} would be on call ${breach.hours} h in one stretch (from ${at}); the limit is ${breach.limit} h`
        : `${name} would have only ${breach.hours} h off before the shift at ${at}; the rule is at least ${breach.limit} h`;
  return new DomainError(
    'rest_limit',
    `${said}. A coordinator can allow it with a reason: ${REST_OVERRIDE_REASONS.join(', ')}`,
    [{ field: '/restOverride', message: said }],
    undefined,
    { rule: breach.rule, responder: name, hours: breach.hours, limit: breach.limit, at },
  );
}
