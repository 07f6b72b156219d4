import { afterEach, describe, expect, it } from 'vitest';
import type { Harness } from '../../simulator/test-support';
import {
  ACCOUNT_SID,
  AUTH_TOKEN,
  CALLER,
  LINE,
  PUBLIC_BASE,
  RESPONDER_A,
  SIGNING_KEY,
  harness,
  twiml,
} from '../../simulator/test-support';
import type { SimulatorOptions } from '../../simulator/types';
import { offersKeepLess, TwilioRestProvider } from './rest';

let h: Harness;
let provider: TwilioRestProvider;
afterEach(async () => {
  await h.close();
});

async function start(extra: Partial<SimulatorOptions> = {}): Promise<void> {
  h = await harness(extra);
  h.sim.ownNumber(LINE, { voiceUrl: '/voice' });
  h.app.on('/voice', twiml('<Say>Thank you for calling the line today</Say><Pause length="5"/>'));
  provider = new TwilioRestProvider(
    { apiBaseUrl: h.sim.apiBaseUrl, accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, signingKey: SIGNING_KEY },
    PUBLIC_BASE,
  );
}

const text = { to: RESPONDER_A, from: LINE, body: 'K7 is waiting', statusCallbackPath: '/sms-status' };

describe('the Twilio REST adapter, against the simulator', () => {
  it('deletes a completed call record; one in progress is refused (so the debt stays); one already gone is success', async () => {
    await start();
    const call = h.sim.placeCall({ from: CALLER, to: LINE });
    await h.sim.advance(2);
    await expect(provider.deleteCallRecord(call.sid)).rejects.toMatchObject({ code: 'provider_failed' });
    expect(h.sim.callRecords.map((c) => c.sid)).toEqual([call.sid]);
    await h.sim.runUntilIdle();
    await provider.deleteCallRecord(call.sid);
    expect(h.sim.callRecords).toEqual([]);
    await provider.deleteCallRecord(call.sid); // 404: already gone
    expect(await provider.liveness(call.sid)).toBe('ended');
  });

  it('asks the provider to keep neither the body nor the full number of every text it sends', async () => {
    await start();
    await provider.sendText(text);
    await provider.sendText(text);
    expect(h.sim.messages.map((m) => [m.contentRetention, m.addressRetention])).toEqual([
      ['discard', 'obfuscate'],
      ['discard', 'obfuscate'],
    ]);
    expect(h.sim.errors).toEqual([]);
  });

  it('on an account without Message Redaction, still sends — once refused, without asking again', async () => {
    await start({ messageRedaction: false });
    const first = await provider.sendText(text);
    await provider.sendText(text);
    expect(h.sim.messages.map((m) => [m.sid, m.contentRetention, m.addressRetention])).toEqual([
      [first.messageRef, undefined, undefined],
      [expect.any(String), undefined, undefined],
    ]);
    // The one refused request, recorded by the simulator as it records every 400.
    expect(h.sim.errors.map((e) => e.message)).toEqual(['REST 30029: Invalid ContentRetention.']);
  });

  it("on a SignalWire account, whose refusal uses neither Twilio's codes nor status, still sends every text — asking once", async () => {
    await start({ provider: 'signalwire' });
    const first = await provider.sendText(text);
    await provider.sendText(text);
    await provider.sendText(text);
    expect(h.sim.messages.map((m) => [m.sid, m.contentRetention, m.addressRetention])).toEqual([
      [first.messageRef, undefined, undefined],
      [expect.any(String), undefined, undefined],
      [expect.any(String), undefined, undefined],
    ]);
  });

  it('a refusal for another reason is not taken for a refusal of the privacy parameters', async () => {
    await start();
    await expect(provider.sendText({ ...text, to: 'not-a-number' })).rejects.toMatchObject({ code: 'provider_failed' });
    await provider.sendText(text);
    // Still asked: the bad number was the problem, and the retry without them failed the same way.
    expect(h.sim.messages.map((m) => [m.contentRetention, m.addressRetention])).toEqual([['discard', 'obfuscate']]);
  });

  it('never sends the privacy parameters to SignalWire, whose Create Message does not document them', () => {
    expect(offersKeepLess('https://example-space.signalwire.com/api/laml')).toBe(false);
    expect(offersKeepLess('https://EXAMPLE.SignalWire.com/api/laml/')).toBe(false);
    expect(offersKeepLess('https://api.twilio.com')).toBe(true);
    expect(offersKeepLess('https://signalwire.com.evil.example')).toBe(true);
  });

  it('redirecting a call that has ended (21220) or whose record is gone (404) answers gone, not an error', async () => {
    await start();
    h.app.on('/elsewhere', twiml('<Say>Elsewhere</Say>'));
    const live = h.sim.placeCall({ from: CALLER, to: LINE });
    await h.sim.advance(2);
    expect(await provider.redirectCall(live.sid, { name: 'responderEnded', query: { call: 'call_1' } })).toBe(
      'redirected',
    );
    const ended = h.sim.placeCall({ from: CALLER, to: LINE, caller: { hangUpAfterSeconds: 1 } });
    await h.sim.runUntilIdle();
    expect(await provider.redirectCall(ended.sid, { name: 'responderEnded', query: { call: 'call_1' } })).toBe('gone');
    expect(h.sim.errors.map((e) => e.message)).toContain('REST 21220: Call is not in-progress. Cannot redirect.');
    await provider.deleteCallRecord(ended.sid);
    expect(await provider.redirectCall(ended.sid, { name: 'responderEnded', query: { call: 'call_1' } })).toBe('gone');
  });
});
