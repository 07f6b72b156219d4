/**
 * The people on the far end: outside phones that ring, answer, go to voicemail, stay busy or
 * unreachable, and type digits; and the inbound caller's script. Everything a human "does" is
 * scheduled here, so the executor only ever sees TwiML and keypresses.
 */
import type { SimContext } from './context';
import type { Bridge, Leg } from './legs';
import { isFinal } from './legs';
import type { PhoneBehaviour } from './types';

const DEFAULT_ANSWER_SECONDS = 3;
const DEFAULT_VOICEMAIL_RECORD_SECONDS = 20;

export class PhoneNetwork {
  private readonly behaviours = new Map<string, PhoneBehaviour>();

  constructor(private readonly ctx: SimContext) {}

  set(number: string, behaviour: PhoneBehaviour): void {
    this.behaviours.set(number, behaviour);
  }

  /** Unknown numbers ring out, like a phone nobody picks up. */
  behaviourFor(number: string): PhoneBehaviour {
    return this.behaviours.get(number) ?? { kind: 'ignore' };
  }

  /** Ring an outgoing leg now; `onAnswered` runs if the phone picks up within `timeoutSeconds`. */
  ring(leg: Leg, timeoutSeconds: number, onAnswered: () => void): void {
    if (leg.party.kind !== 'phone') return;
    const behaviour = leg.party.behaviour;
    if (behaviour.kind === 'busy') return this.ctx.life.end(leg, 'busy');
    if (behaviour.kind === 'unreachable') return this.ctx.life.end(leg, 'failed');
    this.ctx.life.ringing(leg);
    const guard = this.ctx.life.guard(leg);
    const pickUp =
      behaviour.kind === 'answer'
        ? (behaviour.afterSeconds ?? DEFAULT_ANSWER_SECONDS)
        : behaviour.kind === 'voicemail'
          ? (behaviour.afterSeconds ?? 0)
          : undefined;
    if (pickUp !== undefined && pickUp < timeoutSeconds)
      this.ctx.scheduler.after(pickUp, 'phone picks up', onAnswered, guard);
    else this.ctx.scheduler.after(timeoutSeconds, 'ring timeout', () => this.ctx.life.end(leg, 'no-answer'), guard);
  }

  /** A voicemail listens for a while, presses nothing, then hangs up. */
  onAnswered(leg: Leg): void {
    if (leg.party.kind !== 'phone' || leg.party.behaviour.kind !== 'voicemail') return;
    const seconds = leg.party.behaviour.recordSeconds ?? DEFAULT_VOICEMAIL_RECORD_SECONDS;
    this.ctx.scheduler.after(seconds, 'voicemail hangs up', () => this.ctx.life.hangUp(leg), this.ctx.life.alive(leg));
  }

  /** Scripted behaviour once connected to someone: hang up, or press `*`, after a while. */
  onBridged(leg: Leg, bridge: Bridge): void {
    const sameBridge = (): boolean => !isFinal(leg) && leg.bridge === bridge;
    let hangUpAfter: number | undefined;
    let starAfter: number | undefined;
    if (leg.party.kind === 'phone' && leg.party.behaviour.kind === 'answer') {
      hangUpAfter = leg.party.behaviour.hangUpAfterSeconds;
      starAfter = leg.party.behaviour.pressStarAfterSeconds;
    } else if (leg.party.kind === 'caller') {
      starAfter = leg.party.script.pressStarAfterSeconds;
    }
    if (hangUpAfter !== undefined)
      this.ctx.scheduler.after(hangUpAfter, 'hangs up after talking', () => this.ctx.life.hangUp(leg), sameBridge);
    if (starAfter !== undefined) {
      this.ctx.scheduler.after(
        starAfter,
        'presses star',
        () => {
          leg.pressed.push('*');
          this.ctx.life.note(leg, 'pressed:*');
          this.ctx.dial.star(leg);
        },
        sameBridge,
      );
    }
  }

  /** Inbound caller's script: hang up a fixed time after the call starts. */
  scheduleCallerHangup(leg: Leg): void {
    if (leg.party.kind !== 'caller' || leg.party.script.hangUpAfterSeconds === undefined) return;
    const at = leg.createdAt + Math.round(leg.party.script.hangUpAfterSeconds * 1000);
    this.ctx.scheduler.at(at, 'caller hangs up', () => this.ctx.life.hangUp(leg), this.ctx.life.alive(leg));
  }

  /** What this party types at the Gather it now faces (one script entry per Gather). */
  digitsFor(leg: Leg): string {
    const n = leg.gathersSeen++;
    if (leg.party.kind === 'caller') return leg.party.script.press?.[n] ?? '';
    const behaviour = leg.party.behaviour;
    if (behaviour.kind !== 'answer') return '';
    return n === 0 ? (behaviour.press ?? '') : (behaviour.pressLater?.[n - 1] ?? '');
  }
}
