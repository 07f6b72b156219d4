import { afterEach, describe, expect, it } from 'vitest';
import type { CallRecord } from '../../src/calls/types';
import { DB_KINDS } from '../support/databases';
import { COMMUNITY_NUMBER, startLine, transcript, type Line } from '../support/line';

const CALLER = '+12025550191';
const NEVER = ['911', '988', 'police will', 'voicemail', 'leave a message'];

async function lastRecord(line: Line): Promise<CallRecord | undefined> {
  return (await line.t.api<CallRecord[]>('GET', '/api/calls', undefined, line.token)).body[0];
}

describe.each(DB_KINDS)('who gets rung, and what happens when nobody can answer (%s)', (kind) => {
  let line: Line;
  afterEach(async () => line?.stop());

  it('rings the backup tier after the ring timeout, then connects', async () => {
    line = await startLine(kind, { program: { ringTimeoutSeconds: 20 } });
    await line.addResponder({ name: 'Primary', phone: '+12025550131', tier: 'primary', behaviour: { kind: 'ignore' } });
    await line.addResponder({
      name: 'Backup',
      phone: '+12025550132',
      tier: 'backup',
      behaviour: { kind: 'answer', afterSeconds: 4, press: '1', hangUpAfterSeconds: 30 },
    });
    line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER });
    await line.sim.runUntilIdle();
    const primary = line.sim.calls.find((c) => c.to === '+12025550131');
    const backup = line.sim.calls.find((c) => c.to === '+12025550132');
    expect(backup?.startedAt).toBeGreaterThanOrEqual((primary?.startedAt ?? 0) + 20_000);
    expect(await lastRecord(line)).toMatchObject({ outcome: 'answered', acceptedBy: line.ids.Backup });
  });

  it('plays the no-answer message when nobody accepts — never voicemail, never 911 or 988', async () => {
    line = await startLine(kind, { program: { ringTimeoutSeconds: 15 } });
    await line.addResponder({ name: 'Busy', phone: '+12025550133', tier: 'primary', behaviour: { kind: 'busy' } });
    await line.addResponder({ name: 'Away', phone: '+12025550134', tier: 'backup', behaviour: { kind: 'ignore' } });
    const call = line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER });
    await line.sim.runUntilIdle();
    const heard = transcript(call.heard);
    expect(heard).toContain('No one on our team could pick up right now');
    for (const phrase of NEVER) expect(heard.toLowerCase()).not.toContain(phrase);
    expect(call.status).toBe('completed');
    expect(await lastRecord(line)).toMatchObject({ outcome: 'no_answer', acceptedBy: null });
  });

  it('does not ring someone paused, off shift, or already on a Kith call', async () => {
    line = await startLine(kind);
    await line.addResponder({
      name: 'Talking',
      phone: '+12025550135',
      tier: 'primary',
      behaviour: { kind: 'answer', afterSeconds: 2, press: '1', hangUpAfterSeconds: 600 },
    });
    await line.addResponder({ name: 'Paused', phone: '+12025550136', tier: 'primary', status: 'paused' });
    await line.addResponder({ name: 'OffShift', phone: '+12025550137' });
    await line.addResponder({
      name: 'Free',
      phone: '+12025550138',
      tier: 'backup',
      behaviour: { kind: 'answer', afterSeconds: 2, press: '1', hangUpAfterSeconds: 30 },
    });
    line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER });
    await line.sim.advance(60);
    const first = await lastRecord(line);
    expect(first).toMatchObject({ state: 'connected', acceptedBy: line.ids.Talking });

    line.sim.placeCall({ from: '+12025550192', to: COMMUNITY_NUMBER });
    await line.sim.advance(120);
    expect(line.sim.phoneLog('+12025550135')).toHaveLength(1);
    expect(line.sim.phoneLog('+12025550136')).toHaveLength(0);
    expect(line.sim.phoneLog('+12025550137')).toHaveLength(0);
    const second = await lastRecord(line);
    expect(second).toMatchObject({ outcome: 'answered', acceptedBy: line.ids.Free });
    await line.sim.runUntilIdle();
  });

  it('with nobody on call at all, says so right after the disclosures instead of holding the caller', async () => {
    line = await startLine(kind);
    await line.addResponder({ name: 'Later', phone: '+12025550142' });
    const call = line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER });
    await line.sim.runUntilIdle();
    expect(call.events.some((e) => e.what.startsWith('enqueued'))).toBe(false);
    expect(transcript(call.heard)).toMatch(/not recorded.*No one on our team could pick up right now/);
    expect(await lastRecord(line)).toMatchObject({ outcome: 'no_answer' });
  });

  it('plays the off-hours message outside hours and rings nobody', async () => {
    line = await startLine(kind, {
      program: { hours: { weekly: [{ day: 'fri', start: '19:00', end: '24:00' }], exceptions: [] } },
    });
    await line.addResponder({ name: 'Kim', phone: '+12025550139', tier: 'primary' });
    const call = line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER });
    await line.sim.runUntilIdle();
    expect(transcript(call.heard)).toContain('We are closed right now. We answer Friday, from 7:00 PM to midnight');
    expect(line.sim.phoneLog('+12025550139')).toHaveLength(0);
    expect(await lastRecord(line)).toMatchObject({ outcome: 'off_hours' });
  });

  it('records a caller who hangs up while waiting, and stops ringing responders', async () => {
    line = await startLine(kind, { program: { ringTimeoutSeconds: 60 } });
    await line.addResponder({ name: 'Slow', phone: '+12025550140', tier: 'primary', behaviour: { kind: 'ignore' } });
    line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER, caller: { hangUpAfterSeconds: 40 } });
    await line.sim.runUntilIdle();
    expect(line.sim.phoneLog('+12025550140')[0]?.status).toBe('canceled');
    expect(await lastRecord(line)).toMatchObject({ outcome: 'caller_hung_up' });
  });
});

describe.each(DB_KINDS)('across a daylight-saving change (%s)', (kind) => {
  let line: Line;
  afterEach(async () => line?.stop());

  // Saturday 22:00 → Sunday 06:00 in New York, over the night clocks spring forward (2027-03-14).
  // The shift ends at 06:00 EDT = 10:00 UTC; adding 8 fixed hours to 22:00 EST would wrongly say 11:00 UTC.
  it.each([
    ['05:30 local, still on shift', Date.UTC(2027, 2, 14, 9, 30), 'answered'],
    ['06:30 local, shift over', Date.UTC(2027, 2, 14, 10, 30), 'no_answer'],
  ])('at %s', async (_label, at, outcome) => {
    line = await startLine(kind, { start: at });
    const id = await line.addResponder({
      name: 'Night',
      phone: '+12025550141',
      behaviour: { kind: 'answer', afterSeconds: 3, press: '1', hangUpAfterSeconds: 20 },
    });
    const shift = await line.t.api(
      'POST',
      '/api/shifts/rules',
      { responderId: id, role: 'phone', tier: 'primary', day: 'sat', start: '22:00', end: '06:00' },
      line.token,
    );
    expect(shift.status).toBe(201);
    line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER });
    await line.sim.runUntilIdle();
    expect(await lastRecord(line)).toMatchObject({ outcome });
  });
});
