import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Harness } from './test-support';
import { ACCOUNT_SID, LINE, PUBLIC_BASE, RESPONDER_A, harness, rest, signedCorrectly, twiml } from './test-support';

let h: Harness;
beforeEach(async () => {
  h = await harness();
  h.sim.ownNumber(LINE, { voiceUrl: '/voice' });
  h.app.on('/status', '').on('/outbound', twiml('<Say>You have a call</Say>'));
});
afterEach(async () => {
  await h.close();
});

function createForm(extra: Record<string, string> = {}): URLSearchParams {
  const form = new URLSearchParams({
    To: RESPONDER_A,
    From: LINE,
    Url: `${PUBLIC_BASE}/outbound`,
    StatusCallback: `${PUBLIC_BASE}/status`,
    ...extra,
  });
  for (const e of ['initiated', 'ringing', 'answered', 'completed']) form.append('StatusCallbackEvent', e);
  return form;
}

const statuses = (h: Harness): string[] => h.app.to('/status').map((r) => r.params.CallStatus ?? '');

describe('REST Calls API', () => {
  it('creates a call that is answered: status callbacks initiated → ringing → in-progress → completed', async () => {
    h.sim.phone(RESPONDER_A, { kind: 'answer', afterSeconds: 4 });
    const created = await rest(h.sim, 'POST', '/Calls.json', createForm());
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      status: 'queued',
      to: RESPONDER_A,
      from: LINE,
      direction: 'outbound-api',
      duration: null,
    });
    const sid = String(created.json.sid);
    expect(sid).toMatch(/^CA[0-9a-f]{32}$/);

    await h.sim.runUntilIdle();
    expect(statuses(h)).toEqual(['initiated', 'ringing', 'in-progress', 'completed']);
    const cbs = h.app.to('/status');
    expect(cbs.map((r) => r.params.SequenceNumber)).toEqual(['0', '1', '2', '3']);
    expect(
      cbs.every(
        (r) =>
          r.params.CallbackSource === 'call-progress-events' &&
          r.params.CallSid === sid &&
          r.params.Direction === 'outbound-api',
      ),
    ).toBe(true);
    expect(cbs[3]?.params.CallDuration).toBe('2'); // one Say of four words: 1.6 s
    expect(cbs[0]?.params.Timestamp).toMatch(/\+0000$/);
    expect(h.app.to('/outbound')[0]?.params).toMatchObject({
      CallSid: sid,
      From: LINE,
      To: RESPONDER_A,
      CallStatus: 'in-progress',
    });
    expect(h.app.requests.every((r) => signedCorrectly(r))).toBe(true);
    expect(h.sim.phoneLog(RESPONDER_A)).toEqual([
      expect.objectContaining({
        sid,
        shownCallerId: LINE,
        status: 'completed',
        heard: [expect.objectContaining({ text: 'You have a call' })],
      }),
    ]);

    const fetched = await rest(h.sim, 'GET', `/Calls/${sid}.json`);
    expect(fetched.json).toMatchObject({ sid, status: 'completed', duration: '2', account_sid: ACCOUNT_SID });
    expect(h.sim.errors).toEqual([]);
  });

  it('busy phone: initiated → busy, and the Url is never fetched', async () => {
    h.sim.phone(RESPONDER_A, { kind: 'busy' });
    await rest(h.sim, 'POST', '/Calls.json', createForm());
    await h.sim.runUntilIdle();
    expect(statuses(h)).toEqual(['initiated', 'busy']);
    expect(h.app.to('/outbound')).toHaveLength(0);
    expect(h.app.to('/status')[1]?.params.CallDuration).toBe('0');
  });

  it('ignored phone rings out after Timeout: initiated → ringing → no-answer', async () => {
    h.sim.phone(RESPONDER_A, { kind: 'ignore' });
    const start = h.clock.now();
    await rest(h.sim, 'POST', '/Calls.json', createForm({ Timeout: '20' }));
    await h.sim.runUntilIdle();
    expect(statuses(h)).toEqual(['initiated', 'ringing', 'no-answer']);
    expect(h.sim.calls[0]?.endedAt).toBe(start + 1000 + 20_000);
  });

  it('unknown numbers behave as ignore, with the default 60 s timeout', async () => {
    const start = h.clock.now();
    await rest(h.sim, 'POST', '/Calls.json', createForm({ To: '+15555550177' }));
    await h.sim.runUntilIdle();
    expect(statuses(h)).toEqual(['initiated', 'ringing', 'no-answer']);
    expect(h.sim.calls[0]?.endedAt).toBe(start + 61_000);
  });

  it('voicemail answers at once: the answered event fires and the TwiML runs on the voicemail', async () => {
    h.sim.phone(RESPONDER_A, { kind: 'voicemail', recordSeconds: 10 });
    h.app.on('/outbound', twiml('<Gather numDigits="1" timeout="30"><Say>Press 1 to accept</Say></Gather><Hangup/>'));
    await rest(h.sim, 'POST', '/Calls.json', createForm());
    await h.sim.runUntilIdle();
    expect(statuses(h)).toEqual(['initiated', 'ringing', 'in-progress', 'completed']);
    expect(h.app.to('/status')[3]?.params.CallDuration).toBe('10');
    expect(h.sim.phoneLog(RESPONDER_A)[0]).toMatchObject({ pressed: [], status: 'completed' });
  });

  it('Status=canceled cancels a ringing leg', async () => {
    h.sim.phone(RESPONDER_A, { kind: 'answer', afterSeconds: 10 });
    const created = await rest(h.sim, 'POST', '/Calls.json', createForm());
    await h.sim.advance(3);
    const sid = String(created.json.sid);
    const canceled = await rest(h.sim, 'POST', `/Calls/${sid}.json`, new URLSearchParams({ Status: 'canceled' }));
    expect(canceled.json.status).toBe('canceled');
    await h.sim.runUntilIdle();
    expect(statuses(h)).toEqual(['initiated', 'ringing', 'canceled']);
    expect(h.app.to('/outbound')).toHaveLength(0);
  });

  it('Status=completed hangs up a live leg and Url redirects one', async () => {
    h.sim.phone(RESPONDER_A, { kind: 'answer', afterSeconds: 1 });
    h.app
      .on('/outbound', twiml('<Pause length="100"/>'))
      .on('/elsewhere', twiml('<Say>Redirected</Say><Pause length="100"/>'));
    const created = await rest(h.sim, 'POST', '/Calls.json', createForm());
    const sid = String(created.json.sid);
    await h.sim.advance(10);
    const redirected = await rest(
      h.sim,
      'POST',
      `/Calls/${sid}.json`,
      new URLSearchParams({ Url: `${PUBLIC_BASE}/elsewhere` }),
    );
    expect(redirected.status).toBe(200);
    await h.sim.advance(5);
    expect(h.sim.call(sid)?.heard.map((l) => l.text)).toEqual(['Redirected']);
    const done = await rest(h.sim, 'POST', `/Calls/${sid}.json`, new URLSearchParams({ Status: 'completed' }));
    expect(done.json.status).toBe('completed');
    await h.sim.runUntilIdle();
    expect(h.sim.call(sid)?.status).toBe('completed');
    expect(statuses(h).at(-1)).toBe('completed');
    const again = await rest(
      h.sim,
      'POST',
      `/Calls/${sid}.json`,
      new URLSearchParams({ Url: `${PUBLIC_BASE}/elsewhere` }),
    );
    expect(again.json).toMatchObject({ code: 21220, status: 400 });
  });

  it('requires basic auth: 401 without or with wrong credentials', async () => {
    const res = await fetch(`${h.sim.apiBaseUrl}/2010-04-01/Accounts/${ACCOUNT_SID}/Calls.json`, {
      method: 'POST',
      body: createForm(),
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ code: 20003, status: 401 });
    const wrong = await rest(h.sim, 'POST', '/Calls.json', createForm(), `${ACCOUNT_SID}:not-the-token`);
    expect(wrong.status).toBe(401);
    expect(h.sim.calls).toHaveLength(0);
  });

  it('answers 404 with the provider error shape for an unknown call', async () => {
    const missing = await rest(h.sim, 'GET', '/Calls/CA00000000000000000000000000000999.json');
    expect(missing.status).toBe(404);
    expect(missing.json).toMatchObject({ code: 20404, status: 404 });
    expect(typeof missing.json.message).toBe('string');
    const update = await rest(
      h.sim,
      'POST',
      '/Calls/CA00000000000000000000000000000999.json',
      new URLSearchParams({ Status: 'completed' }),
    );
    expect(update.status).toBe(404);
  });

  it('rejects a From the account does not own (recorded as an app error)', async () => {
    const res = await rest(h.sim, 'POST', '/Calls.json', createForm({ From: '+15555550188' }));
    expect(res.status).toBe(400);
    expect(res.json.code).toBe(21210);
    expect(h.sim.errors.map((e) => e.kind)).toEqual(['rest']);
  });

  it('serves REST calls made while a webhook is in flight', async () => {
    h.sim.phone(RESPONDER_A, { kind: 'answer' });
    h.app.on('/voice', async () => {
      const made = await rest(h.sim, 'POST', '/Calls.json', createForm());
      return twiml(`<Say>Calling ${made.status}</Say>`);
    });
    const call = h.sim.placeCall({ from: '+15555550199', to: LINE });
    await h.sim.runUntilIdle();
    expect(call.heard.map((l) => l.text)).toEqual(['Calling 201']);
    expect(h.sim.phoneLog(RESPONDER_A)[0]?.status).toBe('completed');
  });
});
