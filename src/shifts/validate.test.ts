import { describe, expect, it } from 'vitest';
import { DomainError } from '../platform/errors';
import type { OverrideInput, RuleInput } from './types';
import { checkOverride, checkRule, parseLocalDateTime } from './validate';
import { formatInstant, resolveWall } from '../platform/wall-time';

const NY = 'America/New_York';

function problemsOf(run: () => unknown): { field: string; message: string }[] {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError && error.code === 'validation_failed') return [...error.fields];
    throw error;
  }
  throw new Error('expected a validation error');
}

describe('local date-times in the program zone', () => {
  it('reads plain local times, and times with an explicit offset as exact instants', () => {
    expect(parseLocalDateTime('2026-12-24T18:00', NY)).toEqual({ at: Date.parse('2026-12-24T23:00:00Z') });
    expect(parseLocalDateTime('2026-07-04T09:30:00', NY)).toEqual({ at: Date.parse('2026-07-04T13:30:00Z') });
    expect(parseLocalDateTime('2026-11-01T01:30-05:00', NY)).toEqual({ at: Date.parse('2026-11-01T06:30:00Z') });
    expect(parseLocalDateTime('2026-11-01T01:30-04:00', NY)).toEqual({ at: Date.parse('2026-11-01T05:30:00Z') });
    expect(parseLocalDateTime('2026-11-01T05:30Z', NY)).toEqual({ at: Date.parse('2026-11-01T05:30:00Z') });
  });

  it('says a skipped spring-forward time does not exist, and where the clocks jump', () => {
    expect(parseLocalDateTime('2027-03-14T02:30', NY)).toEqual({
      problem: '2027-03-14T02:30 does not exist in America/New_York: clocks jump from 02:00 to 03:00',
    });
  });

  it('says a repeated fall-back time is ambiguous and how to pick one with an offset', () => {
    const result = parseLocalDateTime('2026-11-01T01:30', NY);
    expect('problem' in result && result.problem).toBe(
      '2026-11-01T01:30 happens twice in America/New_York: clocks go back from 02:00 to 01:00. ' +
        'Add the UTC offset to say which: 2026-11-01T01:30-04:00 for the first time, 2026-11-01T01:30-05:00 for the second',
    );
  });

  it('refuses malformed and impossible date-times', () => {
    for (const text of [
      '2026-12-24 18:00',
      '24/12/2026 18:00',
      '2026-02-30T10:00',
      '2026-12-24T24:00',
      '2026-12-24T18:60',
      'tomorrow',
    ]) {
      expect(parseLocalDateTime(text, NY)).toHaveProperty('problem');
    }
    expect(parseLocalDateTime('2026-12-24T18:00+19:00', NY)).toEqual({ problem: '+19:00 is not a UTC offset' });
  });

  it('resolves wall times in a zone far from UTC, and formats instants with their offset', () => {
    expect(resolveWall('Pacific/Auckland', Date.parse('2026-09-27T02:30:00Z'))).toMatchObject({ kind: 'gap' });
    expect(resolveWall('Asia/Kolkata', Date.parse('2026-09-27T02:30:00Z'))).toEqual({
      kind: 'exact',
      at: Date.parse('2026-09-26T21:00:00Z'),
    });
    expect(formatInstant(Date.parse('2026-11-01T05:30:00Z'), NY)).toBe('2026-11-01T01:30-04:00');
    expect(formatInstant(Date.parse('2026-11-01T06:30:00Z'), NY)).toBe('2026-11-01T01:30-05:00');
  });
});

describe('weekly rule checks', () => {
  const base: RuleInput = {
    responderId: 'rsp_a',
    role: 'phone',
    tier: 'primary',
    day: 'mon',
    start: '22:00',
    end: '06:00',
  };

  it('turns day and times into weekday, start minute and wall-clock length', () => {
    expect(checkRule(base)).toMatchObject({ weekday: 1, startMinute: 1320, durationMinutes: 480 });
    expect(checkRule({ ...base, day: 'sun', start: '00:00', end: '24:00' })).toMatchObject({
      weekday: 7,
      startMinute: 0,
      durationMinutes: 1440,
    });
    expect(checkRule({ ...base, start: '19:00', end: '00:00' })).toMatchObject({ durationMinutes: 300 });
  });

  it('names each bad field', () => {
    expect(problemsOf(() => checkRule({ ...base, start: '7pm', end: '25:00' })).map((p) => p.field)).toEqual([
      '/start',
      '/end',
    ]);
    expect(problemsOf(() => checkRule({ ...base, start: '24:00' })).map((p) => p.field)).toEqual(['/start']);
    expect(problemsOf(() => checkRule({ ...base, start: '08:00', end: '08:00' }))).toEqual([
      {
        field: '/end',
        message: 'is the same as the start, so the shift would last no time; for a whole day write 00:00 to 24:00',
      },
    ]);
    expect(
      problemsOf(() => checkRule({ ...base, tier: 'tertiary' as 'primary', day: 'funday' as 'mon' })).map(
        (p) => p.field,
      ),
    ).toEqual(['/tier', '/day']);
  });
});

describe('one-off checks', () => {
  const on: OverrideInput = {
    responderId: 'rsp_a',
    kind: 'on',
    role: 'phone',
    tier: 'backup',
    start: '2026-12-24T18:00',
    end: '2026-12-25T02:00',
  };
  const off: OverrideInput = { responderId: 'rsp_a', kind: 'off', start: '2026-12-24T00:00', end: '2027-01-02T00:00' };

  it('accepts an extra shift and time away at real instants', () => {
    expect(checkOverride(on, NY)).toMatchObject({
      kind: 'on',
      role: 'phone',
      tier: 'backup',
      startsAt: Date.parse('2026-12-24T23:00:00Z'),
      endsAt: Date.parse('2026-12-25T07:00:00Z'),
    });
    expect(checkOverride(off, NY)).toMatchObject({ kind: 'off', role: null, tier: null });
    expect(checkOverride({ ...off, end: '2027-12-25T00:00' }, NY).endsAt).toBe(Date.parse('2027-12-25T05:00:00Z')); // exactly 366 days
  });

  it('refuses impossible one-offs, naming the field', () => {
    expect(problemsOf(() => checkOverride({ ...on, end: '2026-12-24T18:00' }, NY))).toEqual([
      { field: '/end', message: 'must be after the start' },
    ]);
    expect(problemsOf(() => checkOverride({ ...on, end: '2026-12-26T18:01' }, NY))[0]?.message).toContain(
      'at most 48 hours',
    );
    expect(problemsOf(() => checkOverride({ ...off, end: '2027-12-25T00:01' }, NY))[0]?.message).toContain(
      'at most 366 days',
    );
    expect(
      problemsOf(() => checkOverride({ ...on, role: undefined, tier: undefined }, NY)).map((p) => p.field),
    ).toEqual(['/role', '/tier']);
    expect(problemsOf(() => checkOverride({ ...off, role: 'phone' }, NY)).map((p) => p.field)).toEqual(['/role']);
    expect(
      problemsOf(() => checkOverride({ ...on, start: '2027-03-14T02:30', end: '2027-03-14T05:00' }, NY))[0],
    ).toEqual({
      field: '/start',
      message: '2027-03-14T02:30 does not exist in America/New_York: clocks jump from 02:00 to 03:00',
    });
  });
});
