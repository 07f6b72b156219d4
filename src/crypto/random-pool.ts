import { randomFillSync } from 'node:crypto';
import sodium from 'libsodium-wrappers-sumo';

/**
 * Server only: libsodium's JavaScript build takes its randomness 4 bytes at a time from a
 * `getRandomValue` hook on its module, which by default calls `crypto.getRandomValues` once per
 * word — ~700 calls into Node (and the OS) to seal one text to 20 readers, a quarter of its CPU.
 * This hook draws from the same OS CSPRNG (`randomFillSync`) a pool at a time and hands out words
 * from it, wiping each as it goes so no used randomness stays in memory. The browser keeps the
 * library's own hook (its getRandomValues does not leave the process), and so does any code that
 * never calls this.
 */
export const POOL_BYTES = 16 * 1024;

/** The part of the wrapper's module we touch: the hook its WebAssembly calls for each random word. */
interface RandomHook {
  getRandomValue: () => number;
}

function libsodiumModule(): RandomHook {
  const module = (sodium as unknown as { libsodium?: Partial<RandomHook> }).libsodium;
  if (!module || typeof module.getRandomValue !== 'function')
    throw new Error('kith crypto: this libsodium build has no getRandomValue hook to pool');
  return module as RandomHook;
}

/** A source of 32-bit words from `fill` (the OS CSPRNG), one call per `bytes`. */
export function pooledWords(bytes: number, fill: (into: Uint8Array) => void): () => number {
  const pool = new Uint8Array(bytes);
  const words = new Uint32Array(pool.buffer);
  let next = words.length;
  return () => {
    if (next === words.length) {
      fill(pool);
      next = 0;
    }
    const word = words[next] ?? 0;
    words[next] = 0;
    next += 1;
    return word >>> 0;
  };
}

let installed = false;

/**
 * Makes libsodium draw from a pool. Once per process, after `sodium.ready`; later calls do nothing.
 * `randomFillSync` is looked up on each refill, so a test's wrapper around it sees the calls.
 */
export async function useRandomPool(): Promise<void> {
  await sodium.ready;
  if (installed) return;
  libsodiumModule().getRandomValue = pooledWords(POOL_BYTES, (into) => nodeCrypto.randomFillSync(into));
  installed = true;
}

/** Indirection so a test can count the refills (node:crypto's named export cannot be replaced). */
export const nodeCrypto = { randomFillSync };
