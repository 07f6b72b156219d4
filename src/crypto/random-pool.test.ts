import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateIdentity, type Identity, openRecordText, ready, sealRecord } from './e2e';
import { nodeCrypto, POOL_BYTES, pooledWords, useRandomPool } from './random-pool';

/**
 * The server's randomness comes from a pool (random-pool.ts): libsodium asks for a 32-bit word ~700
 * times to seal one text to 20 readers, and each of those must no longer be a call into Node.
 * The calls are counted with wrappers around Node's own functions, installed here and removed after.
 */
const READERS = 20;
const words = 'a text to twenty readers';

let readers: Identity[];
const restore: (() => void)[] = [];

/** Counts calls to `owner[name]` until the test ends; the wrapper calls the original. */
function count<K extends string>(owner: Record<K, (...args: never[]) => unknown>, name: K): { calls: number } {
  const original = owner[name];
  const counter = { calls: 0 };
  owner[name] = ((...args: never[]) => {
    counter.calls += 1;
    return original.apply(owner, args);
  }) as (typeof owner)[K];
  restore.push(() => void (owner[name] = original));
  return counter;
}

const seal = (recordId: string) =>
  sealRecord({ recordId, plaintext: words, readers: readers.map((r) => ({ keyId: r.keyId, publicKey: r.publicKey })) });

beforeAll(async () => {
  await ready();
  await useRandomPool();
  readers = Array.from({ length: READERS }, () => generateIdentity());
});

afterEach(() => {
  for (const undo of restore.splice(0)) undo();
});

describe('pooled randomness', () => {
  it('seals a text to 20 readers with at most one call into the OS, and none to getRandomValues', () => {
    const refills = count(nodeCrypto, 'randomFillSync');
    const perWord = count(globalThis.crypto as unknown as Record<'getRandomValues', () => unknown>, 'getRandomValues');
    seal('msg_one');
    expect(perWord.calls).toBe(0);
    expect(refills.calls).toBeLessThanOrEqual(1);
    // Ten more: ~28 KiB of randomness drawn in POOL_BYTES refills, not ~7,000 single words.
    for (let i = 0; i < 10; i++) seal(`msg_${i}`);
    expect(refills.calls).toBeGreaterThanOrEqual(1);
    expect(refills.calls).toBeLessThanOrEqual(Math.ceil((11 * 3 * 1024) / POOL_BYTES) + 1);
    expect(perWord.calls).toBe(0);
  });

  it('still gives fresh keys and nonces each time, and every reader opens what was sealed', () => {
    const first = seal('msg_same');
    const second = seal('msg_same');
    expect(second.nonce).not.toBe(first.nonce);
    expect(second.ciphertext).not.toBe(first.ciphertext);
    const sealedKeys = [...first.keys, ...second.keys].map((k) => k.sealedKey);
    expect(new Set(sealedKeys).size).toBe(2 * READERS);
    for (const reader of readers) {
      expect(openRecordText(first, reader)).toBe(words);
      expect(openRecordText(second, reader)).toBe(words);
    }
  });

  it('hands out each word of a fill once, wipes it, and refills only when the pool is spent', () => {
    const fills: Uint8Array[] = [];
    let serial = 0;
    const next = pooledWords(16, (into) => {
      fills.push(into);
      // A recognisable fill: bytes 1, 2, 3, … so every word differs.
      for (let i = 0; i < into.length; i++) into[i] = ++serial & 0xff;
    });
    const drawn = Array.from({ length: 4 }, () => next());
    expect(fills).toHaveLength(1);
    expect(new Set(drawn).size).toBe(4);
    expect([...(fills[0] ?? [])]).toEqual(new Array<number>(16).fill(0));
    next();
    expect(fills).toHaveLength(2);
  });
});
