/**
 * The optional story line the demo prints ("00:12 +1555…0111 answered"). It names outside
 * phones by a masked number and the inbound caller only as "the caller": the caller's own
 * number must never reach a log, even a demo's.
 */
import type { Leg } from './legs';

export function maskNumber(number: string): string {
  return number.length > 9 ? `${number.slice(0, 5)}…${number.slice(-4)}` : number;
}

export function clockLabel(elapsedMs: number): string {
  const total = Math.max(0, Math.floor(elapsedMs / 1000));
  const mm = String(Math.floor(total / 60)).padStart(2, '0');
  const ss = String(total % 60).padStart(2, '0');
  return `${mm}:${ss}`;
}

export class Narrator {
  constructor(
    private readonly now: () => number,
    private readonly startedAt: number,
    private readonly sink: ((line: string) => void) | undefined,
  ) {}

  /** Who a leg is, in the narrative: the inbound caller is never identified by number. */
  who(leg: Leg): string {
    return leg.direction === 'inbound' ? 'the caller' : maskNumber(leg.to);
  }

  line(text: string): void {
    if (this.sink !== undefined) this.sink(`${clockLabel(this.now() - this.startedAt)} ${text}`);
  }
}
