/**
 * The engine's shared context: one object through which the executor, dial, queue, phone,
 * lifecycle and status modules reach each other. Each module receives it at construction and
 * only uses it later, so the mutual references need no particular construction order.
 */
import type { ManualClock } from '../platform/clock';
import { AppClient } from './app-client';
import { WebhookSigner, type PortInSignature } from './signing';
import { DialController } from './dial';
import { Executor } from './executor';
import type { Leg } from './legs';
import { LegRegistry } from './legs';
import { Lifecycle } from './lifecycle';
import { Narrator } from './narrative';
import { PhoneNetwork } from './phones';
import { QueueController } from './queues';
import { Scheduler } from './scheduler';
import { StatusReporter } from './status-callbacks';
import type { SimError, SimErrorKind } from './types';

export interface SimContext {
  readonly scheduler: Scheduler;
  readonly app: AppClient;
  readonly legs: LegRegistry;
  readonly narrator: Narrator;
  readonly exec: Executor;
  readonly dial: DialController;
  readonly queues: QueueController;
  readonly phones: PhoneNetwork;
  readonly life: Lifecycle;
  readonly status: StatusReporter;
  readonly publicBaseUrl: string;
  now(): number;
  error(kind: SimErrorKind, message: string, leg?: Leg, url?: string): void;
}

export interface EngineOptions {
  clock: ManualClock;
  accountSid: string;
  signingKey: string;
  portInSignature: PortInSignature;
  queueMaxSize: number;
  publicBaseUrl: string;
  appBaseUrl: string;
  httpTimeoutMs: number;
  log: ((line: string) => void) | undefined;
}

export class Engine implements SimContext {
  readonly scheduler: Scheduler;
  readonly app: AppClient;
  readonly legs: LegRegistry;
  readonly narrator: Narrator;
  readonly exec: Executor;
  readonly dial: DialController;
  readonly queues: QueueController;
  readonly phones: PhoneNetwork;
  readonly life: Lifecycle;
  readonly status: StatusReporter;
  readonly publicBaseUrl: string;
  readonly errors: SimError[] = [];

  constructor(private readonly opts: EngineOptions) {
    this.publicBaseUrl = opts.publicBaseUrl.replace(/\/+$/, '');
    this.scheduler = new Scheduler(opts.clock);
    this.app = new AppClient(
      new WebhookSigner(opts.signingKey, opts.portInSignature),
      opts.publicBaseUrl,
      opts.appBaseUrl,
      opts.httpTimeoutMs,
    );
    this.legs = new LegRegistry(opts.accountSid);
    this.narrator = new Narrator(() => opts.clock.now(), opts.clock.now(), opts.log);
    this.exec = new Executor(this);
    this.dial = new DialController(this);
    this.queues = new QueueController(this, opts.queueMaxSize);
    this.phones = new PhoneNetwork(this);
    this.life = new Lifecycle(this);
    this.status = new StatusReporter(this);
  }

  now(): number {
    return this.opts.clock.now();
  }

  error(kind: SimErrorKind, message: string, leg?: Leg, url?: string): void {
    const err: SimError = { at: this.now(), kind, message };
    if (leg !== undefined) err.callSid = leg.sid;
    if (url !== undefined) err.url = url;
    this.errors.push(err);
    this.narrator.line(`app error (${kind}): ${message}`);
  }
}
