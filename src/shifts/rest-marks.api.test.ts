import { afterEach, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../test/support/databases';
import { startTestKith, type TestKith } from '../../test/support/kith';
import { team } from './test-fixtures';

interface Schedule {
  occurrences: {
    responderName: string;
    start: string;
    rest: { rule: string; hours: number; limit: number; at: string; allowed: string | null } | null;
  }[];
}

/** The schedule flags, in data, each shift that breaks a rest rule: the one that tips it over, not all it touches. */
describe.each(DB_KINDS)('rest rule breaks on the schedule (%s)', (kind) => {
  let t: TestKith;
  afterEach(async () => t?.stop());

  it('flags the later shift of a short rest and a shift a coordinator allowed, with their reason', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const { token, ana, ben } = await team(t);
    const rule = (responderId: string, day: string, start: string, end: string, extra = {}) =>
      t.api(
        'POST',
        '/api/shifts/rules',
        { responderId, role: 'phone', tier: 'primary', day, start, end, ...extra },
        token,
      );
    // Written before the rule existed: Ana rests only 4 hours between Monday's two shifts.
    expect((await rule(ana, 'mon', '06:00', '12:00')).status).toBe(201);
    expect((await rule(ana, 'mon', '16:00', '20:00')).status).toBe(201);
    expect((await rule(ben, 'mon', '06:00', '12:00')).status).toBe(201);
    expect((await t.api('PATCH', '/api/program', { care: { restHours: 8 } }, token)).status).toBe(200);
    expect((await rule(ben, 'mon', '14:00', '18:00', { restOverride: 'no-one-else' })).status).toBe(201);

    const schedule = await t.api<Schedule>('GET', '/api/shifts/schedule?from=2026-11-23&days=1', undefined, token);
    expect(schedule.status).toBe(200);
    // Shifts starting together come in id order (random): sort by time, then name.
    const marks = schedule.body.occurrences
      .map((o) => [o.responderName, o.start.slice(11, 16), o.rest] as const)
      .sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0]));
    expect(marks).toEqual([
      ['Ana', '06:00', null],
      ['Ben', '06:00', null],
      ['Ben', '14:00', { rule: 'restHours', hours: 2, limit: 8, at: '2026-11-23T14:00-05:00', allowed: 'no-one-else' }],
      ['Ana', '16:00', { rule: 'restHours', hours: 4, limit: 8, at: '2026-11-23T16:00-05:00', allowed: null }],
    ]);

    // No rule, no marks.
    expect((await t.api('PATCH', '/api/program', { care: { restHours: null } }, token)).status).toBe(200);
    const free = await t.api<Schedule>('GET', '/api/shifts/schedule?from=2026-11-23&days=1', undefined, token);
    expect(free.body.occurrences.every((o) => o.rest === null)).toBe(true);
  });
});
