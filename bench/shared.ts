import { randomBytes } from 'node:crypto';
import { computeSignature } from '../src/telephony/twilio/signature';
import { INCOMING_PATH } from '../src/telephony/twilio/number-paths';

/**
 * What the benchmark's fictional provider account and line look like. The Kith child and the load
 * generator both read these, so the signatures the generator makes are the ones Kith expects.
 */
export const PUBLIC_URL = 'https://line.example.org';
export { INCOMING_PATH };
/** 555-0100…0199 numbers are reserved for fiction in North America. */
export const COMMUNITY_NUMBER = '+12025550100';
export const ACCOUNT_SID = 'ACbench0000000000000000000000000000';
export const AUTH_TOKEN = 'bench-auth-token';

export interface SignedRequest {
  readonly body: Buffer;
  readonly signature: string;
}

/** One incoming-call webhook as a provider would send it, signed over our public URL. */
export function signedIncomingCall(run: string, i: number): SignedRequest {
  const params = {
    CallSid: `CA${run}${i.toString(16).padStart(16, '0')}`,
    AccountSid: ACCOUNT_SID,
    From: `+120255501${50 + (i % 50)}`,
    To: COMMUNITY_NUMBER,
    CallStatus: 'ringing',
    Direction: 'inbound',
    ApiVersion: '2010-04-01',
  };
  return {
    body: Buffer.from(new URLSearchParams(params).toString()),
    signature: computeSignature(AUTH_TOKEN, `${PUBLIC_URL}${INCOMING_PATH}`, params),
  };
}

/** A fresh tag, so CallSids never repeat across runs (or across request sets in one run). */
export const runTag = (): string => randomBytes(8).toString('hex');

/**
 * Incoming-call webhooks signed and serialised to wire bytes ahead of time: signing is the
 * provider's cost, not Kith's, so it must not run in the generator while the clock is running.
 * Every request has its own CallSid, so each one is a new call for Kith (a row inserted).
 * Kept in one buffer: hundreds of thousands of small Buffers would weigh on the generator's GC.
 */
export class WireRequests {
  private readonly bytes: Buffer;
  private readonly offsets: Uint32Array;

  constructor(readonly length: number) {
    const run = runTag();
    const parts: Buffer[] = new Array<Buffer>(length);
    for (let i = 0; i < length; i++) {
      const { body, signature } = signedIncomingCall(run, i);
      const head =
        `POST ${INCOMING_PATH} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n` +
        `Content-Length: ${body.length}\r\nX-Twilio-Signature: ${signature}\r\n\r\n`;
      parts[i] = Buffer.concat([Buffer.from(head, 'latin1'), body]);
    }
    this.offsets = new Uint32Array(length + 1);
    for (let i = 0; i < length; i++) this.offsets[i + 1] = this.offsets[i]! + parts[i]!.length;
    this.bytes = Buffer.concat(parts);
  }

  get(i: number): Buffer {
    return this.bytes.subarray(this.offsets[i], this.offsets[i + 1]);
  }
}

/** A coordinator's JSON calls to a Kith under benchmark (set-up only, never timed). */
export function jsonApi(base: string) {
  return async <T>(method: string, path: string, body: unknown, token?: string): Promise<T> => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
    return JSON.parse(text) as T;
  };
}
