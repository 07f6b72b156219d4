import { afterEach, describe, expect, it } from 'vitest';
import type { Harness } from '../../simulator/test-support';
import { ACCOUNT_SID, AUTH_TOKEN, CALLER, LINE, PUBLIC_BASE, RESPONDER_A, SIGNING_KEY, harness, twiml } from '../../simulator/test-support';
import type { SimulatorOptions } from '../../simulator/types';
import { TwilioRestProvider } from './rest';

let h: Harness;
let provider: TwilioRestProvider;
afterEach(async () => {
  await h.close();
});

async function start(extra: Partial<SimulatorOptions> = {}): Promise<void> {
  h = await harness(extra);
  h.sim.ownNumber(LINE, { voiceUrl: '/voice' });
  h.app.on('/voice', twiml('<Say>Thank you for calling the line today</Say><Pause length="5"/>'));
  provider = new TwilioRestProvider({ apiBaseUrl: h.sim.apiBaseUrl, accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, signingKey: SIGNING_KEY }, PUBLIC_BASE);
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
});
