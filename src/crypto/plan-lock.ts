import sodium from 'libsodium-wrappers-sumo';
import type { PwhashRequest } from './pwhash-worker';
import { WorkerGone, WorkerThread } from './worker-thread';

/**
 * A member's crisis plan, locked under their own code or phrase (docs/CRYPTO.md, "Members' plans").
 *   key = BLAKE2b-256(key = Argon2id13(secret, salt, ops, mem), "kith/plan/v1" ‖ 0 ‖ pepper)
 *   sealed = XChaCha20-Poly1305-IETF(plan, ad = "kith/plan/v1:" ‖ memberId, nonce, key)
 * The pepper is a keyed hash of the member's id under a server subkey (`plan` in server-keys.ts): rows
 * alone (a dump, a stray copy) give a guesser nothing to test a code against; with the key file too,
 * every guess still costs one Argon2id at the stored parameters. The server sees the code and the plan
 * only while it locks or unlocks, in memory; it stores neither.
 */
export const PLAN_ALG = 'argon2id13+blake2b-pepper+xchacha20poly1305-ietf';

export interface PlanParams {
  opslimit: number;
  memlimit: number;
}

interface StoredPlan extends PlanParams {
  v: 1;
  alg: typeof PLAN_ALG;
  salt: string;
  nonce: string;
  ciphertext: string;
}

/** A keypad code: 6 to 12 digits. A phrase: at least 12 characters. */
export const MIN_CODE_DIGITS = 6;
export const MAX_CODE_DIGITS = 12;
export const MIN_PHRASE_CHARS = 12;

/**
 * One form for a code however it was entered: NFKC, lower case, whitespace collapsed; a code of digits
 * and spaces or dashes ("482 913") loses them, so the keypad, a text and a typed phrase agree.
 */
export function normaliseSecret(secret: string): string {
  const text = secret.normalize('NFKC').trim().toLowerCase().replace(/\s+/gu, ' ');
  return /^[\d\s-]+$/u.test(text) ? text.replace(/[\s-]/gu, '') : text;
}

/** Why a new code or phrase is refused, or undefined if it is acceptable. */
export function secretProblem(secret: string): 'short' | undefined {
  const clean = normaliseSecret(secret);
  if (/^\d+$/u.test(clean))
    return clean.length >= MIN_CODE_DIGITS && clean.length <= MAX_CODE_DIGITS ? undefined : 'short';
  return [...clean].length >= MIN_PHRASE_CHARS ? undefined : 'short';
}

const b64 = (bytes: Uint8Array) => sodium.to_base64(bytes, sodium.base64_variants.URLSAFE_NO_PADDING);
const unb64 = (text: string) => sodium.from_base64(text, sodium.base64_variants.URLSAFE_NO_PADDING);
const ad = (boundTo: string) => sodium.from_string(`kith/plan/v1:${boundTo}`);

async function planKey(secret: string, salt: Uint8Array, params: PlanParams, pepper: string): Promise<Uint8Array> {
  const stretched = await deriver.derive(normaliseSecret(secret), salt, params);
  try {
    return sodium.crypto_generichash(32, sodium.from_string(`kith/plan/v1\u0000${pepper}`), stretched);
  } finally {
    sodium.memzero(stretched);
  }
}

export async function lockPlan(input: {
  secret: string;
  plaintext: string;
  boundTo: string;
  pepper: string;
  params: PlanParams;
}): Promise<string> {
  await sodium.ready;
  const salt = sodium.randombytes_buf(sodium.crypto_pwhash_SALTBYTES);
  const key = await planKey(input.secret, salt, input.params, input.pepper);
  try {
    const nonce = sodium.randombytes_buf(sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    const ciphertext = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
      input.plaintext,
      ad(input.boundTo),
      null,
      nonce,
      key,
    );
    const stored: StoredPlan = {
      v: 1,
      alg: PLAN_ALG,
      opslimit: input.params.opslimit,
      memlimit: input.params.memlimit,
      salt: b64(salt),
      nonce: b64(nonce),
      ciphertext: b64(ciphertext),
    };
    return JSON.stringify(stored);
  } finally {
    sodium.memzero(key);
  }
}

/** The plan, or undefined for a wrong code (or a stored object that is not ours: never a hint which). */
export async function unlockPlan(input: {
  secret: string;
  sealed: string;
  boundTo: string;
  pepper: string;
}): Promise<string | undefined> {
  await sodium.ready;
  const stored = JSON.parse(input.sealed) as StoredPlan;
  // A tampered row must not make the server allocate gigabytes or spin for minutes.
  if (
    stored.v !== 1 ||
    stored.alg !== PLAN_ALG ||
    stored.opslimit < sodium.crypto_pwhash_OPSLIMIT_MIN ||
    stored.opslimit > sodium.crypto_pwhash_OPSLIMIT_SENSITIVE ||
    stored.memlimit < 8192 ||
    stored.memlimit > sodium.crypto_pwhash_MEMLIMIT_SENSITIVE
  )
    return undefined;
  const key = await planKey(input.secret, unb64(stored.salt), stored, input.pepper);
  try {
    const plain = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      unb64(stored.ciphertext),
      ad(input.boundTo),
      unb64(stored.nonce),
      key,
    );
    return sodium.to_string(plain);
  } catch {
    return undefined;
  } finally {
    sodium.memzero(key);
  }
}

function here(secret: string, salt: Uint8Array, params: PlanParams): Uint8Array {
  return sodium.crypto_pwhash(32, secret, salt, params.opslimit, params.memlimit, sodium.crypto_pwhash_ALG_ARGON2ID13);
}

/** Argon2id off the server's thread (pwhash-worker.ts); on this one, blocking, if the worker cannot run. */
const pwhash = new WorkerThread<Omit<PwhashRequest, 'id'>, Uint8Array>('pwhash-worker', 'key', 'key derivation');

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
