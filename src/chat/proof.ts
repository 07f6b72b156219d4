import { createHash, randomBytes } from 'node:crypto';
import type { ServerKeys } from '../crypto/server-keys';
import { sameToken } from './session';

/**
 * What a new chat costs under pressure (pressure.ts), with no state but a bounded set of spent ones:
 *
 * - a **challenge** for the page's script: find a number that gives SHA-256(challenge ":" number)
 *   `bits` leading zero bits — a few seconds of a slow phone's Web Crypto at the most, and the
 *   same work for a flood's every chat;
 * - a **ticket** for a page without JavaScript: valid only from a short wait after the page was
 *   served, which costs a flood time rather than CPU, so what tickets admit has its own budget.
 *
 * Both are MACed by the server (a keyed hash, as the form token is), bound to the visitor's session,
 * short-lived, and spent on use. The server keeps no list of what it issued.
 */
export const PROOF = {
  challengeLifeMs: 2 * 60_000,
  ticketWaitMs: 10_000,
  ticketLifeMs: 5 * 60_000,
  /** New chats a minute that tickets may open for the whole line (a flood waiting out tickets meets this). */
  ticketsPerMinute: 10,
  /** Proofs remembered as spent until they expire; past this, with none expired, proofs are refused. */
  maxSpent: 100_000,
} as const;

export type ProofVerdict = 'ok' | 'invalid' | 'expired' | 'notYet' | 'spent' | 'full';

interface Parsed {
  kind: 'p' | 't';
  expires: number;
  /** Challenge: the bits asked for. Ticket: when it becomes valid. */
  param: number;
  id: string;
}

const FORMAT = /^([pt])\.(\d{1,15})\.(\d{1,15})\.([A-Za-z0-9_-]{16})\.([0-9a-f]{64})$/;

function mac(keys: ServerKeys, body: string, binding: string): string {
  return keys.index('sender', `chat-proof:${body}:${binding}`);
}

function issue(keys: ServerKeys, kind: 'p' | 't', expires: number, param: number, binding: string): string {
  // Whole milliseconds: a clock may give fractions, which the format (and the page's parsing) never holds.
  const body = `${kind}.${Math.floor(expires)}.${Math.ceil(param)}.${randomBytes(12).toString('base64url')}`;
  return `${body}.${mac(keys, body, binding)}`;
}

function parse(keys: ServerKeys, token: string, binding: string): Parsed | undefined {
  const match = FORMAT.exec(token);
  if (!match) return undefined;
  const [, kind, expires, param, id, tag] = match;
  const body = `${kind}.${expires}.${param}.${id}`;
  if (!sameToken(tag ?? '', mac(keys, body, binding))) return undefined;
  return { kind: kind === 't' ? 't' : 'p', expires: Number(expires), param: Number(param), id: id ?? '' };
}

/** Leading zero bits of a digest. */
export function zeroBits(digest: Uint8Array): number {
  let bits = 0;
  for (const byte of digest) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

/** The work itself, as the page does it: the first number that gives enough zero bits. */
export function solve(challenge: string): string {
  const bits = Number(challenge.split('.')[2] ?? 0);
  for (let n = 0; ; n++) {
    if (zeroBits(createHash('sha256').update(`${challenge}:${n}`).digest()) >= bits) return String(n);
  }
}

export class ProofDesk {
  /** Spent proofs by id, with when they expire (then they are refused as expired anyway). */
  private readonly spent = new Map<string, number>();

  constructor(private readonly keys: ServerKeys) {}

  challenge(binding: string, bits: number, now: number): string {
    return issue(this.keys, 'p', now + PROOF.challengeLifeMs, bits, binding);
  }

  ticket(binding: string, now: number): string {
    return issue(this.keys, 't', now + PROOF.ticketLifeMs, now + PROOF.ticketWaitMs, binding);
  }

  /** `proof` is "challenge:number", as the page's script sends it. */
  checkWork(proof: string, binding: string, now: number): ProofVerdict {
    const at = proof.lastIndexOf(':');
    const challenge = proof.slice(0, at);
    const parsed = at > 0 ? parse(this.keys, challenge, binding) : undefined;
    if (!parsed || parsed.kind !== 'p' || !/^\d{1,15}$/.test(proof.slice(at + 1))) return 'invalid';
    if (zeroBits(createHash('sha256').update(proof).digest()) < parsed.param) return 'invalid';
    return this.spend(parsed, now);
  }

  checkTicket(ticket: string, binding: string, now: number): ProofVerdict {
    const parsed = parse(this.keys, ticket, binding);
    if (!parsed || parsed.kind !== 't') return 'invalid';
    if (now < parsed.param) return 'notYet';
    return this.spend(parsed, now);
  }

  /** Milliseconds until a ticket becomes valid (0 once it is); undefined if it can no longer be used. */
  ticketWait(ticket: string, binding: string, now: number): number | undefined {
    const parsed = parse(this.keys, ticket, binding);
    if (parsed?.kind !== 't' || now >= parsed.expires || this.spent.has(parsed.id)) return undefined;
    return Math.max(0, parsed.param - now);
  }

  private spend(parsed: Parsed, now: number): ProofVerdict {
    if (now >= parsed.expires) return 'expired';
    if (this.spent.has(parsed.id)) return 'spent';
    if (this.spent.size >= PROOF.maxSpent) {
      for (const [id, expires] of this.spent) if (expires <= now) this.spent.delete(id);
      // Every remembered proof still live: forgetting one would let it be used again, so none is taken.
      if (this.spent.size >= PROOF.maxSpent) return 'full';
    }
    this.spent.set(parsed.id, parsed.expires);
    return 'ok';
  }

  /** A proof whose chat was not opened after all (the page seals again): it may be used once more. */
  unspend(token: string): void {
    const id = FORMAT.exec(token.split(':')[0] ?? '')?.[4];
    if (id) this.spent.delete(id);
  }
}
