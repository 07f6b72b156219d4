import { afterEach, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../test/support/databases';
import { startTestKith, type TestKith } from '../../test/support/kith';
import { team } from './test-fixtures';

interface Rule {
  id: string;
  responderId: string;
  role: string;
  tier: string;
  day: string;
  start: string;
  end: string;
}
interface Override {
  id: string;
  kind: string;
  role?: string;
  tier?: string;
  start: string;
  end: string;
}
interface Schedule {
  timeZone: string;
  occurrences: {
    responderName: string;
    role: string;
    tier: string;
    start: string;
    end: string;
    source: string;
    sourceId: string;
  }[];
  gaps: { role: string; start: string; end: string }[];
}

describe.each(DB_KINDS)('shifts API on %s', (kind) => {
  let t: TestKith;
  afterEach(async () => t?.stop());

  it('creates, lists, moves and deletes weekly shifts and one-offs', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const { token, ana } = await team(t);
    const rule = await t.api<Rule>(
      'POST',
      '/api/shifts/rules',
      { responderId: ana, role: 'phone', tier: 'primary', day: 'mon', start: '22:00', end: '06:00' },
      token,
    );
    expect(rule.status).toBe(201);
    expect(rule.body).toEqual({
      id: expect.stringMatching(/^shr_/),
      responderId: ana,
      role: 'phone',
      tier: 'primary',
      day: 'mon',
      start: '22:00',
      end: '06:00',
    });

    const extra = await t.api<Override>(
      'POST',
      '/api/shifts/overrides',
      {
        responderId: ana,
        kind: 'on',
        role: 'phone',
        tier: 'backup',
        start: '2026-12-24T18:00',
        end: '2026-12-25T02:00',
      },
      token,
    );
    expect(extra.status).toBe(201);
    expect(extra.body).toMatchObject({
      kind: 'on',
      role: 'phone',
      tier: 'backup',
      start: '2026-12-24T18:00-05:00',
      end: '2026-12-25T02:00-05:00',
    });
    const away = await t.api<Override>(
      'POST',
      '/api/shifts/overrides',
      { responderId: ana, kind: 'off', start: '2026-12-31T00:00', end: '2027-01-02T00:00' },
      token,
    );
    expect(away.status).toBe(201);
    expect(away.body).not.toHaveProperty('role');
    expect(away.body).not.toHaveProperty('tier');

    const listed = await t.api<{ rules: Rule[]; overrides: Override[] }>('GET', '/api/shifts', undefined, token);
    expect(listed.status).toBe(200);
    expect(listed.body.rules).toEqual([rule.body]);
    expect(listed.body.overrides.map((o) => o.id)).toEqual([extra.body.id, away.body.id]);

    const moved = await t.api<Rule>(
      'PUT',
      `/api/shifts/rules/${rule.body.id}`,
      { responderId: ana, role: 'phone', tier: 'backup', day: 'tue', start: '09:00', end: '17:00' },
      token,
    );
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ id: rule.body.id, day: 'tue', start: '09:00', end: '17:00', tier: 'backup' });
    // Moving onto its own old time is no overlap.
    const nudged = await t.api<Rule>(
      'PUT',
      `/api/shifts/rules/${rule.body.id}`,
      { responderId: ana, role: 'phone', tier: 'backup', day: 'tue', start: '10:00', end: '24:00' },
      token,
    );
    expect(nudged.status).toBe(200);
    expect(nudged.body.end).toBe('24:00');
    expect(
      (
        await t.api(
          'PUT',
          '/api/shifts/rules/shr_nope',
          { responderId: ana, role: 'phone', tier: 'backup', day: 'tue', start: '10:00', end: '11:00' },
          token,
        )
      ).status,
    ).toBe(404);

    expect((await t.api('DELETE', `/api/shifts/rules/${rule.body.id}`, undefined, token)).status).toBe(204);
    expect((await t.api('DELETE', `/api/shifts/rules/${rule.body.id}`, undefined, token)).status).toBe(404);
    expect((await t.api('DELETE', `/api/shifts/overrides/${extra.body.id}`, undefined, token)).status).toBe(204);
    expect((await t.api('DELETE', `/api/shifts/overrides/${extra.body.id}`, undefined, token)).status).toBe(404);
    const after = await t.api<{ rules: Rule[]; overrides: Override[] }>('GET', '/api/shifts', undefined, token);
    expect(after.body).toEqual({ rules: [], overrides: [away.body] });
  });

  it('lets responders read shifts but not write them', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const { token, ana } = await team(t);
    const issued = await t.api<{ token: string }>('POST', '/api/tokens', { responderId: ana, label: 'phone' }, token);
    const mine = issued.body.token;
    expect((await t.api('GET', '/api/shifts', undefined, mine)).status).toBe(200);
    expect((await t.api('GET', '/api/shifts/schedule', undefined, mine)).status).toBe(200);
    expect((await t.api('GET', '/api/on-call', undefined, mine)).status).toBe(200);
    expect(
      (
        await t.api(
          'POST',
          '/api/shifts/rules',
          { responderId: ana, role: 'phone', tier: 'primary', day: 'mon', start: '09:00', end: '10:00' },
          mine,
        )
      ).status,
    ).toBe(404);
    expect((await t.api('GET', '/api/shifts')).status).toBe(401);
  });

  it('shows the schedule in local time, time away cut out, and the gaps with no primary on the phone', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const { token, ana, ben } = await team(t);
    await t.api(
      'POST',
      '/api/shifts/rules',
      { responderId: ana, role: 'phone', tier: 'primary', day: 'mon', start: '09:00', end: '17:00' },
      token,
    );
    await t.api(
      'POST',
      '/api/shifts/rules',
      { responderId: ben, role: 'phone', tier: 'backup', day: 'mon', start: '17:00', end: '01:00' },
      token,
    );
    await t.api(
      'POST',
      '/api/shifts/overrides',
      { responderId: ana, kind: 'off', start: '2026-11-23T12:00', end: '2026-11-23T13:00' },
      token,
    );

    const day = await t.api<Schedule>('GET', '/api/shifts/schedule?from=2026-11-23&days=1', undefined, token);
    expect(day.status).toBe(200);
    expect(day.body.timeZone).toBe('America/New_York');
    expect(day.body.occurrences.map((o) => [o.responderName, o.tier, o.start, o.end, o.source])).toEqual([
      ['Ana', 'primary', '2026-11-23T09:00-05:00', '2026-11-23T12:00-05:00', 'rule'],
      ['Ana', 'primary', '2026-11-23T13:00-05:00', '2026-11-23T17:00-05:00', 'rule'],
      ['Ben', 'backup', '2026-11-23T17:00-05:00', '2026-11-24T01:00-05:00', 'rule'],
    ]);
    expect(day.body.gaps).toEqual([
      { role: 'phone', start: '2026-11-23T00:00-05:00', end: '2026-11-23T09:00-05:00' },
      { role: 'phone', start: '2026-11-23T12:00-05:00', end: '2026-11-23T13:00-05:00' },
      { role: 'phone', start: '2026-11-23T17:00-05:00', end: '2026-11-24T00:00-05:00' },
    ]);

    const week = await t.api<Schedule>('GET', '/api/shifts/schedule', undefined, token);
    expect(week.body.occurrences.filter((o) => o.responderName === 'Ana')).toHaveLength(2); // Monday, split; the next Monday is day 8
    expect(week.body.gaps[0]?.start).toBe('2026-11-23T00:00-05:00');
    expect(week.body.gaps.at(-1)?.end).toBe('2026-11-30T00:00-05:00');
  });

  it('draws a night shift across the fall-back change as it really happens', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const { token, ana } = await team(t);
    await t.api(
      'POST',
      '/api/shifts/rules',
      { responderId: ana, role: 'phone', tier: 'primary', day: 'sat', start: '22:00', end: '06:00' },
      token,
    );
    const result = await t.api<Schedule>('GET', '/api/shifts/schedule?from=2026-10-31&days=2', undefined, token);
    expect(result.body.occurrences.map((o) => [o.start, o.end])).toEqual([
      ['2026-10-31T22:00-04:00', '2026-11-01T06:00-05:00'],
    ]);
  });

  it('refuses a bad schedule window naming the parameter', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const { token } = await team(t);
    for (const [query, field] of [
      ['days=0', '/days'],
      ['days=32', '/days'],
      ['days=seven', '/days'],
      ['from=2026-02-30', '/from'],
      ['from=tomorrow', '/from'],
    ] as const) {
      const result = await t.api<{ error: { code: string; fields: { field: string }[] } }>(
        'GET',
        `/api/shifts/schedule?${query}`,
        undefined,
        token,
      );
      expect(result.status, query).toBe(422);
      expect(result.body.error.fields.map((f) => f.field)).toContain(field);
    }
  });

  it('says who is on call now, paused or not, and until when', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const { token, ana, ben } = await team(t);
    await t.api(
      'POST',
      '/api/shifts/rules',
      { responderId: ana, role: 'phone', tier: 'primary', day: 'mon', start: '09:00', end: '17:00' },
      token,
    );
    await t.api(
      'POST',
      '/api/shifts/rules',
      { responderId: ben, role: 'field', tier: 'primary', day: 'mon', start: '08:00', end: '12:00' },
      token,
    );
    await t.api('PATCH', `/api/responders/${ben}`, { status: 'paused' }, token);
    const now = await t.api('GET', '/api/on-call', undefined, token); // T0 is Monday 10:00 in New York
    expect(now.status).toBe(200);
    expect(now.body).toEqual([
      {
        responderId: ben,
        name: 'Ben',
        role: 'field',
        tier: 'primary',
        until: '2026-11-23T12:00-05:00',
        status: 'paused',
      },
      {
        responderId: ana,
        name: 'Ana',
        role: 'phone',
        tier: 'primary',
        until: '2026-11-23T17:00-05:00',
        status: 'active',
      },
    ]);
    t.clock.set(Date.parse('2026-11-23T22:00:00Z')); // 17:00
    expect((await t.api('GET', '/api/on-call', undefined, token)).body).toEqual([]);
  });

  it('documents the shift routes in the OpenAPI document', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const doc = await t.api<{ paths: Record<string, Record<string, { tags?: string[] }>> }>('GET', '/api/openapi.json');
    for (const path of [
      '/api/shifts',
      '/api/shifts/rules',
      '/api/shifts/rules/{id}',
      '/api/shifts/overrides',
      '/api/shifts/overrides/{id}',
      '/api/shifts/schedule',
      '/api/on-call',
    ]) {
      expect(doc.body.paths[path], path).toBeDefined();
    }
    expect(doc.body.paths['/api/shifts/rules']?.post?.tags).toEqual(['shifts']);
  });
});
