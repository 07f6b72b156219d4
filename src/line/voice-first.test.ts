import { afterEach, describe, expect, it, vi } from 'vitest';
import type { VoiceRequest, VoiceRouteTable } from '../telephony/webhooks';
import { VoiceFirst } from './voice-first';

/** A promise the test settles by hand, so nothing here depends on how fast the machine is. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open = () => {};
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

/** Lets every settled promise run its continuations. */
const settle = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

/** A route table whose one endpoint answers when the test opens `answered`. */
function table(answered: Promise<void>): VoiceRouteTable {
  const handler = {
    answer: async () => {
      await answered;
      return [];
    },
  };
  return { incoming: handler } as unknown as VoiceRouteTable;
}

const request = {} as VoiceRequest;

afterEach(() => {
  vi.useRealTimers();
});

describe('voice first', () => {
  it('runs at most two texts at once, the next as soon as one ends', async () => {
    const first = new VoiceFirst();
    const gates = [gate(), gate(), gate()];
    const started: number[] = [];
    const texts = gates.map((g, i) =>
      first.inTurn(async () => {
        started.push(i);
        await g.promise;
      }),
    );
    await settle();
    expect(started).toEqual([0, 1]);
    gates[0]?.open();
    await settle();
    expect(started).toEqual([0, 1, 2]);
    for (const g of gates) g.open();
    await Promise.all(texts);
  });

  it('holds a waiting text while a call is being answered, and starts it when the answer is given', async () => {
    const first = new VoiceFirst();
    const answered = gate();
    const voice = first.voice(table(answered.promise));
    const call = voice.incoming.answer(request);
    let textStarted = false;
    const text = first.inTurn(async () => void (textStarted = true));
    await settle();
    expect(textStarted).toBe(false);
    answered.open();
    await call;
    await text;
    expect(textStarted).toBe(true);
  });

  it('gives way to calls for at most maxYieldMs, so texts never starve', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
    const first = new VoiceFirst({ textLanes: 2, maxYieldMs: 200 });
    const answered = gate();
    const call = first.voice(table(answered.promise)).incoming.answer(request);
    let textStarted = false;
    const text = first.inTurn(async () => void (textStarted = true));
    await settle();
    await vi.advanceTimersByTimeAsync(199);
    expect(textStarted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await text;
    expect(textStarted).toBe(true);
    answered.open();
    await call;
  });
});
