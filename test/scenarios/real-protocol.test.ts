import twilio from 'twilio';
import { afterEach, describe, expect, it } from 'vitest';
import type { CallRecord } from '../../src/calls/types';
import { en } from '../../src/i18n/en';
import { DB_KINDS } from '../support/databases';
import { COMMUNITY_NUMBER, SIM_ACCOUNT, SIM_TOKEN, startLine, transcript, type Line } from '../support/line';

/**
 * Calls where the real provider behaves as its documentation says and our assumptions did not:
 * a wait URL that fails, a full queue, a caller who hangs up as the responder presses 1, a redirect of
 * a caller who has gone, and signatures over the URL with or without its default port.
 */
const CALLER = '+12025550196';
const ANA = '+12025550161';
const BEN = '+12025550163';
const HOLD_PATH = '/webhooks/twilio/voice/hold';

async function records(line: Line): Promise<CallRecord[]> {
  return (await line.t.api<CallRecord[]>('GET', '/api/calls', undefined, line.token)).body;
}

describe.each(DB_KINDS)('against the real protocol (%s)', (kind) => {
  let line: Line;
  afterEach(async () => line?.stop());

  it('a wait URL that fails (QueueResult=error): the caller hears a plain apology, is held again, and is connected', async () => {
    line = await startLine(kind);
    await line.addResponder({
      name: 'Ana',
      phone: ANA,
      tier: 'primary',
      behaviour: { kind: 'answer', afterSeconds: 4, press: '1', hangUpAfterSeconds: 30 },
    });
    line.sim.failNextRequest(HOLD_PATH, 500);
    const call = line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER });
    await line.sim.runUntilIdle();

    const heard = transcript(call.heard);
    expect(heard).toContain(en.holdTrouble);
    expect(heard.indexOf(en.holdTrouble)).toBeLessThan(heard.indexOf(en.connected));
    expect(call.bridgedWith).toBe(line.sim.phoneLog(ANA)[0]?.sid);
    expect((await records(line))[0]).toMatchObject({ outcome: 'answered', acceptedBy: line.ids.Ana, state: 'ended' });
    // The one failure was the provider's request to the wait URL; nothing else went wrong.
    expect(line.sim.errors.map((e) => [e.kind, e.url?.replace(/\?.*/, '')])).toEqual([
      ['http-status', `https://line.example.org${HOLD_PATH}`],
    ]);
    expect(line.sim.queueNames).toEqual([]);
  });

  it('a wait URL that keeps failing: after three tries the caller hears the no-answer message, never silence', async () => {
    line = await startLine(kind);
    await line.addResponder({ name: 'Ana', phone: ANA, tier: 'primary', behaviour: { kind: 'ignore' } });
    line.sim.failNextRequest(HOLD_PATH, 502, 3);
    const call = line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER });
    await line.sim.runUntilIdle();

    const heard = call.heard.map((h) => h.text);
    expect(heard.filter((t) => t === en.holdTrouble)).toHaveLength(2);
    expect(heard.at(-1)).toBe(en.noAnswer);
    expect(call.status).toBe('completed');
    expect((await records(line))[0]).toMatchObject({ outcome: 'no_answer', state: 'ended' });
    expect(line.sim.queueNames).toEqual([]);
  });

  it('a full queue (QueueResult=queue-full): the caller is told plainly and held again, and nobody is cut off', async () => {
    line = await startLine(kind);
    await line.addResponder({
      name: 'Ana',
      phone: ANA,
      tier: 'primary',
      behaviour: { kind: 'answer', afterSeconds: 4, press: '1', hangUpAfterSeconds: 30 },
    });
    line.sim.failNextEnqueue('queue-full');
    const call = line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER });
    await line.sim.runUntilIdle();

    expect(transcript(call.heard)).toContain(en.holdTrouble);
    expect(transcript(call.heard)).toContain(en.connected);
    expect((await records(line))[0]).toMatchObject({ outcome: 'answered', acceptedBy: line.ids.Ana });
    expect(line.sim.errors).toEqual([]);
  });

  it('the provider failing to enqueue (system-error) keeps ringing going for the caller', async () => {
    line = await startLine(kind);
    await line.addResponder({
      name: 'Ana',
      phone: ANA,
      tier: 'primary',
      behaviour: { kind: 'answer', afterSeconds: 4, press: '1', hangUpAfterSeconds: 30 },
    });
    line.sim.failNextEnqueue('system-error');
    const call = line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER });
    await line.sim.runUntilIdle();
    expect(call.bridgedWith).toBe(line.sim.phoneLog(ANA)[0]?.sid);
    expect((await records(line))[0]).toMatchObject({ outcome: 'answered' });
  });

  it('a caller who hangs up as the responder presses 1: the responder hears so at once, and is not asked why it ended early', async () => {
    line = await startLine(kind);
    await line.addResponder({
      name: 'Ana',
      phone: ANA,
      tier: 'primary',
      behaviour: { kind: 'answer', afterSeconds: 4, press: '1' },
    });
    const call = line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER });
    // Step until Ana's 1 has been heard by Kith (the call is hers), then the caller hangs up.
    for (let i = 0; i < 240 && !line.sim.phoneLog(ANA)[0]?.pressed.includes('1'); i++) await line.sim.advance(0.25);
    const pressedAt = line.clock.now();
    expect((await line.t.api<CallRecord[]>('GET', '/api/calls/live', undefined, line.token)).body[0]?.state).toBe(
      'connected',
    );
    call.hangUp();
    await line.sim.runUntilIdle();

    const leg = line.sim.phoneLog(ANA)[0];
    const ana = transcript(leg?.heard ?? []);
    expect(ana).toContain(en.whisperHungUp);
    expect(ana).not.toContain(en.afterCall);
    expect(leg?.status).toBe('completed');
    // Told within seconds, not after a Dial's 30 s wait on an empty queue.
    const toldAt = leg?.heard.find((h) => h.text === en.whisperHungUp)?.at ?? Infinity;
    expect(toldAt - pressedAt).toBeLessThan(15_000);
    expect(call.bridgedWith).toBeUndefined();
    // Nobody talked: the record says the caller hung up, not that the call was answered.
    expect((await records(line))[0]).toMatchObject({
      outcome: 'caller_hung_up',
      state: 'ended',
      durationSeconds: null,
      endReason: null,
    });
    expect(line.sim.errors).toEqual([]);
    expect(line.sim.queueNames).toEqual([]);
  });

  it('a responder never connected while the caller still waits: the call goes back to the team and someone else answers', async () => {
    line = await startLine(kind);
    await line.addResponder({
      name: 'Ana',
      phone: ANA,
      tier: 'primary',
      behaviour: { kind: 'answer', afterSeconds: 2 },
    });
    await line.addResponder({
      name: 'Ben',
      phone: BEN,
      tier: 'backup',
      behaviour: { kind: 'answer', afterSeconds: 2, press: '1', hangUpAfterSeconds: 20 },
    });
    const call = line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER });
    const legs = () => line.t.kith.ctx.db.kysely.selectFrom('call_legs').select(['id', 'call_id', 'state']).execute();
    // Until the caller is held (every disclosure heard) while Ana still hears the whisper, which has
    // been ringing since the caller chose a language.
    const held = () => call.events.some((e) => e.what.startsWith('enqueued'));
    for (let i = 0; i < 120 && !held(); i++) await line.sim.advance(0.5);
    await line.sim.advance(0.5);
    const [leg] = await legs();
    expect(leg?.state).toBe('screening');
    const route = (path: string) =>
      `/webhooks/twilio/voice/leg/${path}?call=${leg?.call_id ?? ''}&leg=${leg?.id ?? ''}`;
    // Ana presses 1, but her Dial on the caller's queue ends without a bridge (the provider lost the caller between queues).
    expect(
      (await line.sim.sendSignedWebhook(route('choice'), { CallSid: 'CAana', AccountSid: SIM_ACCOUNT, Digits: '1' }))
        .body,
    ).toContain('<Dial');
    const after = await line.sim.sendSignedWebhook(route('after'), {
      CallSid: 'CAana',
      AccountSid: SIM_ACCOUNT,
      DialCallStatus: 'no-answer',
    });
    expect(after.body).toContain(en.whisperNotConnected);
    expect(after.body).not.toContain(en.afterCall.slice(0, 20));
    await line.sim.runUntilIdle();

    expect(call.bridgedWith).toBe(line.sim.phoneLog(BEN)[0]?.sid);
    expect((await records(line))[0]).toMatchObject({ outcome: 'answered', acceptedBy: line.ids.Ben, state: 'ended' });
  });

  it('a responder ends early just after the caller has gone (21220): treated as gone, not as a failure', async () => {
    line = await startLine(kind);
    await line.addResponder({
      name: 'Ana',
      phone: ANA,
      tier: 'primary',
      behaviour: { kind: 'answer', afterSeconds: 4, press: '1' },
    });
    const call = line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER });
    await line.sim.advance(60);
    expect(call.isBridged).toBe(true);
    const id = (await line.t.api<CallRecord[]>('GET', '/api/calls/live', undefined, line.token)).body[0]?.id ?? '';
    // The caller hangs up; the provider has not told Kith yet when the responder ends the call.
    call.hangUp();
    const ended = await line.t.api<CallRecord>('POST', `/api/calls/${id}/end`, { reason: 'must_end' }, line.token);
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({ state: 'ended', outcome: 'answered', endReason: 'must_end' });
    await line.sim.runUntilIdle();
    expect(line.sim.errors.map((e) => e.message)).toEqual(['REST 21220: Call is not in-progress. Cannot redirect.']);
    expect((await records(line))[0]).toMatchObject({ state: 'ended', outcome: 'answered', endReason: 'must_end' });
    expect(transcript(call.heard)).not.toContain(en.responderEnded);
  });

  it('a webhook body that repeats a parameter verifies as the official library computes it, over HTTP', async () => {
    line = await startLine(kind, { publicUrl: 'https://line.example.org:443' });
    const params = {
      CallSid: 'CArepeated0000000000000000000001',
      AccountSid: SIM_ACCOUNT,
      From: CALLER,
      To: COMMUNITY_NUMBER,
      CallStatus: 'ringing',
      Tag: ['b', 'a', 'b'],
    };
    const body =
      'CallSid=CArepeated0000000000000000000001&AccountSid=' +
      SIM_ACCOUNT +
      '&From=%2B12025550196&To=%2B12025550100&CallStatus=ringing&Tag=b&Tag=a&Tag=b';
    const post = (signedUrl: string) =>
      fetch(`${line.t.url}/webhooks/twilio/voice`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-twilio-signature': twilio.getExpectedTwilioSignature(SIM_TOKEN, signedUrl, params),
        },
        body,
      });
    expect((await post('https://line.example.org/webhooks/twilio/voice')).status).toBe(200);
    expect((await post('https://line.example.org:443/webhooks/twilio/voice')).status).toBe(200);
    expect((await post('https://line.example.org:8443/webhooks/twilio/voice')).status).toBe(403);
  });

  for (const [publicUrl, ports] of [
    ['https://line.example.org:443', 'alternate'],
    ['https://line.example.org', 'with-default-port'],
  ] as const) {
    it(`signatures over the URL with or without the default port are accepted (public URL ${publicUrl}, signed ${ports})`, async () => {
      line = await startLine(kind, { publicUrl, simulator: { portInSignature: ports } });
      await line.addResponder({
        name: 'Ana',
        phone: ANA,
        tier: 'primary',
        behaviour: { kind: 'answer', afterSeconds: 4, press: '1', hangUpAfterSeconds: 30 },
      });
      const call = line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER });
      await line.sim.runUntilIdle();
      expect(line.sim.errors).toEqual([]);
      expect(call.bridgedWith).toBe(line.sim.phoneLog(ANA)[0]?.sid);
      expect((await records(line))[0]).toMatchObject({ outcome: 'answered', state: 'ended' });
    });
  }
});
