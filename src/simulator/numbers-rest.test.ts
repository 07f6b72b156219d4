import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TwilioRestProvider } from '../telephony/twilio/rest';
import type { Harness } from './test-support';
import { ACCOUNT_SID, AUTH_TOKEN, CALLER, LINE, PUBLIC_BASE, SIGNING_KEY, harness, rest, twiml } from './test-support';

let h: Harness;
beforeEach(async () => {
  h = await harness();
  h.sim.ownNumber(LINE, { voiceUrl: '/voice', statusCallbackUrl: '/status' });
  h.sim.ownNumber('+15555550177', { voiceUrl: '/other' });
  h.app.on('/voice', twiml('<Say>Old line</Say>')).on('/new-voice', twiml('<Say>New line</Say>')).on('/status', '');
});
afterEach(async () => {
  await h.close();
});

const listPath = (number: string, extra = '') =>
  `/IncomingPhoneNumbers.json?PhoneNumber=${encodeURIComponent(number)}${extra}`;

async function lineSid(): Promise<string> {
  const list = await rest(h.sim, 'GET', listPath(LINE));
  const [entry] = list.json.incoming_phone_numbers as { sid: string }[];
  if (entry === undefined) throw new Error('the line is not listed');
  return entry.sid;
}

describe('REST Account and IncomingPhoneNumbers', () => {
  it('fetches the account with Basic auth, and answers 401 with the provider’s body to wrong credentials', async () => {
    const account = await rest(h.sim, 'GET', '.json');
    expect(account.status).toBe(200);
    expect(account.json).toMatchObject({
      sid: ACCOUNT_SID,
      status: 'active',
      type: 'Full',
      uri: `/2010-04-01/Accounts/${ACCOUNT_SID}.json`,
    });
    const refused = await rest(h.sim, 'GET', '.json', undefined, `${ACCOUNT_SID}:wrong-token`);
    expect(refused).toEqual({
      status: 401,
      json: {
        code: 20003,
        message: 'Authenticate',
        more_info: 'https://www.twilio.com/docs/errors/20003',
        status: 401,
      },
    });
    expect((await rest(h.sim, 'GET', listPath(LINE), undefined, `${ACCOUNT_SID}:wrong-token`)).status).toBe(401);
  });

  it('lists numbers by the PhoneNumber filter (part of a number matches too), with the paging fields', async () => {
    const one = await rest(h.sim, 'GET', listPath(LINE));
    expect(one.status).toBe(200);
    expect(one.json).toMatchObject({
      page: 0,
      page_size: 50,
      start: 0,
      end: 0,
      previous_page_uri: null,
      next_page_uri: null,
    });
    expect(String(one.json.first_page_uri)).toContain('PhoneNumber=%2B15555550100');
    const [line] = one.json.incoming_phone_numbers as Record<string, unknown>[];
    expect(line).toMatchObject({
      phone_number: LINE,
      voice_url: `${PUBLIC_BASE}/voice`,
      voice_method: 'POST',
      status_callback: `${PUBLIC_BASE}/status`,
      voice_fallback_url: null,
      sms_url: `${PUBLIC_BASE}/webhooks/twilio/sms`,
      voice_application_sid: '',
      voice_receive_mode: 'voice',
    });
    expect(String(line?.sid)).toMatch(/^PN[0-9a-f]{32}$/);

    const both = await rest(h.sim, 'GET', listPath('555555', '&PageSize=1'));
    expect((both.json.incoming_phone_numbers as unknown[]).length).toBe(1);
    expect(both.json.next_page_uri).toContain('Page=1');
    const second = await rest(h.sim, 'GET', listPath('555555', '&PageSize=1&Page=1'));
    expect(second.json).toMatchObject({ page: 1, start: 1, next_page_uri: null });
    expect((second.json.incoming_phone_numbers as { phone_number: string }[])[0]?.phone_number).toBe('+15555550177');
    expect((await rest(h.sim, 'GET', listPath('+15555550999'))).json.incoming_phone_numbers).toEqual([]);
  });

  it('updates a number by form-encoded POST, and calls follow the new voice URL at once', async () => {
    const sid = await lineSid();
    const updated = await rest(
      h.sim,
      'POST',
      `/IncomingPhoneNumbers/${sid}.json`,
      new URLSearchParams({
        VoiceUrl: `${PUBLIC_BASE}/new-voice`,
        VoiceFallbackUrl: 'https://fallback.example.net/line.xml',
        VoiceFallbackMethod: 'get',
      }),
    );
    expect(updated.status).toBe(200);
    expect(updated.json).toMatchObject({
      sid,
      voice_url: `${PUBLIC_BASE}/new-voice`,
      voice_fallback_url: 'https://fallback.example.net/line.xml',
      voice_fallback_method: 'GET',
      status_callback: `${PUBLIC_BASE}/status`,
    });
    expect((await rest(h.sim, 'GET', `/IncomingPhoneNumbers/${sid}.json`)).json).toMatchObject({
      voice_url: `${PUBLIC_BASE}/new-voice`,
    });

    h.sim.placeCall({ from: CALLER, to: LINE });
    await h.sim.runUntilIdle();
    expect(h.app.to('/voice')).toHaveLength(0);
    expect(h.app.to('/new-voice')).toHaveLength(1);
  });

  it('refuses a URL that is not one (400, 21402) and answers 404 with the provider’s body for an unknown sid', async () => {
    const sid = await lineSid();
    const bad = await rest(
      h.sim,
      'POST',
      `/IncomingPhoneNumbers/${sid}.json`,
      new URLSearchParams({ SmsUrl: 'line.example.org/sms' }),
    );
    expect(bad.status).toBe(400);
    expect(bad.json).toMatchObject({ code: 21402, status: 400 });
    expect(h.sim.errors.map((e) => e.kind)).toEqual(['rest']); // a 400 is recorded as the app's mistake
    const path = `/IncomingPhoneNumbers/PN${'0'.repeat(32)}.json`;
    const missing = await rest(h.sim, 'GET', path);
    expect(missing).toEqual({
      status: 404,
      json: {
        code: 20404,
        message: `The requested resource /2010-04-01/Accounts/${ACCOUNT_SID}${path} was not found`,
        more_info: 'https://www.twilio.com/docs/errors/20404',
        status: 404,
      },
    });
  });

  it('is what the Twilio REST adapter reads and writes: account, the exact number, an update', async () => {
    const provider = new TwilioRestProvider(
      { apiBaseUrl: h.sim.apiBaseUrl, accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, signingKey: SIGNING_KEY },
      PUBLIC_BASE,
    );
    expect(await provider.account()).toEqual({ kind: 'ok', status: 'active', trial: false });
    const wrong = new TwilioRestProvider(
      { apiBaseUrl: h.sim.apiBaseUrl, accountSid: ACCOUNT_SID, authToken: 'nope', signingKey: SIGNING_KEY },
      PUBLIC_BASE,
    );
    expect(await wrong.account()).toEqual({ kind: 'refused' });
    const stranger = new TwilioRestProvider(
      {
        apiBaseUrl: h.sim.apiBaseUrl,
        accountSid: 'ACsomeoneelse000000000000000000000',
        authToken: AUTH_TOKEN,
        signingKey: SIGNING_KEY,
      },
      PUBLIC_BASE,
    );
    expect(await stranger.account()).toEqual({ kind: 'refused' });

    const found = await provider.findNumber(LINE);
    expect(found).toMatchObject({
      number: LINE,
      overrides: [],
      routing: { voiceUrl: `${PUBLIC_BASE}/voice`, voiceFallbackUrl: '', smsMethod: 'POST' },
    });
    expect(await provider.findNumber('+1555555')).toBeUndefined(); // a partial match is not the number
    const changed = await provider.updateNumber(found?.ref ?? '', {
      smsUrl: `${PUBLIC_BASE}/texts`,
      statusCallbackMethod: 'POST',
    });
    expect(changed.routing).toMatchObject({ smsUrl: `${PUBLIC_BASE}/texts`, voiceUrl: `${PUBLIC_BASE}/voice` });
    await expect(
      provider.updateNumber(`PN${'0'.repeat(32)}`, { smsUrl: `${PUBLIC_BASE}/texts` }),
    ).rejects.toMatchObject({ code: 'provider_failed' });
  });
});
