import { afterEach, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../test/support/databases';
import { startTestKith, type TestKith } from '../../test/support/kith';
import { team, type ErrorBody } from './test-fixtures';

const fieldsOf = (body: ErrorBody) => body.error.fields?.map((f) => f.field) ?? [];

describe.each(DB_KINDS)('shift refusals on %s', (kind) => {
  let t: TestKith;
  afterEach(async () => t?.stop());

  it('refuses impossible weekly shifts naming the field, and writes nothing', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const { token, ana } = await team(t);
    const rule = { responderId: ana, role: 'phone', tier: 'primary', day: 'mon', start: '09:00', end: '17:00' };
    const cases: [Record<string, unknown>, number, string, string?][] = [
      [{ ...rule, responderId: 'rsp_nobody' }, 404, ''],
      [{ ...rule, role: 'field' }, 422, '/role', 'Ana does not have the field role'],
      [{ ...rule, role: 'boss' }, 422, '/role'],
      [{ ...rule, tier: 'tertiary' }, 422, '/tier'],
      [{ ...rule, day: 'funday' }, 422, '/day'],
      [{ ...rule, colour: 'blue' }, 422, '/colour'],
      [{ ...rule, start: '7pm' }, 422, '/start'],
      [{ ...rule, start: '24:00' }, 422, '/start'],
      [{ ...rule, end: '17:60' }, 422, '/end'],
      [
        { ...rule, end: '09:00' },
        422,
        '/end',
        'is the same as the start, so the shift would last no time; for a whole day write 00:00 to 24:00',
      ],
    ];
    for (const [body, status, field, message] of cases) {
      const result = await t.api<ErrorBody>('POST', '/api/shifts/rules', body, token);
      expect(result.status, JSON.stringify(body)).toBe(status);
      if (status === 404) {
        expect(result.body.error.code).toBe('not_found');
        continue;
      }
      expect(result.body.error.code).toBe('validation_failed');
      expect(fieldsOf(result.body)).toContain(field);
      if (message) expect(result.body.error.fields).toContainEqual({ field, message });
    }
    expect((await t.api('GET', '/api/shifts', undefined, token)).body).toEqual({ rules: [], overrides: [] });
  });

  it('refuses impossible one-offs, explaining daylight-saving gaps and repeats', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const { token, ana } = await team(t);
    const on = {
      responderId: ana,
      kind: 'on',
      role: 'phone',
      tier: 'primary',
      start: '2026-12-24T18:00',
      end: '2026-12-25T02:00',
    };
    const off = { responderId: ana, kind: 'off', start: '2026-12-24T00:00', end: '2026-12-26T00:00' };
    const cases: [Record<string, unknown>, string, string?][] = [
      [{ ...on, end: '2026-12-24T17:00' }, '/end', 'must be after the start'],
      [{ ...on, end: '2026-12-26T18:30' }, '/end', 'an extra shift can last at most 48 hours; add another for longer'],
      [{ ...off, end: '2028-01-01T00:00' }, '/end', 'time away can last at most 366 days'],
      [{ ...on, start: '24/12/2026 6pm' }, '/start'],
      [
        { ...on, start: '2027-03-14T02:30', end: '2027-03-14T06:00' },
        '/start',
        '2027-03-14T02:30 does not exist in America/New_York: clocks jump from 02:00 to 03:00',
      ],
      [{ ...on, role: undefined }, '/role', 'is required for an extra shift (kind "on")'],
      [{ ...off, tier: 'backup' }, '/tier', 'must not be given for time away (kind "off")'],
      [{ ...on, kind: 'maybe' }, '/kind'],
    ];
    for (const [body, field, message] of cases) {
      const result = await t.api<ErrorBody>('POST', '/api/shifts/overrides', body, token);
      expect(result.status, JSON.stringify(body)).toBe(422);
      expect(fieldsOf(result.body)).toContain(field);
      if (message) expect(result.body.error.fields).toContainEqual({ field, message });
    }

    const ambiguous = await t.api<ErrorBody>(
      'POST',
      '/api/shifts/overrides',
      { ...on, start: '2026-11-01T01:30', end: '2026-11-01T04:00' },
      token,
    );
    expect(ambiguous.status).toBe(422);
    expect(ambiguous.body.error.fields?.[0]?.field).toBe('/start');
    expect(ambiguous.body.error.message).toContain(
      '2026-11-01T01:30 happens twice in America/New_York: clocks go back from 02:00 to 01:00',
    );
    expect(ambiguous.body.error.message).toContain('2026-11-01T01:30-05:00 for the second');
    expect((await t.api('GET', '/api/shifts', undefined, token)).body).toEqual({ rules: [], overrides: [] });

    const chosen = await t.api<{ start: string; end: string }>(
      'POST',
      '/api/shifts/overrides',
      { ...on, start: '2026-11-01T01:30-05:00', end: '2026-11-01T04:00' },
      token,
    );
    expect(chosen.status).toBe(201);
    expect(chosen.body).toMatchObject({ start: '2026-11-01T01:30-05:00', end: '2026-11-01T04:00-05:00' });
  });

  it('refuses overlapping shifts for the same person, naming the shift in the way', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const { token, ana, ben } = await team(t);
    const post = (path: string, body: Record<string, unknown>) =>
      t.api<ErrorBody & { id: string }>('POST', `/api/shifts/${path}`, body, token);
    const sunday = await post('rules', {
      responderId: ana,
      role: 'phone',
      tier: 'primary',
      day: 'sun',
      start: '22:00',
      end: '02:00',
    });
    expect(sunday.status).toBe(201);

    // Weekly against weekly, across the Sunday→Monday wrap.
    const monday = await post('rules', {
      responderId: ana,
      role: 'phone',
      tier: 'backup',
      day: 'mon',
      start: '01:00',
      end: '03:00',
    });
    expect(monday.status).toBe(409);
    expect(monday.body.error.code).toBe('shift_overlap');
    expect(monday.body.error.conflictsWith).toBe(sunday.body.id); // for clients: which shift is in the way
    expect(monday.body.error.message).toBe(
      `Ana already has weekly shift ${sunday.body.id}, Sundays 22:00–02:00 (phone, primary) at that time`,
    );
    expect(monday.body.error.fields).toContainEqual({
      field: '/start',
      message: `overlaps weekly shift ${sunday.body.id}, Sundays 22:00–02:00 (phone, primary)`,
    });
    const adjacent = await post('rules', {
      responderId: ana,
      role: 'phone',
      tier: 'backup',
      day: 'mon',
      start: '02:00',
      end: '03:00',
    });
    expect(adjacent.status).toBe(201);
    // Someone else may work the same hours.
    expect(
      (
        await post('rules', {
          responderId: ben,
          role: 'phone',
          tier: 'backup',
          day: 'mon',
          start: '01:00',
          end: '03:00',
        })
      ).status,
    ).toBe(201);

    // A one-off against the real occurrence of a weekly shift (Sunday 2026-11-29 22:00 → Monday 02:00).
    const clash = await post('overrides', {
      responderId: ana,
      kind: 'on',
      role: 'phone',
      tier: 'primary',
      start: '2026-11-30T01:30',
      end: '2026-11-30T04:00',
    });
    expect(clash.status).toBe(409);
    expect(clash.body.error.message).toContain(
      `weekly shift ${sunday.body.id}, Sundays 22:00–02:00 (phone, primary) on 2026-11-29`,
    );
    expect(clash.body.error.conflictsWith).toBe(sunday.body.id);

    // One-off against one-off, and a weekly shift against an upcoming one-off (Thursday 2026-12-24).
    const eve = await post('overrides', {
      responderId: ana,
      kind: 'on',
      role: 'phone',
      tier: 'primary',
      start: '2026-12-24T18:00',
      end: '2026-12-24T23:00',
    });
    expect(eve.status).toBe(201);
    const late = await post('overrides', {
      responderId: ana,
      kind: 'on',
      role: 'phone',
      tier: 'backup',
      start: '2026-12-24T22:00',
      end: '2026-12-25T01:00',
    });
    expect(late.status).toBe(409);
    expect(late.body.error.message).toContain(
      `one-off shift ${eve.body.id} from 2026-12-24T18:00-05:00 to 2026-12-24T23:00-05:00 (phone, primary)`,
    );
    expect(late.body.error.conflictsWith).toBe(eve.body.id);
    const thursdays = await post('rules', {
      responderId: ana,
      role: 'phone',
      tier: 'primary',
      day: 'thu',
      start: '20:00',
      end: '22:00',
    });
    expect(thursdays.status).toBe(409);
    expect(thursdays.body.error.message).toContain(`one-off shift ${eve.body.id}`);
    expect(thursdays.body.error.conflictsWith).toBe(eve.body.id);

    // Time away may cover shifts, but not other time away.
    const holiday = await post('overrides', {
      responderId: ana,
      kind: 'off',
      start: '2026-12-20T00:00',
      end: '2026-12-28T00:00',
    });
    expect(holiday.status).toBe(201);
    const again = await post('overrides', {
      responderId: ana,
      kind: 'off',
      start: '2026-12-27T00:00',
      end: '2026-12-29T00:00',
    });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain(
      `time away ${holiday.body.id} from 2026-12-20T00:00-05:00 to 2026-12-28T00:00-05:00`,
    );
    expect(again.body.error.conflictsWith).toBe(holiday.body.id);

    // Moving a rule onto another of the same person's is refused too, and changes nothing.
    const before = await t.api('GET', '/api/shifts', undefined, token);
    const moveOnto = await t.api<ErrorBody>(
      'PUT',
      `/api/shifts/rules/${adjacent.body.id}`,
      { responderId: ana, role: 'phone', tier: 'backup', day: 'sun', start: '23:00', end: '23:30' },
      token,
    );
    expect(moveOnto.status).toBe(409);
    expect(moveOnto.body.error.message).toContain(`weekly shift ${sunday.body.id}`);
    expect((await t.api('GET', '/api/shifts', undefined, token)).body).toEqual(before.body);
  });

  it('lets exactly one of several overlapping writes at the same moment succeed', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const { token, ana } = await team(t);
    const rules = await Promise.all(
      ['08:00', '09:00', '10:00', '11:00'].map((start) =>
        t.api(
          'POST',
          '/api/shifts/rules',
          { responderId: ana, role: 'phone', tier: 'primary', day: 'wed', start, end: '15:00' },
          token,
        ),
      ),
    );
    expect(rules.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
    const extras = await Promise.all(
      ['2026-12-01T08:00', '2026-12-01T09:00', '2026-12-01T10:00', '2026-12-01T11:00'].map((start) =>
        t.api(
          'POST',
          '/api/shifts/overrides',
          { responderId: ana, kind: 'on', role: 'phone', tier: 'backup', start, end: '2026-12-01T15:00' },
          token,
        ),
      ),
    );
    expect(extras.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
    const listed = await t.api<{ rules: unknown[]; overrides: unknown[] }>('GET', '/api/shifts', undefined, token);
    expect(listed.body.rules).toHaveLength(1);
    expect(listed.body.overrides).toHaveLength(1);
  });
});
