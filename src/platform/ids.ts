import { randomBytes, randomFillSync } from 'node:crypto';

/**
 * Ids' randomness, drawn from the OS CSPRNG a pool at a time: one `randomBytes` call per id was ~3%
 * of an incoming call's CPU. Each id's bytes are wiped from the pool as they are taken, so no id can
 * be read back out of it. Secret tokens below still get bytes of their own.
 */
const POOL = Buffer.alloc(4096);
let next = POOL.length;

function take(bytes: number): Buffer {
  if (next + bytes > POOL.length) {
    randomFillSync(POOL);
    next = 0;
  }
  const out = Buffer.from(POOL.subarray(next, next + bytes));
  POOL.fill(0, next, next + bytes);
  next += bytes;
  return out;
}

/** Random, unguessable identifiers with a short type prefix so logs and the API read clearly. */
export function newId(prefix: string): string {
  return `${prefix}_${take(12).toString('base64url')}`;
}

/** A secret token meant to be shown once and stored only as a hash. */
export function newSecretToken(prefix: string): string {
  return `${prefix}_${randomBytes(24).toString('base64url')}`;
}
