import { afterEach, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../test/support/databases';
import { startTestKith, type TestKith } from '../../test/support/kith';
import { team } from './test-fixtures';

interface Schedule {
  gaps: { role: string; start: string; end: string }[];
}

type Hours = {
  weekly: { day: string; start: string; end: string }[];
  exceptions: { date: string; open: { start: string; end: string }[] }[];
};

/** A gap is a stretch of opening hours with no primary on the phone; the line's closed hours never are. */
describe.each(DB_KINDS)('gaps only in opening hours, on %s', (kind) => {
  let t: TestKith;
  afterEach(async () => t?.stop());

  async function line(hours: Hours) {
    t = await startTestKith(kind, { cheapArgon: true });
    const people = await team(t);
    const saved = await t.api('PATCH', '/api/program', { hours }, people.token);
    expect(saved.status).toBe(200);
    const shift = async (body: Record<string, string>) => {
      const made = await t.api(
        'POST',
        body.kind ? '/api/shifts/overrides' : '/api/shifts/rules',
        { responderId: people.ana, ...body },
        people.token,
      );
      expect(made.status, JSON.stringify(made.body)).toBe(201);
    };
    const gaps = async (query: string) =>
      (await t.api<Schedule>('GET', `/api/shifts/schedule?${query}`, undefined, people.token)).body.gaps;
    return { shift, gaps };
  }

  it('shows no gaps when every opening hour is covered, and exactly the uncovered hour when one is not', async () => {
    const { shift, gaps } = await line({
      weekly: [
        { day: 'mon', start: '09:00', end: '17:00' },
        { day: 'fri', start: '19:00', end: '02:00' },
      ],
      exceptions: [],
    });
    await shift({ role: 'phone', tier: 'primary', day: 'mon', start: '09:00', end: '17:00' });
    await shift({ role: 'phone', tier: 'primary', day: 'fri', start: '19:00', end: '02:00' });
    expect(await gaps('from=2026-11-23&days=7')).toEqual([]);

    await shift({ kind: 'off', start: '2026-11-23T12:00', end: '2026-11-23T13:00' });
    expect(await gaps('from=2026-11-23&days=7')).toEqual([
      { role: 'phone', start: '2026-11-23T12:00-05:00', end: '2026-11-23T13:00-05:00' },
    ]);
  });

  it('measures opening hours across a daylight-saving change in the program’s zone', async () => {
    // New York falls back at 02:00 on Sunday 2026-11-01: Saturday's 22:00–06:00 lasts nine real hours.
    const { shift, gaps } = await line({ weekly: [{ day: 'sat', start: '22:00', end: '06:00' }], exceptions: [] });
    await shift({ role: 'phone', tier: 'primary', day: 'sat', start: '22:00', end: '03:00' });
    expect(await gaps('from=2026-10-31&days=2')).toEqual([
      { role: 'phone', start: '2026-11-01T03:00-05:00', end: '2026-11-01T06:00-05:00' },
    ]);
    // Springing forward on 2027-03-14 the same night lasts seven: covered wall to wall, no gap.
    await shift({ role: 'phone', tier: 'primary', day: 'sun', start: '03:00', end: '06:00' });
    expect(await gaps('from=2027-03-13&days=2')).toEqual([]);
    expect(await gaps('from=2026-10-31&days=2')).toEqual([]);
  });

  it('follows the hours’ exceptions: a closed day has no gaps, a special opening can', async () => {
    const { shift, gaps } = await line({
      weekly: [{ day: 'mon', start: '09:00', end: '17:00' }],
      exceptions: [
        { date: '2026-11-24', open: [{ start: '10:00', end: '12:00' }] },
        { date: '2026-11-30', open: [] },
      ],
    });
    await shift({ role: 'phone', tier: 'primary', day: 'mon', start: '09:00', end: '17:00' });
    await shift({ kind: 'off', start: '2026-11-30T00:00', end: '2026-12-01T00:00' });
    expect(await gaps('from=2026-11-23&days=8')).toEqual([
      { role: 'phone', start: '2026-11-24T10:00-05:00', end: '2026-11-24T12:00-05:00' },
    ]);
  });
});
