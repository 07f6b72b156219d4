import { afterEach, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../support/databases';
import { COMMUNITY_NUMBER, startLine, type Line } from '../support/line';

const CALLER = '+12025550190';
const ANA = '+12025550111';
const BEN = '+12025550112';
const CODY = '+12025550113';

interface HomeView {
  me: { onBreakSince: number | null; breakKind: string | null; breakUntil: number | null };
  coolDown: { minutes: number; why: string } | null;
}

describe.each(DB_KINDS)('stepping back and cooling down (%s)', (kind) => {
  let line: Line;
  afterEach(async () => line?.stop());

  it('step back: not rung until they return, the coordinator on call is told the shift; a hard call offers a cool-down that ends by itself', async () => {
    line = await startLine(kind);
    await line.addResponder({ name: 'Ana', phone: ANA, tier: 'primary' });
    await line.addResponder({ name: 'Ben', phone: BEN, tier: 'primary' });
    await line.addResponder({
      name: 'Cody',
      phone: CODY,
      roles: ['coordinator'],
      tier: 'primary',
      shiftRole: 'coordinator',
    });
    const ana = (
      await line.t.api<{ token: string }>(
        'POST',
        '/api/tokens',
        { responderId: line.ids.Ana, label: 'phone' },
        line.token,
      )
    ).body.token;
    const home = async () => (await line.t.api<HomeView>('GET', '/api/me/home', undefined, ana)).body;
    const call = async () => {
      line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER });
      await line.sim.runUntilIdle();
      expect(line.sim.errors).toEqual([]);
    };

    const stepped = await line.t.api<{ until: number; told: number }>('POST', '/api/me/step-back', undefined, ana);
    expect(stepped.status).toBe(200);
    expect(stepped.body.told).toBe(1);
    await line.sim.runUntilIdle();
    const told = line.sim.inbox(CODY).map((m) => m.body);
    expect(told.at(-1)).toMatch(/^Kith: Ana stepped back from the phone shift until \d\d:\d\d\. Please find cover\./);
    expect((await home()).me.breakKind).toBe('step-back');
    await call();
    expect(line.sim.phoneLog(ANA)).toHaveLength(0);
    expect(line.sim.phoneLog(BEN)).toHaveLength(1);
    expect((await line.t.api('DELETE', '/api/me/break', undefined, ana)).status).toBe(200);

    expect((await home()).coolDown).toBeNull();
    expect((await line.t.api('POST', '/api/me/hard', undefined, ana)).status).toBe(204);
    expect((await home()).coolDown).toMatchObject({ minutes: 10, why: 'hard' });
    const cooling = await line.t.api<{ until: number }>('POST', '/api/me/cool-down', undefined, ana);
    expect(cooling.status).toBe(200);
    expect((await home()).me).toMatchObject({ breakKind: 'cool-down', breakUntil: cooling.body.until });
    expect((await home()).coolDown).toBeNull();
    await call();
    expect(line.sim.phoneLog(ANA)).toHaveLength(0);

    line.clock.advance(11 * 60_000); // the cool-down ends by itself
    expect((await home()).me.onBreakSince).toBeNull();
    await call();
    expect(line.sim.phoneLog(ANA)).toHaveLength(1);
    expect((await line.t.api('POST', '/api/me/cool-down', undefined, ana)).status).toBe(409);
  });

  it('step back and come back by text', async () => {
    line = await startLine(kind);
    await line.addResponder({ name: 'Ana', phone: ANA, tier: 'primary' });
    await line.addResponder({ name: 'Cody', phone: CODY, roles: ['coordinator'] });
    line.sim.phone(ANA).text('step back');
    await line.sim.runUntilIdle();
    expect(line.sim.inbox(ANA).at(-1)?.body).toMatch(
      /^Kith: you are off the line until your shift ends at \d\d:\d\d\./,
    );
    expect(line.sim.inbox(CODY).at(-1)?.body).toMatch(/Ana stepped back from the phone shift/);
    line.sim.phone(ANA).text('BACK');
    await line.sim.runUntilIdle();
    expect(line.sim.inbox(ANA).at(-1)?.body).toBe('Kith: welcome back. You can be rung again.');
  });
  it('a call longer than the program’s threshold offers a cool-down; a shorter one, or one waved off, does not', async () => {
    line = await startLine(kind);
    const answers = (minutes: number) =>
      ({ kind: 'answer', afterSeconds: 5, press: '1', hangUpAfterSeconds: minutes * 60 }) as const;
    await line.addResponder({ name: 'Ana', phone: ANA, tier: 'primary', behaviour: answers(44) });
    const ana = (
      await line.t.api<{ token: string }>(
        'POST',
        '/api/tokens',
        { responderId: line.ids.Ana, label: 'phone' },
        line.token,
      )
    ).body.token;
    const home = async () => (await line.t.api<HomeView>('GET', '/api/me/home', undefined, ana)).body;
    // The simulator's idle run stops short of a long call's end, so the provider's time is moved past it.
    const call = async (minutes: number) => {
      line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER });
      await line.sim.advance(minutes * 60 + 60);
      await line.sim.runUntilIdle();
      expect(line.sim.errors).toEqual([]);
      expect(line.sim.phoneLog(ANA).at(-1)?.status).toBe('completed');
    };

    await call(44); // under the default 45
    expect(line.sim.phoneLog(ANA)).toHaveLength(1);
    expect((await home()).coolDown).toBeNull();

    line.sim.phone(ANA, answers(46));
    await call(46);
    expect((await home()).coolDown).toMatchObject({ minutes: 10, why: 'long' });
    expect((await line.t.api('DELETE', '/api/me/cool-down', undefined, ana)).status).toBe(204);
    expect((await home()).coolDown).toBeNull(); // "Not now" closes this offer for good

    // A program that sets its own threshold: 20 minutes, and a 25-minute call offers one again.
    const care = await line.t.api('PATCH', '/api/program', { care: { longCallMinutes: 20 } }, line.token);
    expect(care.status).toBe(200);
    line.sim.phone(ANA, answers(25));
    await call(25);
    expect((await home()).coolDown).toMatchObject({ why: 'long' });
    line.clock.advance(31 * 60_000); // an offer lasts half an hour after the call
    expect((await home()).coolDown).toBeNull();
  });
});
