import { afterEach, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../test/support/databases';
import { startTestKith, type TestKith } from '../../test/support/kith';
import {
  COMMUNITY_NUMBER,
  SIM_ACCOUNT,
  SIM_TOKEN,
  startLine,
  transcript,
  type Line,
  type LineOptions,
} from '../../test/support/line';
import type { CheckItem } from './checks';
import type { ConnectResult, LineCheck } from './service';

const KITH = 'https://line.example.org';
const FALLBACK = 'https://static.example.net/kith-fallback.xml';

/** Changes the number at the provider as a person clicking in its website would. */
async function atProvider(line: Line, form: Record<string, string>): Promise<void> {
  const auth = { authorization: `Basic ${Buffer.from(`${SIM_ACCOUNT}:${SIM_TOKEN}`).toString('base64')}` };
  const base = `${line.sim.apiBaseUrl}/2010-04-01/Accounts/${SIM_ACCOUNT}/IncomingPhoneNumbers`;
  const list = (await (
    await fetch(`${base}.json?PhoneNumber=${encodeURIComponent(COMMUNITY_NUMBER)}`, { headers: auth })
  ).json()) as { incoming_phone_numbers: { sid: string }[] };
  const sid = list.incoming_phone_numbers[0]?.sid ?? '';
  const res = await fetch(`${base}/${sid}.json`, { method: 'POST', headers: auth, body: new URLSearchParams(form) });
  if (res.status !== 200) throw new Error(`the provider refused: ${res.status}`);
}

const byCheck = (check: LineCheck): Record<string, Pick<CheckItem, 'ok' | 'problem'>> =>
  Object.fromEntries(check.items.map((item) => [item.check, { ok: item.ok, problem: item.problem }]));
const problems = (check: LineCheck): Record<string, string | null> =>
  Object.fromEntries(check.items.filter((item) => !item.ok).map((item) => [item.check, item.problem]));

describe.each(DB_KINDS)('checking and connecting the number at the provider (%s)', (kind) => {
  let line: Line | undefined;
  let t: TestKith | undefined;
  afterEach(async () => {
    await line?.stop();
    await t?.stop();
    line = undefined;
    t = undefined;
  });

  async function started(options: LineOptions = {}): Promise<Line> {
    line = await startLine(kind, options);
    return line;
  }
  const check = async (l: Line) => {
    const result = await l.t.api<LineCheck>('GET', '/api/provider/check', undefined, l.token);
    expect(result.status).toBe(200);
    return result.body;
  };
  const connect = (l: Line, body: Record<string, unknown>) =>
    l.t.api<ConnectResult>('POST', '/api/provider/connect', body, l.token);

  it('connect shows each change, changes nothing without apply, then leaves the number right so check passes, and calls still arrive', async () => {
    const l = await started();
    await atProvider(l, {
      VoiceUrl: 'https://old-host.example.com/voice',
      VoiceMethod: 'GET',
      StatusCallback: '',
      SmsUrl: `${KITH}/webhooks/twilio/sms`,
      SmsMethod: 'GET',
    });
    const before = await check(l);
    expect(before.ok).toBe(false);
    expect(before.number).toBe(COMMUNITY_NUMBER);
    expect(problems(before)).toEqual({
      voice: 'wrong-url',
      status: 'not-set',
      fallback: 'not-set',
      texts: 'wrong-method',
    });
    expect(before.items.find((i) => i.check === 'voice')).toMatchObject({
      current: 'GET https://old-host.example.com/voice',
      expected: `POST ${KITH}/webhooks/twilio/voice`,
    });

    const shown = await connect(l, { apply: false, fallbackUrl: FALLBACK });
    expect(shown.status).toBe(200);
    expect(shown.body.applied).toBe(false);
    expect(shown.body.changes).toEqual([
      { setting: 'voiceUrl', from: 'https://old-host.example.com/voice', to: `${KITH}/webhooks/twilio/voice` },
      { setting: 'voiceMethod', from: 'GET', to: 'POST' },
      { setting: 'statusCallbackUrl', from: '', to: `${KITH}/webhooks/twilio/voice/status` },
      { setting: 'smsMethod', from: 'GET', to: 'POST' },
      { setting: 'voiceFallbackUrl', from: '', to: FALLBACK },
      { setting: 'voiceFallbackMethod', from: 'POST', to: 'GET' },
    ]);
    expect(problems(await check(l))).toEqual(problems(before)); // shown, not changed

    const applied = await connect(l, { apply: true, fallbackUrl: FALLBACK });
    expect(applied.body.applied).toBe(true);
    expect(applied.body.changes).toEqual(shown.body.changes);
    expect(applied.body.check.ok).toBe(true);
    const after = await check(l);
    expect(after.ok).toBe(true);
    expect(after.items.map((i) => i.check)).toEqual([
      'credentials',
      'number',
      'public-url',
      'voice',
      'status',
      'fallback',
      'texts',
    ]);
    expect((await connect(l, { apply: true })).body).toMatchObject({
      changes: [],
      applied: false,
      check: { ok: true },
    });

    // The provider now sends calls where connect pointed them: a call reaches Kith and hears its greeting.
    const call = l.sim.placeCall({ from: '+12025550199', to: COMMUNITY_NUMBER, caller: { hangUpAfterSeconds: 20 } });
    await l.sim.runUntilIdle();
    expect(transcript(call.heard)).toContain('Northside Care Line');
    expect((await l.t.api<unknown[]>('GET', '/api/calls', undefined, l.token)).body).toHaveLength(1);
    expect(l.sim.errors).toEqual([]);
  });

  it('names each URL that points elsewhere, and a fallback on Kith’s own host', async () => {
    const l = await started();
    await atProvider(l, {
      StatusCallback: `${KITH}/webhooks/twilio/voice/stats`,
      StatusCallbackMethod: 'POST',
      VoiceFallbackUrl: `${KITH}/fallback.xml`,
      SmsUrl: 'https://old-host.example.com/sms',
    });
    expect(byCheck(await check(l))).toEqual({
      credentials: { ok: true, problem: null },
      number: { ok: true, problem: null },
      'public-url': { ok: true, problem: null },
      voice: { ok: true, problem: null },
      status: { ok: false, problem: 'wrong-url' },
      fallback: { ok: false, problem: 'points-at-kith' },
      texts: { ok: false, problem: 'wrong-url' },
    });
    // connect puts the status and texts right, but never invents a fallback: that one stays for a person to fix.
    const applied = await connect(l, { apply: true });
    expect(applied.body.changes.map((c) => c.setting)).toEqual(['statusCallbackUrl', 'smsUrl']);
    expect(problems(applied.body.check)).toEqual({ fallback: 'points-at-kith' });
  });

  it('says when an application, a trunk or fax mode answers the number instead of its URLs', async () => {
    const l = await started();
    await atProvider(l, {
      VoiceApplicationSid: `AP${'1'.repeat(32)}`,
      SmsApplicationSid: `AP${'2'.repeat(32)}`,
      VoiceFallbackUrl: FALLBACK,
    });
    expect(problems(await check(l))).toEqual({ voice: 'voice-application', texts: 'sms-application' });
    await atProvider(l, { VoiceApplicationSid: '', SmsApplicationSid: '', VoiceReceiveMode: 'fax' });
    expect(problems(await check(l))).toEqual({ voice: 'fax' });
  });

  it('refuses a fallback on Kith’s own host, on this machine or not over HTTPS, naming the field', async () => {
    const l = await started();
    for (const fallbackUrl of [
      `${KITH}/fallback.xml`,
      'https://127.0.0.1/fallback.xml',
      'http://static.example.net/f.xml',
      'not a url',
    ]) {
      const refused = await connect(l, { apply: true, fallbackUrl });
      expect(refused.status).toBe(422);
      expect(JSON.stringify(refused.body)).toContain('/fallbackUrl');
    }
    expect(problems(await check(l))).toEqual({ fallback: 'not-set' });
  });

  it('wrong credentials: says so, looks at nothing else, and never passes on the account’s token', async () => {
    const l = await started({ env: { KITH_PROVIDER_AUTH_TOKEN: 'not-the-token' } });
    const result = await l.t.api<LineCheck>('GET', '/api/provider/check', undefined, l.token);
    expect(problems(result.body)).toEqual({
      credentials: 'refused',
      voice: 'not-checked',
      status: 'not-checked',
      fallback: 'not-checked',
      texts: 'not-checked',
      number: 'not-checked',
    });
    expect((await connect(l, { apply: true, fallbackUrl: FALLBACK })).body).toMatchObject({
      changes: [],
      applied: false,
    });

    // With the right credentials, the provider's answer carries the auth token: Kith's never does.
    await l.stop();
    line = await started();
    const fine = await line.t.api('GET', '/api/provider/check', undefined, line.token);
    expect(JSON.stringify(fine.body)).not.toContain(SIM_TOKEN);
  });

  it('a number the account does not have, and a program with no number yet', async () => {
    // Not a number the seizure drill plants: a program's own number is stored in the clear, and the drill reads the whole cluster's WAL.
    const l = await started({ program: { phoneNumber: '+12025550177' } });
    expect(problems(await check(l))).toMatchObject({ number: 'not-on-account', voice: 'not-checked' });
    expect((await connect(l, { apply: true, fallbackUrl: FALLBACK })).body.changes).toEqual([]);
    expect((await l.t.api('PATCH', '/api/program', { phoneNumber: null }, l.token)).status).toBe(200);
    const none = await check(l);
    expect(none.number).toBeNull();
    expect(problems(none)).toMatchObject({ number: 'no-number' });
  });

  it('KITH_PUBLIC_URL on this machine, or plain HTTP: check says which, and connect changes nothing', async () => {
    const loopback = await started({ publicUrl: 'https://127.0.0.1:8443' });
    await atProvider(loopback, { VoiceFallbackUrl: FALLBACK });
    expect(problems(await check(loopback))).toEqual({ 'public-url': 'loopback' });
    const shown = await connect(loopback, { apply: true });
    expect(shown.body).toMatchObject({ changes: [], applied: false });
    await loopback.stop();

    const http = await started({ publicUrl: 'http://line.example.org' });
    await atProvider(http, { VoiceFallbackUrl: FALLBACK });
    const plain = await check(http);
    expect(problems(plain)).toEqual({ 'public-url': 'not-https' });
    expect(plain.items.find((i) => i.check === 'public-url')?.current).toBe('http://line.example.org');
  });

  it('no provider configured: check says so; only coordinators may check or connect (others are told “not found”)', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const { token } = await t.setup();
    const result = await t.api<LineCheck>('GET', '/api/provider/check', undefined, token);
    expect(result.body.items[0]).toMatchObject({ check: 'credentials', ok: false, problem: 'no-provider' });

    const responder = await t.api<{ id: string }>(
      'POST',
      '/api/responders',
      { name: 'Ana', phone: '+12025550111', languages: ['en'], roles: ['phone'] },
      token,
    );
    const issued = await t.api<{ token: string }>(
      'POST',
      '/api/tokens',
      { responderId: responder.body.id, label: 'phone' },
      token,
    );
    expect((await t.api('GET', '/api/provider/check', undefined, issued.body.token)).status).toBe(404);
    expect((await t.api('POST', '/api/provider/connect', { apply: true }, issued.body.token)).status).toBe(404);
    expect((await t.api('GET', '/api/provider/check')).status).toBe(401);

    const doc = await t.api<{ paths: Record<string, Record<string, { tags?: string[] }>> }>('GET', '/api/openapi.json');
    expect(doc.body.paths['/api/provider/check']?.get?.tags).toEqual(['provider']);
    expect(doc.body.paths['/api/provider/connect']?.post?.tags).toEqual(['provider']);
  });
});
