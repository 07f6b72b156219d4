import { describe, expect, it } from 'vitest';
import { describeHours, isOpenAt, openIntervals } from './hours';
import type { Hours } from './types';

const NY = 'America/New_York';
const at = (iso: string) => Date.parse(iso);

describe('opening hours in the program’s time zone', () => {
  const hours: Hours = {
    weekly: [
      { day: 'fri', start: '19:00', end: '02:00' },
      { day: 'sat', start: '19:00', end: '24:00' },
    ],
    exceptions: [{ date: '2026-12-25', open: [] }],
  };

  it('is open inside a span that runs past midnight, and closed outside', () => {
    expect(isOpenAt(hours, NY, at('2026-11-27T23:59:00Z'))).toBe(false); // Fri 18:59
    expect(isOpenAt(hours, NY, at('2026-11-28T00:00:00Z'))).toBe(true); // Fri 19:00
    expect(isOpenAt(hours, NY, at('2026-11-28T06:59:00Z'))).toBe(true); // Sat 01:59
    expect(isOpenAt(hours, NY, at('2026-11-28T07:00:00Z'))).toBe(false); // Sat 02:00
  });

  it('honours a holiday exception, including the span that would have run past midnight', () => {
    // 2026-12-25 is a Friday: closed all that date; the Thursday before has no hours either.
    expect(isOpenAt(hours, NY, at('2026-12-26T01:00:00Z'))).toBe(false); // Fri 20:00 on the 25th
    expect(isOpenAt(hours, NY, at('2026-12-27T01:00:00Z'))).toBe(true); // Sat 20:00
  });

  it('uses local wall-clock time on both sides of a daylight-saving change', () => {
    const weekend: Hours = { weekly: [{ day: 'sun', start: '09:00', end: '17:00' }], exceptions: [] };
    expect(isOpenAt(weekend, NY, at('2026-11-01T13:59:00Z'))).toBe(false); // 08:59 EST (clocks fell back at 02:00)
    expect(isOpenAt(weekend, NY, at('2026-11-01T14:00:00Z'))).toBe(true); // 09:00 EST
    expect(isOpenAt(weekend, NY, at('2027-03-14T13:00:00Z'))).toBe(true); // 09:00 EDT
    expect(isOpenAt(weekend, NY, at('2027-03-14T12:59:00Z'))).toBe(false); // 08:59 EDT
  });

  it('says the hours in plain words in each language', () => {
    expect(describeHours(hours, 'en')).toBe('Friday, from 7:00 PM to 2:00 AM; Saturday, from 7:00 PM to midnight');
    expect(describeHours(hours, 'es')).toBe('viernes, de 19:00 a 2:00; sábado, de 19:00 a medianoche');
    expect(describeHours({ weekly: [], exceptions: [] }, 'en')).toBe('at times we will share soon');
  });
});

describe('opening hours as real stretches of time', () => {
  const iso = (ms: number) => new Date(ms).toISOString();
  it('joins a span that runs past midnight to the next day’s, and clips to the window', () => {
    const hours: Hours = {
      weekly: [
        { day: 'fri', start: '19:00', end: '24:00' },
        { day: 'sat', start: '00:00', end: '02:00' },
      ],
      exceptions: [],
    };
    const window = { start: at('2026-11-27T05:00:00Z'), end: at('2026-11-29T05:00:00Z') }; // Fri 00:00 to Sun 00:00 in New York
    expect(openIntervals(hours, NY, window).map((o) => [iso(o.start), iso(o.end)])).toEqual([
      ['2026-11-28T00:00:00.000Z', '2026-11-28T07:00:00.000Z'],
    ]);
    expect(
      openIntervals(hours, NY, { start: at('2026-11-28T03:00:00Z'), end: at('2026-11-28T04:00:00Z') }).map((o) => [
        iso(o.start),
        iso(o.end),
      ]),
    ).toEqual([['2026-11-28T03:00:00.000Z', '2026-11-28T04:00:00.000Z']]);
  });

  it('gives a night across the fall-back change its nine real hours, and a closed date none', () => {
    const hours: Hours = {
      weekly: [{ day: 'sat', start: '22:00', end: '06:00' }],
      exceptions: [{ date: '2026-11-07', open: [] }],
    };
    const [night] = openIntervals(hours, NY, { start: at('2026-10-31T04:00:00Z'), end: at('2026-11-02T05:00:00Z') });
    expect(night && (night.end - night.start) / 3_600_000).toBe(9);
    expect(openIntervals(hours, NY, { start: at('2026-11-07T05:00:00Z'), end: at('2026-11-09T05:00:00Z') })).toEqual(
      [],
    );
  });
});
