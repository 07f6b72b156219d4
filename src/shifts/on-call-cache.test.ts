import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/support/databases';
import { T0 } from '../../test/support/kith';
import type { Db } from '../db/open';
import { ManualClock } from '../platform/clock';
import type { Program } from '../program/types';
import { onCallAt, ringableAt } from './on-call';
import { OnCallCache } from './on-call-cache';
import type { RestLimits } from './rest';
import { createOverride, createRule } from './service';
import { seedProgram, seedResponder } from './test-fixtures';

/**
 * The cache answers from rows held in memory, and reuses one answer until the next instant it could
 * change. Swept minute by minute (and a millisecond before each minute) across midnights, a week's
 * wrap, time away, a one-off and the autumn clock change, it must answer exactly as `onCallAt` (and,
 * with rest rules, `ringableAt`), which read the database each time. The database kind does not matter to this logic: SQLite only.
 */
describe('OnCallCache answers as onCallAt does, instant by instant', () => {
  let db: Db;
  let close: () => Promise<void>;
  let program: Program;
  const clock = new ManualClock(T0);
  const deps = () => ({ db: db.kysely, clock });

  beforeEach(async () => {
    ({ db, close } = await openTestDatabase('sqlite'));
    program = await seedProgram(db.kysely, clock);
    const ana = await seedResponder(db.kysely, program.id, 'Ana', ['phone', 'field']);
    const ben = await seedResponder(db.kysely, program.id, 'Ben', ['phone']);
    const rule = (
      responderId: string,
      tier: 'primary' | 'backup',
      day: 'mon' | 'tue' | 'sat' | 'sun',
      start: string,
      end: string,
    ) => createRule(deps(), program.id, { responderId, role: 'phone', tier, day, start, end });
    await rule(ana, 'primary', 'mon', '22:00', '06:00');
    await rule(ana, 'primary', 'sat', '23:30', '02:15');
    await rule(ana, 'primary', 'sun', '02:30', '03:30');
    await rule(ben, 'backup', 'sun', '23:00', '01:00');
    await rule(ben, 'primary', 'tue', '09:00', '17:00');
    await createRule(deps(), program.id, {
      responderId: ana,
      role: 'field',
      tier: 'primary',
      day: 'tue',
      start: '10:00',
      end: '12:00',
    });
    await createOverride(deps(), program.id, {
      responderId: ana,
      kind: 'off',
      start: '2026-11-24T01:00',
      end: '2026-11-24T02:00',
    });
    await createOverride(deps(), program.id, {
      responderId: ben,
      kind: 'off',
      start: '2026-11-24T13:10',
      end: '2026-11-24T13:20',
    });
    await createOverride(deps(), program.id, {
      responderId: ana,
      kind: 'on',
      role: 'phone',
      tier: 'backup',
      start: '2026-11-24T12:00',
      end: '2026-11-24T15:45',
    });
  });
  afterEach(async () => close());

  /** Sweeps and returns how many instants left someone scheduled out for rest (none without rest rules). */
  async function sweep(fromIso: string, hours: number, care?: RestLimits): Promise<number> {
    const cache = new OnCallCache();
    const judged = care ? { ...program, care } : program;
    const from = Date.parse(fromIso);
    const mismatches: string[] = [];
    let rested = 0;
    for (let t = from; t < from + hours * 3_600_000; t += 60_000) {
      for (const instant of [t - 1, t]) {
        const cached = await cache.at(db.kysely, judged, 'stamp', instant, 'phone');
        const read = care
          ? await ringableAt(db.kysely, { ...program, care }, instant, 'phone')
          : await onCallAt(db.kysely, program, instant, 'phone');
        if (JSON.stringify(cached) !== JSON.stringify(read)) mismatches.push(new Date(instant).toISOString());
        if (care && read.length < (await onCallAt(db.kysely, program, instant, 'phone')).length) rested += 1;
      }
    }
    expect(mismatches).toEqual([]);
    return rested;
  }

  it('across a week with midnights, its wrap, time away and a one-off', async () => {
    await sweep('2026-11-22T00:00:00Z', 72);
  });

  it('across the autumn clock change', async () => {
    await sweep('2026-10-31T20:00:00Z', 20);
  });

  it('with rest rules, whose verdict changes in the middle of a stretch, not only when a shift starts', async () => {
    // Ana's Monday night runs 8 hours: past a 6-hour stretch at 04:00, while nothing is scheduled to change.
    // Her Tuesday 10:00–15:45 (field, then a one-off) comes less than 8 hours after it ended.
    const rested = await sweep('2026-11-22T00:00:00Z', 72, { weekHours: 30, restHours: 8, stretchHours: 6 });
    expect(rested).toBeGreaterThan(0);
  });
});
