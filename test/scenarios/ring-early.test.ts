import { afterEach, describe, expect, it } from 'vitest';
import type { CallRecord } from '../../src/calls/types';
import { catalogFor } from '../../src/i18n';
import type { HeardLine } from '../../src/simulator/types';
import { DB_KINDS } from '../support/databases';
import { COMMUNITY_NUMBER, SIM_ACCOUNT, startLine, transcript, type Line } from '../support/line';

/**
 * Issue 14: the team's phones ring while the caller hears the line's promises, and whoever accepts
 * early is joined the moment those end — never before. Accepting does not wait on the provider's
 * hang-ups of the other legs.
 */
const CALLER = '+12025550193';
const ANA = '+12025550161';
const BEN = '+12025550162';
const en = catalogFor('en');
/** The simulator speaks 0.4 s a word (src/simulator/executor.ts). */
const spokenMs = (line: HeardLine) => line.text.split(/\s+/).filter((w) => w !== '').length * 400;

/** When the caller finished hearing the disclosures (the sentence that says nothing is recorded). */
function disclosuresEnd(heard: readonly HeardLine[]): number {
  const disclosures = heard.find((h) => h.text.includes('never calls the police'));
  if (!disclosures) throw new Error('the caller never heard the disclosures');
  return disclosures.at + spokenMs(disclosures);
}

const bridgedAt = (events: readonly { at: number; what: string }[]) =>
  events.find((e) => e.what.startsWith('bridged:'))?.at;

async function lastRecord(line: Line): Promise<CallRecord | undefined> {
  return (await line.t.api<CallRecord[]>('GET', '/api/calls', undefined, line.token)).body[0];
}

describe.each(DB_KINDS)('ringing while the promises play (%s)', (kind) => {
  let line: Line;
  afterEach(async () => line?.stop());

  it.each([
    ['one language', ['en']],
    ['two languages', ['en', 'es']],
  ])(
    'with %s, the phone rings before the disclosures end; an early accept is joined right after them',
    async (_, languages) => {
      line = await startLine(kind, { program: { languages } });
      await line.addResponder({
        name: 'Ana',
        phone: ANA,
        tier: 'primary',
        behaviour: { kind: 'answer', afterSeconds: 2, press: '1', hangUpAfterSeconds: 60 },
      });
      const call = line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER });
      await line.sim.runUntilIdle();
      expect(line.sim.errors).toEqual([]);

      const end = disclosuresEnd(call.heard);
      const leg = line.sim.calls.find((c) => c.to === ANA);
      expect(leg?.startedAt).toBeLessThan(end - 10_000);
      const [log] = line.sim.phoneLog(ANA);
      // She pressed 1 while the caller still heard the promises, and was told so.
      expect(transcript(log?.heard ?? [])).toContain(en.whisperEarly);
      // Never joined before every disclosure was heard; joined right after.
      const bridged = bridgedAt(call.events);
      expect(bridged).toBeGreaterThanOrEqual(end);
      expect(bridged).toBeLessThanOrEqual(end + 2_000);
      expect(call.bridgedWith).toBe(log?.sid);
      expect(transcript(call.heard)).toContain('Connecting you now');
      expect(await lastRecord(line)).toMatchObject({ outcome: 'answered', acceptedBy: line.ids.Ana });
    },
  );

  it('a responder who accepts after the caller is held is joined at once, as before', async () => {
    line = await startLine(kind, { program: { languages: ['en'] } });
    await line.addResponder({
      name: 'Ana',
      phone: ANA,
      tier: 'primary',
      behaviour: { kind: 'answer', afterSeconds: 24, press: '1', hangUpAfterSeconds: 30 },
    });
    const call = line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER });
    await line.sim.runUntilIdle();
    const [log] = line.sim.phoneLog(ANA);
    expect(transcript(log?.heard ?? [])).not.toContain(en.whisperEarly);
    expect(call.bridgedWith).toBe(log?.sid);
    expect(await lastRecord(line)).toMatchObject({ outcome: 'answered' });

    // Press to bridge is the caller's "Connecting you now." alone (the queue's own announcement):
    // the answer to the press dials the queue at once, so the responder hears nothing after the
    // whisper, and the bridge comes as the caller's line ends.
    const bridged = bridgedAt(call.events) ?? Infinity;
    const beforeBridge = (log?.heard ?? []).filter((h) => h.at < bridged);
    expect(beforeBridge.length).toBeGreaterThan(0);
    expect(beforeBridge.every((h) => h.text.startsWith('Kith call for'))).toBe(true);
    const whisper = beforeBridge.at(-1);
    const whisperEnd = whisper ? whisper.at + spokenMs(whisper) : Infinity;
    const connecting = call.heard.find((h) => h.text === en.connected);
    expect(connecting?.at).toBeGreaterThan(whisperEnd);
    expect(bridged).toBe((connecting?.at ?? 0) + (connecting ? spokenMs(connecting) : 0));
    // The simulator's person presses a second after the prompt ends.
    expect(bridged - whisperEnd).toBeLessThanOrEqual(1000 + (connecting ? spokenMs(connecting) : 0));
  });

  it('escalates to the backup tier while the caller still hears the disclosures', async () => {
    line = await startLine(kind, { program: { languages: ['en'], ringTimeoutSeconds: 10 } });
    await line.addResponder({ name: 'Ana', phone: ANA, tier: 'primary', behaviour: { kind: 'ignore' } });
    await line.addResponder({
      name: 'Ben',
      phone: BEN,
      tier: 'backup',
      behaviour: { kind: 'answer', afterSeconds: 1, press: '1', hangUpAfterSeconds: 30 },
    });
    const call = line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER });
    await line.sim.runUntilIdle();
    const end = disclosuresEnd(call.heard);
    const primary = line.sim.calls.find((c) => c.to === ANA);
    const backup = line.sim.calls.find((c) => c.to === BEN);
    expect(backup?.startedAt).toBeGreaterThanOrEqual((primary?.startedAt ?? Infinity) + 10_000);
    expect(backup?.startedAt).toBeLessThan(end);
    expect(bridgedAt(call.events)).toBeGreaterThanOrEqual(end);
    expect(await lastRecord(line)).toMatchObject({ outcome: 'answered', acceptedBy: line.ids.Ben });
  });

  it('a caller who hangs up mid-disclosures stops the ringing', async () => {
    line = await startLine(kind, { program: { languages: ['en'] } });
    await line.addResponder({ name: 'Ana', phone: ANA, tier: 'primary', behaviour: { kind: 'ignore' } });
    line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER, caller: { hangUpAfterSeconds: 8 } });
    await line.sim.runUntilIdle();
    const leg = line.sim.calls.find((c) => c.to === ANA);
    expect(leg?.status).toBe('canceled');
    expect(leg?.endedAt).toBeLessThanOrEqual(T(line) + 9_000);
    expect(await lastRecord(line)).toMatchObject({ outcome: 'caller_hung_up', acceptedBy: null });
  });

  it('a caller who hangs up mid-disclosures after a responder accepted: the responder is told at once, nobody counts as answered', async () => {
    line = await startLine(kind, { program: { languages: ['en'] } });
    await line.addResponder({
      name: 'Ana',
      phone: ANA,
      tier: 'primary',
      behaviour: { kind: 'answer', afterSeconds: 1, press: '1' },
    });
    line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER, caller: { hangUpAfterSeconds: 15 } });
    await line.sim.runUntilIdle();
    const [log] = line.sim.phoneLog(ANA);
    const heard = transcript(log?.heard ?? []);
    expect(heard).toContain(en.whisperEarly);
    expect(heard).toContain(en.whisperHungUp);
    expect(log?.bridgedWith).toBeUndefined();
    const leg = line.sim.calls.find((c) => c.to === ANA);
    expect(leg?.endedAt).toBeLessThanOrEqual(T(line) + 30_000);
    const record = await lastRecord(line);
    expect(record).toMatchObject({ outcome: 'caller_hung_up', secondsToAnswer: null, state: 'ended' });
  });
});

/** When the caller called: the first leg's start. */
function T(line: Line): number {
  return line.sim.calls[0]?.startedAt ?? 0;
}

describe.each(DB_KINDS)('accepting answers at once (%s)', (kind) => {
  let line: Line;
  afterEach(async () => line?.stop());

  async function twoRinging(): Promise<void> {
    line = await startLine(kind, { program: { languages: ['en'] } });
    await line.addResponder({
      name: 'Ana',
      phone: ANA,
      tier: 'primary',
      behaviour: { kind: 'answer', afterSeconds: 2, press: '1', hangUpAfterSeconds: 30 },
    });
    await line.addResponder({ name: 'Ben', phone: BEN, tier: 'primary', behaviour: { kind: 'ignore' } });
  }

  it('is not held up by a provider slow to hang up the other legs, which are still hung up', async () => {
    await twoRinging();
    line.sim.phone(ANA, { kind: 'answer', afterSeconds: 2, hangUpAfterSeconds: 30 }); // she will press 1 herself
    const call = line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER });
    await line.sim.advance(11); // both ring; Ana picked up, heard the whisper, and may press a key
    const legs = await line.t.kith.ctx.db.kysely.selectFrom('call_legs').selectAll().execute();
    const ana = legs.find((l) => l.responder_id === line.ids.Ana);
    const anaSid = ana?.provider_leg_ref ?? '';
    expect(ana?.state).toBe('screening');
    // The provider now sits on every hang-up; Ana's keypress is answered all the same.
    const release = line.sim.stallHangUps();
    const answer = await line.sim.sendSignedWebhook(
      `/webhooks/twilio/voice/leg/choice?call=${ana?.call_id}&leg=${ana?.id}`,
      {
        CallSid: anaSid,
        AccountSid: SIM_ACCOUNT,
        Digits: '1',
      },
    );
    expect(answer.status).toBe(200);
    expect(answer.body).toContain(en.whisperEarly);
    expect(line.sim.hangUpRequests).toBe(1);
    expect(line.sim.calls.find((c) => c.to === BEN)?.status).toBe('ringing');
    // Ben's leg is already over for Kith: a late callback from it changes nothing.
    const ben = (await line.t.kith.ctx.db.kysely.selectFrom('call_legs').selectAll().execute()).find(
      (l) => l.responder_id === line.ids.Ben,
    );
    expect(ben?.state).toBe('canceled');
    release();
    line.sim.call(anaSid)?.press('1'); // the provider's own request, as a retry of the same keypress
    await line.sim.runUntilIdle();
    const benLeg = line.sim.calls.find((c) => c.to === BEN);
    expect(benLeg?.status).toBe('canceled');
    expect(benLeg?.endedAt).toBeLessThan((benLeg?.startedAt ?? 0) + 15_000);
    expect(call.bridgedWith).toBe(anaSid);
    expect(line.sim.errors).toEqual([]);
    expect(await lastRecord(line)).toMatchObject({ outcome: 'answered', acceptedBy: line.ids.Ana });
  });

  it('tries a failed hang-up again', async () => {
    await twoRinging();
    line.sim.failNextHangUps(1);
    line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER });
    await line.sim.runUntilIdle();
    expect(line.sim.hangUpRequests).toBe(2);
    const ben = line.sim.calls.find((c) => c.to === BEN);
    expect(ben?.status).toBe('canceled');
    // Hung up right after the retry, not by the ring timeout (25 s after it began).
    expect(ben?.endedAt).toBeLessThan((ben?.startedAt ?? 0) + 15_000);
    expect(await lastRecord(line)).toMatchObject({ outcome: 'answered', acceptedBy: line.ids.Ana });
  });
});
