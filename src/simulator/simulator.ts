/**
 * ProviderSimulator: the public face of the in-repo phone provider. It owns numbers, plays
 * people's phones, serves the REST API, and drives everything on virtual time — the shared
 * ManualClock moves only when `runUntilIdle`/`advance` process events, one at a time.
 */
import type { Params } from './app-client';
import { Engine } from './context';
import type { OwnedNumber } from './executor';
import type { Leg } from './legs';
import { isFinal } from './legs';
import { MessagesRest } from './messages-rest';
import { NumbersRest, type SimNumber } from './numbers-rest';
import { DEFAULT_SMS_RETRY, Messaging } from './messaging';
import { DEFAULT_MAX_QUEUE_SIZE, type EnqueueFault } from './queues';
import { CallsBackend } from './outbound';
import { RestServer, type HangUpFault } from './rest-server';
import { SimCall } from './sim-call';
import type { CallControls } from './sim-call';
import { SimPhone } from './sim-phone';
import type {
  CallerScript,
  InboxText,
  OwnedNumberConfig,
  PhoneBehaviour,
  PhoneLogEntry,
  RunResult,
  SimCallRecord,
  SimError,
  SimMessageRecord,
  SimulatorOptions,
  WebhookAttempt,
  WebhookResult,
} from './types';

const DEFAULT_MAX_VIRTUAL_SECONDS = 600;
const DEFAULT_MAX_STEPS = 20_000;
/** Where Kith serves its messaging webhook, so scenario tests need not configure it. */
export const DEFAULT_SMS_PATH = '/webhooks/twilio/sms';

export interface RunOptions {
  maxVirtualSeconds?: number;
  maxSteps?: number;
}

export class ProviderSimulator {
  private readonly engine: Engine;
  private readonly owned = new Map<string, OwnedNumber & { statusCallbackUrl?: string; smsUrl: string }>();
  private readonly messaging: Messaging;
  private readonly numbers: NumbersRest;
  private readonly rest: RestServer;
  private readonly controls: CallControls;
  private baseUrl: string | undefined;
  private running = false;
  private beforeEvent: (() => Promise<void>) | undefined;
  private readonly hangUpFaults: HangUpFault[] = [];
  private stall: Promise<void> | undefined;
  /** Hang-up requests (a call's Status set to completed or canceled) received through REST, faults included. */
  hangUpRequests = 0;

  constructor(private readonly opts: SimulatorOptions) {
    this.engine = new Engine({
      clock: opts.clock,
      accountSid: opts.accountSid,
      signingKey: opts.signingKey ?? opts.authToken,
      portInSignature: opts.portInSignature ?? 'as-configured',
      queueMaxSize: opts.queueMaxSize ?? DEFAULT_MAX_QUEUE_SIZE,
      publicBaseUrl: opts.publicBaseUrl,
      appBaseUrl: opts.appBaseUrl,
      httpTimeoutMs: opts.httpTimeoutMs ?? 5000,
      log: opts.log,
    });
    const engine = this.engine;
    this.messaging = new Messaging(engine, {
      accountSid: opts.accountSid,
      retry: opts.smsRetry ?? DEFAULT_SMS_RETRY,
      smsUrlFor: (n) => this.owned.get(n)?.smsUrl,
      ownedNumbers: () => [...this.owned.keys()],
      mediaBase: () => this.baseUrl ?? 'http://127.0.0.1',
      deliveryReceipts: opts.deliveryReceipts ?? true,
      concurrentTextWebhooks: opts.concurrentTextWebhooks ?? false,
    });
    this.numbers = new NumbersRest(
      opts.accountSid,
      opts.authToken,
      () => engine.now(),
      (number) => this.follow(number),
    );
    this.rest = new RestServer({
      accountSid: opts.accountSid,
      authToken: opts.authToken,
      backend: new CallsBackend(engine, (n) => this.owned.has(n)),
      deleteQueue: (sid) => engine.queues.deleteBySid(sid),
      findCall: (sid) => {
        const leg = engine.legs.get(sid);
        return leg?.recordDeleted ? undefined : leg;
      },
      deleteCall: (leg) => {
        if (!isFinal(leg)) return 'in-progress';
        leg.recordDeleted = true;
        return 'deleted';
      },
      messages: new MessagesRest(
        this.messaging,
        opts.accountSid,
        (n) => this.owned.has(n),
        () => [...this.owned.keys()],
        () => engine.now(),
        opts.deleteRefusedForSeconds ?? 0,
        opts.messageRedaction ?? true,
        opts.provider ?? 'twilio',
      ),
      numbers: this.numbers,
      now: () => engine.now(),
      onBadRequest: (message) => engine.error('rest', message),
      hangUpFault: () => {
        this.hangUpRequests += 1;
        return this.hangUpFaults.shift() ?? (this.stall ? { kind: 'stall', until: this.stall } : undefined);
      },
    });
    this.controls = {
      hangUp: (leg) => engine.life.hangUp(leg),
      press: (leg, digits) => this.press(leg, digits),
    };
  }

  /** Starts the REST API on 127.0.0.1 (random port). */
  async start(): Promise<void> {
    if (this.baseUrl === undefined) this.baseUrl = await this.rest.start();
  }

  async stop(): Promise<void> {
    await this.rest.stop();
    this.baseUrl = undefined;
  }

  /**
   * Deliver to a different local app address from now on. The app usually needs `apiBaseUrl`
   * before it can start, and only then knows its own port; a restarted app may move too.
   */
  connectApp(appBaseUrl: string): void {
    this.engine.app.connect(appBaseUrl);
  }

  /** The app's REST base (paths are /2010-04-01/Accounts/{AccountSid}/Calls.json …). */
  get apiBaseUrl(): string {
    if (this.baseUrl === undefined) throw new Error('ProviderSimulator.start() has not been called');
    return this.baseUrl;
  }

  get errors(): readonly SimError[] {
    return this.engine.errors;
  }

  /** Queues that still exist at the "provider" (they persist until deleted through the REST API). */
  get queueNames(): string[] {
    return this.engine.queues.names();
  }

  /** Every leg the simulator has run, oldest first, whether or not its record was deleted since. */
  get calls(): readonly SimCallRecord[] {
    return this.engine.legs.all().map((leg) => this.engine.legs.record(leg));
  }

  /** The call records the provider still holds (each has a number); REST DELETE removes a completed one. */
  get callRecords(): SimCallRecord[] {
    return this.engine.legs
      .all()
      .filter((leg) => leg.recordDeleted !== true)
      .map((leg) => this.engine.legs.record(leg));
  }

  /**
   * The provider refuses the next `count` <Enqueue>s instead of holding the caller: `queue-full` (the
   * queue is at its MaxSize) or `system-error` (Twilio's own fault, e.g. a caller hanging up while
   * being enqueued). The Enqueue action hears the QueueResult.
   */
  failNextEnqueue(fault: EnqueueFault, count = 1): void {
    this.engine.queues.failNextEnqueue(fault, count);
  }

  /**
   * The next `count` requests the provider makes to `path` fail with HTTP `status` before reaching the
   * app, as behind a failing proxy or during a restart: e.g. the hold queue's waitUrl answering 500.
   */
  failNextRequest(path: string, status = 500, count = 1): void {
    for (let i = 0; i < count; i++) this.engine.app.failNext(path, status);
  }

  /** The next `count` hang-ups through REST fail with HTTP `status` (the provider's passing fault). */
  failNextHangUps(count = 1, status = 500): void {
    for (let i = 0; i < count; i++) this.hangUpFaults.push({ kind: 'fail', status });
  }

  /**
   * Every hang-up through REST from now on waits, unanswered, until the returned function is called:
   * a provider that is slow to answer. Shows whether the app makes anyone wait on its hang-ups.
   */
  stallHangUps(): () => void {
    let release = () => {};
    this.stall = new Promise<void>((resolve) => {
      release = resolve;
    });
    return () => {
      this.stall = undefined;
      release();
    };
  }

  /**
   * Awaited before each event is processed: lets an in-process app finish the provider requests it
   * made in the background (a REST request takes no virtual time, as a webhook does not), so what
   * happens next does not depend on how fast the machine is.
   */
  awaitBeforeEachEvent(settle: () => Promise<void>): void {
    this.beforeEvent = settle;
  }

  /** A number the app owns; URLs may be paths (resolved against publicBaseUrl) or absolute. */
  ownNumber(number: string, config: OwnedNumberConfig): void {
    const entry: OwnedNumber & { statusCallbackUrl?: string; smsUrl: string } = {
      voiceUrl: this.engine.app.configured(config.voiceUrl),
      smsUrl: this.engine.app.configured(config.smsUrl ?? DEFAULT_SMS_PATH),
    };
    if (config.fallbackUrl !== undefined) entry.fallbackUrl = this.engine.app.configured(config.fallbackUrl);
    if (config.statusCallbackUrl !== undefined)
      entry.statusCallbackUrl = this.engine.app.configured(config.statusCallbackUrl);
    this.owned.set(number, entry);
    this.numbers.own(number, {
      voiceUrl: entry.voiceUrl,
      statusCallback: entry.statusCallbackUrl ?? '',
      voiceFallbackUrl: entry.fallbackUrl ?? '',
      smsUrl: entry.smsUrl,
    });
  }

  /** A number's settings were changed through the REST API: calls and texts follow them from now on. */
  private follow(number: SimNumber): void {
    const entry: OwnedNumber & { statusCallbackUrl?: string; smsUrl: string } = {
      voiceUrl: number.voiceUrl,
      smsUrl: number.smsUrl,
    };
    if (number.voiceFallbackUrl !== '') entry.fallbackUrl = number.voiceFallbackUrl;
    if (number.statusCallback !== '') entry.statusCallbackUrl = number.statusCallback;
    this.owned.set(number.phoneNumber, entry);
  }

  /**
   * An outside phone. With a behaviour, sets how it answers calls placed from now on (and an
   * `unreachable` phone gets no texts either); without, leaves that alone. Either way returns
   * the phone's texting handle: `text(body)` to the line, `inbox` of what it received.
   */
  phone(number: string, behaviour?: PhoneBehaviour): SimPhone {
    if (behaviour !== undefined) this.engine.phones.set(number, behaviour);
    return new SimPhone(number, this.messaging);
  }

  /** Every text the provider still holds (inbound and outbound), oldest first; REST DELETE removes one. */
  get messages(): SimMessageRecord[] {
    return this.messaging.all();
  }

  /** Every try at delivering an inbound text to the app, in order (retries keep the MessageSid). */
  get smsAttempts(): readonly WebhookAttempt[] {
    return this.messaging.attempts;
  }

  /** The texts an outside phone received, oldest first (same as `phone(number).inbox`). */
  inbox(number: string): readonly InboxText[] {
    return this.messaging.inbox(number);
  }

  /** An inbound call from an outside number to an owned number. */
  placeCall(call: { from: string; to: string; caller?: CallerScript }): SimCall {
    const owned = this.owned.get(call.to);
    if (owned === undefined) throw new Error(`placeCall: ${call.to} is not an owned number`);
    const engine = this.engine;
    const leg = engine.legs.create({
      direction: 'inbound',
      from: call.from,
      to: call.to,
      party: { kind: 'caller', script: call.caller ?? {} },
      now: engine.now(),
      status: 'ringing',
    });
    if (owned.statusCallbackUrl !== undefined) {
      leg.statusCallback = {
        url: owned.statusCallbackUrl,
        method: 'POST',
        events: new Set(['completed']),
        sequence: 0,
      };
    }
    engine.life.note(leg, 'ringing');
    engine.narrator.line(`the caller rings the line`);
    engine.phones.scheduleCallerHangup(leg);
    engine.exec.startInbound(leg, owned);
    return new SimCall(leg, this.controls);
  }

  /** A handle on any leg, e.g. one the app created through REST. */
  call(sid: string): SimCall | undefined {
    const leg = this.engine.legs.get(sid);
    return leg === undefined ? undefined : new SimCall(leg, this.controls);
  }

  /** The legs an outside phone received, oldest first: what the person saw, heard and pressed. */
  phoneLog(number: string): PhoneLogEntry[] {
    return this.engine.legs
      .all()
      .filter((leg) => leg.direction !== 'inbound' && leg.to === number)
      .map((leg) => {
        const entry: PhoneLogEntry = {
          sid: leg.sid,
          shownCallerId: leg.from,
          heard: leg.heard,
          pressed: leg.pressed,
          status: leg.status,
        };
        if (leg.lastBridgedWith !== undefined) entry.bridgedWith = leg.lastBridgedWith;
        return entry;
      });
  }

  /** Process events in virtual-time order until nothing is pending, or a cap is reached. */
  async runUntilIdle(options: RunOptions = {}): Promise<RunResult> {
    const limit = this.engine.now() + Math.round((options.maxVirtualSeconds ?? DEFAULT_MAX_VIRTUAL_SECONDS) * 1000);
    return this.run(limit, options.maxSteps ?? DEFAULT_MAX_STEPS, false);
  }

  /** Process events up to now + seconds, then leave the clock there. */
  async advance(seconds: number, options: { maxSteps?: number } = {}): Promise<RunResult> {
    return this.run(this.engine.now() + Math.round(seconds * 1000), options.maxSteps ?? DEFAULT_MAX_STEPS, true);
  }

  /** A correctly signed POST straight to the app (path or absolute URL). */
  async sendSignedWebhook(path: string, params: Params): Promise<WebhookResult> {
    return toResult(await this.engine.app.request(this.engine.app.configured(path), 'POST', params));
  }

  /** A POST with exactly the headers given (no signature unless you add one). */
  async sendWebhook(path: string, params: Params, headers: Record<string, string> = {}): Promise<WebhookResult> {
    const all = { 'Content-Type': 'application/x-www-form-urlencoded', ...headers };
    return toResult(
      await this.engine.app.send(this.engine.app.configured(path), 'POST', all, new URLSearchParams(params).toString()),
    );
  }

  private press(leg: Leg, digits: string): void {
    if (isFinal(leg) || digits === '') return;
    if (leg.awaitingInput !== undefined) return this.engine.exec.typed(leg, digits);
    leg.pressed.push(digits);
    this.engine.life.note(leg, `pressed:${digits}`);
    if (digits.includes('*')) this.engine.dial.star(leg);
  }

  private async run(limit: number, maxSteps: number, moveClockToLimit: boolean): Promise<RunResult> {
    if (this.running) throw new Error('the simulator is already running events');
    this.running = true;
    const { scheduler } = this.engine;
    let steps = 0;
    try {
      for (;;) {
        if (this.beforeEvent !== undefined) await this.beforeEvent();
        const next = scheduler.peek();
        if (next === undefined) {
          if (moveClockToLimit && limit > this.engine.now()) this.opts.clock.set(limit);
          return { reason: 'idle', steps };
        }
        if (next.at > limit) {
          this.opts.clock.set(limit);
          return { reason: 'time-cap', steps };
        }
        if (steps >= maxSteps) {
          this.engine.error('runaway', `stopped after ${steps} events without going idle (last: ${next.label})`);
          return { reason: 'step-cap', steps };
        }
        try {
          await scheduler.runHead();
        } catch (err) {
          this.engine.error(
            'internal',
            `event "${next.label}" failed: ${err instanceof Error ? err.message : String(err)}`,
          );
        }
        steps++;
      }
    } finally {
      this.running = false;
    }
  }
}

function toResult(outcome: Awaited<ReturnType<Engine['app']['send']>>): WebhookResult {
  if (outcome.kind === 'ok' || outcome.kind === 'http-error') return { status: outcome.status, body: outcome.body };
  throw new Error(outcome.kind === 'timeout' ? 'the app did not answer in time' : outcome.message);
}
