/**
 * The slice of the provider's REST API that Kith calls (Calls: create, fetch, update, delete; Messages:
 * create, fetch, delete; Queues: delete; the Account and IncomingPhoneNumbers: fetch, list, update), served on 127.0.0.1 with the provider's authentication (HTTP Basic, AccountSid:AuthToken) and its
 * JSON and error shapes, so the app's real REST client can be pointed at it unchanged.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { timingSafeEqual } from 'node:crypto';
import type { Leg } from './legs';
import { durationSeconds } from './legs';
import type { MessagesRest, RestAnswer } from './messages-rest';
import type { NumbersRest } from './numbers-rest';
import type { CallsBackend, RestResult } from './outbound';
import { rfc2822 } from './status-callbacks';
import type { CallStatus } from './types';

const MAX_BODY_BYTES = 1_000_000;

export interface RestServerOptions {
  accountSid: string;
  authToken: string;
  backend: CallsBackend;
  deleteQueue: (sid: string) => 'deleted' | 'not-empty' | 'missing';
  /** A call whose record still exists (a deleted one is unknown to the API). */
  findCall: (sid: string) => Leg | undefined;
  /** Deletes a call's record; refused while the call is not over. */
  deleteCall: (leg: Leg) => 'deleted' | 'in-progress';
  /** The Messages resource (texting). */
  messages: MessagesRest;
  /** The Account fetch and the IncomingPhoneNumbers resource (the number's own settings). */
  numbers: NumbersRest;
  now: () => number;
  /** A request the provider would reject as malformed (400) is an app bug worth recording. */
  onBadRequest: (message: string) => void;
  /** A fault to play on this hang-up request (a call's Status set to completed or canceled), if any. */
  hangUpFault?: () => HangUpFault | undefined;
}

/** A hang-up the provider answers with an error, or holds until the test releases it. */
export type HangUpFault = { kind: 'fail'; status: number } | { kind: 'stall'; until: Promise<void> };

type Json = Record<string, unknown>;

export class RestServer {
  private server: Server | undefined;

  constructor(private readonly opts: RestServerOptions) {}

  async start(): Promise<string> {
    const server = createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => send(res, 500, { code: 20500, message: String(err), status: 500 }));
    });
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (server === undefined) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!this.authorised(req.headers.authorization)) {
      res.setHeader('WWW-Authenticate', 'Basic realm="Twilio API"');
      return send(res, 401, {
        code: 20003,
        message: 'Authenticate',
        more_info: 'https://www.twilio.com/docs/errors/20003',
        status: 401,
      });
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const prefix = `/2010-04-01/Accounts/${this.opts.accountSid}/Calls`;
    const body = req.method === 'POST' ? new URLSearchParams(await readBody(req)) : new URLSearchParams();

    const messagesPrefix = `/2010-04-01/Accounts/${this.opts.accountSid}/Messages`;
    if (path.startsWith(messagesPrefix)) {
      return this.answer(
        res,
        path,
        this.opts.messages.handle(req.method ?? '', path.slice(messagesPrefix.length), body),
      );
    }
    if (path === `/2010-04-01/Accounts/${this.opts.accountSid}.json` && req.method === 'GET')
      return this.answer(res, path, this.opts.numbers.account());
    const numbersPrefix = `/2010-04-01/Accounts/${this.opts.accountSid}/IncomingPhoneNumbers`;
    if (path.startsWith(numbersPrefix)) {
      return this.answer(
        res,
        path,
        this.opts.numbers.handle(req.method ?? '', path.slice(numbersPrefix.length), url.searchParams, body),
      );
    }
    if (path === `${prefix}.json` && req.method === 'POST') {
      return this.reply(res, this.opts.backend.create(body), 201);
    }
    const match = path.startsWith(`${prefix}/`) ? /^([A-Za-z0-9]+)\.json$/.exec(path.slice(prefix.length + 1)) : null;
    const sid = match?.[1];
    if (sid !== undefined && (req.method === 'GET' || req.method === 'POST' || req.method === 'DELETE')) {
      const leg = this.opts.findCall(sid);
      if (leg === undefined) return notFound(res, path);
      if (req.method === 'GET') return send(res, 200, this.callJson(leg, leg.status));
      if (req.method === 'DELETE') {
        if (this.opts.deleteCall(leg) === 'deleted') {
          res.statusCode = 204;
          res.end();
          return;
        }
        // Twilio's 20009 ("wait until the call is completed"); its HTTP status is not documented where we
        // could check, so 409, as for messages.
        return send(res, 409, {
          code: 20009,
          message: 'Cannot delete this resource before it is complete.',
          more_info: 'https://www.twilio.com/docs/errors/20009',
          status: 409,
        });
      }
      const status = body.get('Status');
      const fault = status === 'completed' || status === 'canceled' ? this.opts.hangUpFault?.() : undefined;
      if (fault?.kind === 'stall') await fault.until;
      if (fault?.kind === 'fail')
        return send(res, fault.status, { code: 20500, message: 'Internal Server Error', status: fault.status });
      return this.reply(res, this.opts.backend.update(leg, body), 200);
    }
    const queue = /^\/2010-04-01\/Accounts\/[^/]+\/Queues\/([A-Za-z0-9]+)\.json$/.exec(path);
    if (queue?.[1] !== undefined && req.method === 'DELETE' && path.includes(`/Accounts/${this.opts.accountSid}/`)) {
      const outcome = this.opts.deleteQueue(queue[1]);
      if (outcome === 'deleted') {
        res.statusCode = 204;
        res.end();
        return;
      }
      if (outcome === 'not-empty') return send(res, 400, { code: 20001, message: 'Queue is not empty', status: 400 });
    }
    return notFound(res, path);
  }

  /** A resource's answer: undefined is the provider's 404, a 400 is recorded as the app's mistake. */
  private answer(res: ServerResponse, path: string, answer: RestAnswer | undefined): void {
    if (answer === undefined) return notFound(res, path);
    if (answer.status === 400)
      this.opts.onBadRequest(`REST ${String(answer.json?.code)}: ${String(answer.json?.message)}`);
    if (answer.json === undefined) {
      res.statusCode = answer.status;
      res.end();
      return;
    }
    send(res, answer.status, answer.json);
  }

  private reply(res: ServerResponse, result: RestResult, okStatus: number): void {
    if (!result.ok) {
      if (result.error.status === 400) this.opts.onBadRequest(`REST ${result.error.code}: ${result.error.message}`);
      return send(res, result.error.status, {
        code: result.error.code,
        message: result.error.message,
        more_info: `https://www.twilio.com/docs/errors/${result.error.code}`,
        status: result.error.status,
      });
    }
    send(res, okStatus, this.callJson(result.leg, result.shownStatus));
  }

  private authorised(header: string | undefined): boolean {
    if (header === undefined || !header.startsWith('Basic ')) return false;
    const given = Buffer.from(header.slice(6).trim(), 'base64');
    const expected = Buffer.from(`${this.opts.accountSid}:${this.opts.authToken}`);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  /** The Call resource in the provider's snake_case JSON shape. */
  private callJson(leg: Leg, status: CallStatus): Json {
    const now = this.opts.now();
    const ended = leg.endedAt !== undefined;
    return {
      sid: leg.sid,
      account_sid: this.opts.accountSid,
      parent_call_sid: leg.parentSid ?? null,
      to: leg.to,
      from: leg.from,
      status,
      direction: leg.direction,
      duration: ended ? String(durationSeconds(leg, now)) : null,
      start_time: leg.answeredAt !== undefined ? rfc2822(leg.answeredAt) : null,
      end_time: leg.endedAt !== undefined ? rfc2822(leg.endedAt) : null,
      date_created: rfc2822(leg.createdAt),
      date_updated: rfc2822(now),
      answered_by: null,
      api_version: '2010-04-01',
      price: null,
      price_unit: 'USD',
      uri: `/2010-04-01/Accounts/${this.opts.accountSid}/Calls/${leg.sid}.json`,
    };
  }
}

function notFound(res: ServerResponse, path: string): void {
  send(res, 404, {
    code: 20404,
    message: `The requested resource ${path} was not found`,
    more_info: 'https://www.twilio.com/docs/errors/20404',
    status: 404,
  });
}

function send(res: ServerResponse, status: number, body: Json): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}
