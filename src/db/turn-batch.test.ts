import { describe, expect, it } from 'vitest';
import { batchPer, ItemFailure, TurnBatch } from './turn-batch';

describe('TurnBatch', () => {
  it('runs what was asked for within one turn once, and answers each asker with its own answer', async () => {
    const runs: number[][] = [];
    const batch = new TurnBatch<number, number>(async (items) => {
      runs.push([...items]);
      return items.map((n) => n * 10);
    });
    const first = await Promise.all([batch.add(1), batch.add(2), batch.add(3)]);
    const later = await batch.add(4);
    expect(first).toEqual([10, 20, 30]);
    expect(later).toBe(40);
    expect(runs).toEqual([[1, 2, 3], [4]]);
  });

  it('answers nobody before the batch is done', async () => {
    let finish: () => void = () => undefined;
    const done = new Promise<void>((resolve) => (finish = resolve));
    const batch = new TurnBatch<number, number>(async (items) => {
      await done;
      return [...items];
    });
    let answered = false;
    const asked = batch.add(1).then(() => (answered = true));
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    expect(answered).toBe(false);
    finish();
    await asked;
    expect(answered).toBe(true);
  });

  it('fails only the asker whose item failed alone, and all of them when the batch fails', async () => {
    const batch = new TurnBatch<number, number>(async (items) =>
      items.map((n) => (n === 2 ? new ItemFailure(new Error('two')) : n)),
    );
    const settled = await Promise.allSettled([batch.add(1), batch.add(2), batch.add(3)]);
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);

    const broken = new TurnBatch<number, number>(async () => {
      throw new Error('down');
    });
    const all = await Promise.allSettled([broken.add(1), broken.add(2)]);
    expect(all.map((s) => s.status)).toEqual(['rejected', 'rejected']);
  });

  it('caps a batch, leaving the rest for the next turn', async () => {
    const sizes: number[] = [];
    const batch = new TurnBatch<number, number>(async (items) => {
      sizes.push(items.length);
      return [...items];
    }, 2);
    await Promise.all([1, 2, 3, 4, 5].map((n) => batch.add(n)));
    expect(sizes).toEqual([2, 2, 1]);
  });

  it('keeps one batch per handle', () => {
    const of = batchPer((_handle: object) => new TurnBatch<number, number>(async (items) => [...items]));
    const a = {};
    expect(of(a)).toBe(of(a));
    expect(of(a)).not.toBe(of({}));
  });
});
