import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { clearOwed, clearOwedMany, insertOwed } from './repo';
import type { CopyKind } from './owed';

/**
 * Debts written and cleared together. Every inbound text owes its deletion before anything else
 * happens, and clears it once the provider confirms: two commits of their own per text, and on
 * SQLite each commit waits for the disk (~3 ms here) with the event loop blocked. In a surge, texts
 * arriving in the same turn of the event loop now share one commit for their debts, and deletions
 * confirmed in the same turn share one for their clearing. Each caller still waits for its own
 * write to be committed before it goes on, so nothing is answered or forgotten earlier than before.
 */
class Batcher<T> {
  private pending: { item: T; done: (error?: unknown) => void }[] = [];

  constructor(private readonly write: (items: T[]) => Promise<void>) {}

  add(item: T): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (this.pending.length === 0) setImmediate(() => void this.flush());
      this.pending.push({ item, done: (error) => (error === undefined ? resolve() : reject(error)) });
    });
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    try {
      await this.write(batch.map((entry) => entry.item));
      for (const entry of batch) entry.done();
    } catch (error) {
      for (const entry of batch) entry.done(error ?? new Error('batched write failed'));
    }
  }
}

interface Debt {
  kind: CopyKind;
  ref: string;
  notBefore: number;
}

export class OwedWrites {
  private readonly owed: Batcher<Debt>;
  private readonly cleared: Batcher<string>;

  constructor(db: Kysely<Database>) {
    this.owed = new Batcher(async (debts) => {
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
    });
    this.cleared = new Batcher(async (refs) => {
      if (refs.length === 1 && refs[0] !== undefined) await clearOwed(db, refs[0]);
      else await clearOwedMany(db, [...new Set(refs)]);
    });
  }

  owe(kind: CopyKind, ref: string, notBefore: number): Promise<void> {
    return this.owed.add({ kind, ref, notBefore });
  }

  clear(ref: string): Promise<void> {
    return this.cleared.add(ref);
  }
}

/** One per database handle (so per server): transactions are never batched, only the handle's own writes. */
const writers = new WeakMap<Kysely<Database>, OwedWrites>();

export function owedWritesOf(db: Kysely<Database>): OwedWrites {
  let writes = writers.get(db);
  if (!writes) {
    writes = new OwedWrites(db);
    writers.set(db, writes);
  }
  return writes;
}
