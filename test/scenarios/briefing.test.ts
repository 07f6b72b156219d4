import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { rotaDepsOf } from '../../src/rota/deps';
import { sweepRota } from '../../src/rota/sweep';
import { DB_KINDS } from '../support/databases';
import { startDispatchLine, type DispatchLine } from '../support/dispatch';
import { COMMUNITY_NUMBER, startLine, type Line } from '../support/line';
import { postForm } from '../support/raw-http';

const CALLER = '+12025550190';
const PERSON = '+12025550191';
const ANA = '+12025550111';
const BEN = '+12025550112';
const CODY = '+12025550113';
const HOUR = 60 * 60_000;
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

interface MyBriefing {
  plan: { version: number; text: string };
  due: boolean;
  onCall: boolean;
}

/** A phone shift 09:00–17:00 New York every day: a new shift each morning (T0 is Monday 10:00 there). */
async function dailyShifts(line: Line, responderId: string): Promise<void> {
  for (const day of DAYS) {
    const made = await line.t.api(
      'POST',
      '/api/shifts/rules',
      { responderId, role: 'phone', tier: 'primary', day, start: '09:00', end: '17:00' },
      line.token,
    );
    expect(made.status).toBe(201);
  }
}

describe.each(DB_KINDS)('the shift-start briefing (%s)', (kind) => {
  let line: Line;
  afterEach(async () => line?.stop());

  async function team(): Promise<{ ana: string; ben: string }> {
    line = await startLine(kind);
    // Each call ends a little after it is answered, so nobody is still busy on the last one.
    const behaviour = { kind: 'answer', press: '1', hangUpAfterSeconds: 30 } as const;
    await line.addResponder({ name: 'Ana', phone: ANA, behaviour });
    await line.addResponder({ name: 'Ben', phone: BEN, behaviour });
    await line.addResponder({ name: 'Cody', phone: CODY, roles: ['coordinator'] });
    await dailyShifts(line, line.ids.Ana ?? '');
    await dailyShifts(line, line.ids.Ben ?? '');
    const token = async (name: string) =>
      (
        await line.t.api<{ token: string }>(
          'POST',
          '/api/tokens',
          { responderId: line.ids[name], label: 'phone' },
          line.token,
        )
      ).body.token;
    return { ana: await token('Ana'), ben: await token('Ben') };
  }
  const writePlan = async (text: string, everyShifts?: number) => {
    const saved = await line.t.api<{ version: number }>(
      'PUT',
      '/api/program/plan',
      { text, ...(everyShifts === undefined ? {} : { everyShifts }) },
      line.token,
    );
    expect(saved.status).toBe(200);
    return saved.body.version;
  };
  const sweep = async () => {
    const report = await sweepRota(rotaDepsOf(line.t.kith.ctx));
    await line.sim.runUntilIdle();
    return report;
  };
  /** Places a call and says who was rung for it. */
  const rung = async (): Promise<string[]> => {
    const before = { ana: line.sim.phoneLog(ANA).length, ben: line.sim.phoneLog(BEN).length };
    line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER });
    await line.sim.runUntilIdle();
    expect(line.sim.errors).toEqual([]);
    return [
      ...(line.sim.phoneLog(ANA).length > before.ana ? ['Ana'] : []),
      ...(line.sim.phoneLog(BEN).length > before.ben ? ['Ben'] : []),
    ];
  };
  const linkIn = (phone: string): string => {
    const text = line.sim.inbox(phone).at(-1)?.body ?? '';
    const found = /https:\/\/line\.example\.org(\/briefing\/[A-Za-z0-9_-]{43})/.exec(text);
    expect(found, 'a briefing link').not.toBeNull();
    return found?.[1] ?? '';
  };
  const postPage = (path: string, form: Record<string, string>) => postForm(`${line.t.url}${path}`, form);

  it('gates ringing and text alerts until the plan is read, in the console or by the texted link without JavaScript; a new version gates at the next shift', async () => {
    const { ana } = await team();
    // No plan yet: nothing to read, everyone is rung as before.
    expect(await rung()).toEqual(['Ana', 'Ben']);

    expect(await writePlan('If a life is in danger:\n\ncall the on-call coordinator first.')).toBe(1);
    // The shift they are on has not been seen by the sweep yet: it counts as a new one, so both must read it.
    expect(await rung()).toEqual([]);
    // The caller gets what they get when nobody is on call: the no-answer path.
    const calls = await line.t.api<{ outcome: string | null; startedAt: number }[]>(
      'GET',
      '/api/calls',
      undefined,
      line.token,
    );
    expect([...calls.body].sort((a, b) => b.startedAt - a.startedAt)[0]?.outcome).toBe('no_answer');
    const report = await sweep();
    expect(report.briefings).toBe(2);
    expect(line.sim.inbox(ANA).at(-1)?.body).toMatch(/^Kith: your shift at .* has started\. Please read/);
    // Nobody on the phone can be rung: the coordinator is told once, by name.
    const toldCody = () => line.sim.inbox(CODY).filter((m) => /emergency plan/.test(m.body));
    const told = toldCody().map((m) => m.body);
    expect(told).toHaveLength(1);
    expect(told[0]).toMatch(/no one on the phone can be rung right now: (Ana, Ben|Ben, Ana) must read/);
    await sweep();
    expect(toldCody()).toHaveLength(1);
    expect(line.sim.inbox(ANA).filter((m) => m.body.includes('/briefing/'))).toHaveLength(1);

    // A text to the line alerts nobody yet (the words are still sealed to them, to read later).
    line.sim.phone(PERSON).text('hello, is anyone there?');
    await line.sim.runUntilIdle();
    const alerted = (phone: string) => line.sim.inbox(phone).filter((m) => /new text conversation/.test(m.body));
    expect(alerted(ANA)).toHaveLength(0);
    expect(alerted(BEN)).toHaveLength(0);

    // Ana reads it in the console.
    const mine = await line.t.api<MyBriefing>('GET', '/api/me/briefing', undefined, ana);
    expect(mine.body).toMatchObject({ due: true, onCall: true, plan: { version: 1 } });
    expect((await line.t.api('POST', '/api/me/briefing', { version: 2 }, ana)).status).toBe(409);
    const read = await line.t.api<MyBriefing>('POST', '/api/me/briefing', { version: 1 }, ana);
    expect(read.status).toBe(200);
    expect(read.body.due).toBe(false);
    expect(await rung()).toEqual(['Ana']);

    // Ben reads it through the link, with no JavaScript: a plain page and a plain form.
    const path = linkIn(BEN);
    const page = await fetch(`${line.t.url}${path}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('call the on-call coordinator first.');
    expect(html).toContain(`<form method="post" action="${path}">`);
    expect(html).not.toContain('<script');
    // Opening it again (a link preview, a second look) uses nothing up.
    expect((await fetch(`${line.t.url}${path}`)).status).toBe(200);
    const done = await postPage(path, { version: '1', lang: 'en' });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('You can be rung now.');
    expect(await rung()).toEqual(['Ana', 'Ben']);
    // One purpose, once: the link is spent.
    expect((await postPage(path, { version: '1' })).status).toBe(404);
    expect((await fetch(`${line.t.url}${path}`)).status).toBe(404);

    // The coordinator sees who read which version: names and versions only.
    const seen = await line.t.api<{ version: number; people: { name: string; version: number }[] }>(
      'GET',
      '/api/program/briefings',
      undefined,
      line.token,
    );
    expect(seen.body.version).toBe(1);
    // (The line's own first coordinator is on the roster too.)
    const named = seen.body.people.filter((p) => ['Ana', 'Ben', 'Cody'].includes(p.name));
    expect(named.map((p) => [p.name, p.version])).toEqual([
      ['Ana', 1],
      ['Ben', 1],
      ['Cody', 0],
    ]);
    expect(Object.keys(seen.body.people[0] ?? {}).sort()).toEqual(['at', 'id', 'name', 'version']);

    // A new version mid-shift: nobody drops off the line now…
    expect(await writePlan('If a life is in danger:\n\ncall the coordinator, then the support person.')).toBe(2);
    await sweep();
    expect(await rung()).toEqual(['Ana', 'Ben']);
    // …but at the next shift each must read it first.
    line.clock.advance(8 * HOUR); // Monday 18:00: off shift
    await sweep();
    line.clock.advance(16 * HOUR); // Tuesday 10:00: the next shift
    expect(await rung()).toEqual([]);
    await sweep();
    expect(line.sim.inbox(ANA).at(-1)?.body).toMatch(/Please read the team’s emergency plan/);
    expect((await line.t.api('POST', '/api/me/briefing', { version: 2 }, ana)).status).toBe(200);
    expect(await rung()).toEqual(['Ana']);

    // The link's token never reaches the logs.
    const token = path.split('/').at(-1) ?? '';
    expect(readFileSync(line.t.logFile, 'utf8')).not.toContain(token);
  });

  it('asks again every N shifts, counting a shift even when the sweep slept through the night before it', async () => {
    const { ana } = await team();
    expect(await writePlan('Read me.', 2)).toBe(1);
    expect((await line.t.api('POST', '/api/me/briefing', { version: 1 }, ana)).status).toBe(200);
    await sweep();
    expect(await rung()).toEqual(['Ana']);
    line.clock.advance(24 * HOUR); // Tuesday: the second shift under that reading
    await sweep();
    expect(await rung()).toEqual(['Ana']);
    // Wednesday: the third, so read it again. The sweep never saw Tuesday night; it still knows a new shift began.
    line.clock.advance(24 * HOUR);
    await sweep();
    expect(line.sim.inbox(ANA).at(-1)?.body).toMatch(/Please read/);
    expect(await rung()).toEqual([]);
    const path = linkIn(ANA);
    expect((await postPage(path, { version: '1' })).status).toBe(200);
    expect(await rung()).toEqual(['Ana']);

    // Read ahead, off shift: it covers the next shift.
    expect(
      (await line.t.api('PUT', '/api/program/plan', { text: 'Read me.', everyShifts: 1 }, line.token)).status,
    ).toBe(200);
    line.clock.advance(8 * HOUR); // Wednesday 18:00, off shift
    await sweep();
    expect((await line.t.api('POST', '/api/me/briefing', { version: 1 }, ana)).status).toBe(200);
    line.clock.advance(16 * HOUR); // Thursday 10:00
    await sweep();
    expect(await rung()).toEqual(['Ana']);
    line.clock.advance(24 * HOUR); // Friday: every shift, so again
    await sweep();
    expect(await rung()).toEqual([]);

    // Bounds, named at the field.
    const bad = await line.t.api<{ error: { fields: { field: string }[] } }>(
      'PUT',
      '/api/program/plan',
      { text: 'Read me.', everyShifts: 53 },
      line.token,
    );
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields[0]?.field).toBe('/everyShifts');
  });

  it('a link expires, and a link for one person never acknowledges for another', async () => {
    await team();
    await writePlan('Read me.');
    await sweep();
    const anaLink = linkIn(ANA);
    expect(anaLink).not.toBe(linkIn(BEN));
    expect((await postPage(anaLink, { version: '1' })).status).toBe(200);
    expect(await rung()).toEqual(['Ana']);
    line.clock.advance(13 * HOUR);
    expect((await fetch(`${line.t.url}${linkIn(BEN)}`)).status).toBe(404);
    expect((await fetch(`${line.t.url}/briefing/${'A'.repeat(43)}`)).status).toBe(404);
  });
});

describe.each(DB_KINDS)('the briefing gates dispatch asks too (%s)', (kind) => {
  let line: DispatchLine | undefined;
  afterEach(async () => line?.stop());

  it('a field responder who has not read the plan is no candidate until they do', async () => {
    const l = (line = await startDispatchLine(kind));
    const candidates = async () =>
      (await l.t.api<{ name: string }[]>('GET', '/api/dispatch/candidates', undefined, l.tokens.Rita)).body.map(
        (c) => c.name,
      );
    const everyone = await candidates();
    expect(everyone).toContain('Beto');
    expect((await l.t.api('PUT', '/api/program/plan', { text: 'Go in pairs.' }, l.token)).status).toBe(200);
    expect(await candidates()).toEqual([]);
    expect((await l.t.api('POST', '/api/me/briefing', { version: 1 }, l.tokens.Beto)).status).toBe(200);
    expect(await candidates()).toEqual(['Beto']);
  });
});
