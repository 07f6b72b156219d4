import { describe, expect, it } from 'vitest';
import { dueInstant } from './follow-ups';

const ZONE = 'America/Chicago';

describe('a follow-up’s local date and time in the program’s zone', () => {
  it('is the instant the wall clock there reads it, in standard and in daylight time', () => {
    expect(dueInstant(ZONE, '2027-01-15', '14:00')).toEqual({ at: Date.UTC(2027, 0, 15, 20, 0), problems: [] });
    expect(dueInstant(ZONE, '2027-03-15', '14:00')).toEqual({ at: Date.UTC(2027, 2, 15, 19, 0), problems: [] });
  });

  it('a time skipped when clocks spring forward falls due when they jump; a repeated one, the first time round', () => {
    // 2027-03-14 02:30 does not exist in Chicago: the clocks go from 02:00 CST to 03:00 CDT (08:00 UTC).
    expect(dueInstant(ZONE, '2027-03-14', '02:30').at).toBe(Date.UTC(2027, 2, 14, 8, 0));
    // 2026-11-01 01:30 happens twice: first in CDT (06:30 UTC).
    expect(dueInstant(ZONE, '2026-11-01', '01:30').at).toBe(Date.UTC(2026, 10, 1, 6, 30));
  });

  it('names a date that is not real and a time that is not a time', () => {
    expect(dueInstant(ZONE, '2027-02-29', '24:00')).toEqual({
      problems: [
        { field: '/date', message: 'must be a real date, YYYY-MM-DD' },
        { field: '/time', message: 'must be a time, HH:MM (24-hour)' },
      ],
    });
    expect(dueInstant(ZONE, '15/03/2027', '9:00').problems.map((p) => p.field)).toEqual(['/date', '/time']);
  });
});
