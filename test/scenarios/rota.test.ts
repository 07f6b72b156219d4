import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { rotaDepsOf } from '../../src/rota/deps';
import { sweepRota } from '../../src/rota/sweep';
import { join as joinTeam, makeEnrolment, type Browser } from '../support/console-client';
import { DB_KINDS } from '../support/databases';
import { startTestKith, type TestKith } from '../support/kith';
import { SIM_ACCOUNT, SIM_TOKEN, startLine, type Line } from '../support/line';
import { startPushService, type PushService } from '../support/push-service';

const ANA = '+12025550131';
const BETO = '+12025550132';
const CORA = '+12025550133';
const BEN = '+12025550134';
const DAN = '+12025550135';
const PAT = '+12025550136';
const FAY = '+12025550137';

/** Each event of a feed as [start, end] in ISO UTC, read by ical.js (not the library that wrote it). */
function events(ics: string): { start: string; end: string; summary: string; zone: string }[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar
    .getAllSubcomponents('vevent')
    .map((v) => new ICAL.Event(v))
    .map((e) => ({
      start: e.startDate.toJSDate().toISOString(),
      end: e.endDate.toJSDate().toISOString(),
      summary: e.summary,
      zone: e.startDate.zone?.tzid ?? '',
    }))
    .sort((a, b) => a.start.localeCompare(b.start));
}

describe.each(DB_KINDS)('calendars and shift reminders (%s)', (kind) => {
  let line: Line | undefined;
  let other: TestKith | undefined;
  let push: PushService | undefined;
  afterEach(async () => {
    await other?.stop();
    await line?.stop();
    await push?.stop();
    other = line = push = undefined;
  });

  it('feeds hold real instants across both daylight-saving changes; reminders go once, by text and push, in the person’s language', async () => {
    // Monday 2 March 2026, 10:00 in New York; clocks spring forward on Sunday 8 March.
    line = await startLine(kind, { start: Date.UTC(2026, 2, 2, 15), cheapArgon: true, pushOverLoopback: true });
    const l = line;
    const ana = await l.addResponder({ name: 'Ana', phone: ANA });
    const beto = await l.addResponder({ name: 'Beto', phone: BETO, languages: ['es'] });
    const rule = async (responderId: string, body: Record<string, string>) =>
      expect(
        (await l.t.api('POST', '/api/shifts/rules', { responderId, role: 'phone', ...body }, l.token)).status,
      ).toBe(201);
    await rule(ana, { tier: 'primary', day: 'sun', start: '10:00', end: '14:00' });
    await rule(ana, { tier: 'backup', day: 'sat', start: '22:00', end: '06:00' });
    await rule(beto, { tier: 'backup', day: 'sun', start: '10:00', end: '14:00' });

    const anaBrowser: Browser = await joinTeam(l.t, l.token, ana, await makeEnrolment('ana', 'a long passphrase here'));
    const myLink = await anaBrowser.request<{ url: string }>('POST', '/api/me/calendar-links/mine');
    expect(myLink.status).toBe(201);
    const path = (url: string) => new URL(url).pathname;
    const feed = async (url: string) => {
      const response = await fetch(`${l.t.url}${path(url)}`);
      return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
    };
    const mine = await feed(myLink.body.url);
    expect(mine.status).toBe(200);
    expect(mine.type).toContain('text/calendar');
    expect(mine.text).not.toContain('Beto');
    const spring = events(mine.text).filter((e) => e.start >= '2026-02-28' && e.start < '2026-03-16');
    expect(spring.map((e) => [e.start, e.end, e.zone])).toEqual([
      ['2026-03-01T03:00:00.000Z', '2026-03-01T11:00:00.000Z', 'UTC'], // Sat 22:00 EST → Sun 06:00 EST: 8 h
      ['2026-03-01T15:00:00.000Z', '2026-03-01T19:00:00.000Z', 'UTC'], // Sun 10:00 EST
      ['2026-03-08T03:00:00.000Z', '2026-03-08T10:00:00.000Z', 'UTC'], // Sat 22:00 EST → Sun 06:00 EDT: 7 h
      ['2026-03-08T14:00:00.000Z', '2026-03-08T18:00:00.000Z', 'UTC'], // Sun 10:00 EDT
      ['2026-03-15T02:00:00.000Z', '2026-03-15T10:00:00.000Z', 'UTC'], // Sat 22:00 EDT → Sun 06:00 EDT: 8 h
      ['2026-03-15T14:00:00.000Z', '2026-03-15T18:00:00.000Z', 'UTC'],
    ]);
    expect(spring[1]?.summary).toBe('Northside Care Line: phone shift (first to ring)');

    // The coordinator's rota names the team; a responder may not have one.
    expect((await anaBrowser.request('POST', '/api/me/calendar-links/rota')).status).toBe(403);
    const rotaLink = await l.t.api<{ url: string }>('POST', '/api/me/calendar-links/rota', undefined, l.token);
    const rota = await feed(rotaLink.body.url);
    expect(events(rota.text).some((e) => e.summary.startsWith('Beto: phone (backup)'))).toBe(true);

    // A new link revokes the old one; turning it off revokes the new one.
    const newer = await anaBrowser.request<{ url: string }>('POST', '/api/me/calendar-links/mine');
    expect((await feed(myLink.body.url)).status).toBe(404);
    expect((await feed(newer.body.url)).status).toBe(200);
    expect((await anaBrowser.request('DELETE', '/api/me/calendar-links/mine')).status).toBe(204);
    expect((await feed(newer.body.url)).status).toBe(404);
    expect(await anaBrowser.request('GET', '/api/me/calendar-links')).toMatchObject({
      body: { mine: null, rota: null },
    });

    // Reminders: Ana 30 minutes before, by text and push on this device; Beto at 20:00 the evening before.
    push = await startPushService();
    other = await startTestKith(kind, {
      clock: l.clock,
      storage: l.t.storage,
      pushOverLoopback: true,
      env: {
        KITH_PROVIDER_API_URL: l.sim.apiBaseUrl,
        KITH_PROVIDER_ACCOUNT_SID: SIM_ACCOUNT,
        KITH_PROVIDER_AUTH_TOKEN: SIM_TOKEN,
      },
    });
    const subscribe = await anaBrowser.request('PUT', '/api/me/push', push.subscription('/push/ana-phone'));
    expect(subscribe.status).toBe(204);
    const set = (body: unknown, token?: string) => l.t.api('PUT', '/api/me/reminders', body, token);
    expect(
      (
        await anaBrowser.request('PUT', '/api/me/reminders', {
          lead: { kind: 'before', minutes: 30 },
          bySms: true,
          byPush: true,
        })
      ).status,
    ).toBe(204);
    const betoToken = (
      await l.t.api<{ token: string }>('POST', '/api/tokens', { responderId: beto, label: 't' }, l.token)
    ).body.token;
    expect((await set({ lead: { kind: 'evening', at: '20:00' }, bySms: true, byPush: false }, betoToken)).status).toBe(
      204,
    );
    expect((await set({ lead: { kind: 'before', minutes: 7 }, bySms: true, byPush: false }, betoToken)).status).toBe(
      422,
    );
    const settings = await anaBrowser.request<{ pushHere: boolean; vapidPublicKey: string }>(
      'GET',
      '/api/me/reminders',
    );
    expect(settings.body.pushHere).toBe(true);

    const sweepOn = async (...servers: TestKith[]) => {
      await Promise.all(servers.map((s) => sweepRota(rotaDepsOf({ ...s.kith.ctx, pushOverLoopback: true }))));
      await l.sim.runUntilIdle();
    };
    const texts = (phone: string) => l.sim.inbox(phone).map((m) => m.body);

    // Saturday 7 March 20:00 EST is 01:00 UTC on the 8th.
    l.clock.set(Date.UTC(2026, 2, 8, 0, 59));
    await sweepOn(l.t);
    expect(texts(BETO)).toEqual([]);
    l.clock.set(Date.UTC(2026, 2, 8, 1, 0));
    await sweepOn(l.t);
    await sweepOn(other); // as after a restart: the claim is stored
    expect(texts(BETO)).toHaveLength(1);
    expect(texts(BETO)[0]).toContain('empieza');
    expect(texts(BETO)[0]).toContain('10:00');

    // Ana's overnight shift starts at 22:00 EST (03:00 UTC): reminded at 02:30, by two instances at once.
    l.clock.set(Date.UTC(2026, 2, 8, 2, 30));
    await sweepOn(l.t, other);
    await sweepOn(l.t, other);
    expect(texts(ANA)).toHaveLength(1);
    expect(texts(ANA)[0]).toContain('22:00');
    expect(push.received).toHaveLength(1);
    const got = push.received[0];
    expect(got?.vapidKey).toBe(settings.body.vapidPublicKey);
    expect(got?.headers['content-encoding']).toBe('aes128gcm');
    expect(JSON.parse(got?.payload ?? '{}')).toEqual({
      title: 'Your shift starts soon',
      body: expect.stringContaining('22:00') as string,
      path: '/console',
    });

    // Sunday 10:00 is now EDT (14:00 UTC): 30 minutes before is 13:30 UTC, not 14:30.
    l.clock.set(Date.UTC(2026, 2, 8, 13, 29));
    await sweepOn(l.t);
    expect(texts(ANA)).toHaveLength(1);
    l.clock.set(Date.UTC(2026, 2, 8, 13, 30));
    await sweepOn(l.t, other);
    expect(texts(ANA)).toHaveLength(2);
    expect(texts(ANA)[1]).toContain('10:00');

    // Signing out erases this device's push subscription.
    expect((await anaBrowser.request('DELETE', '/api/session')).status).toBeLessThan(300);
    const left = await l.t.kith.ctx.db.kysely.selectFrom('push_subscriptions').selectAll().execute();
    expect(left).toEqual([]);

    // Autumn: clocks fall back on Sunday 1 November. Beto's 20:00 the evening before is 00:00 UTC (EDT).
    l.clock.set(Date.UTC(2026, 9, 26, 15));
    const autumnLink = await l.t.api<{ url: string }>('POST', '/api/me/calendar-links/rota', undefined, l.token);
    const autumn = events((await feed(autumnLink.body.url)).text).filter(
      (e) => e.summary.startsWith('Ana') && e.start >= '2026-10-24' && e.start < '2026-11-02',
    );
    expect(autumn.map((e) => [e.start, e.end])).toEqual([
      ['2026-10-25T02:00:00.000Z', '2026-10-25T10:00:00.000Z'], // Sat 22:00 EDT → Sun 06:00 EDT: 8 h
      ['2026-10-25T14:00:00.000Z', '2026-10-25T18:00:00.000Z'], // Sun 10:00 EDT
      ['2026-11-01T02:00:00.000Z', '2026-11-01T11:00:00.000Z'], // Sat 22:00 EDT → Sun 06:00 EST: 9 h
      ['2026-11-01T15:00:00.000Z', '2026-11-01T19:00:00.000Z'], // Sun 10:00 EST
    ]);
    l.clock.set(Date.UTC(2026, 9, 31, 23, 59));
    await sweepOn(l.t);
    const before = texts(BETO).length;
    l.clock.set(Date.UTC(2026, 10, 1, 0, 0));
    await sweepOn(l.t, other);
    expect(texts(BETO)).toHaveLength(before + 1);

    // No feed token reached a log.
    const logs = readFileSync(l.t.logFile, 'utf8');
    for (const url of [myLink.body.url, newer.body.url, rotaLink.body.url, autumnLink.body.url]) {
      const token = path(url).split('/').pop()?.replace('.ics', '') ?? '';
      expect(token.length).toBe(43);
      expect(logs).not.toContain(token);
    }
  });

  it('tells coordinators of a gap in opening hours 72 and 24 hours ahead, once each, with who could take it', async () => {
    // Monday 23 November 2026, 10:00 in New York. Open on Wednesdays 09:00–17:00 only.
    line = await startLine(kind, {
      program: { hours: { weekly: [{ day: 'wed', start: '09:00', end: '17:00' }], exceptions: [] } },
    });
    const l = line;
    await l.addResponder({ name: 'Cora', phone: CORA, roles: ['coordinator'] });
    const ana = await l.addResponder({ name: 'Ana', phone: ANA });
    const ben = await l.addResponder({ name: 'Ben', phone: BEN });
    const dan = await l.addResponder({ name: 'Dan', phone: DAN });
    await l.addResponder({ name: 'Pat', phone: PAT, status: 'paused' });
    await l.addResponder({ name: 'Fay', phone: FAY, roles: ['field'] });
    const shift = async (path: string, body: Record<string, string>) =>
      expect((await l.t.api('POST', path, { role: 'phone', ...body }, l.token)).status).toBe(201);
    await shift('/api/shifts/rules', { responderId: ana, tier: 'primary', day: 'wed', start: '09:00', end: '13:00' });
    await shift('/api/shifts/rules', { responderId: dan, tier: 'backup', day: 'wed', start: '14:00', end: '15:00' });
    // Thursday is closed: an empty Thursday is no gap.
    const sweep = async () => {
      const report = await sweepRota(rotaDepsOf(l.t.kith.ctx));
      await l.sim.runUntilIdle();
      return report;
    };
    const cora = () => l.sim.inbox(CORA).map((m) => m.body);

    // The gap is Wednesday 25 Nov 13:00–17:00 EST (18:00 UTC): 51 hours away, inside 72.
    await sweep();
    await sweep();
    expect(cora()).toHaveLength(1);
    expect(cora()[0]).toContain('in 72 hours');
    expect(cora()[0]).toContain('13:00');
    expect(cora()[0]).toContain('Ana, Ben');
    for (const absent of ['Dan', 'Pat', 'Fay']) expect(cora()[0]).not.toContain(absent);

    l.clock.set(Date.UTC(2026, 10, 24, 17, 59));
    await sweep();
    expect(cora()).toHaveLength(1);
    l.clock.set(Date.UTC(2026, 10, 24, 18, 0));
    await sweep();
    await sweep();
    expect(cora()).toHaveLength(2);
    expect(cora()[1]).toContain('in 24 hours');

    // Next week's gap is filled between its 72- and 24-hour alerts: no second alert.
    l.clock.set(Date.UTC(2026, 10, 29, 18, 0));
    await sweep();
    expect(cora()).toHaveLength(3);
    expect(cora()[2]).toContain('in 72 hours');
    await shift('/api/shifts/overrides', {
      responderId: ben,
      kind: 'on',
      tier: 'primary',
      start: '2026-12-02T13:00',
      end: '2026-12-02T17:00',
    });
    l.clock.set(Date.UTC(2026, 11, 1, 18, 0));
    await sweep();
    expect(cora()).toHaveLength(3);
    // Nothing but those three, ever: closed Thursdays and weekends raised none.
    expect(cora().every((t) => t.includes('13:00'))).toBe(true);
  });
});
