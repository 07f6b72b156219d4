import { afterEach, describe, expect, it } from 'vitest';
import type { Harness } from './test-support';
import { ACCOUNT_SID, AUTH_TOKEN, CALLER, LINE, PUBLIC_BASE, RESPONDER_A, harness, rest, twiml } from './test-support';

let h: Harness;
afterEach(async () => {
  await h.close();
});

async function del(path: string): Promise<{ status: number; json: Record<string, unknown> | undefined }> {
  const res = await fetch(`${h.sim.apiBaseUrl}/2010-04-01/Accounts/${ACCOUNT_SID}${path}`, {
    method: 'DELETE',
    headers: { Authorization: `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString('base64')}` },
  });
  const text = await res.text();
  return { status: res.status, json: text === '' ? undefined : (JSON.parse(text) as Record<string, unknown>) };
}

describe('REST Calls: deleting a call record', () => {
  it('is refused with 20009 while the call is in progress, then 204; the record is gone from the API and the list', async () => {
    h = await harness();
    h.sim.ownNumber(LINE, { voiceUrl: '/voice' });
    h.app.on('/voice', twiml('<Say>Thank you for calling the line today</Say><Pause length="5"/>'));
    const call = h.sim.placeCall({ from: CALLER, to: LINE });
    await h.sim.advance(2);
    expect(await del(`/Calls/${call.sid}.json`)).toEqual({
      status: 409,
      json: expect.objectContaining({ code: 20009, status: 409 }),
    });
    expect(h.sim.callRecords.map((c) => c.sid)).toEqual([call.sid]);

    await h.sim.runUntilIdle();
    expect(await del(`/Calls/${call.sid}.json`)).toEqual({ status: 204, json: undefined });
    expect(h.sim.callRecords).toEqual([]);
    expect((await rest(h.sim, 'GET', `/Calls/${call.sid}.json`)).status).toBe(404);
    expect((await del(`/Calls/${call.sid}.json`)).status).toBe(404);
    // What the phones went through is theirs: the leg is still in the simulator's own log.
    expect(h.sim.calls.map((c) => c.sid)).toEqual([call.sid]);
    expect(h.sim.errors).toEqual([]);
  });

  it('answers 404 for a sid it never had', async () => {
    h = await harness();
    expect((await del('/Calls/CA0000000000000000000000000000ffff.json')).json).toMatchObject({
      code: 20404,
      status: 404,
    });
  });
});

describe('REST Messages: ContentRetention and AddressRetention', () => {
  const form = (extra: Record<string, string>) =>
    new URLSearchParams({
      To: RESPONDER_A,
      From: LINE,
      Body: 'K7 is waiting',
      StatusCallback: `${PUBLIC_BASE}/sms-status`,
      ...extra,
    });

  it('records the values a send asked for, and refuses one it does not know with 30029 or 30030', async () => {
    h = await harness();
    h.sim.ownNumber(LINE, { voiceUrl: '/voice' });
    expect(
      (
        await rest(
          h.sim,
          'POST',
          '/Messages.json',
          form({ ContentRetention: 'discard', AddressRetention: 'obfuscate' }),
        )
      ).status,
    ).toBe(201);
    expect((await rest(h.sim, 'POST', '/Messages.json', form({ ContentRetention: 'retain' }))).status).toBe(201);
    expect(h.sim.messages.map((m) => [m.contentRetention, m.addressRetention])).toEqual([
      ['discard', 'obfuscate'],
      ['retain', undefined],
    ]);
    const badContent = await rest(h.sim, 'POST', '/Messages.json', form({ ContentRetention: 'forget' }));
    expect([badContent.status, badContent.json.code]).toEqual([400, 30029]);
    const badAddress = await rest(h.sim, 'POST', '/Messages.json', form({ AddressRetention: 'discard' }));
    expect([badAddress.status, badAddress.json.code]).toEqual([400, 30030]);
    expect(h.sim.messages).toHaveLength(2);
    expect(h.sim.errors.map((e) => e.message)).toEqual([
      'REST 30029: Invalid ContentRetention.',
      'REST 30030: Invalid AddressRetention.',
    ]);
  });

  it('on an account without Message Redaction, refuses the keep-less values and still sends without them', async () => {
    h = await harness({ messageRedaction: false });
    h.sim.ownNumber(LINE, { voiceUrl: '/voice' });
    expect((await rest(h.sim, 'POST', '/Messages.json', form({ ContentRetention: 'discard' }))).json.code).toBe(30029);
    expect((await rest(h.sim, 'POST', '/Messages.json', form({ AddressRetention: 'obfuscate' }))).json.code).toBe(
      30030,
    );
    expect((await rest(h.sim, 'POST', '/Messages.json', form({}))).status).toBe(201);
    expect(h.sim.messages).toHaveLength(1);
  });
});
