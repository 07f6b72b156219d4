import { randomBytes } from 'node:crypto';
import type { ServerKeys } from '../../crypto/server-keys';
import { sameBytes } from '../protocol';

/**
 * Passkey sign-in challenges, kept by nobody (issue 15). Anyone may ask for one, so a stored
 * challenge let an anonymous client fill the store and keep passkey sign-in closed. Instead the
 * challenge carries its own proof: 16 random bytes, when it expires, and a MAC over both under a
 * subkey of the server's root (as device cookies are, src/auth/sign-in/device-cookie.ts). Asking
 * for one writes nothing. Single use is kept by `SpentChallenges`, below, in memory and only for
 * challenges whose assertion verified: those only a real passkey, with its user's gesture, can make.
 */
const NONCE_BYTES = 16;
const EXPIRY_BYTES = 8;
const MAC_BYTES = 32;
const CHALLENGE_BYTES = NONCE_BYTES + EXPIRY_BYTES + MAC_BYTES;
/** base64url of 56 bytes, nothing else: anything longer is not looked at. */
const CHALLENGE = /^[A-Za-z0-9_-]{75}$/;

function macOf(keys: ServerKeys, nonce: Buffer, expiresAt: number): Buffer {
  return Buffer.from(
    keys.index('challenge', `kith/passkey-sign-in/v1\u0000${nonce.toString('base64url')}\u0000${expiresAt}`),
    'hex',
  );
}

/** A fresh challenge, valid until `expiresAt`, as the base64url the WebAuthn options carry. */
export function mintSignInChallenge(keys: ServerKeys, expiresAt: number): string {
  const nonce = randomBytes(NONCE_BYTES);
  const expiry = Buffer.alloc(EXPIRY_BYTES);
  expiry.writeBigUInt64BE(BigInt(expiresAt));
  return Buffer.concat([nonce, expiry, macOf(keys, nonce, expiresAt)]).toString('base64url');
}

export interface OpenedChallenge {
  /** What makes it single use: the spent set remembers this. */
  nonce: string;
  expiresAt: number;
}

/** The challenge's nonce and expiry if this server made it and it has not expired; otherwise undefined. */
export function openSignInChallenge(keys: ServerKeys, challenge: string, now: number): OpenedChallenge | undefined {
  if (!CHALLENGE.test(challenge)) return undefined;
  const bytes = Buffer.from(challenge, 'base64url');
  if (bytes.length !== CHALLENGE_BYTES) return undefined;
  const nonce = bytes.subarray(0, NONCE_BYTES);
  const expiry = bytes.readBigUInt64BE(NONCE_BYTES);
  if (expiry > BigInt(Number.MAX_SAFE_INTEGER)) return undefined;
  const expiresAt = Number(expiry);
  if (!sameBytes(bytes.subarray(NONCE_BYTES + EXPIRY_BYTES), macOf(keys, nonce, expiresAt))) return undefined;
  if (expiresAt <= now) return undefined;
  return { nonce: nonce.toString('base64url'), expiresAt };
}

/**
 * Challenges already answered, each kept until it expires (at most the challenge lifetime), so no
 * verified answer counts twice. Only verified answers are added, so a flood of junk cannot fill it;
 * should it ever be full, a sign-in is refused rather than let a challenge be used twice.
 * In memory, per process: a restart forgets it, and so does another instance sharing the database
 * (docs/SIGN-IN.md says what that leaves open).
 */
export class SpentChallenges {
  private readonly spent = new Map<string, number>();

  constructor(private readonly max = 10_000) {}

  has(challenge: OpenedChallenge): boolean {
    return this.spent.has(challenge.nonce);
  }

  /** True for the first answer to spend this challenge; false if it was spent, or there is no room. */
  spend(challenge: OpenedChallenge, now: number): boolean {
    if (this.spent.has(challenge.nonce)) return false;
    if (this.spent.size >= this.max) this.forgetExpired(now);
    if (this.spent.size >= this.max) return false;
    this.spent.set(challenge.nonce, challenge.expiresAt);
    return true;
  }

  get size(): number {
    return this.spent.size;
  }

  private forgetExpired(now: number): void {
    for (const [nonce, expiresAt] of this.spent) if (expiresAt <= now) this.spent.delete(nonce);
  }
}
