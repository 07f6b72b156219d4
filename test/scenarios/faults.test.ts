import { afterEach, describe, expect, it } from 'vitest';
import { recoverQuietCalls } from '../../src/calls/maintenance';
import type { CallRecord } from '../../src/calls/types';
import { computeSignature } from '../../src/telephony/twilio/signature';
import { DB_KINDS } from '../support/databases';
import { PUBLIC_URL } from '../support/kith';
import { COMMUNITY_NUMBER, SIM_ACCOUNT, SIM_TOKEN, startLine, transcript, type Line } from '../support/line';

const CALLER = '+12025550193';
const incoming = (sid: string) => ({
  CallSid: sid,
  AccountSid: SIM_ACCOUNT,
  From: CALLER,
  To: COMMUNITY_NUMBER,
  CallStatus: 'ringing',
  Direction: 'inbound',
  ApiVersion: '2010-04-01',
});

async function callCount(line: Line): Promise<number> {
  const rows = await line.t.kith.ctx.db.kysely.selectFrom('calls').select('id').execute();
  return rows.length;
}

describe.each(DB_KINDS)('authenticity and faults (%s)', (kind) => {
  let line: Line;
  afterEach(async () => line?.stop());

  it('refuses forged, tampered and Host-signed webhooks with 403 and changes nothing', async () => {
    line = await startLine(kind);
    const params = incoming('CAforged000000000000000000000001');
    const forged = await line.sim.sendWebhook('/webhooks/twilio/voice', params, {
      'X-Twilio-Signature': 'bm90IGEgc2lnbmF0dXJl',
    });
    expect(forged.status).toBe(403);
    const missing = await line.sim.sendWebhook('/webhooks/twilio/voice', params);
    expect(missing.status).toBe(403);
    const signed = computeSignature(SIM_TOKEN, `${PUBLIC_URL}/webhooks/twilio/voice`, params);
    const tampered = await line.sim.sendWebhook(
      '/webhooks/twilio/voice',
      { ...params, To: '+12025550101' },
      { 'X-Twilio-Signature': signed },
    );
    expect(tampered.status).toBe(403);
    // Signed over the address the request really reached (what a Host-header rebuild would check).
    const hostSigned = computeSignature(SIM_TOKEN, `${line.t.url}/webhooks/twilio/voice`, params);
    expect(
      (await line.sim.sendWebhook('/webhooks/twilio/voice', params, { 'X-Twilio-Signature': hostSigned })).status,
    ).toBe(403);
    expect(forged.body).not.toContain(CALLER);
    expect(await callCount(line)).toBe(0);
    // The line still works afterwards.
    expect((await line.sim.sendSignedWebhook('/webhooks/twilio/voice', params)).status).toBe(200);
    expect(await callCount(line)).toBe(1);
  });

  it('a call to a number no program uses is hung up, and nothing is stored', async () => {
    line = await startLine(kind);
    const answer = await line.sim.sendSignedWebhook('/webhooks/twilio/voice', {
      ...incoming('CAunknown0000000000000000000001'),
      To: '+12025550109',
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('<Hangup');
    expect(answer.body).not.toContain('<Say');
    expect(await callCount(line)).toBe(0);
  });

  it('treats a retried incoming webhook as the same call', async () => {
    line = await startLine(kind);
    const params = incoming('CAretried00000000000000000000001');
    const first = await line.sim.sendSignedWebhook('/webhooks/twilio/voice', params);
    const again = await line.sim.sendSignedWebhook('/webhooks/twilio/voice', params);
    expect(first.status).toBe(200);
    expect(again.body).toBe(first.body);
    expect(await callCount(line)).toBe(1);
  });

  it('stores calls arriving together once each, a retry among them included (one statement per turn)', async () => {
    line = await startLine(kind);
    const sids = [1, 2, 3, 4, 5].map((n) => `CAtogether000000000000000000000${n}`);
    // The provider's retry of the first call arrives with the others.
    const sent = [...sids, sids[0] ?? ''].map((sid) =>
      line.sim.sendSignedWebhook('/webhooks/twilio/voice', incoming(sid)),
    );
    const answers = await Promise.all(sent);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(answers[5]?.body).toBe(answers[0]?.body);
    expect(await callCount(line)).toBe(5);
  });

  it('lets exactly one of two responders pressing 1 at the same moment take the call', async () => {
    line = await startLine(kind);
    await line.addResponder({
      name: 'Ona',
      phone: '+12025550151',
      tier: 'primary',
      behaviour: { kind: 'answer', afterSeconds: 2 },
    });
    await line.addResponder({
      name: 'Pia',
      phone: '+12025550152',
      tier: 'primary',
      behaviour: { kind: 'answer', afterSeconds: 2 },
    });
    line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER });
    await line.sim.advance(12); // both ring once the caller chose a language, and hear the whisper
    const legs = await line.t.kith.ctx.db.kysely.selectFrom('call_legs').select(['id', 'call_id', 'state']).execute();
    expect(legs.map((l) => l.state)).toEqual(['screening', 'screening']);
    const press = (leg: { id: string; call_id: string }) =>
      line.sim.sendSignedWebhook(`/webhooks/twilio/voice/leg/choice?call=${leg.call_id}&leg=${leg.id}`, {
        CallSid: `CAx${leg.id}`,
        AccountSid: SIM_ACCOUNT,
        Digits: '1',
      });
    const answers = await Promise.all(legs.map(press));
    // The winner waits for the caller to finish hearing the disclosures (early-accept.ts).
    const connected = answers.filter((a) => a.body.includes('/leg/wait'));
    expect(connected).toHaveLength(1);
    expect(answers.filter((a) => a.body.includes('Someone else has taken this call'))).toHaveLength(1);
    const record = (await line.t.api<CallRecord[]>('GET', '/api/calls', undefined, line.token)).body[0];
    expect(record?.state).toBe('connected');
  });

  it('a responder can end a call early through the API, and the record keeps why', async () => {
    line = await startLine(kind);
    await line.addResponder({
      name: 'Quin',
      phone: '+12025550153',
      tier: 'primary',
      behaviour: { kind: 'answer', afterSeconds: 2, press: '1' },
    });
    const call = line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER });
    await line.sim.advance(60);
    const live = await line.t.api<CallRecord[]>('GET', '/api/calls/live', undefined, line.token);
    const id = live.body[0]?.id ?? '';
    const ended = await line.t.api<CallRecord>('POST', `/api/calls/${id}/end`, { reason: 'must_end' }, line.token);
    expect(ended.status).toBe(200);
    await line.sim.runUntilIdle();
    expect(transcript(call.heard)).toContain('had to end this call');
    const record = await line.t.api<CallRecord>('GET', `/api/calls/${id}`, undefined, line.token);
    expect(record.body).toMatchObject({ outcome: 'answered', endReason: 'must_end', state: 'ended' });
  });

  it('a responder can end by pressing star and report it reached them by mistake', async () => {
    line = await startLine(kind);
    await line.addResponder({
      name: 'Ray',
      phone: '+12025550154',
      tier: 'primary',
      behaviour: { kind: 'answer', afterSeconds: 2, press: '1', pressStarAfterSeconds: 15, pressLater: ['1'] },
    });
    const call = line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER });
    await line.sim.runUntilIdle();
    expect(transcript(line.sim.phoneLog('+12025550154')[0]?.heard ?? [])).toContain('Thank you. It is noted');
    expect(transcript(call.heard)).toContain('This call has ended');
    const record = (await line.t.api<CallRecord[]>('GET', '/api/calls', undefined, line.token)).body[0];
    expect(record).toMatchObject({ outcome: 'answered', endReason: 'mistake' });
    expect(record?.durationSeconds).toBeGreaterThanOrEqual(14);
  });

  it('a restart mid-call loses nothing and never leaves the responder busy', async () => {
    line = await startLine(kind);
    await line.addResponder({
      name: 'Sol',
      phone: '+12025550155',
      tier: 'primary',
      behaviour: { kind: 'answer', afterSeconds: 2, press: '1', hangUpAfterSeconds: 90 },
    });
    line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER });
    await line.sim.advance(60);
    // Kith goes down mid-call; the conversation ends while nobody is listening for callbacks.
    await line.t.kith.stop();
    await line.sim.runUntilIdle();
    line.t = await line.t.restart();
    line.sim.connectApp(line.t.url);
    const program = await line.t.api<{ phoneNumber: string }>('GET', '/api/program', undefined, line.token);
    expect(program.body.phoneNumber).toBe(COMMUNITY_NUMBER);

    line.clock.advance(3 * 60_000);
    const { ctx } = line.t.kith;
    if (!ctx.provider) throw new Error('provider missing');
    const recovered = await recoverQuietCalls({
      db: ctx.db.kysely,
      clock: ctx.clock,
      keys: ctx.keys,
      provider: ctx.provider,
      logger: ctx.logger,
      live: ctx.live,
      background: ctx.background,
      routing: ctx.routing,
    });
    expect(recovered.legsClosed).toBe(1);
    expect(recovered.callsClosed).toBe(1);

    line.sim.phone('+12025550155', { kind: 'answer', afterSeconds: 2, press: '1', hangUpAfterSeconds: 10 });
    line.sim.placeCall({ from: '+12025550194', to: COMMUNITY_NUMBER });
    await line.sim.runUntilIdle();
    expect(line.sim.phoneLog('+12025550155')).toHaveLength(2);
    const latest = (await line.t.api<CallRecord[]>('GET', '/api/calls', undefined, line.token)).body[0];
    expect(latest).toMatchObject({ outcome: 'answered', acceptedBy: line.ids.Sol });
  });
});
