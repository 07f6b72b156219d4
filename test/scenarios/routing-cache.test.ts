import { afterEach, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../support/databases';
import { startTestKith, type TestKith } from '../support/kith';
import {
  COMMUNITY_NUMBER,
  SIM_ACCOUNT,
  SIM_TOKEN,
  onCallAllWeek,
  startLine,
  transcript,
  type Line,
} from '../support/line';

/**
 * Each Kith holds the program and its shifts in memory for incoming calls (src/calls/routing-cache.ts).
 * A change over the API must route the very next call by the new settings and shifts: on this
 * instance, and on another instance sharing the PostgreSQL schema, without waiting for anything.
 */
const CALLER = '+12025550190';
const ANA = '+12025550111';
const BEA = '+12025550112';
const ANSWERS = { kind: 'answer', afterSeconds: 2, press: '1', hangUpAfterSeconds: 20 } as const;

describe.each(DB_KINDS)('incoming calls route by the settings and shifts as they are now (%s)', (kind) => {
  let line: Line;
  const others: TestKith[] = [];
  afterEach(async () => {
    for (const t of others.splice(0)) await t.stop();
    await line?.stop();
  });

  async function call(): Promise<string> {
    const placed = line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER });
    await line.sim.runUntilIdle();
    expect(line.sim.errors).toEqual([]);
    return transcript(placed.heard);
  }

  /** Ana off every shift, Bea on call all week instead, through the API of `t`. */
  async function handOver(t: TestKith): Promise<void> {
    const { body } = await t.api<{ rules: { id: string; responderId: string }[] }>(
      'GET',
      '/api/shifts',
      undefined,
      line.token,
    );
    for (const rule of body.rules.filter((r) => r.responderId === line.ids.Ana)) {
      expect((await t.api('DELETE', `/api/shifts/rules/${rule.id}`, undefined, line.token)).status).toBe(204);
    }
    await onCallAllWeek(t, line.token, line.ids.Bea!, 'primary');
  }

  async function withAnaOnCall(): Promise<void> {
    line = await startLine(kind, { program: { languages: ['en'] } });
    await line.addResponder({ name: 'Ana', phone: ANA, tier: 'primary', behaviour: ANSWERS });
    await line.addResponder({ name: 'Bea', phone: BEA, behaviour: ANSWERS });
  }

  it('rings the person now on shift at once after a shift change, and speaks the languages now set', async () => {
    await withAnaOnCall();
    expect(await call()).toContain('Connecting you now');
    expect(line.sim.phoneLog(ANA)).toHaveLength(1);
    expect(line.t.kith.ctx.routing.holds(line.programId)).toBe(true);

    await handOver(line.t);
    expect(await call()).toContain('Connecting you now');
    expect(line.sim.phoneLog(ANA)).toHaveLength(1);
    expect(line.sim.phoneLog(BEA)).toHaveLength(1);

    // Nobody on shift: the no-answer message at once, nobody rung.
    const { body } = await line.t.api<{ rules: { id: string }[] }>('GET', '/api/shifts', undefined, line.token);
    for (const rule of body.rules) await line.t.api('DELETE', `/api/shifts/rules/${rule.id}`, undefined, line.token);
    expect(await call()).not.toContain('Connecting you now');
    expect(line.sim.phoneLog(BEA)).toHaveLength(1);

    // A setting: a second language means the caller is asked to choose first.
    expect(await call()).not.toContain('Para español');
    const patched = await line.t.api('PATCH', '/api/program', { languages: ['en', 'es'] }, line.token);
    expect(patched.status).toBe(200);
    expect(await call()).toContain('Para español');
  });

  it('a number moved to nowhere stops reaching the program at once', async () => {
    await withAnaOnCall();
    expect(await call()).toContain('Connecting you now');
    const patched = await line.t.api('PATCH', '/api/program', { phoneNumber: '+12025550177' }, line.token);
    expect(patched.status).toBe(200);
    const placed = line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER });
    await line.sim.runUntilIdle();
    expect(transcript(placed.heard)).toBe('');
    expect(line.sim.phoneLog(ANA)).toHaveLength(1);
  });

  it.runIf(kind === 'postgres')(
    'with two instances on one schema: a change made through one routes the next call on the other at once, and the other drops its copy when it hears of it',
    async () => {
      await withAnaOnCall();
      const other = await startTestKith(kind, {
        storage: line.t.storage,
        clock: line.clock,
        env: {
          KITH_PROVIDER_API_URL: line.sim.apiBaseUrl,
          KITH_PROVIDER_ACCOUNT_SID: SIM_ACCOUNT,
          KITH_PROVIDER_AUTH_TOKEN: SIM_TOKEN,
        },
      });
      others.push(other);
      // Calls reach the second instance; its cache holds the program and shifts after the first.
      line.sim.connectApp(other.url);
      expect(await call()).toContain('Connecting you now');
      expect(line.sim.phoneLog(ANA)).toHaveLength(1);
      const routing = other.kith.ctx.routing;
      expect(routing.holds(line.programId)).toBe(true);

      // LISTEN/NOTIFY: a change made through the first instance drops the second's copy when it hears of it.
      const renamed = await line.t.api('PATCH', '/api/program', { name: 'Northside Care Line' }, line.token);
      expect(renamed.status).toBe(200);
      await expect.poll(() => routing.holds(line.programId), { timeout: 5_000 }).toBe(false);
      expect(await call()).toContain('Connecting you now');
      expect(line.sim.phoneLog(ANA)).toHaveLength(2);
      expect(routing.holds(line.programId)).toBe(true);

      // The second instance deaf (its live hub closed: it hears no change from now on). A change made
      // through the first still routes the very next call on the second: Bea rung, not Ana; then the
      // languages as they are now.
      await other.kith.ctx.live.close();
      await handOver(line.t);
      expect(await call()).toContain('Connecting you now');
      expect(line.sim.phoneLog(ANA)).toHaveLength(2);
      expect(line.sim.phoneLog(BEA)).toHaveLength(1);
      expect((await line.t.api('PATCH', '/api/program', { languages: ['en', 'es'] }, line.token)).status).toBe(200);
      expect(await call()).toContain('Para español');
    },
  );
});
