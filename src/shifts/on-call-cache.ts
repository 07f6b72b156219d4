import type { Kysely } from 'kysely';
import type { Role } from '../auth/principal';
import type { Database } from '../db/schema';
import { nextChangeAfter, scheduledFrom, type OnCallEntry } from './on-call';
import { findOverrides, findRules } from './repo';
import { REST_LOOKBACK_MS, RestLedger, restRulesOn, type RestLimits } from './rest';
import type { ShiftOverride, ShiftRule } from './types';

/** How far ahead one computed answer may be reused; the real limit is usually the next shift change. */
const HORIZON_MS = 60 * 60_000;
/** Rows are read again at least this often, so one-offs long over do not pile up in memory. */
const REFILL_AFTER_MS = 24 * 60 * 60_000;

interface Entry {
  readonly stamp: string;
  readonly filledAt: number;
  readonly rules: readonly ShiftRule[];
  /** Every override for the role, and all time away, that had not ended when the rows were read. */
  readonly overrides: readonly ShiftOverride[];
  /**
   * Every role's rules and one-offs back to a week and more before the read, when the program has
   * rest rules, each responder's expanded once over every instant this entry may answer for.
   */
  readonly rest: RestLedger | undefined;
  /** The last answer, good for every instant in [from, until). */
  memo?: { from: number; until: number; entries: OnCallEntry[] };
}

/**
 * Who is on call, per program and role, from the program's rules and one-offs held in memory and
 * expanded once per stretch of time in which nothing changes (usually until the next shift starts
 * or ends), instead of two reads and an expansion per incoming call.
 *
 * It knows nothing of freshness by itself: each read is tagged with the program's routing stamp the
 * caller read *before* asking (program/service `programStamped`), and the caller checks that stamp
 * against the database in the same read that tells it who is busy (calls/availability.ts). A stamp
 * that differs means the rows are read again. Changes heard on the live hub only drop entries early.
 */
export class OnCallCache {
  private readonly entries = new Map<string, Entry>();

  /**
   * Who is on call for `role` at `at`, less anyone past a rest rule (program `care`): that is
   * judged on every call, from the rows held here — arithmetic, not a query per responder.
   */
  async at(
    db: Kysely<Database>,
    program: { id: string; timeZone: string; care?: RestLimits },
    stamp: string,
    at: number,
    role: Role,
  ): Promise<OnCallEntry[]> {
    const key = `${program.id}\u0000${role}`;
    let entry = this.entries.get(key);
    if (!entry || entry.stamp !== stamp || at < entry.filledAt || at - entry.filledAt > REFILL_AFTER_MS) {
      entry = await fill(db, program, stamp, at, role);
      this.entries.set(key, entry);
    }
    let memo = entry.memo;
    if (!memo || !(memo.from <= at && at < memo.until)) {
      const entries = scheduledFrom(entry.rules, entry.overrides, program.timeZone, at);
      const until = nextChangeAfter(entry.rules, entry.overrides, program.timeZone, at, HORIZON_MS);
      memo = entry.memo = { from: at, until, entries };
    }
    if (!entry.rest || !program.care) return memo.entries;
    const tired = entry.rest.pastRestOf(
      program.care,
      at,
      memo.entries.map((e) => e.responderId),
    );
    return tired.size === 0 ? memo.entries : memo.entries.filter((e) => !tired.has(e.responderId));
  }

  holds(programId: string): boolean {
    return [...this.entries.keys()].some((key) => key.startsWith(`${programId}\u0000`));
  }

  /** Drops what is held for a program (its shifts or settings changed). */
  invalidate(programId: string): void {
    for (const key of this.entries.keys()) if (key.startsWith(`${programId}\u0000`)) this.entries.delete(key);
  }
}

/** One read of what routing needs: the role's rows, or with rest rules every role's, back far enough to judge rest. */
async function fill(
  db: Kysely<Database>,
  program: { id: string; timeZone: string; care?: RestLimits },
  stamp: string,
  at: number,
  role: Role,
): Promise<Entry> {
  if (!program.care || !restRulesOn(program.care)) {
    const [rules, overrides] = await Promise.all([
      findRules(db, program.id, { role }),
      findOverrides(db, program.id, { endsAfter: at, roleOrAway: role }),
    ]);
    return { stamp, filledAt: at, rules, overrides, rest: undefined };
  }
  const [rules, overrides] = await Promise.all([
    findRules(db, program.id),
    findOverrides(db, program.id, { endsAfter: at - REST_LOOKBACK_MS }),
  ]);
  return {
    stamp,
    filledAt: at,
    rules: rules.filter((r) => r.role === role),
    overrides: overrides.filter((o) => o.endsAt > at && (o.kind === 'off' || o.role === role)),
    // Every instant this entry answers for (`at` up to REFILL_AFTER_MS later) looks back within this span.
    rest: new RestLedger({ rules, overrides }, program.timeZone, {
      start: at - REST_LOOKBACK_MS,
      end: at + REFILL_AFTER_MS + 1,
    }),
  };
}
