/**
 * Texting, as the provider does it: inbound texts become signed messaging webhooks (retried with
 * the same MessageSid when the app fails, as a provider retries, so idempotency can be proven);
 * <Message> replies and REST sends become texts delivered to simulated phones on virtual time,
 * with status callbacks. The provider's copy of every message is held here until deleted through
 * REST, because erasure tests need to see what the provider still keeps.
 *
 * Nothing here prints a body or a number: narration names no one, and recorded errors carry sids.
 */
import type { Params } from './app-client';
import { describeFailure } from './app-client';
import type { SimContext } from './context';
import { numSegments } from './sms-segments';
import { parseMessagingTwiml } from './sms-twiml';
import { rfc2822 } from './status-callbacks';
import type {
  AddressRetention,
  ContentRetention,
  InboxText,
  MessageDirection,
  RetryPolicy,
  SimMessageRecord,
  TextOptions,
  WebhookAttempt,
} from './types';

export const API_VERSION = '2010-04-01';
/** Twilio's "Unreachable destination handset". */
const UNREACHABLE_HANDSET = 30003;
const SEND_SECONDS = 1;
const DELIVER_SECONDS = 1;

export const DEFAULT_SMS_RETRY: RetryPolicy = { retries: 3, backoffSeconds: [5, 30, 120] };

export interface MessagingOptions {
  accountSid: string;
  retry: RetryPolicy;
  /** The owned number's messaging webhook (public URL), or undefined when the number isn't owned. */
  smsUrlFor: (number: string) => string | undefined;
  ownedNumbers: () => string[];
  /** Base for MediaUrlN: the simulator's own REST address, so nothing ever points off this machine. */
  mediaBase: () => string;
  /** Whether carriers report delivery (see `SimulatorOptions.deliveryReceipts`). */
  deliveryReceipts: boolean;
  /** Inbound texts' webhooks overlap instead of taking turns (see `SimulatorOptions.concurrentTextWebhooks`). */
  concurrentTextWebhooks: boolean;
}

interface Held extends SimMessageRecord {
  statusCallback?: string;
}

export interface OutboundInit {
  direction: Exclude<MessageDirection, 'inbound'>;
  from: string;
  to: string;
  body: string;
  numMedia: number;
  statusCallback?: string;
  messagingServiceSid?: string;
  contentRetention?: ContentRetention;
  addressRetention?: AddressRetention;
}

export class Messaging {
  private readonly held = new Map<string, Held>();
  private readonly inboxes = new Map<string, InboxText[]>();
  private readonly attemptLog: WebhookAttempt[] = [];
  private counter = 0;

  constructor(
    private readonly ctx: SimContext,
    private readonly opts: MessagingOptions,
  ) {}

  /** Twilio-shaped and deterministic: SM (or MM for a text with pictures, as Twilio does) + 32 hex. */
  private nextSid(prefix: string): string {
    return `${prefix}${(++this.counter).toString(16).padStart(32, '0')}`;
  }

  /** A person texts an owned number; the webhook goes out as the next event. Returns the MessageSid. */
  receive(from: string, body: string, options: TextOptions = {}): string {
    const to = options.to ?? this.soleOwnedNumber();
    const url = this.opts.smsUrlFor(to);
    if (url === undefined) throw new Error('text: the number texted is not an owned number');
    const mediaTypes =
      typeof options.media === 'number'
        ? Array.from({ length: options.media }, () => 'image/jpeg')
        : [...(options.media ?? [])];
    const sid = this.nextSid(mediaTypes.length > 0 ? 'MM' : 'SM');
    const record: Held = {
      sid,
      direction: 'inbound',
      from,
      to,
      body,
      numSegments: numSegments(body),
      numMedia: mediaTypes.length,
      status: 'received',
      createdAt: this.ctx.now(),
    };
    this.held.set(sid, record);
    // Built once: every retry carries exactly the same parameters, MessageSid included.
    const params: Params = {
      MessageSid: sid,
      SmsSid: sid,
      SmsMessageSid: sid,
      AccountSid: this.opts.accountSid,
      From: from,
      To: to,
      Body: body,
      NumMedia: String(mediaTypes.length),
      NumSegments: String(record.numSegments),
      SmsStatus: 'received',
      ApiVersion: API_VERSION,
    };
    mediaTypes.forEach((type, i) => {
      params[`MediaContentType${i}`] = type;
      params[`MediaUrl${i}`] =
        `${this.opts.mediaBase()}/${API_VERSION}/Accounts/${this.opts.accountSid}/Messages/${sid}/Media/ME${(i + 1).toString(16).padStart(32, '0')}`;
    });
    this.ctx.narrator.line(
      mediaTypes.length > 0 ? 'a text with pictures arrives at the line' : 'a text arrives at the line',
    );
    this.ctx.scheduler.at(this.ctx.now(), 'inbound text webhook', () => this.firstAttempt(record, url, params));
    return sid;
  }

  private soleOwnedNumber(): string {
    const owned = this.opts.ownedNumbers();
    if (owned.length !== 1 || owned[0] === undefined)
      throw new Error('text: say which owned number is texted ({ to }) when the simulator owns several or none');
    return owned[0];
  }

  /** In turn with every other event; or, when webhooks overlap, started and left to run (retries still in turn). */
  private async firstAttempt(record: Held, url: string, params: Params): Promise<void> {
    const first = this.attempt(record, url, params, 1);
    if (!this.opts.concurrentTextWebhooks) return first;
    this.inFlight += 1;
    void first
      .catch((error: unknown) =>
        this.ctx.error('fetch-failed', `messaging webhook for ${record.sid}: ${String(error)}`, undefined, url),
      )
      .finally(() => (this.inFlight -= 1));
  }

  /** Overlapping first attempts not yet answered (always 0 unless webhooks overlap). */
  inFlight = 0;

  private async attempt(record: Held, url: string, params: Params, n: number): Promise<void> {
    const outcome = await this.ctx.app.request(url, 'POST', params);
    const entry: WebhookAttempt = {
      messageSid: record.sid,
      attempt: n,
      at: this.ctx.now(),
      url,
      outcome: outcome.kind,
    };
    if (outcome.kind === 'ok' || outcome.kind === 'http-error') entry.status = outcome.status;
    this.attemptLog.push(entry);
    if (outcome.kind === 'ok') return this.reply(record, url, outcome.body);
    // A 4xx is the app refusing this request (a bad signature, say): sending it again changes nothing.
    const retryable = outcome.kind !== 'http-error' || outcome.status >= 500;
    const { retries, backoffSeconds } = this.opts.retry;
    if (retryable && n <= retries) {
      const wait = backoffSeconds[n - 1] ?? backoffSeconds[backoffSeconds.length - 1] ?? 0;
      this.ctx.narrator.line(`the line's messaging webhook failed; retrying in ${wait} s`);
      this.ctx.scheduler.after(wait, 'inbound text webhook retry', () => this.attempt(record, url, params, n + 1));
      return;
    }
    // Only the final failure is an app error: a retry that then succeeds is the provider working as designed.
    const kind =
      outcome.kind === 'http-error' ? 'http-status' : outcome.kind === 'timeout' ? 'timeout' : 'fetch-failed';
    this.ctx.error(
      kind,
      `${describeFailure(outcome)} from messaging webhook for ${record.sid} after ${n} attempt(s)`,
      undefined,
      url,
    );
  }

  /** The webhook's TwiML: each <Message> becomes a text, by default back to the sender from the number texted. */
  private reply(inbound: Held, docUrl: string, xml: string): void {
    const parsed = parseMessagingTwiml(xml);
    if (!parsed.ok) return this.ctx.error('bad-twiml', `${parsed.error} (reply to ${inbound.sid})`, undefined, docUrl);
    for (const name of parsed.unsupported)
      this.ctx.error('unsupported-verb', `<${name}> in a messaging reply (to ${inbound.sid})`, undefined, docUrl);
    for (const verb of parsed.messages) {
      const from = verb.from ?? inbound.to;
      if (this.opts.smsUrlFor(from) === undefined) {
        this.ctx.error(
          'bad-twiml',
          `<Message from> is not an owned number (reply to ${inbound.sid})`,
          undefined,
          docUrl,
        );
        continue;
      }
      const init: OutboundInit = {
        direction: 'outbound-reply',
        from,
        to: verb.to ?? inbound.from,
        body: verb.body,
        numMedia: verb.mediaUrls.length,
      };
      if (verb.statusCallback !== undefined) init.statusCallback = this.ctx.app.resolve(verb.statusCallback, docUrl);
      this.send(init);
    }
  }

  /** An outgoing text: queued now, sent a second later, delivered (or not) a second after that. */
  send(init: OutboundInit): SimMessageRecord {
    const record: Held = {
      sid: this.nextSid(init.numMedia > 0 ? 'MM' : 'SM'),
      direction: init.direction,
      from: init.from,
      to: init.to,
      body: init.body,
      numSegments: numSegments(init.body),
      numMedia: init.numMedia,
      status: 'queued',
      createdAt: this.ctx.now(),
    };
    if (init.statusCallback !== undefined) record.statusCallback = init.statusCallback;
    if (init.messagingServiceSid !== undefined) record.messagingServiceSid = init.messagingServiceSid;
    // Recorded, not acted on: held copies stay whole so that tests can see Kith still deletes them.
    if (init.contentRetention !== undefined) record.contentRetention = init.contentRetention;
    if (init.addressRetention !== undefined) record.addressRetention = init.addressRetention;
    this.held.set(record.sid, record);
    this.ctx.narrator.line('the line sends a text');
    this.callback(record);
    this.ctx.scheduler.after(SEND_SECONDS, 'text sent', () => {
      record.status = 'sent';
      record.sentAt = this.ctx.now();
      this.callback(record);
      this.ctx.scheduler.after(DELIVER_SECONDS, 'text delivered', () => this.deliver(record));
    });
    return { ...record };
  }

  private deliver(record: Held): void {
    if (!this.opts.deliveryReceipts && this.ctx.phones.behaviourFor(record.to).kind !== 'unreachable') {
      // The handset gets it; the carrier never says so, so the provider's record stays `sent`.
      this.inboxFor(record.to).push({ sid: record.sid, from: record.from, body: record.body, at: this.ctx.now() });
      this.ctx.narrator.line('a text is delivered (the carrier does not report it)');
      return;
    }
    if (this.ctx.phones.behaviourFor(record.to).kind === 'unreachable') {
      record.status = 'undelivered';
      record.errorCode = UNREACHABLE_HANDSET;
      this.ctx.narrator.line('a text could not be delivered');
    } else {
      record.status = 'delivered';
      this.inboxFor(record.to).push({ sid: record.sid, from: record.from, body: record.body, at: this.ctx.now() });
      this.ctx.narrator.line('a text is delivered');
    }
    this.callback(record);
  }

  /** Status callbacks are posted once, never retried (as the provider does), and carry no body. */
  private callback(record: Held): void {
    const url = record.statusCallback;
    if (url === undefined) return;
    const params: Params = {
      MessageSid: record.sid,
      SmsSid: record.sid,
      AccountSid: this.opts.accountSid,
      From: record.from,
      To: record.to,
      MessageStatus: record.status,
      SmsStatus: record.status,
      ApiVersion: API_VERSION,
    };
    if (record.messagingServiceSid !== undefined) params.MessagingServiceSid = record.messagingServiceSid;
    if (record.errorCode !== undefined) params.ErrorCode = String(record.errorCode);
    const sid = record.sid;
    this.ctx.scheduler.at(this.ctx.now(), `message status callback ${record.status}`, async () => {
      const outcome = await this.ctx.app.request(url, 'POST', params);
      if (outcome.kind !== 'ok') {
        const kind =
          outcome.kind === 'http-error' ? 'http-status' : outcome.kind === 'timeout' ? 'timeout' : 'fetch-failed';
        this.ctx.error(kind, `${describeFailure(outcome)} from message status callback for ${sid}`, undefined, url);
      }
    });
  }

  private inboxFor(number: string): InboxText[] {
    let inbox = this.inboxes.get(number);
    if (inbox === undefined) {
      inbox = [];
      this.inboxes.set(number, inbox);
    }
    return inbox;
  }

  inbox(number: string): readonly InboxText[] {
    return (this.inboxes.get(number) ?? []).map((t) => ({ ...t }));
  }

  get(sid: string): SimMessageRecord | undefined {
    const held = this.held.get(sid);
    return held === undefined ? undefined : publicRecord(held);
  }

  /** Erase the provider's copy (REST DELETE). Delivery already under way still completes, as a handset keeps what it got. */
  delete(sid: string): boolean {
    return this.held.delete(sid);
  }

  all(): SimMessageRecord[] {
    return [...this.held.values()].map(publicRecord);
  }

  get attempts(): readonly WebhookAttempt[] {
    return this.attemptLog.map((a) => ({ ...a }));
  }
}

function publicRecord(held: Held): SimMessageRecord {
  const { statusCallback: _callback, ...record } = held;
  return record;
}

/** The Message resource in the provider's snake_case JSON. */
export function messageJson(record: SimMessageRecord, accountSid: string, now: number): Record<string, unknown> {
  const uri = `/${API_VERSION}/Accounts/${accountSid}/Messages/${record.sid}`;
  return {
    sid: record.sid,
    account_sid: accountSid,
    messaging_service_sid: record.messagingServiceSid ?? null,
    from: record.from,
    to: record.to,
    body: record.body,
    status: record.status,
    num_segments: String(record.numSegments),
    num_media: String(record.numMedia),
    direction: record.direction,
    api_version: API_VERSION,
    price: null,
    price_unit: 'USD',
    error_code: record.errorCode ?? null,
    error_message: record.errorCode === undefined ? null : 'Unreachable destination handset',
    date_created: rfc2822(record.createdAt),
    date_sent: record.sentAt === undefined ? null : rfc2822(record.sentAt),
    date_updated: rfc2822(now),
    uri: `${uri}.json`,
    subresource_uris: { media: `${uri}/Media.json` },
  };
}
