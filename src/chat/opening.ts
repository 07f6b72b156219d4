import type { ServerKeys } from '../crypto/server-keys';
import type { ChatRefusal } from '../platform/errors';
import type { ChatGates } from './gates';
import { PRESSURE } from './pressure';
import type { ChatSession } from './session';

/**
 * Whether a new chat may open now. Calm: yes. Under pressure (the line's new-chat rate past
 * PRESSURE.threshold), or from one source that has opened many: only with a proof — the page's
 * solved challenge, or without JavaScript a ticket whose wait is over — and never "closed" for a
 * person willing to pay it. Docs: docs/THREAT_MODEL.md, "Availability: the web chat".
 */
export interface Entry {
  /** The keyed hash of the connecting address, where it tells sources apart (`sourceKey`). */
  source?: string;
  /** "challenge:number" from the page's script. */
  work?: string;
  /** The no-JavaScript form's ticket. */
  ticket?: string;
}

export type OpeningVerdict = { ok: true; spent?: string } | { ok: false; refused: ChatRefusal };

/**
 * Loopback is the web server in front (deploy/Caddyfile passes no address on) or Tor: everyone
 * there looks the same, so no per-source limit could tell a person from a flood — the adaptive gate does.
 */
export function sourceKey(keys: ServerKeys, address: string | undefined): string | undefined {
  if (!address || address === '::1' || /^(::ffff:)?127\./.test(address)) return undefined;
  return keys.index('sender', `chat-source:${address}`);
}

export function admitOpening(gates: ChatGates, session: ChatSession, entry: Entry, now: number): OpeningVerdict {
  gates.pressure.record(now);
  const sourceOver = entry.source !== undefined && gates.source.check(entry.source, now) !== 'ok';
  if (!sourceOver && !gates.pressure.underPressure(now)) return { ok: true };
  const binding = session.senderIndex;
  if (entry.work) {
    const verdict = gates.proofs.checkWork(entry.work, binding, now);
    if (verdict === 'ok') return { ok: true, spent: entry.work };
    if (verdict === 'full') return { ok: false, refused: 'busy' };
  }
  if (entry.ticket) {
    const verdict = gates.proofs.checkTicket(entry.ticket, binding, now);
    if (verdict === 'notYet') return { ok: false, refused: 'notYet' };
    if (verdict === 'full') return { ok: false, refused: 'busy' };
    if (verdict === 'ok')
      return gates.tickets.check('line', now) === 'ok'
        ? { ok: true, spent: entry.ticket }
        : { ok: false, refused: 'busy' };
  }
  return { ok: false, refused: 'proofNeeded' };
}

/** The proof-of-work a challenge issued now asks for: never below the base, so any issued one will do. */
export function challengeBits(gates: ChatGates, now: number): number {
  return Math.max(PRESSURE.baseBits, gates.pressure.bits(now));
}
