import { afterEach, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../support/databases';
import { startTestKith, type TestKith } from '../support/kith';
import { COMMUNITY_NUMBER, startLine, type Line } from '../support/line';
import { team, type ErrorBody } from '../../src/shifts/test-fixtures';

const CALLER = '+12025550190';
const ANA = '+12025550111';
const BEN = '+12025550112';
const CARA = '+12025550113';

type RestError = ErrorBody & { error: { facts?: Record<string, string | number> } };
interface RuleOut {
  id: string;
  restOverride?: { reason: string; by: string; rules: string[] };
}

const rule = (responderId: string, day: string, start: string, end: string, extra: Record<string, unknown> = {}) => ({
  responderId,
  role: 'phone',
  tier: 'primary',
  day,
  start,
  end,
  ...extra,
});
const oneOff = (responderId: string, start: string, end: string, extra: Record<string, unknown> = {}) => ({
  responderId,
  kind: 'on',
  role: 'phone',
  tier: 'primary',
  start,
  end,
  ...extra,
});

describe.each(DB_KINDS)('rest rules when shifts are written (%s)', (kind) => {
  let t: TestKith;
  afterEach(async () => t?.stop());

  it('refuses a week over the limit naming who and the numbers; a coordinator’s reason lets it through, recorded', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const { token, ana } = await team(t);
    expect((await t.api('PATCH', '/api/program', { care: { weekHours: 48 } }, token)).status).toBe(200);
    for (const day of ['mon', 'tue', 'wed', 'thu'])
      expect((await t.api('POST', '/api/shifts/rules', rule(ana, day, '00:00', '12:00'), token)).status).toBe(201);

    const refused = await t.api<RestError>('POST', '/api/shifts/rules', rule(ana, 'fri', '00:00', '12:00'), token);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('rest_limit');
    expect(refused.body.error.message).toMatch(/^Ana would be on call 60 h in 7 days \(from .*\); the limit is 48 h\./);
    expect(refused.body.error.facts).toMatchObject({ rule: 'weekHours', responder: 'Ana', hours: 60, limit: 48 });
    expect(refused.body.error.fields?.[0]?.field).toBe('/restOverride');
    expect((await t.api<{ rules: unknown[] }>('GET', '/api/shifts', undefined, token)).body.rules).toHaveLength(4);

    const bad = await t.api(
      'POST',
      '/api/shifts/rules',
      rule(ana, 'fri', '00:00', '12:00', { restOverride: 'tired' }),
      token,
    );
    expect(bad.status).toBe(422);
    const allowed = await t.api<RuleOut>(
      'POST',
      '/api/shifts/rules',
      rule(ana, 'fri', '00:00', '12:00', { restOverride: 'no-one-else' }),
      token,
    );
    expect(allowed.status).toBe(201);
    expect(allowed.body.restOverride).toMatchObject({ reason: 'no-one-else', rules: ['weekHours'] });
    const listed = (await t.api<{ rules: RuleOut[] }>('GET', '/api/shifts', undefined, token)).body.rules;
    expect(listed.find((r) => r.id === allowed.body.id)?.restOverride?.reason).toBe('no-one-else');

    // Saturday adds to a week already over the limit; with the limit off, a reason given records nothing.
    const fine = await t.api<RuleOut>('POST', '/api/shifts/rules', rule(ana, 'sat', '00:00', '01:00'), token);
    expect(fine.status).toBe(409);
    expect((await t.api('PATCH', '/api/program', { care: { weekHours: null } }, token)).status).toBe(200);
    const free = await t.api<RuleOut>(
      'POST',
      '/api/shifts/rules',
      rule(ana, 'sat', '00:00', '01:00', { restOverride: 'responder-asked' }),
      token,
    );
    expect(free.status).toBe(201);
    expect(free.body.restOverride).toBeUndefined();
  });

  it('counts real hours across daylight saving: a weekly rule breaks the limit only in the fall-back week', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const { token, ana } = await team(t);
    expect((await t.api('PATCH', '/api/program', { care: { weekHours: 48 } }, token)).status).toBe(200);
    for (const day of ['mon', 'tue', 'wed'])
      expect((await t.api('POST', '/api/shifts/rules', rule(ana, day, '00:00', '12:00'), token)).status).toBe(201);
    // 12 wall-clock hours overnight, 13 real hours on the night clocks go back (2027-11-07 in New York).
    const refused = await t.api<RestError>('POST', '/api/shifts/rules', rule(ana, 'sat', '22:00', '10:00'), token);
    expect(refused.status).toBe(409);
    expect(refused.body.error.facts).toMatchObject({ rule: 'weekHours', hours: 49, limit: 48 });
    expect(String(refused.body.error.facts?.at)).toMatch(/^2027-11-0[1-7]T/);
    const allowed = await t.api<RuleOut>(
      'POST',
      '/api/shifts/rules',
      rule(ana, 'sat', '22:00', '10:00', { restOverride: 'responder-asked' }),
      token,
    );
    expect(allowed.status).toBe(201);
  });

  it('judges one-off stretches in real hours on both daylight-saving nights', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const { token, ana, ben } = await team(t);
    expect((await t.api('PATCH', '/api/program', { care: { stretchHours: 11 } }, token)).status).toBe(200);
    // 20:00 to 08:00: 11 real hours when clocks spring forward, 12 on an ordinary night, 13 when they fall back.
    const spring = await t.api(
      'POST',
      '/api/shifts/overrides',
      oneOff(ana, '2027-03-13T20:00', '2027-03-14T08:00'),
      token,
    );
    expect(spring.status).toBe(201);
    const ordinary = await t.api<RestError>(
      'POST',
      '/api/shifts/overrides',
      oneOff(ana, '2027-03-06T20:00', '2027-03-07T08:00'),
      token,
    );
    expect(ordinary.status).toBe(409);
    expect(ordinary.body.error.message).toMatch(/^Ana would be on call 12 h in one stretch .*; the limit is 11 h/);
    const fall = await t.api<RestError>(
      'POST',
      '/api/shifts/overrides',
      oneOff(ben, '2027-11-06T20:00', '2027-11-07T08:00'),
      token,
    );
    expect(fall.status).toBe(409);
    expect(fall.body.error.facts).toMatchObject({ rule: 'stretchHours', responder: 'Ben', hours: 13, limit: 11 });
    const cover = await t.api<RuleOut>(
      'POST',
      '/api/shifts/overrides',
      oneOff(ben, '2027-11-06T20:00', '2027-11-07T08:00', { restOverride: 'emergency-cover' }),
      token,
    );
    expect(cover.status).toBe(201);
    expect(cover.body.restOverride).toMatchObject({ reason: 'emergency-cover', rules: ['stretchHours'] });
    // Time away never breaks a rest rule.
    const away = await t.api(
      'POST',
      '/api/shifts/overrides',
      { responderId: ana, kind: 'off', start: '2027-03-06T00:00', end: '2027-03-09T00:00' },
      token,
    );
    expect(away.status).toBe(201);
  });

  it('refuses too little rest between shifts, and moving a shift is checked too', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const { token, ana } = await team(t);
    expect((await t.api('PATCH', '/api/program', { care: { restHours: 8 } }, token)).status).toBe(200);
    const first = await t.api<RuleOut>('POST', '/api/shifts/rules', rule(ana, 'mon', '00:00', '12:00'), token);
    const second = await t.api<RuleOut>('POST', '/api/shifts/rules', rule(ana, 'tue', '08:00', '12:00'), token);
    expect([first.status, second.status]).toEqual([201, 201]);
    const short = await t.api<RestError>('POST', '/api/shifts/rules', rule(ana, 'mon', '18:00', '22:00'), token);
    expect(short.status).toBe(409);
    expect(short.body.error.message).toMatch(
      /^Ana would have only 6 h off before the shift at .*; the rule is at least 8 h/,
    );
    const moved = await t.api<RestError>(
      'PUT',
      `/api/shifts/rules/${second.body.id}`,
      rule(ana, 'mon', '16:00', '20:00'),
      token,
    );
    expect(moved.status).toBe(409);
    expect(moved.body.error.facts).toMatchObject({ rule: 'restHours', hours: 4, limit: 8 });
  });
});

describe.each(DB_KINDS)('the router never rings someone past a rest limit (%s)', (kind) => {
  let line: Line;
  let running = false;
  afterEach(async () => {
    if (running) await line.stop();
    running = false;
  });

  it('skips someone a full stretch in, rings a fresh teammate and one a coordinator allowed', async () => {
    line = await startLine(kind);
    running = true;
    await line.addResponder({ name: 'Ana', phone: ANA, tier: 'primary' }); // on call all week, made before any rule
    await line.addResponder({ name: 'Ben', phone: BEN });
    await line.addResponder({ name: 'Cara', phone: CARA });
    expect((await line.t.api('PATCH', '/api/program', { care: { stretchHours: 24 } }, line.token)).status).toBe(200);
    const { token } = line;
    expect(
      (
        await line.t.api(
          'POST',
          '/api/shifts/overrides',
          oneOff(line.ids.Ben ?? '', '2026-11-23T09:00', '2026-11-23T14:00'),
          token,
        )
      ).status,
    ).toBe(201);
    const long = oneOff(line.ids.Cara ?? '', '2026-11-22T06:00', '2026-11-23T14:00');
    const refused = await line.t.api<RestError>('POST', '/api/shifts/overrides', long, token);
    expect(refused.status).toBe(409);
    expect(refused.body.error.facts).toMatchObject({ responder: 'Cara', rule: 'stretchHours', hours: 32, limit: 24 });
    expect(
      (await line.t.api('POST', '/api/shifts/overrides', { ...long, restOverride: 'no-one-else' }, token)).status,
    ).toBe(201);

    line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER });
    await line.sim.runUntilIdle();
    expect(line.sim.errors).toEqual([]);
    expect(line.sim.phoneLog(ANA)).toHaveLength(0);
    expect(line.sim.phoneLog(BEN)).toHaveLength(1);
    expect(line.sim.phoneLog(CARA)).toHaveLength(1);
  });

  /**
   * Ana works Sundays (whole days) and Mondays 00:00–10:00 in New York. Rung at 09:00 on a Monday
   * unless the 7 local days before hold the limit: the Monday before's last hour, Sunday, and 9 hours.
   */
  async function anaRungAt(start: number, weekHours: number): Promise<number> {
    line = await startLine(kind, { start });
    running = true;
    await line.addResponder({ name: 'Ana', phone: ANA });
    const ana = line.ids.Ana ?? '';
    expect((await line.t.api('POST', '/api/shifts/rules', rule(ana, 'sun', '00:00', '24:00'), line.token)).status).toBe(
      201,
    );
    expect((await line.t.api('POST', '/api/shifts/rules', rule(ana, 'mon', '00:00', '10:00'), line.token)).status).toBe(
      201,
    );
    expect((await line.t.api('PATCH', '/api/program', { care: { weekHours } }, line.token)).status).toBe(200);
    line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER });
    await line.sim.runUntilIdle();
    const rung = line.sim.phoneLog(ANA).length;
    await line.stop();
    running = false;
    return rung;
  }

  it('counts the trailing 7 days in real hours across fall-back and spring-forward', async () => {
    // Monday 09:00 after clocks fall back (Sunday 2026-11-01 had 25 hours): 35 h on call, not rung at 35.
    expect(await anaRungAt(Date.UTC(2026, 10, 2, 14, 0), 35)).toBe(0);
    // The ordinary week after: 34 h, rung.
    expect(await anaRungAt(Date.UTC(2026, 10, 9, 14, 0), 35)).toBe(1);
    // Monday 09:00 after clocks spring forward (Sunday 2027-03-14 had 23 hours): 33 h, rung at 34.
    expect(await anaRungAt(Date.UTC(2027, 2, 15, 13, 0), 34)).toBe(1);
    // The ordinary week before: 34 h, not rung at 34.
    expect(await anaRungAt(Date.UTC(2027, 2, 8, 14, 0), 34)).toBe(0);
  });
});
