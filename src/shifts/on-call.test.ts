import type { KyselyPlugin } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DB_KINDS, openTestDatabase } from '../../test/support/databases';
import { T0 } from '../../test/support/kith';
import type { Db } from '../db/open';
import { ManualClock } from '../platform/clock';
import type { Program } from '../program/types';
import { onCallAt } from './on-call';
import { insertRule } from './repo';
import { createOverride, createRule } from './service';
import { seedProgram, seedResponder } from './test-fixtures';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();

describe.each(DB_KINDS)('onCallAt on %s', (kind) => {
  let db: Db;
  let close: () => Promise<void>;
  let program: Program;
  let ana: string;
  let ben: string;
  const clock = new ManualClock(T0);
  const deps = () => ({ db: db.kysely, clock });
  const who = async (when: string, role: 'phone' | 'field' = 'phone') =>
    (await onCallAt(db.kysely, program, at(when), role)).map(
      (e) => `${e.responderId === ana ? 'ana' : 'ben'}/${e.tier}/${iso(e.endsAt)}`,
    );

  beforeEach(async () => {
    ({ db, close } = await openTestDatabase(kind));
    program = await seedProgram(db.kysely, clock);
    ana = await seedResponder(db.kysely, program.id, 'Ana', ['phone', 'field']);
    ben = await seedResponder(db.kysely, program.id, 'Ben', ['phone']);
  });
  afterEach(async () => close());

  it('is exact at the boundaries of a shift that runs past midnight into the next day', async () => {
    await createRule(deps(), program.id, {
      responderId: ana,
      role: 'phone',
      tier: 'primary',
      day: 'mon',
      start: '22:00',
      end: '06:00',
    });
    expect(await who('2026-11-24T02:59:59.999Z')).toEqual([]); // Mon 21:59:59 EST
    expect(await who('2026-11-24T03:00:00Z')).toEqual(['ana/primary/2026-11-24T11:00:00.000Z']); // Mon 22:00
    expect(await who('2026-11-24T10:59:00Z')).toEqual(['ana/primary/2026-11-24T11:00:00.000Z']); // Tue 05:59, yesterday's rule
    expect(await who('2026-11-24T11:00:00Z')).toEqual([]); // Tue 06:00
  });

  it('wraps from Sunday night into Monday morning', async () => {
    await createRule(deps(), program.id, {
      responderId: ben,
      role: 'phone',
      tier: 'backup',
      day: 'sun',
      start: '23:00',
      end: '01:00',
    });
    expect(await who('2026-11-23T03:59:00Z')).toEqual([]); // Sun 22:59
    expect(await who('2026-11-23T04:00:00Z')).toEqual(['ben/backup/2026-11-23T06:00:00.000Z']); // Sun 23:00
    expect(await who('2026-11-23T05:30:00Z')).toEqual(['ben/backup/2026-11-23T06:00:00.000Z']); // Mon 00:30
    expect(await who('2026-11-23T06:00:00Z')).toEqual([]); // Mon 01:00
  });

  it('leaves out people on time away, and ends "until" where time away begins', async () => {
    await createRule(deps(), program.id, {
      responderId: ana,
      role: 'phone',
      tier: 'primary',
      day: 'tue',
      start: '00:00',
      end: '06:00',
    });
    await createOverride(deps(), program.id, {
      responderId: ana,
      kind: 'off',
      start: '2026-11-24T01:00',
      end: '2026-11-24T02:00',
    });
    expect(await who('2026-11-24T05:30:00Z')).toEqual(['ana/primary/2026-11-24T06:00:00.000Z']); // 00:30, away at 01:00
    expect(await who('2026-11-24T06:30:00Z')).toEqual([]); // 01:30, away
    expect(await who('2026-11-24T07:00:00Z')).toEqual(['ana/primary/2026-11-24T11:00:00.000Z']); // 02:00, back
  });

  it('adds extra shifts for their role only, primary tier first', async () => {
    await createRule(deps(), program.id, {
      responderId: ben,
      role: 'phone',
      tier: 'backup',
      day: 'mon',
      start: '08:00',
      end: '16:00',
    });
    await createOverride(deps(), program.id, {
      responderId: ana,
      kind: 'on',
      role: 'phone',
      tier: 'primary',
      start: '2026-11-23T09:00',
      end: '2026-11-23T12:00',
    });
    await createOverride(deps(), program.id, {
      responderId: ana,
      kind: 'on',
      role: 'field',
      tier: 'primary',
      start: '2026-11-23T12:00',
      end: '2026-11-23T14:00',
    });
    expect(await who('2026-11-23T15:00:00Z')).toEqual([
      'ana/primary/2026-11-23T17:00:00.000Z',
      'ben/backup/2026-11-23T21:00:00.000Z',
    ]);
    expect(await who('2026-11-23T15:00:00Z', 'field')).toEqual([]);
    expect(await who('2026-11-23T17:00:00Z')).toEqual(['ben/backup/2026-11-23T21:00:00.000Z']);
    expect(await who('2026-11-23T17:00:00Z', 'field')).toEqual(['ana/primary/2026-11-23T19:00:00.000Z']);
  });

  it('follows the real clock across spring forward and fall back', async () => {
    await createRule(deps(), program.id, {
      responderId: ana,
      role: 'phone',
      tier: 'primary',
      day: 'sun',
      start: '01:00',
      end: '03:00',
    });
    // Spring: 01:00 EST → 03:00 EDT is one real hour.
    expect(await who('2027-03-14T05:59:00Z')).toEqual([]);
    expect(await who('2027-03-14T06:59:00Z')).toEqual(['ana/primary/2027-03-14T07:00:00.000Z']);
    expect(await who('2027-03-14T07:00:00Z')).toEqual([]);
    // Fall: from the first 01:00 (EDT) through the repeated hour to 03:00 EST, three real hours.
    expect(await who('2026-11-01T05:00:00Z')).toEqual(['ana/primary/2026-11-01T08:00:00.000Z']);
    expect(await who('2026-11-01T07:30:00Z')).toEqual(['ana/primary/2026-11-01T08:00:00.000Z']); // the second 02:30 (EST)
    expect(await who('2026-11-01T08:00:00Z')).toEqual([]);
  });

  it('asks the database twice whatever the number of shifts (no query per rule or person)', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 40; i += 1) ids.push(await seedResponder(db.kysely, program.id, `R${i}`, ['phone']));
    let n = 0;
    for (const id of ids) {
      for (let weekday = 1; weekday <= 7; weekday += 1) {
        await insertRule(
          db.kysely,
          program.id,
          {
            id: `shr_${n++}`,
            responderId: id,
            role: 'phone',
            tier: n % 3 ? 'primary' : 'backup',
            weekday,
            startMinute: 480 + (n % 5) * 60,
            durationMinutes: 600,
          },
          0,
        );
      }
    }
    let queries = 0;
    const counter: KyselyPlugin = {
      transformQuery: (args) => {
        queries += 1;
        return args.node;
      },
      transformResult: async (args) => args.result,
    };
    const counted = db.kysely.withPlugin(counter);
    const entries = await onCallAt(counted, program, at('2026-11-23T17:00:00Z'), 'phone');
    expect(entries.length).toBe(40);
    // Two queries whatever the roster's size; its speed is measured by `npm run bench`, not asserted here.
    expect(queries).toBe(2);
  });
});
