import { describe, expect, it } from 'vitest';
import { clipTimeAway, expandRules, gapsIn, occurrencesIn, ruleOccurrence, weeklyOverlap } from './occurrences';
import type { ShiftOverride, ShiftRule } from './types';

const NY = 'America/New_York';
const utc = (iso: string) => Date.parse(iso);
const hours = (o: { start: number; end: number }) => (o.end - o.start) / 3_600_000;
const WEEKDAY = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 } as const;

function rule(day: keyof typeof WEEKDAY, start: string, end: string, extra: Partial<ShiftRule> = {}): ShiftRule {
  const [sh, sm] = start.split(':').map(Number) as [number, number];
  const [eh, em] = end.split(':').map(Number) as [number, number];
  const startMinute = sh * 60 + sm;
  const endMinute = eh * 60 + em;
  return {
    id: `shr_${day}${start}`,
    responderId: 'rsp_ana',
    role: 'phone',
    tier: 'primary',
    weekday: WEEKDAY[day],
    startMinute,
    durationMinutes: endMinute > startMinute ? endMinute - startMinute : endMinute + 1440 - startMinute,
    ...extra,
  };
}

/** The real stretch of `r` when it starts on the local date `date` (wall midnight written as UTC). */
const onDate = (r: ShiftRule, date: string) => ruleOccurrence(r, NY, Date.parse(`${date}T00:00:00Z`));

describe('weekly rules across daylight-saving changes (America/New_York)', () => {
  it('Sunday 01:00–03:00 lasts 1 real hour on spring-forward day and 3 on fall-back day', () => {
    const r = rule('sun', '01:00', '03:00');
    const spring = onDate(r, '2027-03-14');
    expect(new Date(spring.start).toISOString()).toBe('2027-03-14T06:00:00.000Z'); // 01:00 EST
    expect(new Date(spring.end).toISOString()).toBe('2027-03-14T07:00:00.000Z'); // 03:00 EDT
    expect(hours(spring)).toBe(1);
    const fall = onDate(r, '2026-11-01');
    expect(new Date(fall.start).toISOString()).toBe('2026-11-01T05:00:00.000Z'); // the first 01:00 (EDT)
    expect(new Date(fall.end).toISOString()).toBe('2026-11-01T08:00:00.000Z'); // 03:00 EST
    expect(hours(fall)).toBe(3);
    expect(hours(onDate(r, '2026-11-08'))).toBe(2); // an ordinary Sunday
  });

  it('Saturday 22:00–06:00 is 7 real hours across spring forward and 9 across fall back', () => {
    const r = rule('sat', '22:00', '06:00');
    const spring = expandRules([r], NY, { start: utc('2027-03-13T12:00:00Z'), end: utc('2027-03-14T12:00:00Z') });
    expect(spring).toHaveLength(1);
    expect(new Date(spring[0]!.start).toISOString()).toBe('2027-03-14T03:00:00.000Z');
    expect(new Date(spring[0]!.end).toISOString()).toBe('2027-03-14T10:00:00.000Z');
    expect(hours(spring[0]!)).toBe(7);
    const fall = expandRules([r], NY, { start: utc('2026-10-31T12:00:00Z'), end: utc('2026-11-01T12:00:00Z') });
    expect(fall).toHaveLength(1);
    expect(hours(fall[0]!)).toBe(9);
    expect(new Date(fall[0]!.end).toISOString()).toBe('2026-11-01T11:00:00.000Z');
  });

  it('a rule starting at 02:30 on spring-forward day starts when the clocks jump, 03:00 EDT', () => {
    const r = rule('sun', '02:30', '04:00');
    const spring = onDate(r, '2027-03-14');
    expect(new Date(spring.start).toISOString()).toBe('2027-03-14T07:00:00.000Z'); // 03:00 EDT
    expect(new Date(spring.end).toISOString()).toBe('2027-03-14T08:00:00.000Z'); // 04:00 EDT
    const [expanded] = expandRules([r], NY, { start: utc('2027-03-14T05:00:00Z'), end: utc('2027-03-15T04:00:00Z') });
    expect(expanded?.start).toBe(spring.start);
  });

  it('a rule wholly inside the skipped hour does not occur that day', () => {
    const r = rule('sun', '02:00', '02:45');
    expect(expandRules([r], NY, { start: utc('2027-03-14T00:00:00Z'), end: utc('2027-03-15T00:00:00Z') })).toEqual([]);
    expect(hours(onDate(r, '2027-03-21'))).toBe(0.75);
  });

  it('00:00–24:00 is 23, 25 or 24 real hours, and a shift ending at midnight ends at the next local midnight', () => {
    const r = rule('sun', '00:00', '00:00');
    const whole = { ...r, durationMinutes: 1440 };
    expect(hours(onDate(whole, '2027-03-14'))).toBe(23);
    expect(hours(onDate(whole, '2026-11-01'))).toBe(25);
    const evening = onDate(rule('fri', '19:00', '00:00'), '2026-11-27');
    expect(new Date(evening.end).toISOString()).toBe('2026-11-28T05:00:00.000Z');
  });

  it('expands a window of days, including a shift that began the evening before', () => {
    const rules = [rule('sun', '22:00', '02:00'), rule('mon', '09:00', '17:00'), rule('wed', '09:00', '17:00')];
    const window = { start: utc('2026-11-23T05:00:00Z'), end: utc('2026-11-25T05:00:00Z') }; // Mon–Tue local
    const found = expandRules(rules, NY, window);
    expect(found.map((o) => o.sourceId)).toEqual(['shr_sun22:00', 'shr_mon09:00']);
  });
});

describe('one-offs and time away', () => {
  const monday = rule('mon', '08:00', '16:00');
  const window = { start: utc('2026-11-23T05:00:00Z'), end: utc('2026-11-24T05:00:00Z') };
  const off = (start: string, end: string, responderId = 'rsp_ana'): ShiftOverride => ({
    id: 'sho_off',
    responderId,
    kind: 'off',
    role: null,
    tier: null,
    startsAt: utc(start),
    endsAt: utc(end),
  });

  it('time away in the middle of a shift splits it in two', () => {
    const clipped = clipTimeAway(expandRules([monday], NY, window), [
      off('2026-11-23T15:00:00Z', '2026-11-23T17:00:00Z'),
    ]);
    expect(clipped.map((o) => [new Date(o.start).toISOString(), new Date(o.end).toISOString()])).toEqual([
      ['2026-11-23T13:00:00.000Z', '2026-11-23T15:00:00.000Z'],
      ['2026-11-23T17:00:00.000Z', '2026-11-23T21:00:00.000Z'],
    ]);
  });

  it('time away covering a shift removes it, and only for that responder', () => {
    const theirs = { ...monday, id: 'shr_ben', responderId: 'rsp_ben' };
    const result = occurrencesIn([monday, theirs], [off('2026-11-23T05:00:00Z', '2026-11-24T05:00:00Z')], NY, window);
    expect(result.map((o) => o.responderId)).toEqual(['rsp_ben']);
  });

  it('an extra shift is added, and time away clips it too', () => {
    const extra: ShiftOverride = {
      id: 'sho_on',
      responderId: 'rsp_ana',
      kind: 'on',
      role: 'field',
      tier: 'backup',
      startsAt: utc('2026-11-23T22:00:00Z'),
      endsAt: utc('2026-11-24T02:00:00Z'),
    };
    const result = occurrencesIn([], [extra, off('2026-11-24T00:00:00Z', '2026-11-24T01:00:00Z')], NY, window);
    expect(result.map((o) => [o.source, o.role, hours(o)])).toEqual([
      ['override', 'field', 2],
      ['override', 'field', 1],
    ]);
  });

  it('finds stretches with nobody primary on the phone', () => {
    const backup = { ...monday, id: 'shr_b', tier: 'backup' as const, startMinute: 0, durationMinutes: 1440 };
    const gaps = gapsIn(expandRules([monday, backup], NY, window), 'phone', 'primary', window);
    expect(gaps.map((g) => [new Date(g.start).toISOString(), new Date(g.end).toISOString()])).toEqual([
      ['2026-11-23T05:00:00.000Z', '2026-11-23T13:00:00.000Z'],
      ['2026-11-23T21:00:00.000Z', '2026-11-24T05:00:00.000Z'],
    ]);
    expect(gapsIn([], 'phone', 'primary', window)).toEqual([window]);
  });
});

describe('weekly overlap', () => {
  it('compares within a day, across midnight, and across the Sunday→Monday wrap', () => {
    expect(weeklyOverlap(rule('mon', '08:00', '16:00'), rule('mon', '15:00', '20:00'))).toBe(true);
    expect(weeklyOverlap(rule('mon', '08:00', '16:00'), rule('mon', '16:00', '20:00'))).toBe(false);
    expect(weeklyOverlap(rule('tue', '22:00', '06:00'), rule('wed', '05:00', '09:00'))).toBe(true);
    expect(weeklyOverlap(rule('sun', '22:00', '02:00'), rule('mon', '01:00', '03:00'))).toBe(true);
    expect(weeklyOverlap(rule('mon', '01:00', '03:00'), rule('sun', '22:00', '02:00'))).toBe(true);
    expect(weeklyOverlap(rule('sun', '22:00', '00:00'), rule('mon', '00:00', '03:00'))).toBe(false);
    expect(weeklyOverlap(rule('sat', '08:00', '16:00'), rule('sun', '08:00', '16:00'))).toBe(false);
  });
});
