/**
 * A test's handle on one leg: a read-only view of what happened on it (status, what was heard,
 * events) plus the two things a person can do mid-call — hang up and press keys.
 */
import type { Leg } from './legs';
import type { CallEvent, CallStatus, Direction, HeardLine } from './types';

export interface CallControls {
  hangUp(leg: Leg): void;
  press(leg: Leg, digits: string): void;
}

export class SimCall {
  constructor(
    private readonly leg: Leg,
    private readonly controls: CallControls,
  ) {}

  get sid(): string {
    return this.leg.sid;
  }
  get status(): CallStatus {
    return this.leg.status;
  }
  get direction(): Direction {
    return this.leg.direction;
  }
  get from(): string {
    return this.leg.from;
  }
  get to(): string {
    return this.leg.to;
  }
  /** Every <Say> executed on this leg, in order (Gather prompts and wait documents included). */
  get heard(): readonly HeardLine[] {
    return this.leg.heard;
  }
  get events(): readonly CallEvent[] {
    return this.leg.events;
  }
  get pressed(): readonly string[] {
    return this.leg.pressed;
  }
  /** The leg this one was last bridged with (kept after the bridge ends). */
  get bridgedWith(): string | undefined {
    return this.leg.lastBridgedWith;
  }
  get isBridged(): boolean {
    return this.leg.bridge !== undefined;
  }

  /** Hang up now (a ringing leg is canceled). */
  hangUp(): void {
    this.controls.hangUp(this.leg);
  }

  /** Type digits now: answers a waiting Gather, or `*` ends a hangupOnStar bridge. */
  press(digits: string): void {
    this.controls.press(this.leg, digits);
  }
}
