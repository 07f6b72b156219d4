import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Harness } from './test-support';
import { CALLER, LINE, PUBLIC_BASE, RESPONDER_A, harness, rest, signedCorrectly, twiml } from './test-support';

let h: Harness;
beforeEach(async () => {
  h = await harness();
  h.sim.ownNumber(LINE, { voiceUrl: '/voice' });
  h.app
    .on(
      '/voice',
      twiml('<Say>Thank you for calling</Say><Enqueue waitUrl="/wait" action="/after-queue">crisis</Enqueue>'),
    )
    .on('/wait', twiml('<Say>Please hold</Say><Pause length="10"/>'))
    .on('/after-queue', twiml('<Say>Take care</Say>'));
});
afterEach(async () => {
  await h.close();
});

/** The app calls a responder whose TwiML screens with a Gather and then dials the queue. */
function responderRoutes(
  dial = '<Dial action="/responder-dial-done"><Queue url="/connecting">crisis</Queue></Dial>',
): void {
  h.app
    .on(
      '/responder',
      twiml(
        '<Gather numDigits="1" action="/accept"><Say>Someone needs help. Press 1 to take the call</Say></Gather><Hangup/>',
      ),
    )
    .on('/accept', twiml(dial))
    .on('/connecting', twiml('<Say>Connecting you now</Say>'))
    .on('/responder-dial-done', twiml('<Say>Thank you for taking the call</Say>'))
    .on('/debrief', twiml('<Say>Debrief</Say><Pause length="5"/>'));
}

async function callResponder(): Promise<string> {
  const created = await rest(
    h.sim,
    'POST',
    '/Calls.json',
    new URLSearchParams({ To: RESPONDER_A, From: LINE, Url: `${PUBLIC_BASE}/responder` }),
  );
  expect(created.status).toBe(201);
  return String(created.json.sid);
}

describe('queues', () => {
  it('requests waitUrl repeatedly while waiting, and <Leave> goes to the action with QueueResult=leave', async () => {
    let waits = 0;
    h.app.on('/wait', () => (++waits < 3 ? twiml('<Say>Please hold</Say><Pause length="10"/>') : twiml('<Leave/>')));
    const call = h.sim.placeCall({ from: CALLER, to: LINE });
    await h.sim.runUntilIdle();

    const waitReqs = h.app.to('/wait');
    expect(waitReqs).toHaveLength(3);
    // Enqueued at 1.6 s (the greeting); each wait round is 0.8 s of Say + 10 s of Pause.
    expect(waitReqs.map((r) => r.params.QueueTime)).toEqual(['0', '11', '22']);
    for (const r of waitReqs) {
      expect(r.params).toMatchObject({
        QueuePosition: '1',
        CurrentQueueSize: '1',
        MaxQueueSize: '1000',
        CallSid: call.sid,
      });
      expect(r.params.QueueSid).toMatch(/^QU/);
      expect(r.params.AvgQueueTime).toBe(r.params.QueueTime);
    }
    expect(h.app.to('/after-queue')[0]?.params).toMatchObject({
      QueueResult: 'leave',
      QueueTime: '22',
      QueueSid: waitReqs[0]?.params.QueueSid,
    });
    expect(call.heard.map((l) => l.text)).toEqual(['Thank you for calling', 'Please hold', 'Please hold', 'Take care']);
    expect(call.events.map((e) => e.what)).toEqual(expect.arrayContaining(['enqueued', 'left-queue', 'hangup']));
    expect(h.app.requests.every((r) => signedCorrectly(r))).toBe(true);
    expect(h.sim.errors).toEqual([]);
  });

  it('a queue wait loop is never idle: runUntilIdle stops at the virtual-time cap', async () => {
    const call = h.sim.placeCall({ from: CALLER, to: LINE });
    const result = await h.sim.runUntilIdle({ maxVirtualSeconds: 60 });
    expect(result.reason).toBe('time-cap');
    expect(call.status).toBe('in-progress');
    expect(h.app.to('/wait').length).toBe(6); // 10.8 s per round, starting at 1.6 s
    call.hangUp();
    expect((await h.sim.runUntilIdle()).reason).toBe('idle');
  });

  it('a caller who hangs up while waiting still produces the action request, with QueueResult=hangup', async () => {
    const call = h.sim.placeCall({ from: CALLER, to: LINE, caller: { hangUpAfterSeconds: 25 } });
    await h.sim.runUntilIdle();
    expect(call.status).toBe('completed');
    expect(h.app.to('/after-queue')[0]?.params).toMatchObject({
      QueueResult: 'hangup',
      CallStatus: 'completed',
      QueueTime: '23',
    });
    // The reply to that request is ignored: nothing more is heard.
    expect(call.heard.at(-1)?.text).toBe('Please hold');
  });

  it('<Dial><Queue> on a REST leg bridges with the waiting caller; when the responder hangs up the caller continues with QueueResult=bridged', async () => {
    responderRoutes();
    h.sim.phone(RESPONDER_A, { kind: 'answer', afterSeconds: 4, press: '1', hangUpAfterSeconds: 30 });
    const call = h.sim.placeCall({ from: CALLER, to: LINE });
    await h.sim.advance(5);
    const responderSid = await callResponder();
    await h.sim.runUntilIdle();

    expect(call.bridgedWith).toBe(responderSid);
    expect(call.events.map((e) => e.what)).toContain(`bridged:${responderSid}`);
    expect(call.heard.map((l) => l.text)).toEqual(expect.arrayContaining(['Connecting you now', 'Take care']));
    expect(h.app.to('/connecting')[0]?.params).toMatchObject({ CallSid: call.sid, DequeingCallSid: responderSid });
    expect(h.app.to('/after-queue')[0]?.params).toMatchObject({
      QueueResult: 'bridged',
      CallSid: call.sid,
      CallStatus: 'in-progress',
    });
    expect(h.app.to('/responder-dial-done')[0]?.params).toMatchObject({
      CallSid: responderSid,
      CallStatus: 'completed',
      DialCallStatus: 'completed',
      DialCallSid: call.sid,
      DialCallDuration: '30',
    });
    const log = h.sim.phoneLog(RESPONDER_A);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      sid: responderSid,
      shownCallerId: LINE,
      pressed: ['1'],
      bridgedWith: call.sid,
      status: 'completed',
    });
    expect(log[0]?.heard.map((l) => l.text)).toEqual(['Someone needs help. Press 1 to take the call']);
    expect(call.status).toBe('completed');
    expect(h.app.requests.every((r) => signedCorrectly(r))).toBe(true);
    expect(h.sim.errors).toEqual([]);
  });

  it('<Queue url>: the document plays to the dequeued caller only, then the bridge is made as it ends', async () => {
    responderRoutes();
    h.sim.phone(RESPONDER_A, { kind: 'answer', afterSeconds: 4, press: '1', hangUpAfterSeconds: 30 });
    const call = h.sim.placeCall({ from: CALLER, to: LINE });
    await h.sim.advance(5);
    const responderSid = await callResponder();
    await h.sim.runUntilIdle();

    const bridged = call.events.find((e) => e.what === `bridged:${responderSid}`)?.at;
    const announced = call.heard.find((l) => l.text === 'Connecting you now');
    // Three words at the simulator's 0.4 s a word: Twilio's docs say only "before the two parties are
    // connected"; bridging the moment the document ends is our reading.
    expect(bridged).toBe((announced?.at ?? 0) + 1200);
    // Fetched once, for the caller's leg, after the responder's press (the accept answer's request).
    expect(h.app.to('/connecting').map((r) => r.params.CallSid)).toEqual([call.sid]);
    const order = h.app.requests.map((r) => r.path).filter((path) => path === '/accept' || path === '/connecting');
    expect(order).toEqual(['/accept', '/connecting']);
    // Our reading: the dialing side hears nothing of it (the docs say it runs "on the queued caller's end").
    const heardByResponder = h.sim.call(responderSid)?.heard ?? [];
    expect(heardByResponder.map((l) => l.text)).toEqual(['Someone needs help. Press 1 to take the call']);
    expect(h.sim.errors).toEqual([]);
  });

  it('a REST redirect of a bridged caller breaks the bridge: the caller runs the new TwiML, the responder continues at its Dial action', async () => {
    responderRoutes();
    h.sim.phone(RESPONDER_A, { kind: 'answer', afterSeconds: 2, press: '1' });
    const call = h.sim.placeCall({ from: CALLER, to: LINE });
    await h.sim.advance(3);
    const responderSid = await callResponder();
    await h.sim.advance(30);
    expect(call.bridgedWith).toBe(responderSid);
    expect(call.isBridged).toBe(true);

    const redirected = await rest(
      h.sim,
      'POST',
      `/Calls/${call.sid}.json`,
      new URLSearchParams({ Url: `${PUBLIC_BASE}/debrief` }),
    );
    expect(redirected.status).toBe(200);
    await h.sim.runUntilIdle();
    expect(call.isBridged).toBe(false);
    expect(call.heard.at(-1)?.text).toBe('Debrief');
    // The Enqueue action is told (redirected-from-bridged), and its reply is not run: the caller heard Debrief last.
    expect(h.app.to('/after-queue').map((r) => r.params.QueueResult)).toEqual(['redirected-from-bridged']);
    expect(h.app.to('/responder-dial-done')[0]?.params).toMatchObject({
      DialCallStatus: 'completed',
      DialCallSid: call.sid,
      CallStatus: 'in-progress',
    });
    expect(h.sim.call(responderSid)?.heard.at(-1)?.text).toBe('Thank you for taking the call');
    expect(h.sim.calls.every((c) => c.status === 'completed')).toBe(true);
    expect(h.sim.errors).toEqual([]);
  });

  it('hangupOnStar: the dialing responder presses * and both sides continue with their own actions', async () => {
    responderRoutes('<Dial hangupOnStar="true" action="/responder-dial-done"><Queue>crisis</Queue></Dial>');
    h.sim.phone(RESPONDER_A, { kind: 'answer', afterSeconds: 2, press: '1', pressStarAfterSeconds: 12 });
    const call = h.sim.placeCall({ from: CALLER, to: LINE });
    await h.sim.advance(3);
    const responderSid = await callResponder();
    await h.sim.runUntilIdle();
    expect(h.app.to('/responder-dial-done')[0]?.params).toMatchObject({
      DialCallStatus: 'completed',
      DialCallDuration: '12',
      CallStatus: 'in-progress',
    });
    expect(h.app.to('/after-queue')[0]?.params).toMatchObject({ QueueResult: 'bridged', CallStatus: 'in-progress' });
    expect(call.heard.at(-1)?.text).toBe('Take care');
    expect(h.sim.call(responderSid)?.pressed).toEqual(['1', '*']);
  });

  it('<Dial><Queue> on a queue that does not exist posts an error status at once', async () => {
    responderRoutes();
    h.sim.phone(RESPONDER_A, { kind: 'answer', afterSeconds: 1, press: '1' });
    const responderSid = await callResponder();
    await h.sim.runUntilIdle();
    const done = h.app.to('/responder-dial-done')[0];
    expect(done?.params).toMatchObject({ DialCallStatus: 'failed', CallSid: responderSid });
  });

  it('<Dial><Queue> on an empty queue waits for its timeout, then continues with DialCallStatus=no-answer', async () => {
    responderRoutes('<Dial timeout="8" action="/responder-dial-done"><Queue url="/connecting">crisis</Queue></Dial>');
    h.sim.phone(RESPONDER_A, { kind: 'answer', afterSeconds: 1, press: '1' });
    const call = h.sim.placeCall({ from: CALLER, to: LINE, caller: { hangUpAfterSeconds: 3 } });
    await h.sim.advance(4); // the queue exists, and is empty again
    expect(call.status).toBe('completed');
    const responderSid = await callResponder();
    await h.sim.runUntilIdle();
    expect(h.app.to('/responder-dial-done')[0]?.params).toMatchObject({
      DialCallStatus: 'no-answer',
      CallSid: responderSid,
      DialCallDuration: '0',
    });
    // Twilio waits out the Dial's timeout on an empty queue; it does not return at once.
    const responder = h.sim.call(responderSid);
    const pressedAt = responder?.events.find((e) => e.what === 'pressed:1')?.at ?? 0;
    const toldAt = responder?.heard.find((l) => l.text === 'Thank you for taking the call')?.at ?? 0;
    expect(toldAt - pressedAt).toBeGreaterThanOrEqual(8000);
    expect(toldAt - pressedAt).toBeLessThan(9000);
  });

  it('<Dial><Queue> on an empty queue takes the next caller to join it', async () => {
    responderRoutes('<Dial timeout="30" action="/responder-dial-done"><Queue url="/connecting">crisis</Queue></Dial>');
    h.sim.phone(RESPONDER_A, { kind: 'answer', afterSeconds: 1, press: '1', hangUpAfterSeconds: 10 });
    const first = h.sim.placeCall({ from: CALLER, to: LINE, caller: { hangUpAfterSeconds: 3 } });
    await h.sim.advance(4);
    expect(first.status).toBe('completed');
    const responderSid = await callResponder();
    await h.sim.advance(10); // the responder is waiting on the empty queue
    const second = h.sim.placeCall({ from: '+15550100777', to: LINE });
    await h.sim.runUntilIdle();
    expect(second.bridgedWith).toBe(responderSid);
    expect(h.app.to('/responder-dial-done')[0]?.params).toMatchObject({
      DialCallStatus: 'completed',
      DialCallSid: second.sid,
    });
  });

  it('a waitUrl that fails takes the caller out of the queue to the action with QueueResult=error, and its reply is run', async () => {
    h.app.on('/wait', { status: 500, body: 'boom' });
    const call = h.sim.placeCall({ from: CALLER, to: LINE });
    await h.sim.runUntilIdle();
    expect(h.app.to('/after-queue')[0]?.params).toMatchObject({ QueueResult: 'error', CallStatus: 'in-progress' });
    expect(call.heard.map((l) => l.text)).toEqual(['Thank you for calling', 'Take care']);
    expect(h.sim.errors.map((e) => e.kind)).toEqual(['http-status']);
  });

  it('a full queue refuses the caller: the action hears QueueResult=queue-full, with no QueueSid', async () => {
    await h.close();
    h = await harness({ queueMaxSize: 1 });
    h.sim.ownNumber(LINE, { voiceUrl: '/voice' });
    h.app
      .on('/voice', twiml('<Enqueue waitUrl="/wait" action="/after-queue">crisis</Enqueue>'))
      .on('/wait', twiml('<Pause length="10"/>'))
      .on('/after-queue', twiml('<Say>The line is busy</Say>'));
    const first = h.sim.placeCall({ from: CALLER, to: LINE, caller: { hangUpAfterSeconds: 30 } });
    const second = h.sim.placeCall({ from: '+15550100777', to: LINE });
    await h.sim.runUntilIdle();
    const results = h.app.to('/after-queue').map((r) => [r.params.CallSid, r.params.QueueResult, r.params.QueueSid]);
    expect(results).toEqual([
      [second.sid, 'queue-full', undefined],
      [first.sid, 'hangup', expect.stringMatching(/^QU/)],
    ]);
    expect(second.heard.map((l) => l.text)).toEqual(['The line is busy']);
    expect(h.app.to('/wait')[0]?.params.MaxQueueSize).toBe('1');
  });

  it('the provider can fail to enqueue (system-error); the caller goes on at the action, and the next Enqueue works', async () => {
    h.sim.failNextEnqueue('system-error');
    let attempt = 0;
    h.app.on('/after-queue', () =>
      ++attempt === 1
        ? twiml('<Say>One moment</Say><Enqueue waitUrl="/wait" action="/after-queue">crisis</Enqueue>')
        : twiml('<Say>Take care</Say>'),
    );
    const call = h.sim.placeCall({ from: CALLER, to: LINE, caller: { hangUpAfterSeconds: 20 } });
    await h.sim.runUntilIdle();
    expect(h.app.to('/after-queue').map((r) => r.params.QueueResult)).toEqual(['system-error', 'hangup']);
    expect(call.heard.map((l) => l.text)).toEqual(expect.arrayContaining(['One moment', 'Please hold']));
  });

  it('a REST redirect of a caller still waiting tells the action QueueResult=redirected, and runs only the new TwiML', async () => {
    const call = h.sim.placeCall({ from: CALLER, to: LINE });
    await h.sim.advance(5);
    const redirected = await rest(
      h.sim,
      'POST',
      `/Calls/${call.sid}.json`,
      new URLSearchParams({ Url: `${PUBLIC_BASE}/debrief` }),
    );
    expect(redirected.status).toBe(200);
    h.app.on('/debrief', twiml('<Say>Debrief</Say>'));
    await h.sim.runUntilIdle();
    expect(h.app.to('/after-queue').map((r) => r.params.QueueResult)).toEqual(['redirected']);
    expect(call.heard.at(-1)?.text).toBe('Debrief');
  });

  it('redirecting a call that has ended is refused with 21220', async () => {
    const call = h.sim.placeCall({ from: CALLER, to: LINE, caller: { hangUpAfterSeconds: 3 } });
    await h.sim.runUntilIdle();
    const refused = await rest(
      h.sim,
      'POST',
      `/Calls/${call.sid}.json`,
      new URLSearchParams({ Url: `${PUBLIC_BASE}/debrief` }),
    );
    expect(refused).toEqual({ status: 400, json: expect.objectContaining({ code: 21220, status: 400 }) });
  });
});
