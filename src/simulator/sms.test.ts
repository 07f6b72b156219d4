import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isValidSignature } from '../telephony/twilio/signature';
import type { Harness, RecordedRequest } from './test-support';
import { ACCOUNT_SID, CALLER, LINE, PUBLIC_BASE, RESPONDER_A, SIGNING_KEY, harness, twiml } from './test-support';

const SMS = '/webhooks/twilio/sms';

let h: Harness;
beforeEach(async () => {
  h = await harness();
  h.sim.ownNumber(LINE, { voiceUrl: '/voice' });
  h.app.on(SMS, twiml(''));
});
afterEach(async () => {
  await h.close();
});

/** Verified exactly as Kith verifies: its own signature code, over the public URL. */
const verified = (req: RecordedRequest | undefined): boolean =>
  req !== undefined && isValidSignature(SIGNING_KEY, PUBLIC_BASE + req.url, req.params, req.signature);

describe('inbound texts', () => {
  it('post a signed, form-encoded webhook with the provider parameters to the default messaging URL', async () => {
    const sid = h.sim.phone(CALLER).text('Hello, is anyone there?');
    await h.sim.runUntilIdle();
    const [req] = h.app.to(SMS);
    expect(verified(req)).toBe(true);
    expect(req?.contentType).toBe('application/x-www-form-urlencoded');
    expect(sid).toMatch(/^SM[0-9a-f]{32}$/);
    expect(req?.params).toEqual({
      MessageSid: sid,
      SmsSid: sid,
      SmsMessageSid: sid,
      AccountSid: ACCOUNT_SID,
      From: CALLER,
      To: LINE,
      Body: 'Hello, is anyone there?',
      NumMedia: '0',
      NumSegments: '1',
      SmsStatus: 'received',
      ApiVersion: '2010-04-01',
    });
    expect(h.sim.messages.map((m) => [m.sid, m.direction, m.status])).toEqual([[sid, 'inbound', 'received']]);
    expect(h.sim.errors).toEqual([]);
  });

  it('a tampered parameter no longer verifies', async () => {
    h.sim.phone(CALLER).text('hi');
    await h.sim.runUntilIdle();
    const req = h.app.to(SMS)[0];
    expect(req).toBeDefined();
    if (req === undefined) return;
    expect(verified({ ...req, params: { ...req.params, Body: 'hj' } })).toBe(false);
  });

  it('go to the number’s configured messaging URL', async () => {
    h.sim.ownNumber(LINE, { voiceUrl: '/voice', smsUrl: '/custom/sms' });
    h.app.on('/custom/sms', twiml(''));
    h.sim.phone(CALLER).text('hi');
    await h.sim.runUntilIdle();
    expect(h.app.to(SMS)).toHaveLength(0);
    expect(verified(h.app.to('/custom/sms')[0])).toBe(true);
  });

  it('carry pictures as MediaUrlN / MediaContentTypeN, with an MM sid as the provider uses', async () => {
    const sid = h.sim.phone(CALLER).text('', { media: ['image/jpeg', 'image/png'] });
    await h.sim.runUntilIdle();
    const params = h.app.to(SMS)[0]?.params ?? {};
    expect(sid).toMatch(/^MM[0-9a-f]{32}$/);
    expect(params).toMatchObject({
      NumMedia: '2',
      MediaContentType0: 'image/jpeg',
      MediaContentType1: 'image/png',
      Body: '',
    });
    expect(params.MediaUrl0).toMatch(
      new RegExp(`^http://127\\.0\\.0\\.1:\\d+/2010-04-01/Accounts/AC\\w+/Messages/${sid}/Media/ME[0-9a-f]{32}$`),
    );
    expect(params.MediaUrl1).not.toBe(params.MediaUrl0);
    expect(params.MediaUrl2).toBeUndefined();
    expect(verified(h.app.to(SMS)[0])).toBe(true);
  });

  it('keep emoji, accents and right-to-left text intact, counted as UCS-2 segments', async () => {
    const body = 'مرحبا، أحتاج إلى التحدث 👋 — ¿está? café שלום';
    const long = `${body} ${'ש'.repeat(60)}`;
    h.sim.phone(CALLER).text(body);
    h.sim.phone(CALLER).text(long);
    h.sim.phone(CALLER).text('a'.repeat(161));
    await h.sim.runUntilIdle();
    const got = h.app.to(SMS).map((r) => [r.params.Body, r.params.NumSegments]);
    expect(got).toEqual([
      [body, '1'],
      [long, '2'],
      ['a'.repeat(161), '2'],
    ]);
    expect(h.app.to(SMS).every(verified)).toBe(true);
  });

  it('needs to know which owned number is texted when there are several', async () => {
    h.sim.ownNumber('+15555550101', { voiceUrl: '/voice' });
    expect(() => h.sim.phone(CALLER).text('hi')).toThrow(/which owned number/);
    h.sim.phone(CALLER).text('hi', { to: '+15555550101' });
    await h.sim.runUntilIdle();
    expect(h.app.to(SMS)[0]?.params.To).toBe('+15555550101');
  });
});

describe('<Message> replies', () => {
  it('each <Message> reaches a phone: by default the sender, from the number texted; `to` redirects one', async () => {
    h.app.on(
      SMS,
      twiml(
        '<Message>Thanks — a responder will reply soon. 🌱</Message><Message to="+15555550111">New text on the line</Message>',
      ),
    );
    h.sim.phone(CALLER).text('help');
    await h.sim.runUntilIdle();
    expect(h.sim.phone(CALLER).inbox.map((t) => [t.from, t.body])).toEqual([
      [LINE, 'Thanks — a responder will reply soon. 🌱'],
    ]);
    expect(h.sim.inbox(RESPONDER_A).map((t) => [t.from, t.body])).toEqual([[LINE, 'New text on the line']]);
    expect(h.sim.messages.map((m) => [m.direction, m.status])).toEqual([
      ['inbound', 'received'],
      ['outbound-reply', 'delivered'],
      ['outbound-reply', 'delivered'],
    ]);
    expect(h.sim.errors).toEqual([]);
  });

  it('an empty <Response/> (or an empty body) sends nothing', async () => {
    h.app.on(SMS, '<Response/>');
    h.sim.phone(CALLER).text('one');
    await h.sim.runUntilIdle();
    h.app.on(SMS, '');
    h.sim.phone(CALLER).text('two');
    await h.sim.runUntilIdle();
    expect(h.sim.phone(CALLER).inbox).toEqual([]);
    expect(h.sim.messages).toHaveLength(2);
    expect(h.sim.errors).toEqual([]);
  });

  it('other verbs and a `from` the account does not own are reported, not sent', async () => {
    h.app.on(SMS, twiml('<Say>no</Say><Message from="+15555550188">spoofed</Message>'));
    h.sim.phone(CALLER).text('hi');
    await h.sim.runUntilIdle();
    expect(h.sim.phone(CALLER).inbox).toEqual([]);
    expect(h.sim.errors.map((e) => e.kind)).toEqual(['unsupported-verb', 'bad-twiml']);
  });

  it('a <Message statusCallback> gets signed status callbacks', async () => {
    h.app.on(SMS, twiml('<Message statusCallback="/sms-status">ok</Message>')).on('/sms-status', '');
    h.sim.phone(CALLER).text('hi');
    await h.sim.runUntilIdle();
    const status = h.app.to('/sms-status');
    expect(status.map((r) => r.params.MessageStatus)).toEqual(['queued', 'sent', 'delivered']);
    expect(status.every(verified)).toBe(true);
  });
});

describe('retries', () => {
  it('a 500 is retried with the same MessageSid on virtual time, every attempt recorded', async () => {
    let calls = 0;
    h.app.on(SMS, () => (++calls <= 2 ? { status: 500, body: 'boom' } : twiml('<Message>got it</Message>')));
    const start = h.clock.now();
    const sid = h.sim.phone(CALLER).text('are you there');
    await h.sim.runUntilIdle();
    expect(h.app.to(SMS).map((r) => r.params.MessageSid)).toEqual([sid, sid, sid]);
    expect(h.app.to(SMS).every(verified)).toBe(true);
    expect(h.sim.smsAttempts.map((a) => [a.messageSid, a.attempt, a.at - start, a.outcome, a.status])).toEqual([
      [sid, 1, 0, 'http-error', 500],
      [sid, 2, 5000, 'http-error', 500],
      [sid, 3, 35_000, 'ok', 200],
    ]);
    expect(h.sim.phone(CALLER).inbox.map((t) => t.body)).toEqual(['got it']);
    expect(h.sim.errors).toEqual([]);
  });

  it('a refused connection is retried: the app comes back (a restart on a new port) and gets the same MessageSid', async () => {
    const dead = createServer();
    await new Promise<void>((resolve) => dead.listen(0, '127.0.0.1', () => resolve()));
    const deadPort = (dead.address() as AddressInfo).port;
    await new Promise<void>((resolve) => dead.close(() => resolve()));
    h.sim.connectApp(`http://127.0.0.1:${deadPort}`);
    const sid = h.sim.phone(CALLER).text('hello?');
    await h.sim.advance(1);
    expect(h.sim.smsAttempts.map((a) => a.outcome)).toEqual(['unreachable']);
    h.sim.connectApp(h.app.baseUrl);
    await h.sim.runUntilIdle();
    expect(h.sim.smsAttempts.map((a) => [a.messageSid, a.outcome])).toEqual([
      [sid, 'unreachable'],
      [sid, 'ok'],
    ]);
    expect(h.app.to(SMS).map((r) => r.params.MessageSid)).toEqual([sid]);
  });

  it('gives up after the policy’s retries and records one error; a timeout counts as a failure', async () => {
    await h.close();
    h = await harness({ smsRetry: { retries: 1, backoffSeconds: [10] }, httpTimeoutMs: 200 });
    h.sim.ownNumber(LINE, { voiceUrl: '/voice' });
    h.app.on(SMS, { body: twiml(''), delayMs: 500 });
    const sid = h.sim.phone(CALLER).text('slow');
    await h.sim.runUntilIdle();
    expect(h.sim.smsAttempts.map((a) => [a.attempt, a.outcome])).toEqual([
      [1, 'timeout'],
      [2, 'timeout'],
    ]);
    expect(h.sim.errors.map((e) => e.kind)).toEqual(['timeout']);
    expect(h.sim.errors[0]?.message).toContain(sid);
  });

  it('a 4xx (a refused signature) is not retried', async () => {
    h.app.on(SMS, { status: 403, body: 'Forbidden' });
    h.sim.phone(CALLER).text('hi');
    await h.sim.runUntilIdle();
    expect(h.sim.smsAttempts).toHaveLength(1);
    expect(h.sim.errors.map((e) => e.kind)).toEqual(['http-status']);
  });
});

it('the narrative never carries a body or a number', async () => {
  h.app.on(SMS, twiml('<Message>reply body</Message>'));
  h.sim.phone(CALLER).text('secret body');
  await h.sim.runUntilIdle();
  const text = h.log.join('\n');
  expect(h.log.length).toBeGreaterThan(0);
  for (const needle of ['secret body', 'reply body', CALLER, CALLER.slice(-4), LINE])
    expect(text).not.toContain(needle);
});
