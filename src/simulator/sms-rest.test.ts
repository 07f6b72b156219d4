import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isValidSignature } from '../telephony/twilio/signature';
import type { Harness } from './test-support';
import {
  ACCOUNT_SID,
  AUTH_TOKEN,
  LINE,
  PUBLIC_BASE,
  RESPONDER_A,
  RESPONDER_B,
  SIGNING_KEY,
  harness,
  rest,
} from './test-support';

let h: Harness;
beforeEach(async () => {
  h = await harness();
  h.sim.ownNumber(LINE, { voiceUrl: '/voice' });
  h.app.on('/sms-status', '');
});
afterEach(async () => {
  await h.close();
});

const sendForm = (extra: Record<string, string> = {}): URLSearchParams =>
  new URLSearchParams({
    To: RESPONDER_A,
    From: LINE,
    Body: 'K7: someone is texting the line',
    StatusCallback: `${PUBLIC_BASE}/sms-status`,
    ...extra,
  });

const statuses = (): Array<string | undefined> => h.app.to('/sms-status').map((r) => r.params.MessageStatus);

async function del(path: string): Promise<number> {
  const res = await fetch(`${h.sim.apiBaseUrl}/2010-04-01/Accounts/${ACCOUNT_SID}${path}`, {
    method: 'DELETE',
    headers: { Authorization: `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString('base64')}` },
  });
  await res.arrayBuffer();
  return res.status;
}

describe('REST Messages', () => {
  it('POST answers 201 queued, delivers to the phone’s inbox and posts signed queued → sent → delivered callbacks', async () => {
    const created = await rest(h.sim, 'POST', '/Messages.json', sendForm());
    expect(created.status).toBe(201);
    const sid = String(created.json.sid);
    expect(sid).toMatch(/^SM[0-9a-f]{32}$/);
    expect(created.json).toMatchObject({
      account_sid: ACCOUNT_SID,
      to: RESPONDER_A,
      from: LINE,
      body: 'K7: someone is texting the line',
      status: 'queued',
      direction: 'outbound-api',
      num_segments: '1',
      num_media: '0',
      api_version: '2010-04-01',
      error_code: null,
      uri: `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages/${sid}.json`,
    });
    const start = h.clock.now();
    await h.sim.runUntilIdle();
    expect(statuses()).toEqual(['queued', 'sent', 'delivered']);
    const callbacks = h.app.to('/sms-status');
    expect(callbacks.every((r) => isValidSignature(SIGNING_KEY, PUBLIC_BASE + r.url, r.params, r.signature))).toBe(
      true,
    );
    expect(callbacks[2]?.params).toEqual({
      MessageSid: sid,
      SmsSid: sid,
      AccountSid: ACCOUNT_SID,
      From: LINE,
      To: RESPONDER_A,
      MessageStatus: 'delivered',
      SmsStatus: 'delivered',
      ApiVersion: '2010-04-01',
    });
    expect(h.sim.phone(RESPONDER_A).inbox).toEqual([
      { sid, from: LINE, body: 'K7: someone is texting the line', at: start + 2000 },
    ]);
    const fetched = await rest(h.sim, 'GET', `/Messages/${sid}.json`);
    expect(fetched.json).toMatchObject({ sid, status: 'delivered' });
    expect(typeof fetched.json.date_sent).toBe('string');
  });

  it('texts keep their order in the inbox', async () => {
    for (const body of ['one', 'two', 'שלוש 🌿']) await rest(h.sim, 'POST', '/Messages.json', sendForm({ Body: body }));
    await h.sim.runUntilIdle();
    expect(h.sim.inbox(RESPONDER_A).map((t) => t.body)).toEqual(['one', 'two', 'שלוש 🌿']);
  });

  it('an unreachable phone: queued → sent → undelivered (30003), nothing in its inbox', async () => {
    h.sim.phone(RESPONDER_B, { kind: 'unreachable' });
    const created = await rest(h.sim, 'POST', '/Messages.json', sendForm({ To: RESPONDER_B }));
    await h.sim.runUntilIdle();
    expect(statuses()).toEqual(['queued', 'sent', 'undelivered']);
    expect(h.app.to('/sms-status')[2]?.params.ErrorCode).toBe('30003');
    expect(h.sim.phone(RESPONDER_B).inbox).toEqual([]);
    expect((await rest(h.sim, 'GET', `/Messages/${String(created.json.sid)}.json`)).json).toMatchObject({
      status: 'undelivered',
      error_code: 30003,
    });
  });

  it('without StatusCallback, no callbacks; a MessagingServiceSid stands in for From', async () => {
    const service = `MG${'a'.repeat(32)}`;
    const created = await rest(
      h.sim,
      'POST',
      '/Messages.json',
      new URLSearchParams({ To: RESPONDER_A, MessagingServiceSid: service, Body: 'hi' }),
    );
    expect(created.json).toMatchObject({ from: LINE, messaging_service_sid: service });
    await h.sim.runUntilIdle();
    expect(h.app.requests).toHaveLength(0);
    expect(h.sim.inbox(RESPONDER_A).map((t) => t.from)).toEqual([LINE]);
  });

  it('invalid To → 400 with code 21211 (recorded as an app error, without the number); other refusals have their codes', async () => {
    const bad = await rest(h.sim, 'POST', '/Messages.json', sendForm({ To: '555-not-a-number' }));
    expect(bad.status).toBe(400);
    expect(bad.json).toMatchObject({ code: 21211, status: 400, more_info: 'https://www.twilio.com/docs/errors/21211' });
    expect(h.sim.errors.map((e) => e.kind)).toEqual(['rest']);
    expect(h.sim.errors[0]?.message).not.toContain('555');
    expect((await rest(h.sim, 'POST', '/Messages.json', sendForm({ From: '+15555550188' }))).json.code).toBe(21606);
    expect((await rest(h.sim, 'POST', '/Messages.json', sendForm({ Body: '' }))).json.code).toBe(21602);
    expect((await rest(h.sim, 'POST', '/Messages.json', sendForm({ Body: 'x'.repeat(1601) }))).json.code).toBe(21617);
    expect(
      (await rest(h.sim, 'POST', '/Messages.json', new URLSearchParams({ To: RESPONDER_A, Body: 'x' }))).json.code,
    ).toBe(21603);
    expect(h.sim.messages).toHaveLength(0);
  });

  it('requires basic auth', async () => {
    const wrong = await rest(h.sim, 'POST', '/Messages.json', sendForm(), `${ACCOUNT_SID}:nope`);
    expect(wrong.status).toBe(401);
    expect(h.sim.messages).toHaveLength(0);
  });

  it('DELETE erases the provider’s record (inbound ones too); the handset keeps what it received', async () => {
    const created = await rest(h.sim, 'POST', '/Messages.json', sendForm());
    h.app.on('/webhooks/twilio/sms', '<Response/>');
    const inbound = h.sim.phone('+15555550199').text('please forget me');
    await h.sim.runUntilIdle();
    const sid = String(created.json.sid);
    expect(h.sim.messages.map((m) => m.sid)).toEqual([sid, inbound]);
    expect(await del(`/Messages/${sid}.json`)).toBe(204);
    expect(await del(`/Messages/${inbound}.json`)).toBe(204);
    expect(h.sim.messages).toEqual([]);
    expect((await rest(h.sim, 'GET', `/Messages/${sid}.json`)).json).toMatchObject({ code: 20404, status: 404 });
    expect(await del(`/Messages/${sid}.json`)).toBe(404);
    expect(h.sim.inbox(RESPONDER_A)).toHaveLength(1);
  });

  it('a carrier that never reports past sent: the phone gets the text, the record stays sent, and it can be deleted', async () => {
    await h.close();
    h = await harness({ deliveryReceipts: false });
    h.sim.ownNumber(LINE, { voiceUrl: '/voice' });
    h.app.on('/sms-status', '');
    const created = await rest(h.sim, 'POST', '/Messages.json', sendForm());
    const sid = String(created.json.sid);
    expect(await del(`/Messages/${sid}.json`)).toBe(409); // still queued: Twilio's 20009
    await h.sim.runUntilIdle();
    expect(statuses()).toEqual(['queued', 'sent']);
    expect(h.sim.inbox(RESPONDER_A)).toHaveLength(1);
    expect(h.sim.messages.map((m) => m.status)).toEqual(['sent']);
    expect(await del(`/Messages/${sid}.json`)).toBe(204);
  });

  it('plays a SignalWire account: a send naming ContentRetention or AddressRetention is refused with 422, nothing sent', async () => {
    await h.close();
    h = await harness({ provider: 'signalwire' });
    h.sim.ownNumber(LINE, { voiceUrl: '/voice' });
    const refused = await rest(h.sim, 'POST', '/Messages.json', sendForm({ AddressRetention: 'obfuscate' }));
    expect(refused).toEqual({
      status: 422,
      json: { errors: [expect.objectContaining({ code: 'invalid_parameter', attribute: 'AddressRetention' })] },
    });
    expect(h.sim.messages).toEqual([]);
    expect((await rest(h.sim, 'POST', '/Messages.json', sendForm())).status).toBe(201);
  });
});
