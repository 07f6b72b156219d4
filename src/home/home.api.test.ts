import { afterEach, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../test/support/databases';
import { startTestKith, T0, type TestKith } from '../../test/support/kith';
import { COMMUNITY_NUMBER, startLine, type Line } from '../../test/support/line';

interface Home {
  timeZone: string;
  me: {
    id: string;
    name: string;
    roles: string[];
    status: string;
    onBreakSince: number | null;
    onCallNow: boolean;
    currentShift: unknown;
  };
  nextShifts: { role: string; tier: string; start: string; end: string }[];
  live: {
    id: string;
    state: string;
    startedAt: number;
    language: string | null;
    acceptedBy: { id: string; name: string } | null;
    ringingMe: boolean;
  }[];
}

async function tokenFor(t: TestKith, coordinatorToken: string, responderId: string): Promise<string> {
  const issued = await t.api<{ token: string }>(
    'POST',
    '/api/tokens',
    { responderId, label: 'phone' },
    coordinatorToken,
  );
  if (issued.status !== 201) throw new Error(`token failed: ${issued.status}`);
  return issued.body.token;
}

describe.each(DB_KINDS)('the console home and breaks (%s)', (kind) => {
  let t: TestKith;
  let line: Line | undefined;
  afterEach(async () => {
    // A line owns its server: stop it once, through the line.
    if (line) await line.stop();
    else await t?.stop();
    line = undefined;
  });

  async function team() {
    t = await startTestKith(kind, { cheapArgon: true });
    const { token } = await t.setup();
    await t.api('PATCH', '/api/program', { timeZone: 'America/New_York' }, token);
    const ana = (
      await t.api<{ id: string }>(
        'POST',
        '/api/responders',
        { name: 'Ana', phone: '+12025550111', roles: ['phone'] },
        token,
      )
    ).body.id;
    return { token, ana, anaToken: await tokenFor(t, token, ana) };
  }

  it('a break starts once, ends once, shows on my home and to coordinators only', async () => {
    const { token, ana, anaToken } = await team();
    const started = await t.api('POST', '/api/me/break', undefined, anaToken);
    expect(started).toMatchObject({ status: 200, body: { onBreakSince: T0 } });
    const twice = await t.api<{ error: { code: string } }>('POST', '/api/me/break', undefined, anaToken);
    expect(twice.status).toBe(409);

    const asCoordinator = await t.api<{ id: string; onBreakSince?: number | null }[]>(
      'GET',
      '/api/responders',
      undefined,
      token,
    );
    expect(asCoordinator.body.find((r) => r.id === ana)?.onBreakSince).toBe(T0);
    expect(asCoordinator.body.find((r) => r.id !== ana)?.onBreakSince).toBeNull();
    const asResponder = await t.api<Record<string, unknown>[]>('GET', '/api/responders', undefined, anaToken);
    expect(asResponder.body.every((r) => !('onBreakSince' in r))).toBe(true);
    expect((await t.api<Home>('GET', '/api/me/home', undefined, anaToken)).body.me.onBreakSince).toBe(T0);

    t.clock.advance(15 * 60_000);
    expect(await t.api('DELETE', '/api/me/break', undefined, anaToken)).toMatchObject({
      status: 200,
      body: { onBreakSince: null },
    });
    expect((await t.api('DELETE', '/api/me/break', undefined, anaToken)).status).toBe(409);
    expect((await t.api('POST', '/api/me/break')).status).toBe(401);
  });

  it('home shows who I am, whether I am on call, and my shifts for the next seven days', async () => {
    const { token, ana, anaToken } = await team();
    // T0 is Monday 10:00 in New York.
    for (const [day, start, end] of [
      ['mon', '09:00', '17:00'],
      ['wed', '18:00', '22:00'],
      ['mon', '20:00', '23:00'],
    ] as const) {
      expect(
        (
          await t.api(
            'POST',
            '/api/shifts/rules',
            { responderId: ana, role: 'phone', tier: 'primary', day, start, end },
            token,
          )
        ).status,
      ).toBe(201);
    }
    const home = await t.api<Home>('GET', '/api/me/home', undefined, anaToken);
    expect(home.status).toBe(200);
    expect(home.body).toEqual({
      timeZone: 'America/New_York',
      me: {
        id: ana,
        name: 'Ana',
        roles: ['phone'],
        status: 'active',
        onBreakSince: null,
        breakUntil: null,
        breakKind: null,
        onCallNow: true,
        currentShift: {
          role: 'phone',
          tier: 'primary',
          start: '2026-11-23T09:00-05:00',
          end: '2026-11-23T17:00-05:00',
        },
      },
      nextShifts: [
        { role: 'phone', tier: 'primary', start: '2026-11-23T20:00-05:00', end: '2026-11-23T23:00-05:00' },
        { role: 'phone', tier: 'primary', start: '2026-11-25T18:00-05:00', end: '2026-11-25T22:00-05:00' },
        // Next Monday 09:00 starts within seven days of Monday 10:00.
        { role: 'phone', tier: 'primary', start: '2026-11-30T09:00-05:00', end: '2026-11-30T17:00-05:00' },
      ],
      live: [],
      coolDown: null,
    });

    await t.api('POST', '/api/me/break', undefined, anaToken);
    expect((await t.api<Home>('GET', '/api/me/home', undefined, anaToken)).body.me.onCallNow).toBe(false);
    await t.api('DELETE', '/api/me/break', undefined, anaToken);
    await t.api('PATCH', `/api/responders/${ana}`, { status: 'paused' }, token);
    expect((await t.api<Home>('GET', '/api/me/home', undefined, anaToken)).body.me).toMatchObject({
      onCallNow: false,
      status: 'paused',
    });
    // The coordinator (no shifts) is not on call, and has nothing coming.
    expect((await t.api<Home>('GET', '/api/me/home', undefined, token)).body).toMatchObject({
      me: { onCallNow: false, currentShift: null },
      nextShifts: [],
    });
  });

  it('the API describes the console, notes and plan routes under their tags', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const doc = await t.api<{ tags: { name: string }[]; paths: Record<string, Record<string, { tags?: string[] }>> }>(
      'GET',
      '/api/openapi.json',
    );
    expect(doc.status).toBe(200);
    expect(doc.body.tags.map((tag) => tag.name)).toEqual(expect.arrayContaining(['console', 'notes', 'program']));
    expect(doc.body.paths['/api/me/home']?.get?.tags).toEqual(['console']);
    expect(doc.body.paths['/api/me/break']?.post?.tags).toEqual(['console']);
    expect(doc.body.paths['/api/notes/{id}/readers/{responderId}']?.delete?.tags).toEqual(['notes']);
    expect(doc.body.paths['/api/directory']?.get?.tags).toEqual(['notes']);
    expect(doc.body.paths['/api/program/plan']?.put?.tags).toEqual(['program']);
  });

  it('home lists live calls, which one rings me, and who took it — nothing about the caller', async () => {
    line = await startLine(kind);
    const anaId = await line.addResponder({
      name: 'Ana',
      phone: '+12025550111',
      tier: 'primary',
      behaviour: { kind: 'answer', afterSeconds: 20, press: '1', hangUpAfterSeconds: 60 },
    });
    const benId = await line.addResponder({ name: 'Ben', phone: '+12025550112' }); // off shift
    t = line.t;
    const [anaToken, benToken] = [await tokenFor(t, line.token, anaId), await tokenFor(t, line.token, benId)];
    const call = line.sim.placeCall({ from: '+12025550190', to: COMMUNITY_NUMBER });
    const homeOf = async (token: string) => (await t.api<Home>('GET', '/api/me/home', undefined, token)).body;

    let ringing: Home | undefined;
    for (let second = 0; second < 120 && !ringing; second++) {
      await line.sim.advance(1);
      const home = await homeOf(anaToken);
      if (home.live[0]?.ringingMe) ringing = home;
    }
    expect(ringing?.live).toEqual([
      {
        id: expect.any(String),
        state: 'ringing',
        startedAt: expect.any(Number),
        language: 'en',
        acceptedBy: null,
        ringingMe: true,
      },
    ]);
    expect((await homeOf(benToken)).live.map((c) => c.ringingMe)).toEqual([false]);

    let connected: Home | undefined;
    for (let second = 0; second < 120 && !connected; second++) {
      await line.sim.advance(1);
      const home = await homeOf(benToken);
      if (home.live[0]?.state === 'connected') connected = home;
    }
    expect(connected?.live[0]).toMatchObject({ acceptedBy: { id: anaId, name: 'Ana' }, ringingMe: false });
    expect(JSON.stringify(connected)).not.toContain('5550190');
    await line.sim.runUntilIdle();
    expect(call.bridgedWith).toBeDefined();
    expect((await homeOf(anaToken)).live).toEqual([]);
  });
});
