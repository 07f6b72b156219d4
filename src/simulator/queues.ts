/**
 * Named call queues as the provider keeps them: <Enqueue> puts a caller in line, the waitUrl
 * document is requested and re-requested for as long as they wait, <Leave> takes them out, and
 * the Enqueue action hears how the wait ended (QueueResult leave | hangup | bridged).
 */
import type { Params } from './app-client';
import type { SimContext } from './context';
import type { Leg, Program, QueueMembership } from './legs';
import { isFinal } from './legs';
import type { EnqueueVerb } from './twiml';

/** Twilio's default maximum queue size. */
const MAX_QUEUE_SIZE = 1000;
/** A wait document that takes no time is not re-requested more than once a virtual second. */
const MIN_WAIT_PERIOD_MS = 1000;

interface SimQueue {
  sid: string;
  name: string;
  members: QueueMembership[];
}

export type QueueResult = 'leave' | 'hangup' | 'bridged';

export class QueueController {
  private readonly queues = new Map<string, SimQueue>();
  private counter = 0;

  constructor(private readonly ctx: SimContext) {}

  enqueue(leg: Leg, verb: EnqueueVerb, resume: Program): void {
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
    this.ctx.narrator.line(`${this.ctx.narrator.who(leg)} waits in queue "${queue.name}" (position ${queue.members.length})`);
    if (verb.waitUrl !== undefined) this.fetchWait(member);
  }

  /** The wait document ran to its end: request waitUrl again, as the provider does. */
  waitDocumentEnded(leg: Leg): void {
    const member = leg.queued;
    if (member === undefined) return this.ctx.life.end(leg, 'completed');
    const earliest = (member.lastWaitFetchAt ?? this.ctx.now()) + MIN_WAIT_PERIOD_MS;
    this.ctx.scheduler.at(Math.max(this.ctx.now(), earliest), 'request waitUrl again', () => this.fetchWait(member), this.ctx.life.guard(leg));
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
    const member = this.queues.get(name)?.members[0];
    if (member !== undefined) this.remove(member);
    return member;
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
    const left = member.leftAt ?? this.ctx.now();
    const params: Params = { QueueResult: result, QueueSid: member.queueSid, QueueTime: String(Math.round((left - member.enqueuedAt) / 1000)) };
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

  private fetchWait(member: QueueMembership): void {
    const waitUrl = member.verb.waitUrl;
    if (waitUrl === undefined || member.leg.queued !== member) return;
    member.lastWaitFetchAt = this.ctx.now();
    this.ctx.exec.load(member.leg, this.ctx.app.resolve(waitUrl, member.docUrl), member.verb.waitUrlMethod, this.waitParams(member), 'wait');
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
      MaxQueueSize: String(MAX_QUEUE_SIZE),
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
