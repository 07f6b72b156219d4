/**
 * The behaviour behind the REST Calls resource: creating an outbound leg (queued → initiated →
 * ringing → answered/busy/no-answer/failed) and updating a live one (redirect, complete,
 * cancel). REST requests may arrive while a webhook is in flight, so changes to a live leg are
 * scheduled at the current virtual time rather than applied mid-event.
 */
import type { SimContext } from './context';
import type { Leg } from './legs';
import { isFinal, wasAnswered } from './legs';
import type { HttpMethod } from './twiml';
import type { CallStatus } from './types';

export interface RestError {
  status: number;
  code: number;
  message: string;
}

export type RestResult = { ok: true; leg: Leg; shownStatus: CallStatus } | { ok: false; error: RestError };

const DEFAULT_RING_TIMEOUT_SECONDS = 60;

function method(value: string | null): HttpMethod {
  return value?.toUpperCase() === 'GET' ? 'GET' : 'POST';
}

function absolute(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

export class CallsBackend {
  constructor(
    private readonly ctx: SimContext,
    private readonly isOwned: (number: string) => boolean,
  ) {}

  create(form: URLSearchParams): RestResult {
    const to = form.get('To')?.trim() ?? '';
    const from = form.get('From')?.trim() ?? '';
    const url = form.get('Url')?.trim();
    const twiml = form.get('Twiml') ?? undefined;
    if (to === '') return fail(400, 21201, "No 'To' number is specified");
    if (from === '') return fail(400, 21603, "A 'From' phone number is required");
    if (!this.isOwned(from))
      return fail(400, 21210, `The source phone number provided, ${from}, is not yet verified for your account`);
    if ((url === undefined || url === '') && twiml === undefined) return fail(400, 21205, 'Url parameter is required');
    if (url !== undefined && url !== '' && !absolute(url)) return fail(400, 21205, `Url is not a valid URL: ${url}`);
    const timeoutRaw = Number(form.get('Timeout') ?? '');
    const timeout =
      Number.isFinite(timeoutRaw) && timeoutRaw > 0 ? Math.min(timeoutRaw, 600) : DEFAULT_RING_TIMEOUT_SECONDS;

    const leg = this.ctx.legs.create({
      direction: 'outbound-api',
      from,
      to,
      party: { kind: 'phone', behaviour: this.ctx.phones.behaviourFor(to) },
      now: this.ctx.now(),
      status: 'queued',
    });
    leg.outbound = { method: method(form.get('Method')) };
    if (twiml !== undefined) leg.outbound.twiml = twiml;
    else if (url !== undefined) leg.outbound.url = url;
    const statusCallback = form.get('StatusCallback')?.trim();
    if (statusCallback !== undefined && statusCallback !== '') {
      // Repeated parameter per the SDKs; a space-separated single value is accepted too.
      const events = form
        .getAll('StatusCallbackEvent')
        .flatMap((v) => v.split(/[\s,]+/))
        .filter((v) => v !== '');
      leg.statusCallback = {
        url: statusCallback,
        method: method(form.get('StatusCallbackMethod')),
        events: new Set(events.length > 0 ? events : ['completed']),
        sequence: 0,
      };
    }
    this.ctx.narrator.line(`the app calls ${this.ctx.narrator.who(leg)}`);
    const guard = this.ctx.life.guard(leg);
    this.ctx.scheduler.at(
      this.ctx.now(),
      'REST call initiated',
      () => {
        this.ctx.life.initiate(leg);
        this.ctx.scheduler.after(
          1,
          'REST call rings',
          () => this.ctx.phones.ring(leg, timeout, () => this.answered(leg)),
          guard,
        );
      },
      guard,
    );
    return { ok: true, leg, shownStatus: leg.status };
  }

  update(leg: Leg, form: URLSearchParams): RestResult {
    const url = form.get('Url')?.trim();
    const twiml = form.get('Twiml') ?? undefined;
    const status = form.get('Status')?.trim();
    if ((url !== undefined && url !== '') || twiml !== undefined) {
      if (isFinal(leg)) return fail(400, 21220, 'Call is not in-progress. Cannot redirect.');
      if (url !== undefined && url !== '' && !absolute(url)) return fail(400, 21205, `Url is not a valid URL: ${url}`);
      const target =
        twiml !== undefined
          ? { twiml, method: method(form.get('Method')) }
          : { url: url ?? '', method: method(form.get('Method')) };
      this.ctx.scheduler.at(this.ctx.now(), 'REST redirect', () => this.ctx.life.redirect(leg, target));
      return { ok: true, leg, shownStatus: leg.status };
    }
    if (status === 'completed' || status === 'canceled') {
      if (isFinal(leg)) return { ok: true, leg, shownStatus: leg.status };
      // `canceled` only affects a call not yet answered; `completed` ends either kind.
      if (status === 'canceled' && wasAnswered(leg)) return { ok: true, leg, shownStatus: leg.status };
      const shown: CallStatus = wasAnswered(leg) ? 'completed' : 'canceled';
      this.ctx.scheduler.at(
        this.ctx.now(),
        `REST ${status}`,
        () => this.ctx.life.hangUp(leg),
        this.ctx.life.alive(leg),
      );
      return { ok: true, leg, shownStatus: shown };
    }
    if (status !== undefined) return fail(400, 21218, `Invalid Status: ${status}`);
    return fail(400, 21218, 'Nothing to update: give Url, Twiml or Status');
  }

  private answered(leg: Leg): void {
    this.ctx.life.answer(leg);
    this.ctx.exec.startOutbound(leg);
  }
}

function fail(status: number, code: number, message: string): RestResult {
  return { ok: false, error: { status, code, message } };
}
