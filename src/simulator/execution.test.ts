import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APPLICATION_ERROR } from './executor';
import type { Harness } from './test-support';
import { CALLER, LINE, PUBLIC_BASE, SIGNING_KEY, harness, signedCorrectly, twiml } from './test-support';
import { computeSignature } from '../telephony/twilio/signature';

let h: Harness;
beforeEach(async () => {
  h = await harness();
});
afterEach(async () => {
  await h.close();
});

describe('inbound calls and TwiML execution', () => {
  it('signs every request over the public URL and delivers it to the app base', async () => {
    h.sim.ownNumber(LINE, { voiceUrl: '/voice?line=main', statusCallbackUrl: '/status' });
    h.app
      .on('/voice', twiml('<Gather numDigits="1" action="menu?step=2"><Say>Press 1</Say></Gather>'))
      .on('/menu', twiml('<Say>Thanks</Say><Redirect>/bye</Redirect>'))
      .on('/bye', twiml('<Hangup/>'))
      .on('/status', '');
    const call = h.sim.placeCall({ from: CALLER, to: LINE, caller: { press: ['1'] } });
    expect((await h.sim.runUntilIdle()).reason).toBe('idle');

    expect(h.app.requests.map((r) => r.url)).toEqual(['/voice?line=main', '/menu?step=2', '/bye', '/status']);
    for (const req of h.app.requests) {
      expect(req.method).toBe('POST');
      expect(req.contentType).toBe('application/x-www-form-urlencoded');
      expect(signedCorrectly(req)).toBe(true);
      // The transport URL is not what was signed: the public form is what counts.
      expect(req.signature).not.toBe(computeSignature(SIGNING_KEY, h.app.baseUrl + req.url, req.params));
    }
    const first = h.app.requests[0]?.params;
    expect(first).toMatchObject({
      CallSid: call.sid,
      From: CALLER,
      To: LINE,
      Called: LINE,
      Caller: CALLER,
      CallStatus: 'ringing',
      Direction: 'inbound',
      ApiVersion: '2010-04-01',
    });
    expect(first?.AccountSid).toMatch(/^AC/);
    expect(h.app.to('/menu')[0]?.params).toMatchObject({ Digits: '1', CallStatus: 'in-progress' });
    expect(h.app.to('/status')[0]?.params).toMatchObject({
      CallStatus: 'completed',
      CallbackSource: 'call-progress-events',
    });
    expect(call.status).toBe('completed');
    expect(call.heard.map((l) => l.text)).toEqual(['Press 1', 'Thanks']);
    expect(h.sim.errors).toEqual([]);
  });

  it('executes Say with virtual time, language and loop, then hangs up at the end of the document', async () => {
    h.sim.ownNumber(LINE, { voiceUrl: '/voice' });
    h.app.on(
      '/voice',
      twiml('<Say language="es-MX">uno dos tres cuatro cinco</Say><Pause length="3"/><Say loop="2">again</Say>'),
    );
    const start = h.clock.now();
    const call = h.sim.placeCall({ from: CALLER, to: LINE });
    await h.sim.runUntilIdle();
    expect(call.heard.map((l) => [l.at - start, l.text, l.language])).toEqual([
      [0, 'uno dos tres cuatro cinco', 'es-MX'],
      [5000, 'again', undefined],
      [5400, 'again', undefined],
    ]);
    expect(call.status).toBe('completed');
    expect(h.sim.calls[0]).toMatchObject({ status: 'completed', answeredAt: start, endedAt: start + 5800 });
  });

  it('Gather with no input times out and continues with the next verb', async () => {
    h.sim.ownNumber(LINE, { voiceUrl: '/voice' });
    h.app.on(
      '/voice',
      twiml('<Gather timeout="7" numDigits="1"><Say>Press something</Say></Gather><Say>We did not hear you</Say>'),
    );
    const start = h.clock.now();
    const call = h.sim.placeCall({ from: CALLER, to: LINE, caller: { press: [''] } });
    await h.sim.runUntilIdle();
    expect(call.heard.map((l) => [l.at - start, l.text])).toEqual([
      [0, 'Press something'],
      [800 + 7000, 'We did not hear you'],
    ]);
    expect(h.app.requests).toHaveLength(1); // no action request without digits
  });

  it('Gather collects digits up to finishOnKey, posting to the current document by default', async () => {
    h.sim.ownNumber(LINE, { voiceUrl: '/voice' });
    let round = 0;
    h.app.on('/voice', () =>
      ++round === 1 ? twiml('<Gather><Say>Enter code then hash</Say></Gather>') : twiml('<Say>Got it</Say>'),
    );
    const call = h.sim.placeCall({ from: CALLER, to: LINE, caller: { press: ['42#9'] } });
    await h.sim.runUntilIdle();
    expect(h.app.to('/voice')[1]?.params).toMatchObject({ Digits: '42', FinishedOnKey: '#' });
    expect(call.pressed).toEqual(['42#9']);
    expect(call.heard.map((l) => l.text)).toEqual(['Enter code then hash', 'Got it']);
  });

  it('falls back to the fallback URL when the voice URL returns 500, and records the error', async () => {
    h.sim.ownNumber(LINE, { voiceUrl: '/voice', fallbackUrl: '/fallback.xml' });
    h.app
      .on('/voice', { status: 500, body: 'boom' })
      .on('/fallback.xml', twiml('<Say>The line is having trouble</Say>'));
    const call = h.sim.placeCall({ from: CALLER, to: LINE });
    await h.sim.runUntilIdle();
    expect(h.app.to('/fallback.xml')[0]?.params).toMatchObject({
      ErrorCode: '11200',
      ErrorUrl: `${PUBLIC_BASE}/voice`,
    });
    expect(h.app.requests.every((r) => signedCorrectly(r))).toBe(true);
    expect(call.heard.map((l) => l.text)).toEqual(['The line is having trouble']);
    expect(h.sim.errors).toHaveLength(1);
    expect(h.sim.errors[0]).toMatchObject({ kind: 'http-status', callSid: call.sid, url: `${PUBLIC_BASE}/voice` });
  });

  it('says the application error and hangs up when there is no fallback', async () => {
    h.sim.ownNumber(LINE, { voiceUrl: '/voice' });
    h.app.on('/voice', { status: 503, body: '' });
    const call = h.sim.placeCall({ from: CALLER, to: LINE });
    await h.sim.runUntilIdle();
    expect(call.heard.map((l) => l.text)).toEqual([APPLICATION_ERROR]);
    expect(call.status).toBe('completed');
    expect(h.sim.errors.map((e) => e.kind)).toEqual(['http-status']);
  });

  it('records malformed TwiML as an error, says so and hangs up', async () => {
    h.sim.ownNumber(LINE, { voiceUrl: '/voice' });
    h.app.on('/voice', '<Response><Say>unclosed</Response>');
    const call = h.sim.placeCall({ from: CALLER, to: LINE });
    await h.sim.runUntilIdle();
    expect(h.sim.errors).toHaveLength(1);
    expect(h.sim.errors[0]?.kind).toBe('bad-twiml');
    expect(call.heard.map((l) => l.text)).toEqual([APPLICATION_ERROR]);
    expect(call.status).toBe('completed');
  });

  it('records unsupported verbs and hangs up', async () => {
    h.sim.ownNumber(LINE, { voiceUrl: '/voice' });
    h.app.on('/voice', twiml('<Say>Before</Say><Record/><Say>Never heard</Say>'));
    const call = h.sim.placeCall({ from: CALLER, to: LINE });
    await h.sim.runUntilIdle();
    expect(h.sim.errors.map((e) => e.kind)).toEqual(['unsupported-verb']);
    expect(call.heard.map((l) => l.text)).toEqual(['Before']);
    expect(call.status).toBe('completed');
  });

  it('Reject as the first verb leaves the call unanswered with busy', async () => {
    h.sim.ownNumber(LINE, { voiceUrl: '/voice' });
    h.app.on('/voice', twiml('<Reject reason="busy"/>'));
    const call = h.sim.placeCall({ from: CALLER, to: LINE });
    await h.sim.runUntilIdle();
    expect(call.status).toBe('busy');
    expect(h.sim.calls[0]?.answeredAt).toBeUndefined();
  });

  it('a timeout counts as failure after the provider wait, in virtual time', async () => {
    h.sim.ownNumber(LINE, { voiceUrl: '/voice', fallbackUrl: '/fallback.xml' });
    h.app
      .on('/voice', { body: twiml('<Say>late</Say>'), delayMs: 2500 })
      .on('/fallback.xml', twiml('<Say>fallback</Say>'));
    const start = h.clock.now();
    const call = h.sim.placeCall({ from: CALLER, to: LINE });
    await h.sim.runUntilIdle();
    expect(h.sim.errors[0]?.kind).toBe('timeout');
    expect(call.heard.map((l) => [l.at - start, l.text])).toEqual([[15000, 'fallback']]);
  });

  it('never prints the caller number in the narrative', async () => {
    h.sim.ownNumber(LINE, { voiceUrl: '/voice' });
    h.app.on('/voice', twiml('<Say>Hello</Say>'));
    h.sim.placeCall({ from: CALLER, to: LINE, caller: { hangUpAfterSeconds: 30 } });
    await h.sim.runUntilIdle();
    expect(h.log.length).toBeGreaterThan(0);
    expect(h.log.join('\n')).not.toContain(CALLER);
    expect(h.log.join('\n')).not.toContain(CALLER.slice(-4));
    expect(h.log[0]).toMatch(/^00:00 the caller/);
  });

  it('sendSignedWebhook and sendWebhook post straight to the app', async () => {
    h.app.on('/hook', 'ok');
    expect(await h.sim.sendSignedWebhook('/hook', { A: '1' })).toEqual({ status: 200, body: 'ok' });
    expect(signedCorrectly(h.app.requests[0]!)).toBe(true);
    await h.sim.sendWebhook('/hook', { A: '1' }, { 'X-Twilio-Signature': 'forged' });
    expect(h.app.requests[1]?.signature).toBe('forged');
    expect(signedCorrectly(h.app.requests[1]!)).toBe(false);
  });
});
