import { MINUTE } from '../platform/wall-time';

const HOUR = 60 * MINUTE;

/**
 * The flood gate on what members make Kith send. One text of a code becomes a text to each of the
 * member's people (up to 8) or to everyone on call, so a member — or a sender posing as one, or
 * keying member numbers on a call — could otherwise make the line send without bound. Relayed texts
 * are counted per member and per program in a window; a relay that would pass either limit is refused
 * whole (nobody gets half of a code) and the sender is told so plainly, once per window, then
 * nothing (a reply per refused text would be a flood of its own).
 *
 * A danger word's quiet alert to the team is never refused: it is counted (it fills the window like any
 * text) but always sent. Its cover — the relay that looks like the safe code — is gated exactly as
 * the safe code would be, so what the member's phone shows is the same either way.
 *
 * In memory, like the texting and chat gates (src/conversations/flood.ts, src/chat/gates.ts): keys are
 * ids, never numbers, nothing outlives the process, and the map is pruned as it is used. With several
 * instances each counts its own share.
 */
export interface RelayLimit {
  max: number;
  windowMs: number;
}

export const RELAY_LIMITS: { perMember: RelayLimit; perProgram: RelayLimit } = {
  // Three codes to a full list of eight people in an hour, or twelve to two.
  perMember: { max: 24, windowMs: HOUR },
  perProgram: { max: 200, windowMs: HOUR },
};

/** `refused` the first time a member is over in a window (tell them), `quiet` after that. */
export type RelayVerdict = 'ok' | 'refused' | 'quiet';

interface Window {
  start: number;
  texts: number;
  refusals: number;
}

const MAX_TRACKED = 50_000;

export class RelayGate {
  private readonly windows = new Map<string, Window>();

  constructor(private readonly limits = RELAY_LIMITS) {}

  /** May `texts` relayed texts go out for this member now? If so they are counted. */
  admit(programId: string, memberId: string, texts: number, now: number): RelayVerdict {
    const member = this.window(`m:${memberId}`, this.limits.perMember, now);
    const program = this.window(`p:${programId}`, this.limits.perProgram, now);
    if (member.texts + texts <= this.limits.perMember.max && program.texts + texts <= this.limits.perProgram.max) {
      member.texts += texts;
      program.texts += texts;
      return 'ok';
    }
    member.refusals += 1;
    return member.refusals === 1 ? 'refused' : 'quiet';
  }

  /** Texts that must go whatever the count (a danger word's alert): counted, never refused. */
  count(programId: string, memberId: string, texts: number, now: number): void {
    this.window(`m:${memberId}`, this.limits.perMember, now).texts += texts;
    this.window(`p:${programId}`, this.limits.perProgram, now).texts += texts;
  }

  /** Refusals in this member's current window (for the tests and the log's count). */
  refusals(memberId: string): number {
    return this.windows.get(`m:${memberId}`)?.refusals ?? 0;
  }

  private window(key: string, limit: RelayLimit, now: number): Window {
    let entry = this.windows.get(key);
    if (!entry || now - entry.start >= limit.windowMs) {
      if (this.windows.size >= MAX_TRACKED) this.prune(now);
      entry = { start: now, texts: 0, refusals: 0 };
      this.windows.set(key, entry);
    }
    return entry;
  }

  private prune(now: number): void {
    const longest = Math.max(this.limits.perMember.windowMs, this.limits.perProgram.windowMs);
    for (const [key, entry] of this.windows) if (now - entry.start >= longest) this.windows.delete(key);
    if (this.windows.size >= MAX_TRACKED)
      [...this.windows.keys()].slice(0, MAX_TRACKED / 2).forEach((key) => this.windows.delete(key));
  }
}
