/**
 * Work asked for within one turn of the event loop, done once for all who asked. Requests that
 * arrive together (one poll of the sockets) each run up to their first database call within that
 * turn; `add` holds them, and the batch runs at the turn's end (`setImmediate`), before any later
 * request is read. Each asker's promise settles with its own answer only when the batch is done, so
 * nobody is answered before their write is committed. With one request at a time, a batch is one item
 * and the wait is one turn.
 */
/** An answer `run` gives for one item that failed alone: that asker's promise is rejected with `error`. */
export class ItemFailure {
  constructor(readonly error: unknown) {}
}

export class TurnBatch<T, R> {
  private pending: { item: T; resolve: (value: R) => void; reject: (error: unknown) => void }[] = [];

  /**
   * `run` answers the items in order, one answer each (an `ItemFailure` for one that failed alone; a
   * throw fails them all); `limit` caps a batch (the rest wait for the next turn).
   */
  constructor(
    private readonly run: (items: readonly T[]) => Promise<readonly (R | ItemFailure)[]>,
    private readonly limit = 64,
  ) {}

  add(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      if (this.pending.length === 1) setImmediate(() => void this.flush());
    });
  }

  private async flush(): Promise<void> {
    const batch = this.pending.splice(0, this.limit);
    if (this.pending.length > 0) setImmediate(() => void this.flush());
    try {
      const answers = await this.run(batch.map((entry) => entry.item));
      if (answers.length !== batch.length) throw new Error(`a batch of ${batch.length} got ${answers.length} answers`);
      batch.forEach((entry, i) => {
        const answer = answers[i] as R | ItemFailure;
        if (answer instanceof ItemFailure) entry.reject(answer.error);
        else entry.resolve(answer);
      });
    } catch (error) {
      for (const entry of batch) entry.reject(error);
    }
  }
}

/** One batch per database handle (and per kind of work): a transaction's handle gets its own. */
export function batchPer<K extends object, B extends object>(make: (handle: K) => B): (handle: K) => B {
  const batches = new WeakMap<K, B>();
  return (handle) => {
    let batch = batches.get(handle);
    if (!batch) {
      batch = make(handle);
      batches.set(handle, batch);
    }
    return batch;
  };
}
