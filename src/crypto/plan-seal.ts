import sodium from 'libsodium-wrappers-sumo';

/**
 * The members' plan format, shared by the server (plan-lock.ts) and the member's browser (the plan
 * page's script, `src/web/client/plan*.ts`), so a plan sealed in either opens in the other
 * (docs/CRYPTO.md, "Members' plans"). Isomorphic: libsodium only, no Node. Call after `sodium.ready`.
 *   stretched = Argon2id13(normalised secret, salt, opslimit, memlimit)
 *   key = BLAKE2b-256(key = stretched, "kith/plan/v1" ‖ 0 ‖ pepper)
 *   sealed = XChaCha20-Poly1305-IETF(plan, ad = "kith/plan/v1:" ‖ memberId, nonce, key)
 */
export const PLAN_ALG = 'argon2id13+blake2b-pepper+xchacha20poly1305-ietf';

export interface PlanParams {
  opslimit: number;
  memlimit: number;
}

export interface StoredPlan extends PlanParams {
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

export const b64 = (bytes: Uint8Array) => sodium.to_base64(bytes, sodium.base64_variants.URLSAFE_NO_PADDING);
export const unb64 = (text: string) => sodium.from_base64(text, sodium.base64_variants.URLSAFE_NO_PADDING);
const ad = (boundTo: string) => sodium.from_string(`kith/plan/v1:${boundTo}`);

/** Argon2id at the plan's parameters, on whatever thread calls it (blocking for a second or more). */
export function stretchSecret(secret: string, salt: Uint8Array, params: PlanParams): Uint8Array {
  return sodium.crypto_pwhash(
    32,
    normaliseSecret(secret),
    salt,
    params.opslimit,
    params.memlimit,
    sodium.crypto_pwhash_ALG_ARGON2ID13,
  );
}

/** The plan's key from Argon2id's output and the pepper; the output is wiped. */
export function keyFromStretched(stretched: Uint8Array, pepper: string): Uint8Array {
  try {
    return sodium.crypto_generichash(32, sodium.from_string(`kith/plan/v1\u0000${pepper}`), stretched);
  } finally {
    sodium.memzero(stretched);
  }
}

export const newPlanSalt = () => sodium.randombytes_buf(sodium.crypto_pwhash_SALTBYTES);

/** The stored form of a plan sealed under `key` (made from `salt` and `params`); the key is wiped. */
export function sealWithKey(input: {
  key: Uint8Array;
  salt: Uint8Array;
  params: PlanParams;
  plaintext: string;
  boundTo: string;
}): string {
  try {
    const nonce = sodium.randombytes_buf(sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    const ciphertext = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
      input.plaintext,
      ad(input.boundTo),
      null,
      nonce,
      input.key,
    );
    const stored: StoredPlan = {
      v: 1,
      alg: PLAN_ALG,
      opslimit: input.params.opslimit,
      memlimit: input.params.memlimit,
      salt: b64(input.salt),
      nonce: b64(nonce),
      ciphertext: b64(ciphertext),
    };
    return JSON.stringify(stored);
  } finally {
    sodium.memzero(input.key);
  }
}

/** The plan, or undefined if `key` does not open it (never a hint why); the key is wiped. */
export function openWithKey(stored: StoredPlan, key: Uint8Array, boundTo: string): string | undefined {
  try {
    const plain = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      unb64(stored.ciphertext),
      ad(boundTo),
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

/**
 * A stored plan's fields checked for shape, or undefined: a tampered row (or a page's post) must not
 * make the server allocate gigabytes or spin for minutes, so parameters outside libsodium's
 * interactive-to-sensitive range are refused before any memory is allocated.
 */
export function parseStoredPlan(text: string): StoredPlan | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const s = value as Partial<Record<keyof StoredPlan, unknown>>;
  const isB64 = (x: unknown, bytes?: number) => {
    if (typeof x !== 'string') return false;
    try {
      const decoded = unb64(x);
      return bytes === undefined
        ? decoded.length > sodium.crypto_aead_xchacha20poly1305_ietf_ABYTES
        : decoded.length === bytes;
    } catch {
      return false;
    }
  };
  if (
    s.v !== 1 ||
    s.alg !== PLAN_ALG ||
    typeof s.opslimit !== 'number' ||
    typeof s.memlimit !== 'number' ||
    !Number.isInteger(s.opslimit) ||
    !Number.isInteger(s.memlimit) ||
    s.opslimit < sodium.crypto_pwhash_OPSLIMIT_MIN ||
    s.opslimit > sodium.crypto_pwhash_OPSLIMIT_SENSITIVE ||
    s.memlimit < 8192 ||
    s.memlimit > sodium.crypto_pwhash_MEMLIMIT_SENSITIVE ||
    !isB64(s.salt, sodium.crypto_pwhash_SALTBYTES) ||
    !isB64(s.nonce, sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES) ||
    !isB64(s.ciphertext)
  )
    return undefined;
  return {
    v: 1,
    alg: PLAN_ALG,
    opslimit: s.opslimit,
    memlimit: s.memlimit,
    salt: s.salt as string,
    nonce: s.nonce as string,
    ciphertext: s.ciphertext as string,
  };
}

export interface PlanToSeal {
  secret: string;
  plaintext: string;
  boundTo: string;
  pepper: string;
  params: PlanParams;
}

/**
 * Seals a plan on the calling thread, Argon2id and all: what the member's browser does (in a Web
 * Worker, `src/web/client/plan-worker.ts`). The server locks through plan-lock.ts instead, which
 * derives off its main thread; the bytes are the same.
 */
export async function sealPlanHere(input: PlanToSeal): Promise<string> {
  await sodium.ready;
  const salt = newPlanSalt();
  const key = keyFromStretched(stretchSecret(input.secret, salt, input.params), input.pepper);
  return sealWithKey({ key, salt, params: input.params, plaintext: input.plaintext, boundTo: input.boundTo });
}
