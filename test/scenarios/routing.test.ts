import { afterEach, describe, expect, it } from 'vitest';
import type { CallRecord } from '../../src/calls/types';
import { DB_KINDS } from '../support/databases';
import { COMMUNITY_NUMBER, startLine, transcript, type Line } from '../support/line';

const CALLER = '+12025550190';

async function records(line: Line): Promise<CallRecord[]> {
  const result = await line.t.api<CallRecord[]>('GET', '/api/calls', undefined, line.token);
  expect(result.status).toBe(200);
  return result.body;
}

describe.each(DB_KINDS)('a call to the community line (%s)', (kind) => {
  let line: Line;
  afterEach(async () => line?.stop());

  it('greets, discloses, then rings; the responder who presses 1 is connected, seeing only the community number', async () => {
    line = await startLine(kind);
    await line.addResponder({
      name: 'Ana',
      phone: '+12025550111',
      tier: 'primary',
      behaviour: { kind: 'answer', afterSeconds: 4, press: '1', hangUpAfterSeconds: 120 },
    });
    const call = line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER });
    await line.sim.runUntilIdle();

    expect(line.sim.errors).toEqual([]);
    const heard = transcript(call.heard);
    expect(heard).toContain('Northside Care Line');
    expect(heard).toContain('Para español, marque 2');
    expect(heard).toContain('never calls the police');
    expect(heard).toContain('not recorded');
    expect(heard).toContain('Connecting you now');

    const [leg] = line.sim.phoneLog('+12025550111');
    expect(leg?.shownCallerId).toBe(COMMUNITY_NUMBER);
    expect(transcript(leg?.heard ?? [])).toContain('Kith call for Northside Care Line. Press 1 to accept');
    // Ringing begins once the caller chose a language, as the greeting in it begins (never before).
    const greetedAt = call.heard.find((h) => h.text.includes('You have reached'))?.at ?? Infinity;
    const responderLeg = line.sim.calls.find((c) => c.to === '+12025550111');
    expect(responderLeg?.startedAt).toBeGreaterThanOrEqual(greetedAt);
    expect(call.heard.findIndex((h) => h.text.includes('You have reached'))).toBe(2);
    expect(call.bridgedWith).toBe(leg?.sid);

    const [record] = await records(line);
    expect(record).toMatchObject({
      outcome: 'answered',
      acceptedBy: line.ids.Ana,
      language: 'en',
      channel: 'voice',
      state: 'ended',
    });
    expect(record?.secondsToAnswer).toBeGreaterThan(0);
    expect(record?.durationSeconds).toBeGreaterThanOrEqual(119);
    // The caller's hold queue was deleted at the provider once the call was over.
    expect(line.sim.queueNames).toEqual([]);
    // The history can be narrowed by time, and refuses nonsense naming the field.
    const after = await line.t.api<CallRecord[]>(
      'GET',
      `/api/calls?from=${line.clock.now() + 1}`,
      undefined,
      line.token,
    );
    expect(after.body).toEqual([]);
    const bad = await line.t.api<{ error: { fields: { field: string }[] } }>(
      'GET',
      '/api/calls?limit=abc',
      undefined,
      line.token,
    );
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields[0]?.field).toBe('/limit');
  });

  it('a voicemail that picks up first never takes the call: the other responder keeps ringing and accepts', async () => {
    line = await startLine(kind);
    await line.addResponder({
      name: 'Voicemail',
      phone: '+12025550112',
      tier: 'primary',
      behaviour: { kind: 'voicemail', afterSeconds: 0, recordSeconds: 30 },
    });
    await line.addResponder({
      name: 'Ben',
      phone: '+12025550113',
      tier: 'primary',
      behaviour: { kind: 'answer', afterSeconds: 8, press: '1', hangUpAfterSeconds: 60 },
    });
    const call = line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER });
    await line.sim.runUntilIdle();

    expect(line.sim.errors).toEqual([]);
    const [voicemail] = line.sim.phoneLog('+12025550112');
    expect(voicemail?.bridgedWith).toBeUndefined();
    expect(transcript(voicemail?.heard ?? [])).toContain('Press 1 to accept');
    const [ben] = line.sim.phoneLog('+12025550113');
    expect(call.bridgedWith).toBe(ben?.sid);
    const [record] = await records(line);
    expect(record).toMatchObject({ outcome: 'answered', acceptedBy: line.ids.Ben });
  });

  it('pressing 2 declines; the others keep ringing', async () => {
    line = await startLine(kind);
    await line.addResponder({
      name: 'Cam',
      phone: '+12025550114',
      tier: 'primary',
      behaviour: { kind: 'answer', afterSeconds: 2, press: '2' },
    });
    await line.addResponder({
      name: 'Dee',
      phone: '+12025550115',
      tier: 'primary',
      behaviour: { kind: 'answer', afterSeconds: 9, press: '1', hangUpAfterSeconds: 30 },
    });
    line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER });
    await line.sim.runUntilIdle();
    expect(transcript(line.sim.phoneLog('+12025550114')[0]?.heard ?? [])).toContain('We will reach someone else');
    const [record] = await records(line);
    expect(record).toMatchObject({ outcome: 'answered', acceptedBy: line.ids.Dee });
  });

  it('prefers responders who speak the caller’s language', async () => {
    line = await startLine(kind);
    await line.addResponder({ name: 'Eli', phone: '+12025550116', languages: ['en'], tier: 'primary' });
    await line.addResponder({
      name: 'Flor',
      phone: '+12025550117',
      languages: ['es', 'en'],
      tier: 'primary',
      behaviour: { kind: 'answer', afterSeconds: 5, press: '1', hangUpAfterSeconds: 30 },
    });
    const call = line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER, caller: { press: ['2'] } });
    await line.sim.runUntilIdle();

    expect(line.sim.phoneLog('+12025550116')).toHaveLength(0);
    const heard = transcript(call.heard);
    expect(heard).toContain('nunca llama a la policía');
    expect(heard).toContain('Le estamos conectando');
    expect(transcript(line.sim.phoneLog('+12025550117')[0]?.heard ?? [])).toContain('Llamada de Kith');
    const [record] = await records(line);
    expect(record).toMatchObject({ outcome: 'answered', language: 'es', acceptedBy: line.ids.Flor });
  });

  it('falls back to the rest of the tier when no speaker of the language accepts', async () => {
    line = await startLine(kind, { program: { ringTimeoutSeconds: 15 } });
    await line.addResponder({
      name: 'Gus',
      phone: '+12025550118',
      languages: ['es'],
      tier: 'primary',
      behaviour: { kind: 'ignore' },
    });
    await line.addResponder({
      name: 'Hana',
      phone: '+12025550119',
      languages: ['en'],
      tier: 'primary',
      behaviour: { kind: 'answer', afterSeconds: 3, press: '1', hangUpAfterSeconds: 30 },
    });
    line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER, caller: { press: ['2'] } });
    await line.sim.runUntilIdle();
    const [record] = await records(line);
    expect(record).toMatchObject({ outcome: 'answered', acceptedBy: line.ids.Hana, language: 'es' });
    expect(line.sim.phoneLog('+12025550118')[0]?.status).toBe('no-answer');
  });

  it('rings in order when the program says so', async () => {
    line = await startLine(kind, { program: { ringStrategy: 'in_order', ringTimeoutSeconds: 15 } });
    await line.addResponder({ name: 'Ivy', phone: '+12025550120', tier: 'primary', behaviour: { kind: 'ignore' } });
    await line.addResponder({
      name: 'Jo',
      phone: '+12025550121',
      tier: 'primary',
      behaviour: { kind: 'answer', afterSeconds: 3, press: '1', hangUpAfterSeconds: 30 },
    });
    line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER });
    await line.sim.runUntilIdle();
    const ivy = line.sim.calls.find((c) => c.to === '+12025550120');
    const jo = line.sim.calls.find((c) => c.to === '+12025550121');
    expect(ivy?.endedAt).toBeDefined();
    expect(jo?.startedAt).toBeGreaterThanOrEqual(ivy?.endedAt ?? Infinity);
    const [record] = await records(line);
    expect(record).toMatchObject({ outcome: 'answered', acceptedBy: line.ids.Jo });
  });
});
