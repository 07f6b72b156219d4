import type { Kysely } from 'kysely';
import type { Role } from '../auth/principal';
import type { Database } from '../db/schema';
import { nextChangeAfter, scheduledFrom, type OnCallEntry } from './on-call';
import { findOverrides, findRules } from './repo';
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

  async at(
    db: Kysely<Database>,
    program: { id: string; timeZone: string },
    stamp: string,
    at: number,
    role: Role,
  ): Promise<OnCallEntry[]> {
    const key = `${program.id}\u0000${role}`;
    let entry = this.entries.get(key);
    if (!entry || entry.stamp !== stamp || at < entry.filledAt || at - entry.filledAt > REFILL_AFTER_MS) {
      const [rules, overrides] = await Promise.all([
        findRules(db, program.id, { role }),
        findOverrides(db, program.id, { endsAfter: at, roleOrAway: role }),
      ]);
      entry = { stamp, filledAt: at, rules, overrides };
      this.entries.set(key, entry);
    }
    const memo = entry.memo;
    if (memo && memo.from <= at && at < memo.until) return memo.entries;
    const entries = scheduledFrom(entry.rules, entry.overrides, program.timeZone, at);
    const until = nextChangeAfter(entry.rules, entry.overrides, program.timeZone, at, HORIZON_MS);
    entry.memo = { from: at, until, entries };
    return entries;
  }

  holds(programId: string): boolean {
    return [...this.entries.keys()].some((key) => key.startsWith(`${programId}\u0000`));
  }

  /** Drops what is held for a program (its shifts or settings changed). */
  invalidate(programId: string): void {
    for (const key of this.entries.keys()) if (key.startsWith(`${programId}\u0000`)) this.entries.delete(key);
  }
}
