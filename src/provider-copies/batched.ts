import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { batchPer, TurnBatch } from '../db/turn-batch';
import { clearOwed, clearOwedMany, insertOwed } from './repo';
import type { CopyKind } from './owed';

/**
 * Debts written and cleared together. Every inbound text owes its deletion before anything else
 * happens, and clears it once the provider confirms: two commits of their own per text, and on
 * SQLite each commit waits for the disk (~3 ms here) with the event loop blocked. In a surge, texts
 * arriving in the same turn of the event loop now share one commit for their debts, and deletions
 * confirmed in the same turn share one for their clearing. Each caller still waits for its own
 * write to be committed before it goes on, so nothing is answered or forgotten earlier than before
 * (`db/turn-batch.ts`, shared with the incoming call's insert).
 */
interface Debt {
  kind: CopyKind;
  ref: string;
  notBefore: number;
}

export class OwedWrites {
  private readonly owed: TurnBatch<Debt, undefined>;
  private readonly cleared: TurnBatch<string, undefined>;

  constructor(db: Kysely<Database>) {
    this.owed = new TurnBatch(async (debts) => {
      // One statement per kind and due time (in a surge: one), all in one commit.
      const groups = new Map<string, Debt[]>();
      for (const debt of debts) {
        const key = `${debt.kind}:${debt.notBefore}`;
        groups.set(key, [...(groups.get(key) ?? []), debt]);
      }
      const write = async (trx: Kysely<Database>) => {
        for (const group of groups.values()) {
          const first = group[0];
          if (first) await insertOwed(trx, first.kind, [...new Set(group.map((d) => d.ref))], first.notBefore);
        }
      };
      if (groups.size === 1) await write(db);
      else await db.transaction().execute(write);
      return debts.map(() => undefined);
    }, UNCAPPED);
    this.cleared = new TurnBatch(async (refs) => {
      if (refs.length === 1 && refs[0] !== undefined) await clearOwed(db, refs[0]);
      else await clearOwedMany(db, [...new Set(refs)]);
      return refs.map(() => undefined);
    }, UNCAPPED);
  }

  async owe(kind: CopyKind, ref: string, notBefore: number): Promise<void> {
    await this.owed.add({ kind, ref, notBefore });
  }

  async clear(ref: string): Promise<void> {
    await this.cleared.add(ref);
  }
}

/** A surge's debts in one commit, however many: each is one short row. */
const UNCAPPED = Number.POSITIVE_INFINITY;

/** One per database handle (so per server): transactions are never batched, only the handle's own writes. */
export const owedWritesOf = batchPer((db: Kysely<Database>) => new OwedWrites(db));
