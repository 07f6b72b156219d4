/**
 * <Dial> and the bridges it makes. This is where the provider fact that shapes Kith's design
 * is reproduced exactly: with several <Number>s every phone rings, the FIRST leg to pick up —
 * a voicemail included — wins, and every other leg is hung up at that moment, even if the
 * winner's screening document then declines. Also: <Dial><Queue> (take the front caller),
 * hangupOnStar, and what each side does when a bridge ends.
 */
import type { Params } from './app-client';
import type { SimContext } from './context';
import type { Bridge, DialAttempt, Leg, Program, QueueMembership } from './legs';
import { isFinal } from './legs';
import type { DialVerb, QueueNoun } from './twiml';
import type { CallStatus } from './types';

export type BridgeEnd = { kind: 'hangup' | 'redirect'; leg: Leg } | { kind: 'star'; leg: Leg };

export class DialController {
  private bridgeIds = 0;

  constructor(private readonly ctx: SimContext) {}

  start(parent: Leg, verb: DialVerb, resume: Program): void {
    const attempt: DialAttempt = { parent, verb, docUrl: resume.docUrl, resume, children: [], settled: false };
    const first = verb.nouns[0];
    if (first?.kind === 'Queue') return this.dialQueue(attempt, first);
    parent.dialing = attempt;
    // Twilio shows the parent's From unless the app asks for a callerId.
    const callerId = verb.callerId ?? parent.from;
    for (const noun of verb.nouns) {
      if (noun.kind !== 'Number') continue;
      const child = this.ctx.legs.create({
        direction: 'outbound-dial',
        from: callerId,
        to: noun.number,
        party: { kind: 'phone', behaviour: this.ctx.phones.behaviourFor(noun.number) },
        now: this.ctx.now(),
        status: 'queued',
        parentSid: parent.sid,
      });
      child.dialChild = attempt;
      attempt.children.push(child);
      if (noun.url !== undefined)
        child.screen = { url: this.ctx.app.resolve(noun.url, attempt.docUrl), method: noun.method };
      if (noun.statusCallback !== undefined) {
        const events = noun.statusCallbackEvents.length > 0 ? noun.statusCallbackEvents : ['completed'];
        child.statusCallback = {
          url: this.ctx.app.resolve(noun.statusCallback, attempt.docUrl),
          method: noun.statusCallbackMethod,
          events: new Set(events),
          sequence: 0,
        };
      }
      this.ctx.life.initiate(child);
      this.ctx.scheduler.after(
        1,
        'dial: ring',
        () => this.ctx.phones.ring(child, verb.timeout, () => this.childAnswered(child)),
        this.ctx.life.guard(child),
      );
    }
    this.ctx.narrator.line(
      `${this.ctx.narrator.who(parent)} is being connected: dialing ${attempt.children.map((c) => this.ctx.narrator.who(c)).join(', ')}`,
    );
  }

  /** The first child to answer wins; every other child is hung up now, before any screening. */
  private childAnswered(child: Leg): void {
    const attempt = child.dialChild;
    if (attempt === undefined || attempt.settled || attempt.winner !== undefined) return this.ctx.life.hangUp(child);
    attempt.winner = child;
    this.ctx.life.answer(child);
    for (const other of attempt.children) if (other !== child && !isFinal(other)) this.ctx.life.end(other, 'canceled');
    if (child.screen !== undefined) this.ctx.exec.load(child, child.screen.url, child.screen.method, {}, 'screen');
    else this.bridge(attempt, child, 'number');
  }

  /** A dialed leg ended before any bridge (no answer, busy, declined at screening, hung up). */
  childEnded(child: Leg): void {
    const attempt = child.dialChild;
    if (attempt === undefined || attempt.settled) return;
    if (attempt.winner === child)
      return this.settle(attempt, { DialCallStatus: 'no-answer', DialCallSid: child.sid, DialCallDuration: '0' });
    if (attempt.winner !== undefined || !attempt.children.every(isFinal)) return;
    const params: Params = { DialCallStatus: aggregate(attempt.children.map((c) => c.status)), DialCallDuration: '0' };
    const only = attempt.children.length === 1 ? attempt.children[0] : undefined;
    if (only !== undefined) params.DialCallSid = only.sid;
    this.settle(attempt, params);
  }

  /** The screening document ended without hanging up: connect. */
  screenEnded(child: Leg): void {
    const attempt = child.dialChild;
    if (attempt === undefined || attempt.settled || isFinal(attempt.parent))
      return this.ctx.life.end(child, 'completed');
    this.bridge(attempt, child, 'number');
  }

  /** The dialing leg hung up or was redirected while its Dial was still ringing or screening. */
  parentGone(parent: Leg, cause: 'hangup' | 'redirect'): void {
    const attempt = parent.dialing;
    delete parent.dialing;
    if (attempt === undefined || attempt.settled) return;
    attempt.settled = true;
    attempt.stopWaiting?.();
    for (const child of attempt.children) if (!isFinal(child)) this.ctx.life.hangUp(child);
    const member = attempt.dequeued;
    if (member !== undefined && !isFinal(member.leg)) {
      delete member.leg.announcing;
      this.ctx.life.interrupt(member.leg);
      this.ctx.queues.continueAfterEnqueue(member, 'bridged');
    }
    if (cause === 'hangup') this.continueParent(attempt, { DialCallStatus: 'canceled', DialCallDuration: '0' });
  }

  /**
   * <Dial><Queue>: the front caller, at once. On an empty queue Twilio waits for the next caller to
   * join, up to the Dial's timeout, then goes on with DialCallStatus=no-answer; on a queue that does not
   * exist it posts an error status (`failed`) straight away.
   */
  private dialQueue(attempt: DialAttempt, noun: QueueNoun): void {
    const member = this.ctx.queues.dequeueFront(noun.name);
    if (member !== undefined) return this.takeFromQueue(attempt, noun, member);
    const parent = attempt.parent;
    const waiting = this.ctx.queues.waitForMember(noun.name, (joined) => {
      delete attempt.stopWaiting;
      this.takeFromQueue(attempt, noun, joined);
    });
    if (waiting === undefined) {
      attempt.settled = true;
      return this.continueParent(attempt, { DialCallStatus: 'failed', DialCallDuration: '0' });
    }
    parent.dialing = attempt;
    attempt.stopWaiting = waiting.cancel;
    this.ctx.narrator.line(`${this.ctx.narrator.who(parent)} waits for someone to join queue "${noun.name}"`);
    const stillWaiting = (): boolean => !attempt.settled && attempt.stopWaiting !== undefined && !isFinal(parent);
    this.ctx.scheduler.after(
      attempt.verb.timeout,
      'dial queue timeout',
      () => {
        waiting.cancel();
        delete attempt.stopWaiting;
        this.settle(attempt, { DialCallStatus: 'no-answer', DialCallDuration: '0' });
      },
      stillWaiting,
    );
  }

  /**
   * Twilio documents `<Queue url>` as a document "executed on the queued caller's end before the two
   * parties are connected" (Play, Say, Pause, Redirect only), requested with QueueSid, QueueTime and
   * DequeingCallSid. Our reading where the docs are silent: the dialing side hears nothing meanwhile,
   * the bridge is made the moment the document ends, and a document that cannot be fetched is the
   * provider's application error on the caller's leg (as for any other document).
   */
  private takeFromQueue(attempt: DialAttempt, noun: QueueNoun, member: QueueMembership): void {
    attempt.dequeued = member;
    attempt.parent.dialing = attempt;
    const caller = member.leg;
    this.ctx.life.interrupt(caller); // abandon the wait document
    if (noun.url === undefined) return this.bridge(attempt, caller, 'queue');
    caller.announcing = attempt;
    const queueTime = String(Math.round(((member.leftAt ?? this.ctx.now()) - member.enqueuedAt) / 1000));
    this.ctx.exec.load(
      caller,
      this.ctx.app.resolve(noun.url, attempt.docUrl),
      noun.method,
      { QueueSid: member.queueSid, QueueTime: queueTime, DequeingCallSid: attempt.parent.sid },
      'announce',
    );
  }

  announceEnded(caller: Leg): void {
    const attempt = caller.announcing;
    delete caller.announcing;
    if (attempt === undefined || attempt.settled) return;
    this.bridge(attempt, caller, 'queue');
  }

  /** The dequeued caller hung up or was redirected before the bridge was made. */
  announceAborted(caller: Leg, cause: 'hangup' | 'redirect'): void {
    const attempt = caller.announcing;
    delete caller.announcing;
    if (attempt === undefined || attempt.settled) return;
    this.settle(attempt, { DialCallStatus: 'no-answer', DialCallSid: caller.sid, DialCallDuration: '0' });
    if (cause === 'hangup' && attempt.dequeued !== undefined)
      this.ctx.queues.continueAfterEnqueue(attempt.dequeued, 'hangup');
  }

  private bridge(attempt: DialAttempt, other: Leg, kind: Bridge['kind']): void {
    const dialer = attempt.parent;
    attempt.settled = true;
    delete dialer.dialing;
    const bridge: Bridge = { id: ++this.bridgeIds, dialer, other, kind, attempt, since: this.ctx.now() };
    dialer.bridge = bridge;
    other.bridge = bridge;
    dialer.lastBridgedWith = other.sid;
    other.lastBridgedWith = dialer.sid;
    this.ctx.life.note(dialer, `bridged:${other.sid}`);
    this.ctx.life.note(other, `bridged:${dialer.sid}`);
    this.ctx.narrator.line(`${this.ctx.narrator.who(dialer)} and ${this.ctx.narrator.who(other)} are connected`);
    this.ctx.phones.onBridged(dialer, bridge);
    this.ctx.phones.onBridged(other, bridge);
  }

  /** `*` pressed on a bridged leg: ends the bridge only for the dialing side of a hangupOnStar Dial. */
  star(leg: Leg): void {
    const bridge = leg.bridge;
    if (bridge === undefined || bridge.dialer !== leg || !bridge.attempt.verb.hangupOnStar) return;
    this.endBridge(bridge, { kind: 'star', leg });
  }

  /**
   * A bridge ends. The dialer continues at its Dial action (only informed if it hung up; silent if
   * it was redirected). The other side: a dialed number is hung up; a dequeued caller continues at
   * its Enqueue action with QueueResult=bridged, or, redirected out of the bridge, the action only
   * hears QueueResult=redirected-from-bridged.
   */
  endBridge(bridge: Bridge, cause: BridgeEnd): void {
    const { dialer, other } = bridge;
    if (dialer.bridge !== bridge) return;
    delete dialer.bridge;
    delete other.bridge;
    const seconds = Math.round((this.ctx.now() - bridge.since) / 1000);
    this.ctx.life.note(dialer, `unbridged:${other.sid}`);
    this.ctx.life.note(other, `unbridged:${dialer.sid}`);
    this.ctx.narrator.line(
      `${this.ctx.narrator.who(dialer)} and ${this.ctx.narrator.who(other)} are no longer connected`,
    );
    if (!(cause.kind === 'redirect' && cause.leg === dialer)) {
      this.continueParent(bridge.attempt, {
        DialCallStatus: 'completed',
        DialCallSid: other.sid,
        DialCallDuration: String(seconds),
      });
    }
    if (bridge.kind === 'number') {
      if (cause.leg !== other) this.ctx.life.end(other, 'completed');
      return;
    }
    const member = bridge.attempt.dequeued;
    if (member === undefined) return;
    // The caller redirected out of the bridge runs its new TwiML; its Enqueue action is only informed.
    if (cause.kind === 'redirect' && cause.leg === other) this.ctx.queues.inform(member, 'redirected-from-bridged');
    else this.ctx.queues.continueAfterEnqueue(member, 'bridged');
  }

  private settle(attempt: DialAttempt, params: Params): void {
    attempt.settled = true;
    delete attempt.parent.dialing;
    this.continueParent(attempt, params);
  }

  /** After a Dial: its action URL if any, else the next verb; a parent already gone is only informed. */
  private continueParent(attempt: DialAttempt, params: Params): void {
    const parent = attempt.parent;
    const { action, method } = attempt.verb;
    const url = action === undefined ? undefined : this.ctx.app.resolve(action, attempt.docUrl);
    if (isFinal(parent)) {
      if (url !== undefined) this.ctx.exec.notify(parent, url, method, params);
      return;
    }
    if (url !== undefined) return this.ctx.exec.load(parent, url, method, params, 'main');
    parent.program = attempt.resume;
    this.ctx.exec.scheduleStep(parent);
  }
}

/** One DialCallStatus for several unanswered legs: a ring-out outranks busy, busy outranks failure. */
function aggregate(statuses: CallStatus[]): string {
  if (statuses.includes('no-answer')) return 'no-answer';
  if (statuses.includes('busy')) return 'busy';
  if (statuses.includes('canceled')) return 'canceled';
  return 'failed';
}
