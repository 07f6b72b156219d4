/**
 * Named call queues as the provider keeps them: <Enqueue> puts a caller in line (or refuses: a full
 * queue), the waitUrl document is requested and re-requested for as long as they wait, <Leave> takes
 * them out, a <Dial><Queue> waiting on an empty queue takes the next to join, and the Enqueue action
 * hears how the wait ended, with Twilio's QueueResult values.
 */
import type { Params } from './app-client';
import type { SimContext } from './context';
import type { Leg, Program, QueueMembership } from './legs';
import { isFinal } from './legs';
import type { EnqueueVerb } from './twiml';

/** Twilio's default maximum queue size (the Queue resource's MaxSize; 5000 at most). */
export const DEFAULT_MAX_QUEUE_SIZE = 1000;
/** A wait document that takes no time is not re-requested more than once a virtual second. */
const MIN_WAIT_PERIOD_MS = 1000;

interface SimQueue {
  sid: string;
  name: string;
  members: QueueMembership[];
}

/**
 * Twilio's documented values. `bridging-in-process` is documented ("Twilio has been instructed to
 * bridge the enqueued party") but not when it is posted, so the simulator never sends it.
 */
export type QueueResult =
  | 'bridged'
  | 'bridging-in-process'
  | 'error'
  | 'hangup'
  | 'leave'
  | 'redirected'
  | 'redirected-from-bridged'
  | 'queue-full'
  | 'system-error';

/** What the provider does instead of holding a caller, when a test asks for it (see `failNextEnqueue`). */
export type EnqueueFault = 'queue-full' | 'system-error';

/** A <Dial><Queue> waiting on an empty queue: handed the next caller to join it. */
export type QueueWaiter = (member: QueueMembership) => void;

export class QueueController {
  private readonly queues = new Map<string, SimQueue>();
  private readonly waiters = new Map<string, QueueWaiter[]>();
  private readonly faults: EnqueueFault[] = [];
  private counter = 0;

  constructor(
    private readonly ctx: SimContext,
    private readonly maxSize = DEFAULT_MAX_QUEUE_SIZE,
  ) {}

  /** The next `count` <Enqueue>s are refused this way (a full queue, or the provider's own fault). */
  failNextEnqueue(fault: EnqueueFault, count: number): void {
    for (let i = 0; i < count; i++) this.faults.push(fault);
  }

  enqueue(leg: Leg, verb: EnqueueVerb, resume: Program): void {
    const full = (this.queues.get(verb.queue)?.members.length ?? 0) >= this.maxSize;
    const fault = this.faults.shift() ?? (full ? 'queue-full' : undefined);
    if (fault !== undefined) return this.refuse(leg, verb, resume, fault);
    const queue = this.queueNamed(verb.queue);
    const member: QueueMembership = {
      queueSid: queue.sid,
      queueName: queue.name,
      leg,
      verb,
      docUrl: resume.docUrl,
      resume,
      enqueuedAt: this.ctx.now(),
    };
    queue.members.push(member);
    leg.queued = member;
    this.ctx.life.note(leg, 'enqueued');
    this.ctx.narrator.line(
      `${this.ctx.narrator.who(leg)} waits in queue "${queue.name}" (position ${queue.members.length})`,
    );
    const waiter = this.waiters.get(queue.name)?.shift();
    if (waiter !== undefined) return waiter(this.takeFront(queue.name) ?? member);
    if (verb.waitUrl !== undefined) this.fetchWait(member);
  }

  /** Refused before it was ever in line: the action hears why, with no QueueSid or QueueTime. */
  private refuse(leg: Leg, verb: EnqueueVerb, resume: Program, fault: EnqueueFault): void {
    this.ctx.narrator.line(`${this.ctx.narrator.who(leg)} could not be put in queue "${verb.queue}" (${fault})`);
    const member: QueueMembership = {
      queueSid: '',
      queueName: verb.queue,
      leg,
      verb,
      docUrl: resume.docUrl,
      resume,
      enqueuedAt: this.ctx.now(),
      leftAt: this.ctx.now(),
    };
    this.continueAfterEnqueue(member, fault);
  }

  /**
   * <Dial><Queue>: on an empty queue the provider waits for the next caller to join (up to the Dial's
   * timeout); `cancel` withdraws the wait. Undefined when the queue does not exist at all.
   */
  waitForMember(name: string, waiter: QueueWaiter): { cancel: () => void } | undefined {
    if (!this.queues.has(name)) return undefined;
    const list = this.waiters.get(name) ?? [];
    list.push(waiter);
    this.waiters.set(name, list);
    return {
      cancel: () =>
        this.waiters.set(
          name,
          (this.waiters.get(name) ?? []).filter((w) => w !== waiter),
        ),
    };
  }

  /** Whether a queue of this name exists (made by an <Enqueue>, until deleted through REST). */
  exists(name: string): boolean {
    return this.queues.has(name);
  }

  /** The wait document ran to its end: request waitUrl again, as the provider does. */
  waitDocumentEnded(leg: Leg): void {
    const member = leg.queued;
    if (member === undefined) return this.ctx.life.end(leg, 'completed');
    const earliest = (member.lastWaitFetchAt ?? this.ctx.now()) + MIN_WAIT_PERIOD_MS;
    this.ctx.scheduler.at(
      Math.max(this.ctx.now(), earliest),
      'request waitUrl again',
      () => this.fetchWait(member),
      this.ctx.life.guard(leg),
    );
  }

  /** <Leave> in the wait document. */
  leave(leg: Leg): void {
    const member = leg.queued;
    if (member === undefined) {
      this.ctx.error('unsupported-verb', '<Leave> executed by a call that is not in a queue', leg);
      return this.ctx.life.end(leg, 'completed');
    }
    this.ctx.life.interrupt(leg);
    this.remove(member);
    this.continueAfterEnqueue(member, 'leave');
  }

  /** <Dial><Queue>: the front member leaves the queue; undefined when the queue is empty. */
  dequeueFront(name: string): QueueMembership | undefined {
    return this.takeFront(name);
  }

  private takeFront(name: string): QueueMembership | undefined {
    const member = this.queues.get(name)?.members[0];
    if (member !== undefined) this.remove(member);
    return member;
  }

  /** A REST redirect took the caller out of line: the action is only informed (`redirected`). */
  redirectedOut(member: QueueMembership): void {
    this.remove(member);
    this.inform(member, 'redirected');
  }

  /** Tells the Enqueue action how the wait ended without running its reply: the call runs other TwiML. */
  inform(member: QueueMembership, result: QueueResult): void {
    if (member.verb.action === undefined) return;
    this.ctx.exec.notify(
      member.leg,
      this.ctx.app.resolve(member.verb.action, member.docUrl),
      member.verb.method,
      this.actionParams(member, result),
    );
  }

  remove(member: QueueMembership): void {
    const queue = this.queues.get(member.queueName);
    if (queue !== undefined) queue.members = queue.members.filter((m) => m !== member);
    delete member.leg.queued;
    member.leftAt = this.ctx.now();
    this.ctx.life.note(member.leg, 'left-queue');
  }

  memberHungUp(leg: Leg): void {
    const member = leg.queued;
    if (member === undefined) return;
    this.remove(member);
    this.continueAfterEnqueue(member, 'hangup');
  }

  /** Leaving the queue: the Enqueue action if any (only informed if the caller is gone), else the next verb. */
  continueAfterEnqueue(member: QueueMembership, result: QueueResult): void {
    const leg = member.leg;
    const params = this.actionParams(member, result);
    const url = member.verb.action === undefined ? undefined : this.ctx.app.resolve(member.verb.action, member.docUrl);
    if (isFinal(leg)) {
      if (url !== undefined) this.ctx.exec.notify(leg, url, member.verb.method, params);
      return;
    }
    this.ctx.narrator.line(`${this.ctx.narrator.who(leg)} continues after the queue (${result})`);
    if (url !== undefined) return this.ctx.exec.load(leg, url, member.verb.method, params, 'main');
    leg.program = member.resume;
    this.ctx.exec.scheduleStep(leg);
  }

  private actionParams(member: QueueMembership, result: QueueResult): Params {
    // A caller refused at the door was never in a queue: SignalWire documents QueueSid and QueueTime as
    // sent only for a call that was placed in one.
    if (member.queueSid === '') return { QueueResult: result };
    const left = member.leftAt ?? this.ctx.now();
    return {
      QueueResult: result,
      QueueSid: member.queueSid,
      QueueTime: String(Math.round((left - member.enqueuedAt) / 1000)),
    };
  }

  /**
   * The wait document could not be had (the app answered an error, timed out, or sent broken TwiML):
   * Twilio takes the caller out of the queue and posts QueueResult=error to the Enqueue action.
   */
  private fetchWait(member: QueueMembership): void {
    const waitUrl = member.verb.waitUrl;
    if (waitUrl === undefined || member.leg.queued !== member) return;
    member.lastWaitFetchAt = this.ctx.now();
    this.ctx.exec.load(
      member.leg,
      this.ctx.app.resolve(waitUrl, member.docUrl),
      member.verb.waitUrlMethod,
      this.waitParams(member),
      'wait',
      () => {
        if (member.leg.queued !== member) return;
        this.ctx.life.interrupt(member.leg);
        this.remove(member);
        this.continueAfterEnqueue(member, 'error');
      },
    );
  }

  private waitParams(member: QueueMembership): Params {
    const queue = this.queues.get(member.queueName);
    const members = queue?.members ?? [];
    const now = this.ctx.now();
    const waits = members.map((m) => (now - m.enqueuedAt) / 1000);
    const avg = waits.length === 0 ? 0 : waits.reduce((a, b) => a + b, 0) / waits.length;
    return {
      QueuePosition: String(members.indexOf(member) + 1),
      QueueSid: member.queueSid,
      QueueTime: String(Math.round((now - member.enqueuedAt) / 1000)),
      AvgQueueTime: String(Math.round(avg)),
      CurrentQueueSize: String(members.length),
      MaxQueueSize: String(this.maxSize),
    };
  }

  private queueNamed(name: string): SimQueue {
    let queue = this.queues.get(name);
    if (queue === undefined) {
      queue = { sid: `QU${(++this.counter).toString(16).padStart(32, '0')}`, name, members: [] };
      this.queues.set(name, queue);
    }
    return queue;
  }

  /** REST "remove an empty queue": queues persist at the provider until someone deletes them. */
  deleteBySid(sid: string): 'deleted' | 'not-empty' | 'missing' {
    for (const [name, queue] of this.queues) {
      if (queue.sid !== sid) continue;
      if (queue.members.length > 0) return 'not-empty';
      this.queues.delete(name);
      return 'deleted';
    }
    return 'missing';
  }

  /** Names of the queues that still exist (for tests). */
  names(): string[] {
    return [...this.queues.keys()];
  }

  /** Current members of a queue, front first (for tests and the REST layer). */
  membersOf(name: string): readonly Leg[] {
    return (this.queues.get(name)?.members ?? []).map((m) => m.leg);
  }
}
