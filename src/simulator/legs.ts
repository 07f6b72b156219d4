/**
 * The state of every call leg the simulator knows, and the small records that tie legs together
 * (a bridge, a dial attempt, a queue membership). Plain data only: behaviour lives in the
 * executor, dial, queue and lifecycle modules, which all read and write these shapes.
 */
import type { CallerScript, CallEvent, CallStatus, Direction, HeardLine, PhoneBehaviour, SimCallRecord } from './types';
import { FINAL_STATUSES } from './types';
import type { DialVerb, EnqueueVerb, GatherVerb, HttpMethod, Verb } from './twiml';
import type { Params } from './app-client';

/** What kind of document a leg is running decides which verbs are allowed and what its end means. */
export type ProgramMode = 'main' | 'wait' | 'screen' | 'announce';

export interface Program {
  mode: ProgramMode;
  /** Public URL of the document: base for relative URLs and the default Gather action. */
  docUrl: string;
  verbs: readonly Verb[];
  index: number;
  /** Repetitions of the current looping Say/Play already done. */
  loopDone: number;
  gather?: { verb: GatherVerb; childIndex: number; loopDone: number };
  startedAt: number;
}

export type Party = { kind: 'caller'; script: CallerScript } | { kind: 'phone'; behaviour: PhoneBehaviour };

export interface StatusCallbackConfig {
  url: string;
  method: HttpMethod;
  events: ReadonlySet<string>;
  sequence: number;
}

export interface QueueMembership {
  queueSid: string;
  queueName: string;
  leg: Leg;
  verb: EnqueueVerb;
  docUrl: string;
  /** Where the caller resumes when there is no Enqueue action. */
  resume: Program;
  enqueuedAt: number;
  /** When the caller left the queue (dequeued, left, hung up): QueueTime stops there. */
  leftAt?: number;
  lastWaitFetchAt?: number;
}

export interface DialAttempt {
  parent: Leg;
  verb: DialVerb;
  docUrl: string;
  resume: Program;
  children: Leg[];
  winner?: Leg;
  /** For <Dial><Queue>: the caller taken from the queue. */
  dequeued?: QueueMembership;
  /** For <Dial><Queue> on an empty queue, while it waits for someone to join: stops the wait. */
  stopWaiting?: () => void;
  settled: boolean;
}

export interface Bridge {
  id: number;
  dialer: Leg;
  other: Leg;
  kind: 'number' | 'queue';
  attempt: DialAttempt;
  since: number;
}

export interface Leg {
  sid: string;
  direction: Direction;
  from: string;
  to: string;
  parentSid?: string;
  status: CallStatus;
  createdAt: number;
  answeredAt?: number;
  endedAt?: number;
  /** Bumped whenever what the leg was doing is abandoned; events of an old epoch are dropped. */
  epoch: number;
  party: Party;
  gathersSeen: number;
  heard: HeardLine[];
  events: CallEvent[];
  pressed: string[];
  program?: Program;
  /** Set while a Gather waits for digits, so a live `press()` can answer it. */
  awaitingInput?: { program: Program; verb: GatherVerb };
  /** REST-created legs: the TwiML to run once answered. */
  outbound?: { url?: string; method: HttpMethod; twiml?: string };
  statusCallback?: StatusCallbackConfig;
  /** Inbound legs: the owned number's status callback for the final status. */
  finalStatusUrl?: string;
  bridge?: Bridge;
  lastBridgedWith?: string;
  queued?: QueueMembership;
  dialing?: DialAttempt;
  dialChild?: DialAttempt;
  /** Dial children with a screening document: where it lives. */
  screen?: { url: string; method: HttpMethod };
  /** A dequeued caller while its Queue `url` document runs. */
  announcing?: DialAttempt;
  /**
   * The provider's call record was deleted through REST: the API no longer knows the sid. The leg
   * itself stays, as what the phones heard stays with the phones.
   */
  recordDeleted?: boolean;
}

export function isFinal(leg: Leg): boolean {
  return FINAL_STATUSES.has(leg.status);
}

export function wasAnswered(leg: Leg): boolean {
  return leg.answeredAt !== undefined;
}

/** Keeps the legs and hands out Twilio-shaped, deterministic sids. */
export class LegRegistry {
  private readonly legs = new Map<string, Leg>();
  private counter = 0;

  constructor(private readonly accountSid: string) {}

  create(init: {
    direction: Direction;
    from: string;
    to: string;
    party: Party;
    now: number;
    status: CallStatus;
    parentSid?: string;
  }): Leg {
    const sid = `CA${(++this.counter).toString(16).padStart(32, '0')}`;
    const leg: Leg = {
      sid,
      direction: init.direction,
      from: init.from,
      to: init.to,
      status: init.status,
      createdAt: init.now,
      epoch: 0,
      party: init.party,
      gathersSeen: 0,
      heard: [],
      events: [],
      pressed: [],
    };
    if (init.parentSid !== undefined) leg.parentSid = init.parentSid;
    this.legs.set(sid, leg);
    return leg;
  }

  get(sid: string): Leg | undefined {
    return this.legs.get(sid);
  }

  all(): Leg[] {
    return [...this.legs.values()];
  }

  /** The parameters Twilio sends on every voice request for this leg. */
  baseParams(leg: Leg): Params {
    const params: Params = {
      CallSid: leg.sid,
      AccountSid: this.accountSid,
      From: leg.from,
      To: leg.to,
      Called: leg.to,
      Caller: leg.from,
      CallStatus: leg.status,
      Direction: leg.direction,
      ApiVersion: '2010-04-01',
    };
    if (leg.parentSid !== undefined) params.ParentCallSid = leg.parentSid;
    return params;
  }

  record(leg: Leg): SimCallRecord {
    const rec: SimCallRecord = {
      sid: leg.sid,
      direction: leg.direction,
      from: leg.from,
      to: leg.to,
      status: leg.status,
      startedAt: leg.createdAt,
    };
    if (leg.parentSid !== undefined) rec.parentCallSid = leg.parentSid;
    if (leg.answeredAt !== undefined) rec.answeredAt = leg.answeredAt;
    if (leg.endedAt !== undefined) rec.endedAt = leg.endedAt;
    return rec;
  }
}

export function durationSeconds(leg: Leg, now: number): number {
  if (leg.answeredAt === undefined) return 0;
  return Math.round(((leg.endedAt ?? now) - leg.answeredAt) / 1000);
}
