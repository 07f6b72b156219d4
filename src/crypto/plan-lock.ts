import sodium from 'libsodium-wrappers-sumo';
import type { PwhashRequest } from './pwhash-worker';
import {
  keyFromStretched,
  newPlanSalt,
  normaliseSecret,
  openWithKey,
  parseStoredPlan,
  sealWithKey,
  unb64,
  type PlanParams,
} from './plan-seal';
import { WorkerGone, WorkerThread } from './worker-thread';

/**
 * A member's crisis plan, locked or opened by the server under their own code or phrase (docs/CRYPTO.md,
 * "Members' plans"); the format is plan-seal.ts's, which the plan page's script uses too.
 * The pepper is a keyed hash of the member's id under a server subkey (`plan` in server-keys.ts): rows
 * alone (a dump, a stray copy) give a guesser nothing to test a code against; with the key file too,
 * every guess still costs one Argon2id at the stored parameters. The server sees the code and the plan
 * only while it locks or unlocks, in memory; it stores neither.
 */
export {
  MAX_CODE_DIGITS,
  MIN_CODE_DIGITS,
  MIN_PHRASE_CHARS,
  normaliseSecret,
  PLAN_ALG,
  parseStoredPlan,
  secretProblem,
  type PlanParams,
} from './plan-seal';

async function planKey(secret: string, salt: Uint8Array, params: PlanParams, pepper: string): Promise<Uint8Array> {
  return keyFromStretched(await deriver.derive(normaliseSecret(secret), salt, params), pepper);
}

export async function lockPlan(input: {
  secret: string;
  plaintext: string;
  boundTo: string;
  pepper: string;
  params: PlanParams;
}): Promise<string> {
  await sodium.ready;
  const salt = newPlanSalt();
  const key = await planKey(input.secret, salt, input.params, input.pepper);
  return sealWithKey({ key, salt, params: input.params, plaintext: input.plaintext, boundTo: input.boundTo });
}

/** The plan, or undefined for a wrong code (or a stored object that is not ours: never a hint which). */
export async function unlockPlan(input: {
  secret: string;
  sealed: string;
  boundTo: string;
  pepper: string;
}): Promise<string | undefined> {
  await sodium.ready;
  // A tampered row must not make the server allocate gigabytes or spin for minutes.
  const stored = parseStoredPlan(input.sealed);
  if (!stored) return undefined;
  const key = await planKey(input.secret, unb64(stored.salt), stored, input.pepper);
  return openWithKey(stored, key, input.boundTo);
}

function here(secret: string, salt: Uint8Array, params: PlanParams): Uint8Array {
  return sodium.crypto_pwhash(32, secret, salt, params.opslimit, params.memlimit, sodium.crypto_pwhash_ALG_ARGON2ID13);
}

/** Argon2id off the server's thread (pwhash-worker.ts); on this one, blocking, if the worker cannot run. */
const pwhash = new WorkerThread<Omit<PwhashRequest, 'id'>, Uint8Array>(
  new URL('./pwhash-worker', import.meta.url),
  'key',
  'key derivation',
);

const deriver = {
  async derive(secret: string, salt: Uint8Array, params: PlanParams): Promise<Uint8Array> {
    const request = { secret, salt, opslimit: params.opslimit, memlimit: params.memlimit };
    try {
      return (await pwhash.ask(request)) ?? here(secret, salt, params);
    } catch (error) {
      if (error instanceof WorkerGone) return here(secret, salt, params);
      throw error;
    }
  },
};
