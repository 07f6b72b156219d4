import type { ProviderConfig } from '../../config/config';
import { DomainError } from '../../platform/errors';
import type { VoiceRoute } from '../plan';
import type {
  AccountLookup,
  KithRouting,
  LegLiveness,
  NumberRouting,
  PhoneProvider,
  PlaceCallRequest,
  ProviderNumber,
  SendTextRequest,
} from '../provider';
import { kithRouting } from './number-paths';
import { accountFromJson, numberFromJson, numberFromList, routingForm } from './numbers';
import { routeUrl } from './twiml';

const ENDED = new Set(['completed', 'busy', 'no-answer', 'failed', 'canceled']);
/** Twilio's "Call is not in-progress. Cannot redirect." */
const NOT_IN_PROGRESS = 21220;

/** The Create Message parameters that ask the provider to keep neither the body nor the full number. */
export const KEEP_LESS = { ContentRetention: 'discard', AddressRetention: 'obfuscate' } as const;

/**
 * SignalWire serves Twilio's REST API at `https://SPACE.signalwire.com/api/laml`, and its Create Message
 * documents no `ContentRetention` or `AddressRetention` (nor what it does when sent them): Kith does not
 * send them there.
 */
export function offersKeepLess(apiBaseUrl: string): boolean {
  try {
    const host = new URL(apiBaseUrl).hostname.toLowerCase();
    return !(host === 'signalwire.com' || host.endsWith('.signalwire.com'));
  } catch {
    return true;
  }
}

/** A refusal that names the keep-less parameters: Twilio's codes, or their names anywhere in the answer. */
function refusesKeepLess(json: Record<string, unknown>): boolean {
  if (json.code === 30029 || json.code === 30030) return true;
  return Object.keys(KEEP_LESS).some((name) => JSON.stringify(json).includes(name));
}

function withKeepLess(form: URLSearchParams): URLSearchParams {
  const more = new URLSearchParams(form);
  for (const [name, value] of Object.entries(KEEP_LESS)) more.set(name, value);
  return more;
}

/**
 * Twilio's REST API (2010-04-01), which SignalWire's LaML API mirrors at its own base URL.
 * Requests time out quickly: a slow provider must not hold a caller's webhook hostage.
 */
export class TwilioRestProvider implements PhoneProvider {
  private readonly auth: string;

  constructor(
    private readonly config: ProviderConfig,
    /** Kith's public base URL: where the provider will ask for instructions. */
    private readonly publicUrl: string,
  ) {
    this.auth = `Basic ${Buffer.from(`${config.accountSid}:${config.authToken}`).toString('base64')}`;
    this.keepLess = offersKeepLess(config.apiBaseUrl);
  }

  private url(path: string): string {
    return `${this.config.apiBaseUrl}/2010-04-01/Accounts/${encodeURIComponent(this.config.accountSid)}${path}`;
  }

  private async request(
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    form?: URLSearchParams,
  ): Promise<{ status: number; json: Record<string, unknown> }> {
    let response: Response;
    try {
      response = await fetch(this.url(path), {
        method,
        headers: { authorization: this.auth, ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
        ...(form ? { body: form.toString() } : {}),
        signal: AbortSignal.timeout(5000),
      });
    } catch {
      throw new DomainError('provider_failed', 'The phone provider could not be reached');
    }
    const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    return { status: response.status, json };
  }

  async placeCall(request: PlaceCallRequest): Promise<{ legRef: string }> {
    const form = new URLSearchParams({
      To: request.to,
      From: request.from,
      Url: routeUrl(this.publicUrl, request.answer),
      Method: 'POST',
      StatusCallback: routeUrl(this.publicUrl, request.status),
      StatusCallbackMethod: 'POST',
      Timeout: String(request.timeoutSeconds),
    });
    for (const event of ['initiated', 'ringing', 'answered', 'completed']) form.append('StatusCallbackEvent', event);
    const { status, json } = await this.request('POST', '/Calls.json', form);
    if (status >= 300 || typeof json.sid !== 'string') {
      throw new DomainError('provider_failed', `The phone provider refused to place a call (HTTP ${status})`);
    }
    return { legRef: json.sid };
  }

  /** 404: no such call (any more). Error 21220 (HTTP 400; SignalWire uses the same code): the call is not in progress. */
  async redirectCall(legRef: string, to: VoiceRoute): Promise<'redirected' | 'gone'> {
    const form = new URLSearchParams({ Url: routeUrl(this.publicUrl, to), Method: 'POST' });
    const { status, json } = await this.request('POST', `/Calls/${encodeURIComponent(legRef)}.json`, form);
    if (status < 300) return 'redirected';
    if (status === 404 || json.code === NOT_IN_PROGRESS) return 'gone';
    throw new DomainError('provider_failed', `The phone provider refused a redirect (HTTP ${status})`);
  }

  async hangUp(legRef: string): Promise<void> {
    const { status } = await this.request(
      'POST',
      `/Calls/${encodeURIComponent(legRef)}.json`,
      new URLSearchParams({ Status: 'completed' }),
    );
    // 404: the leg is already gone. Twilio answers 400 for a call that already ended.
    if (status >= 300 && status !== 404 && status !== 400)
      throw new DomainError('provider_failed', `The phone provider refused a hang-up (HTTP ${status})`);
  }

  async removeQueue(queueRef: string): Promise<void> {
    const { status } = await this.request('DELETE', `/Queues/${encodeURIComponent(queueRef)}.json`);
    if (status >= 300 && status !== 404)
      throw new DomainError('provider_failed', `The phone provider refused to delete a queue (HTTP ${status})`);
  }

  /**
   * Whether to ask the provider to keep less of each text (see `sendText`). Off from the start for
   * SignalWire, whose Create Message documents neither parameter; off for good once an account refuses them.
   */
  private keepLess: boolean;

  /**
   * Asks the provider to keep less of every text sent through the API: no body (`ContentRetention=discard`)
   * and the person's number obfuscated (`AddressRetention=obfuscate`). Twilio honours these only on an
   * account with Message Redaction, and may refuse them otherwise (error 30029 or 30030); another
   * provider may refuse them in its own words (HTTP 400 or 422, its own codes, or none). A refused send
   * was not sent, so it is sent once more without them; if that goes through, or the refusal named
   * them, Kith stops asking. Kith deletes each text's copy afterwards either way.
   */
  async sendText(request: SendTextRequest): Promise<{ messageRef: string }> {
    const form = new URLSearchParams({
      To: request.to,
      From: request.from,
      Body: request.body,
      StatusCallback: `${this.publicUrl}${request.statusCallbackPath}`,
    });
    const askedLess = this.keepLess;
    let sent = await this.request('POST', '/Messages.json', askedLess ? withKeepLess(form) : form);
    if (askedLess && (sent.status === 400 || sent.status === 422)) {
      const named = refusesKeepLess(sent.json);
      sent = await this.request('POST', '/Messages.json', form);
      if (named || sent.status < 300) this.keepLess = false;
    }
    const { status, json } = sent;
    if (status >= 300 || typeof json.sid !== 'string') {
      // The provider's code (21211 invalid number, 21610 opted out…) names the problem; its message may repeat the number.
      throw new DomainError(
        'provider_failed',
        `The phone provider refused to send a text (HTTP ${status}, code ${typeof json.code === 'number' ? json.code : 'none'})`,
      );
    }
    return { messageRef: json.sid };
  }

  async deleteText(messageRef: string): Promise<void> {
    const { status } = await this.request('DELETE', `/Messages/${encodeURIComponent(messageRef)}.json`);
    if (status >= 300 && status !== 404)
      throw new DomainError('provider_failed', `The phone provider refused to delete a text (HTTP ${status})`);
  }

  /** Twilio refuses (error 20009) until the call has completed; 404 means it is already gone. */
  async deleteCallRecord(legRef: string): Promise<void> {
    const { status } = await this.request('DELETE', `/Calls/${encodeURIComponent(legRef)}.json`);
    if (status >= 300 && status !== 404)
      throw new DomainError('provider_failed', `The phone provider refused to delete a call record (HTTP ${status})`);
  }

  async liveness(legRef: string): Promise<LegLiveness> {
    try {
      const { status, json } = await this.request('GET', `/Calls/${encodeURIComponent(legRef)}.json`);
      if (status === 404) return 'ended';
      if (status >= 300 || typeof json.status !== 'string') return 'unknown';
      return ENDED.has(json.status) ? 'ended' : 'active';
    } catch {
      return 'unknown';
    }
  }

  kithRouting(publicUrl: string): KithRouting {
    return kithRouting(publicUrl);
  }

  async account(): Promise<AccountLookup> {
    let answer: { status: number; json: Record<string, unknown> };
    try {
      answer = await this.request('GET', '.json');
    } catch {
      return { kind: 'unreachable' };
    }
    // 401: a wrong token; 404: an account id these credentials do not open. Either way, the credentials.
    if (answer.status === 401 || answer.status === 403 || answer.status === 404) return { kind: 'refused' };
    if (answer.status >= 300) return { kind: 'failed', httpStatus: answer.status };
    return accountFromJson(answer.json);
  }

  async findNumber(e164: string): Promise<ProviderNumber | undefined> {
    const { status, json } = await this.request(
      'GET',
      `/IncomingPhoneNumbers.json?${new URLSearchParams({ PhoneNumber: e164, PageSize: '50' }).toString()}`,
    );
    if (status >= 300)
      throw new DomainError('provider_failed', `The phone provider refused to list its numbers (HTTP ${status})`);
    return numberFromList(json, e164);
  }

  async updateNumber(ref: string, changes: Partial<NumberRouting>): Promise<ProviderNumber> {
    const { status, json } = await this.request(
      'POST',
      `/IncomingPhoneNumbers/${encodeURIComponent(ref)}.json`,
      routingForm(changes),
    );
    const number = status < 300 ? numberFromJson(json) : undefined;
    if (number === undefined) {
      throw new DomainError(
        'provider_failed',
        `The phone provider refused to change the number's settings (HTTP ${status}, code ${typeof json.code === 'number' ? json.code : 'none'})`,
      );
    }
    return number;
  }
}
