/**
 * Test-only helper: a tiny stand-in for the app, on 127.0.0.1, that answers each path with
 * canned TwiML (or a handler) and records every request so tests can check parameters and
 * signatures. Not imported by the simulator itself.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ManualClock } from '../platform/clock';
import { computeSignature } from '../telephony/twilio/signature';
import { ProviderSimulator } from './simulator';
import type { SimulatorOptions } from './types';

export interface RecordedRequest {
  /** Path and query as received. */
  url: string;
  path: string;
  method: string;
  params: Record<string, string>;
  signature: string | undefined;
  contentType: string | undefined;
}

export interface Reply {
  status?: number;
  body: string;
  /** Real milliseconds to wait before answering (for timeout tests). */
  delayMs?: number;
}

export type Handler = (req: RecordedRequest) => Reply | string | Promise<Reply | string>;

export const twiml = (inner: string): string => `<?xml version="1.0" encoding="UTF-8"?><Response>${inner}</Response>`;

export class TinyApp {
  readonly requests: RecordedRequest[] = [];
  private readonly routes = new Map<string, Handler>();
  private server: Server | undefined;
  baseUrl = '';

  on(path: string, handler: Handler | Reply | string): this {
    this.routes.set(path, typeof handler === 'function' ? handler : () => handler);
    return this;
  }

  to(path: string): RecordedRequest[] {
    return this.requests.filter((r) => r.path === path);
  }

  async start(): Promise<string> {
    const server = createServer((req, res) => void this.handle(req, res));
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    this.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this.baseUrl;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (server === undefined) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
    const url = req.url ?? '/';
    const parsed = new URL(url, 'http://127.0.0.1');
    const params = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
    const sig = req.headers['x-twilio-signature'];
    const record: RecordedRequest = {
      url,
      path: parsed.pathname,
      method: req.method ?? '',
      params,
      signature: typeof sig === 'string' ? sig : undefined,
      contentType: req.headers['content-type'],
    };
    this.requests.push(record);
    const handler = this.routes.get(parsed.pathname);
    const raw = handler === undefined ? { status: 404, body: 'not found' } : await handler(record);
    const reply: Reply = typeof raw === 'string' ? { body: raw } : raw;
    if (reply.delayMs !== undefined) await new Promise((r) => setTimeout(r, reply.delayMs));
    if (res.destroyed) return;
    res.writeHead(reply.status ?? 200, { 'Content-Type': 'text/xml' });
    res.end(reply.body);
  }
}

export const PUBLIC_BASE = 'https://line.example.org';
export const ACCOUNT_SID = 'ACtest00000000000000000000000000';
export const AUTH_TOKEN = 'test-auth-token';
export const SIGNING_KEY = 'test-signing-key';
export const LINE = '+15555550100';
export const CALLER = '+15555550199';
export const RESPONDER_A = '+15555550111';
export const RESPONDER_B = '+15555550112';

/** Does this recorded request carry the signature the provider would compute over the PUBLIC url? */
export function signedCorrectly(req: RecordedRequest, key = SIGNING_KEY): boolean {
  return req.signature === computeSignature(key, PUBLIC_BASE + req.url, req.params);
}

export interface Harness {
  app: TinyApp;
  sim: ProviderSimulator;
  clock: ManualClock;
  log: string[];
  close(): Promise<void>;
}

export async function harness(extra: Partial<SimulatorOptions> = {}): Promise<Harness> {
  const app = new TinyApp();
  await app.start();
  const clock = new ManualClock(Date.UTC(2030, 0, 1, 12, 0, 0));
  const log: string[] = [];
  const sim = new ProviderSimulator({
    clock,
    accountSid: ACCOUNT_SID,
    authToken: AUTH_TOKEN,
    signingKey: SIGNING_KEY,
    publicBaseUrl: PUBLIC_BASE,
    appBaseUrl: app.baseUrl,
    httpTimeoutMs: 2000,
    log: (line) => log.push(line),
    ...extra,
  });
  await sim.start();
  return {
    app,
    sim,
    clock,
    log,
    close: async () => {
      await sim.stop();
      await app.stop();
    },
  };
}

/** The app's side of the REST API, as its real client would call it. */
export async function rest(
  sim: ProviderSimulator,
  method: 'GET' | 'POST',
  path: string,
  form?: URLSearchParams,
  auth = `${ACCOUNT_SID}:${AUTH_TOKEN}`,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const init: RequestInit = { method, headers: { Authorization: `Basic ${Buffer.from(auth).toString('base64')}` } };
  if (form !== undefined) init.body = form;
  const res = await fetch(`${sim.apiBaseUrl}/2010-04-01/Accounts/${ACCOUNT_SID}${path}`, init);
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}
