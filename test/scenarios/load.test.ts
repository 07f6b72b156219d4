import { afterEach, describe, expect, it } from 'vitest';
import type { MyLoadView, PersonLoadView, TeamLoadView } from '../../src/load/schema';
import { DB_KINDS } from '../support/databases';
import { PHONES, startDispatchLine, visit, type DispatchLine } from '../support/dispatch';
import { COMMUNITY_NUMBER } from '../support/line';
import { converse } from '../support/texting';

const CALLER = '+12025550190';
const PERSON = '+12025550191';
/** A wall time in New York, as the UTC instant the test clock is set to. */
const utc = (iso: string): number => Date.parse(iso);

/**
 * Load (issue 17): hours on call, calls answered, texts taken and field responses joined, per person,
 * for a calendar month in the program's time zone — counts only. New York leaves daylight saving at
 * 02:00 on Sunday 1 November 2026: a call at 23:30 on 31 October is October's though it is already
 * November in UTC, and November has 721 hours.
 */
describe.each(DB_KINDS)('load by month in the program’s time zone (%s)', (kind) => {
  let line: DispatchLine;
  afterEach(async () => line?.stop());

  it('counts each person’s month at local midnights across a daylight-saving change, and names no caller', async () => {
    line = await startDispatchLine(kind, { start: utc('2026-10-31T12:00:00Z') });
    line.sim.phone(PHONES.Rita, { kind: 'answer', afterSeconds: 3, press: '1', hangUpAfterSeconds: 60 });
    const team = (month: string, token = line.token) =>
      line.t.api<TeamLoadView>('GET', `/api/load/team?month=${month}`, undefined, token);
    const of = (load: TeamLoadView, name: string): PersonLoadView | undefined =>
      load.people.find((p) => p.name === name);

    // 23:30 on Saturday 31 October in New York (EDT): October's, though 03:30 UTC on 1 November.
    line.clock.set(utc('2026-11-01T03:30:00Z'));
    line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER });
    await line.sim.runUntilIdle();
    // 01:30 on 1 November, the first time round (EDT): November's.
    line.clock.set(utc('2026-11-01T05:30:00Z'));
    line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER });
    await line.sim.runUntilIdle();

    // A field response in mid-November: Ana says yes, Dee no.
    line.clock.set(utc('2026-11-15T17:00:00Z'));
    const asked = await line.t.api<{ id: string }>('POST', '/api/dispatch', visit(), line.tokens.Rita);
    expect(asked.status).toBe(201);
    await line.sim.runUntilIdle();
    await line.text('Ana', 'R1 YES 10');
    await line.text('Dee', 'R1 NO');

    // A text taken at 23:30 on Monday 30 November (EST): November's, though 04:30 UTC on 1 December.
    line.clock.set(utc('2026-12-01T04:30:00Z'));
    await converse(line, PERSON, PHONES.Rita, true);

    const october = await team('2026-10');
    expect(october.status).toBe(200);
    expect(october.body).toMatchObject({
      month: '2026-10',
      timeZone: 'America/New_York',
      from: '2026-10-01T00:00-04:00',
      to: '2026-11-01T00:00-04:00',
    });
    expect(of(october.body, 'Rita')).toMatchObject({
      hoursOnCall: 31 * 24,
      callsAnswered: 1,
      conversationsHandled: 0,
      fieldResponsesJoined: 0,
    });

    const november = await team('2026-11');
    expect(november.body).toMatchObject({ from: '2026-11-01T00:00-04:00', to: '2026-12-01T00:00-05:00' });
    // Every shift is all week, so everyone on shift held the whole month: 30 days and the hour clocks went back.
    expect(of(november.body, 'Rita')).toMatchObject({
      hoursOnCall: 721,
      callsAnswered: 1,
      conversationsHandled: 1,
      fieldResponsesJoined: 0,
    });
    expect(of(november.body, 'Ana')).toMatchObject({ hoursOnCall: 721, callsAnswered: 0, fieldResponsesJoined: 1 });
    expect(of(november.body, 'Dee')).toMatchObject({ fieldResponsesJoined: 0 });
    // Eve has no shifts; the setup's coordinator neither: both are listed with nothing.
    expect(of(november.body, 'Eve')).toMatchObject({
      hoursOnCall: 0,
      callsAnswered: 0,
      conversationsHandled: 0,
      fieldResponsesJoined: 0,
    });

    const december = await team('2026-12');
    expect(of(december.body, 'Rita')).toMatchObject({ callsAnswered: 0, conversationsHandled: 0 });

    // A responder sees their own month, and not the team's.
    const mine = await line.t.api<MyLoadView>('GET', '/api/load/mine?month=2026-11', undefined, line.tokens.Rita);
    expect(mine.status).toBe(200);
    expect(mine.body.me).toEqual(of(november.body, 'Rita'));
    expect(Object.keys(mine.body).sort()).toEqual(['from', 'me', 'month', 'timeZone', 'to']);
    // Coordinators' routes are not there for others (auth/route-access answers 404).
    expect((await team('2026-11', line.tokens.Rita)).status).toBe(404);
    // This month by default: the clock is on 1 December in UTC but still 30 November in New York.
    expect((await line.t.api<MyLoadView>('GET', '/api/load/mine', undefined, line.tokens.Rita)).body.month).toBe(
      '2026-11',
    );

    // Counts only: no number, no conversation or response alias, no call time.
    for (const body of [JSON.stringify(october.body), JSON.stringify(november.body), JSON.stringify(mine.body)]) {
      expect(body).not.toContain('5550190');
      expect(body).not.toContain('5550191');
      expect(body).not.toMatch(/\b[KR]1\b/);
      expect(body).not.toContain('23:30');
    }

    for (const month of ['2026-13', '26-11', 'november', '2026-1']) expect((await team(month)).status, month).toBe(422);
  }, 60_000);
});
