/**
 * The few state changes every leg goes through — initiated, answered, ended, redirected — in one
 * place, because each of them has knock-on effects elsewhere (a bridge ends, a queue seat
 * frees, a dial attempt settles, a status callback fires) that must happen exactly once.
 */
import type { SimContext } from './context';
import type { Leg } from './legs';
import { isFinal, wasAnswered } from './legs';
import type { HttpMethod } from './twiml';
import type { CallStatus } from './types';

export class Lifecycle {
  constructor(private readonly ctx: SimContext) {}

  /** Abandon whatever the leg was doing (pending verbs, a Gather, a wait loop) without ending it. */
  interrupt(leg: Leg): void {
    leg.epoch++;
    delete leg.program;
    delete leg.awaitingInput;
  }

  /** Validity check for events that belong to the leg's current activity. */
  guard(leg: Leg): () => boolean {
    const epoch = leg.epoch;
    return () => !isFinal(leg) && leg.epoch === epoch;
  }

  /** Validity check for what the person does (hang up later…): only that the leg still exists. */
  alive(leg: Leg): () => boolean {
    return () => !isFinal(leg);
  }

  note(leg: Leg, what: string): void {
    leg.events.push({ at: this.ctx.now(), what });
  }

  initiate(leg: Leg): void {
    if (leg.status !== 'queued') return;
    leg.status = 'initiated';
    this.note(leg, 'initiated');
    this.ctx.status.progress(leg, 'initiated');
  }

  ringing(leg: Leg): void {
    if (isFinal(leg) || wasAnswered(leg)) return;
    leg.status = 'ringing';
    this.note(leg, 'ringing');
    this.ctx.narrator.line(`${this.ctx.narrator.who(leg)} is ringing`);
    this.ctx.status.progress(leg, 'ringing');
  }

  answer(leg: Leg): void {
    if (isFinal(leg) || wasAnswered(leg)) return;
    leg.status = 'in-progress';
    leg.answeredAt = this.ctx.now();
    this.note(leg, 'answered');
    if (leg.direction !== 'inbound') this.ctx.narrator.line(`${this.ctx.narrator.who(leg)} answered`);
    this.ctx.status.progress(leg, 'answered');
    this.ctx.phones.onAnswered(leg);
  }

  /** The person (or the app, via REST) hangs up: `canceled` if it never connected. */
  hangUp(leg: Leg): void {
    this.end(leg, wasAnswered(leg) ? 'completed' : 'canceled');
  }

  end(leg: Leg, status: CallStatus): void {
    if (isFinal(leg)) return;
    this.interrupt(leg);
    leg.status = status;
    leg.endedAt = this.ctx.now();
    this.note(leg, wasAnswered(leg) ? 'hangup' : status);
    this.ctx.narrator.line(
      wasAnswered(leg) ? `${this.ctx.narrator.who(leg)} hung up` : `${this.ctx.narrator.who(leg)}: ${status}`,
    );
    this.ctx.status.final(leg);
    // Knock-on effects, each owned by its module.
    if (leg.bridge !== undefined) this.ctx.dial.endBridge(leg.bridge, { kind: 'hangup', leg });
    if (leg.queued !== undefined) this.ctx.queues.memberHungUp(leg);
    if (leg.dialing !== undefined) this.ctx.dial.parentGone(leg, 'hangup');
    if (leg.announcing !== undefined) this.ctx.dial.announceAborted(leg, 'hangup');
    if (leg.dialChild !== undefined) this.ctx.dial.childEnded(leg);
  }

  /**
   * A REST redirect abandons the current document entirely — a queue wait, a bridge, a dial in
   * progress — and runs the new TwiML. A leg still ringing just gets new TwiML for when it answers.
   */
  redirect(leg: Leg, target: { url?: string; twiml?: string; method: HttpMethod }): void {
    if (isFinal(leg)) return;
    if (!wasAnswered(leg)) {
      if (leg.outbound !== undefined) leg.outbound = { ...target };
      return;
    }
    this.interrupt(leg);
    this.note(leg, 'redirected');
    this.ctx.narrator.line(`${this.ctx.narrator.who(leg)} is redirected by the app`);
    if (leg.queued !== undefined) this.ctx.queues.redirectedOut(leg.queued);
    if (leg.bridge !== undefined) this.ctx.dial.endBridge(leg.bridge, { kind: 'redirect', leg });
    if (leg.dialing !== undefined) this.ctx.dial.parentGone(leg, 'redirect');
    if (leg.announcing !== undefined) this.ctx.dial.announceAborted(leg, 'redirect');
    if (leg.dialChild !== undefined) {
      this.ctx.dial.childEnded(leg);
      delete leg.dialChild;
    }
    if (target.twiml !== undefined) this.ctx.exec.runDocument(leg, target.twiml, `${this.ctx.publicBaseUrl}/`, 'main');
    else if (target.url !== undefined) this.ctx.exec.load(leg, target.url, target.method, {}, 'main');
  }
}
