import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Harness } from './test-support';
import { CALLER, LINE, RESPONDER_A, RESPONDER_B, harness, signedCorrectly, twiml } from './test-support';

let h: Harness;
beforeEach(async () => {
  h = await harness();
  h.sim.ownNumber(LINE, { voiceUrl: '/voice' });
  h.app
    .on(
      '/voice',
      twiml(
        `<Dial action="/dial-done" callerId="${LINE}" timeout="20"><Number url="/screen">${RESPONDER_A}</Number><Number url="/screen">${RESPONDER_B}</Number></Dial>`,
      ),
    )
    .on(
      '/screen',
      twiml('<Gather numDigits="1" action="/screen-accept"><Say>Press 1 to accept</Say></Gather><Hangup/>'),
    )
    .on('/screen-accept', twiml('<Say>Connecting</Say>'))
    .on('/dial-done', twiml('<Say>Nobody could take your call</Say>'));
});
afterEach(async () => {
  await h.close();
});

describe('<Dial> with several numbers', () => {
  it('a voicemail that picks up first wins: the human leg is hung up at once, even though the screen then declines the voicemail', async () => {
    h.sim.phone(RESPONDER_A, { kind: 'voicemail', afterSeconds: 1 });
    h.sim.phone(RESPONDER_B, { kind: 'answer', afterSeconds: 3, press: '1' });
    const call = h.sim.placeCall({ from: CALLER, to: LINE });
    await h.sim.runUntilIdle();

    const [voicemail] = h.sim.phoneLog(RESPONDER_A);
    const [human] = h.sim.phoneLog(RESPONDER_B);
    const vmRecord = h.sim.calls.find((c) => c.sid === voicemail?.sid);
    const humanRecord = h.sim.calls.find((c) => c.sid === human?.sid);

    // The human leg ended the moment the voicemail answered, before it could pick up.
    expect(humanRecord?.status).toBe('canceled');
    expect(humanRecord?.answeredAt).toBeUndefined();
    expect(humanRecord?.endedAt).toBe(vmRecord?.answeredAt);
    expect(human?.heard).toEqual([]);
    expect(human?.pressed).toEqual([]);

    // The voicemail heard the screen, pressed nothing, and the screen hung up: no bridge.
    expect(voicemail?.heard.map((l) => l.text)).toEqual(['Press 1 to accept']);
    expect(voicemail?.pressed).toEqual([]);
    expect(voicemail?.bridgedWith).toBeUndefined();
    expect(h.app.to('/screen')).toHaveLength(1);
    expect(h.app.to('/screen')[0]?.params).toMatchObject({
      Direction: 'outbound-dial',
      ParentCallSid: call.sid,
      From: LINE,
      To: RESPONDER_A,
    });

    expect(h.app.to('/dial-done')[0]?.params).toMatchObject({
      DialCallStatus: 'no-answer',
      DialCallSid: voicemail?.sid,
      CallSid: call.sid,
    });
    expect(call.bridgedWith).toBeUndefined();
    expect(call.heard.map((l) => l.text)).toEqual(['Nobody could take your call']);
    expect(voicemail?.shownCallerId).toBe(LINE);
    expect(h.app.requests.every((r) => signedCorrectly(r))).toBe(true);
    expect(h.sim.errors).toEqual([]);
  });

  it('when the human answers first and accepts, the caller is bridged and the other leg is canceled', async () => {
    h.sim.phone(RESPONDER_A, { kind: 'voicemail', afterSeconds: 10 });
    h.sim.phone(RESPONDER_B, { kind: 'answer', afterSeconds: 2, press: '1', hangUpAfterSeconds: 20 });
    const call = h.sim.placeCall({ from: CALLER, to: LINE });
    await h.sim.runUntilIdle();
    const [human] = h.sim.phoneLog(RESPONDER_B);
    expect(h.sim.phoneLog(RESPONDER_A)[0]?.status).toBe('canceled');
    expect(human).toMatchObject({ pressed: ['1'], bridgedWith: call.sid, status: 'completed' });
    expect(human?.heard.map((l) => l.text)).toEqual(['Press 1 to accept', 'Connecting']);
    expect(call.bridgedWith).toBe(human?.sid);
    expect(h.app.to('/dial-done')[0]?.params).toMatchObject({
      DialCallStatus: 'completed',
      DialCallSid: human?.sid,
      DialCallDuration: '20',
      CallStatus: 'in-progress',
    });
    expect(h.sim.errors).toEqual([]);
  });

  it('reports busy when no leg can ring, and the default callerId is the caller', async () => {
    h.app.on(
      '/voice',
      twiml(`<Dial action="/dial-done"><Number>${RESPONDER_A}</Number><Number>${RESPONDER_B}</Number></Dial>`),
    );
    h.sim.phone(RESPONDER_A, { kind: 'busy' });
    h.sim.phone(RESPONDER_B, { kind: 'unreachable' });
    h.sim.placeCall({ from: CALLER, to: LINE });
    await h.sim.runUntilIdle();
    expect(h.app.to('/dial-done')[0]?.params.DialCallStatus).toBe('busy');
    expect(h.sim.phoneLog(RESPONDER_A)[0]?.shownCallerId).toBe(CALLER);
    expect(h.sim.phoneLog(RESPONDER_B)[0]?.status).toBe('failed');
  });

  it('rings out at the Dial timeout and continues with the next verb when there is no action', async () => {
    h.app.on('/voice', twiml(`<Dial timeout="15">${RESPONDER_A}</Dial><Say>Still here</Say>`));
    const start = h.clock.now();
    const call = h.sim.placeCall({ from: CALLER, to: LINE });
    await h.sim.runUntilIdle();
    expect(h.sim.phoneLog(RESPONDER_A)[0]?.status).toBe('no-answer');
    expect(call.heard.map((l) => [l.at - start, l.text])).toEqual([[16_000, 'Still here']]);
  });

  it('the caller hanging up while legs ring cancels them and informs the Dial action', async () => {
    h.sim.phone(RESPONDER_A, { kind: 'ignore' });
    h.sim.phone(RESPONDER_B, { kind: 'ignore' });
    const call = h.sim.placeCall({ from: CALLER, to: LINE, caller: { hangUpAfterSeconds: 8 } });
    await h.sim.runUntilIdle();
    expect(call.status).toBe('completed');
    expect(h.sim.phoneLog(RESPONDER_A)[0]?.status).toBe('canceled');
    expect(h.sim.phoneLog(RESPONDER_B)[0]?.status).toBe('canceled');
    expect(h.app.to('/dial-done')[0]?.params).toMatchObject({ CallStatus: 'completed', DialCallStatus: 'canceled' });
  });
});
