/**
 * The Account fetch and the IncomingPhoneNumbers resource of the REST API (list with the PhoneNumber
 * filter and paging, instance fetch, instance update by form-encoded POST), in the provider's JSON
 * and error shapes, so `kith provider check` and `connect` run unchanged against the simulator. An
 * update changes where the simulated number really sends calls and texts from then on.
 */
import { randomBytes } from 'node:crypto';
import type { RestAnswer } from './messages-rest';
import { rfc2822 } from './status-callbacks';

/** A number the account owns, as the provider holds its settings ('' = not set). */
export interface SimNumber {
  sid: string;
  phoneNumber: string;
  voiceUrl: string;
  voiceMethod: string;
  statusCallback: string;
  statusCallbackMethod: string;
  voiceFallbackUrl: string;
  voiceFallbackMethod: string;
  smsUrl: string;
  smsMethod: string;
  smsFallbackUrl: string;
  smsFallbackMethod: string;
  voiceApplicationSid: string;
  smsApplicationSid: string;
  trunkSid: string;
  voiceReceiveMode: 'voice' | 'fax';
  createdAt: number;
  updatedAt: number;
}

export type SimNumberUrls = Pick<SimNumber, 'voiceUrl' | 'statusCallback' | 'voiceFallbackUrl' | 'smsUrl'>;

/** Update parameters that take a URL, and the property each sets. */
const URL_PARAMS = {
  VoiceUrl: 'voiceUrl',
  StatusCallback: 'statusCallback',
  VoiceFallbackUrl: 'voiceFallbackUrl',
  SmsUrl: 'smsUrl',
  SmsFallbackUrl: 'smsFallbackUrl',
} as const;
const METHOD_PARAMS = {
  VoiceMethod: 'voiceMethod',
  StatusCallbackMethod: 'statusCallbackMethod',
  VoiceFallbackMethod: 'voiceFallbackMethod',
  SmsMethod: 'smsMethod',
  SmsFallbackMethod: 'smsFallbackMethod',
} as const;
const SID_PARAMS = {
  VoiceApplicationSid: ['voiceApplicationSid', 'AP'],
  SmsApplicationSid: ['smsApplicationSid', 'AP'],
  TrunkSid: ['trunkSid', 'TK'],
} as const;

const DEFAULT_PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 1000;

function error(status: number, code: number, message: string): RestAnswer {
  return { status, json: { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status } };
}

export class NumbersRest {
  private readonly numbers = new Map<string, SimNumber>();

  constructor(
    private readonly accountSid: string,
    private readonly authToken: string,
    private readonly now: () => number,
    /** Told after every change, so calls and texts follow the number's new settings. */
    private readonly changed: (number: SimNumber) => void,
  ) {}

  /** Seeds (or re-seeds) an owned number with these URLs; methods are POST, as the provider's defaults. */
  own(phoneNumber: string, urls: SimNumberUrls): SimNumber {
    const existing = [...this.numbers.values()].find((n) => n.phoneNumber === phoneNumber);
    const now = this.now();
    const number: SimNumber = {
      sid: existing?.sid ?? `PN${randomBytes(16).toString('hex')}`,
      phoneNumber,
      ...urls,
      voiceMethod: 'POST',
      statusCallbackMethod: 'POST',
      voiceFallbackMethod: 'POST',
      smsMethod: 'POST',
      smsFallbackUrl: '',
      smsFallbackMethod: 'POST',
      voiceApplicationSid: '',
      smsApplicationSid: '',
      trunkSid: '',
      voiceReceiveMode: 'voice',
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    this.numbers.set(number.sid, number);
    return number;
  }

  /** The Account resource. Like the provider's, it carries the auth token: a client must not pass it on. */
  account(): RestAnswer {
    const base = `/2010-04-01/Accounts/${this.accountSid}`;
    return {
      status: 200,
      json: {
        auth_token: this.authToken,
        date_created: rfc2822(0),
        date_updated: rfc2822(0),
        friendly_name: 'Simulated account',
        owner_account_sid: this.accountSid,
        sid: this.accountSid,
        status: 'active',
        subresource_uris: {
          calls: `${base}/Calls.json`,
          incoming_phone_numbers: `${base}/IncomingPhoneNumbers.json`,
          messages: `${base}/Messages.json`,
          queues: `${base}/Queues.json`,
        },
        type: 'Full',
        uri: `${base}.json`,
      },
    };
  }

  /** `rest` is the path after `/Accounts/{AccountSid}/IncomingPhoneNumbers`: `.json` or `/{Sid}.json`. Undefined = not found. */
  handle(method: string, rest: string, query: URLSearchParams, form: URLSearchParams): RestAnswer | undefined {
    if (rest === '.json' && method === 'GET') return this.list(query);
    const sid = /^\/(PN[0-9a-fA-F]{32})\.json$/.exec(rest)?.[1];
    const number = sid === undefined ? undefined : this.numbers.get(sid);
    if (number === undefined) return undefined;
    if (method === 'GET') return { status: 200, json: this.json(number) };
    if (method === 'POST') return this.update(number, form);
    return undefined;
  }

  private list(query: URLSearchParams): RestAnswer {
    const filter = query.get('PhoneNumber') ?? '';
    const pageSize = Math.min(
      MAX_PAGE_SIZE,
      Math.max(1, Number(query.get('PageSize') ?? DEFAULT_PAGE_SIZE) || DEFAULT_PAGE_SIZE),
    );
    const page = Math.max(0, Number(query.get('Page') ?? 0) || 0);
    // The provider's filter matches part of a number, so "+1202" finds every number in that area.
    const digits = filter.replace(/\D/g, '');
    const matching = [...this.numbers.values()]
      .filter((n) => digits === '' || n.phoneNumber.replace(/\D/g, '').includes(digits))
      .sort((a, b) => a.createdAt - b.createdAt);
    const start = page * pageSize;
    const slice = matching.slice(start, start + pageSize);
    const uri = (p: number) => {
      const params = new URLSearchParams();
      if (filter !== '') params.set('PhoneNumber', filter);
      params.set('PageSize', String(pageSize));
      params.set('Page', String(p));
      return `/2010-04-01/Accounts/${this.accountSid}/IncomingPhoneNumbers.json?${params.toString()}`;
    };
    return {
      status: 200,
      json: {
        end: start + Math.max(0, slice.length - 1),
        first_page_uri: uri(0),
        incoming_phone_numbers: slice.map((n) => this.json(n)),
        next_page_uri: start + pageSize < matching.length ? uri(page + 1) : null,
        page,
        page_size: pageSize,
        previous_page_uri: page > 0 ? uri(page - 1) : null,
        start,
        uri: uri(page),
      },
    };
  }

  private update(number: SimNumber, form: URLSearchParams): RestAnswer {
    const next: SimNumber = { ...number };
    for (const [param, key] of Object.entries(URL_PARAMS)) {
      const value = form.get(param);
      if (value === null) continue;
      // An empty value clears the setting; anything else must be a whole http(s) URL (Twilio's 21402).
      if (value !== '' && !/^https?:\/\/[^/\s]+/i.test(value)) return error(400, 21402, `${param} is not a valid URL.`);
      next[key] = value;
    }
    for (const [param, key] of Object.entries(METHOD_PARAMS)) {
      const value = form.get(param);
      if (value === null) continue;
      // The code the provider gives a bad method is not documented where we could check: 400 with 20001 is our assumption.
      if (value.toUpperCase() !== 'GET' && value.toUpperCase() !== 'POST')
        return error(400, 20001, `${param} must be GET or POST.`);
      next[key] = value.toUpperCase();
    }
    for (const [param, [key, prefix]] of Object.entries(SID_PARAMS)) {
      const value = form.get(param);
      if (value === null) continue;
      if (value !== '' && !new RegExp(`^${prefix}[0-9a-fA-F]{32}$`).test(value))
        return error(400, 20001, `${param} is not a valid ${prefix} sid.`);
      next[key] = value;
    }
    const mode = form.get('VoiceReceiveMode');
    if (mode !== null) {
      if (mode !== 'voice' && mode !== 'fax') return error(400, 20001, 'VoiceReceiveMode must be voice or fax.');
      next.voiceReceiveMode = mode;
    }
    next.updatedAt = this.now();
    this.numbers.set(next.sid, next);
    this.changed(next);
    return { status: 200, json: this.json(next) };
  }

  /** The IncomingPhoneNumber resource in the provider's snake_case shape. */
  private json(n: SimNumber): Record<string, unknown> {
    return {
      account_sid: this.accountSid,
      address_requirements: 'none',
      address_sid: null,
      api_version: '2010-04-01',
      beta: false,
      bundle_sid: null,
      capabilities: { voice: true, sms: true, mms: true, fax: false },
      date_created: rfc2822(n.createdAt),
      date_updated: rfc2822(n.updatedAt),
      emergency_status: 'Inactive',
      friendly_name: n.phoneNumber,
      identity_sid: null,
      origin: 'twilio',
      phone_number: n.phoneNumber,
      sid: n.sid,
      sms_application_sid: n.smsApplicationSid,
      sms_fallback_method: n.smsFallbackMethod,
      sms_fallback_url: n.smsFallbackUrl,
      sms_method: n.smsMethod,
      sms_url: n.smsUrl,
      status: 'in-use',
      status_callback: n.statusCallback,
      status_callback_method: n.statusCallbackMethod,
      trunk_sid: n.trunkSid === '' ? null : n.trunkSid,
      type: 'local',
      uri: `/2010-04-01/Accounts/${this.accountSid}/IncomingPhoneNumbers/${n.sid}.json`,
      voice_application_sid: n.voiceApplicationSid,
      voice_caller_id_lookup: false,
      voice_fallback_method: n.voiceFallbackMethod,
      voice_fallback_url: n.voiceFallbackUrl === '' ? null : n.voiceFallbackUrl,
      voice_method: n.voiceMethod,
      voice_receive_mode: n.voiceReceiveMode,
      voice_url: n.voiceUrl,
    };
  }
}
