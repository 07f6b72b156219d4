import { afterEach, describe, expect, it } from 'vitest';
import { join, makeEnrolment, type Browser } from '../../test/support/console-client';
import { DB_KINDS } from '../../test/support/databases';
import { startTestKith, type TestKith } from '../../test/support/kith';
import { openEvents, openEventsAs, type SseStream } from '../../test/support/sse';

const HEARTBEAT_MS = 100;
const MINUTE = 60_000;

describe.each(DB_KINDS)('live updates over server-sent events (%s)', (kind) => {
  const running: TestKith[] = [];
  const streams: SseStream[] = [];
  afterEach(async () => {
    for (const stream of streams.splice(0)) stream.close();
    for (const t of running.splice(0).reverse()) await t.stop();
  });

  /** A Kith with a coordinator and Ana, a responder whose console is signed in. */
  async function start(options: { heartbeatMs?: number } = {}) {
    const t = await startTestKith(kind, { liveHeartbeatMs: options.heartbeatMs ?? HEARTBEAT_MS });
    running.push(t);
    const { token, programId } = await t.setup();
    const ana = await t.api<{ id: string }>(
      'POST',
      '/api/responders',
      { name: 'Ana', phone: '+12025550111', roles: ['phone'] },
      token,
    );
    const console = await join(t, token, ana.body.id, await makeEnrolment('ana.k', 'a long walk by the river'));
    return { t, token, programId, anaId: ana.body.id, console };
  }

  async function listen(browser: Browser, t: TestKith): Promise<SseStream> {
    const stream = await openEventsAs(browser, t.url);
    streams.push(stream);
    return stream;
  }

  it('refuses a request without a session or token with 401, and streams nothing', async () => {
    const { t } = await start();
    const refused = await openEvents(t.url);
    expect(refused.status).toBe(401);
    expect(refused.stream).toBeUndefined();
    expect(JSON.parse(refused.text)).toMatchObject({ error: { code: 'unauthenticated' } });
    const forged = await openEvents(t.url, { cookie: 'kith_session=sess_not-a-real-session' });
    expect(forged.status).toBe(401);
  });

  it('streams text/event-stream, uncached and unsniffed, with a retry hint and heartbeats', async () => {
    const { t, console } = await start();
    const cookie = [...console.cookies].map(([n, v]) => `${n}=${v}`).join('; ');
    const opened = await openEvents(t.url, { cookie });
    const stream = opened.stream;
    if (!stream) throw new Error(`no stream: ${opened.status}`);
    streams.push(stream);
    expect(opened.status).toBe(200);
    expect(opened.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(opened.headers.get('cache-control')).toBe('no-store');
    expect(opened.headers.get('x-content-type-options')).toBe('nosniff');
    await stream.comment('heartbeat');
    expect(stream.retry).toBe(3000);
    expect(stream.events).toEqual([]);
    // HEAD would open a stream nobody reads; there is no such route.
    expect((await fetch(`${t.url}/api/events`, { method: 'HEAD', headers: { cookie } })).status).toBe(404);
  });

  it('lets one responder hold ten streams at once, and refuses the eleventh with 429', async () => {
    const { t, console } = await start({ heartbeatMs: 60 * MINUTE });
    for (let i = 0; i < 10; i++) await listen(console, t);
    const cookie = [...console.cookies].map(([n, v]) => `${n}=${v}`).join('; ');
    expect((await openEvents(t.url, { cookie })).status).toBe(429);
    streams.pop()?.close();
    // Once one closes, its place is free again (the server notices the close asynchronously).
    for (let attempt = 0; ; attempt++) {
      const again = await openEvents(t.url, { cookie });
      if (again.stream) {
        streams.push(again.stream);
        break;
      }
      expect(again.status).toBe(429);
      if (attempt > 50) throw new Error('a closed stream never freed its place');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });

  it('a coordinator’s changes reach a signed-in console as topics, with nothing else in them', async () => {
    const { t, token, anaId, console } = await start();
    const stream = await listen(console, t);

    expect((await t.api('PATCH', '/api/program', { name: 'Renamed Line' }, token)).status).toBe(200);
    const program = await stream.nextNamed('program');
    expect(JSON.parse(program.data)).toEqual({ topic: 'program' });

    let from = stream.events.length;
    expect(
      (await t.api('POST', '/api/responders', { name: 'Ben', phone: '+12025550112', roles: ['phone'] }, token)).status,
    ).toBe(201);
    expect(JSON.parse((await stream.nextNamed('roster', { from })).data)).toEqual({ topic: 'roster' });

    from = stream.events.length;
    const rule = await t.api(
      'POST',
      '/api/shifts/rules',
      { responderId: anaId, role: 'phone', tier: 'primary', day: 'mon', start: '09:00', end: '17:00' },
      token,
    );
    expect(rule.status).toBe(201);
    expect(JSON.parse((await stream.nextNamed('shifts', { from })).data)).toEqual({ topic: 'shifts' });
    // Only topics travel: no names, numbers or ids in any event.
    for (const event of stream.events) expect(Object.keys(JSON.parse(event.data))).toEqual(['topic']);
    expect(stream.events.map((e) => e.data).join('')).not.toMatch(/Ben|Renamed|555|resp_|prog_/);
  });

  it('never carries another program’s events, nor anything for a change that was refused', async () => {
    const { t, token, console } = await start();
    const stream = await listen(console, t);
    t.kith.ctx.live.publish('prog_someone_else', 'calls');
    const refused = await t.api('PATCH', '/api/program', { timeZone: 'Mars/Olympus_Mons' }, token);
    expect(refused.status).toBe(422);
    // A sentinel from this program: anything that leaked would have arrived before it.
    expect(
      (await t.api('POST', '/api/responders', { name: 'Ben', phone: '+12025550112', roles: ['phone'] }, token)).status,
    ).toBe(201);
    await stream.nextNamed('roster');
    expect(stream.names()).toBe('roster');
  });

  it('ends the stream of a revoked session within a heartbeat; the console cannot reconnect', async () => {
    const { t, token, anaId, console } = await start();
    const stream = await listen(console, t);
    expect((await t.api('DELETE', `/api/responders/${anaId}/sessions`, undefined, token)).status).toBe(204);
    await stream.end();
    const cookie = [...console.cookies].map(([n, v]) => `${n}=${v}`).join('; ');
    expect((await openEvents(t.url, { cookie })).status).toBe(401);
  });

  it('ends the stream when the session idles out: an open stream is not activity', async () => {
    const { t, console } = await start();
    const stream = await listen(console, t);
    await stream.comment('heartbeat');
    t.clock.advance(31 * MINUTE);
    await stream.end();
  });

  it('ends a bearer token’s stream when the token is revoked', async () => {
    const { t, token, anaId } = await start();
    const issued = await t.api<{ tokenId: string; token: string }>(
      'POST',
      '/api/tokens',
      { responderId: anaId, label: 'wall screen' },
      token,
    );
    const opened = await openEvents(t.url, { authorization: `Bearer ${issued.body.token}` });
    const stream = opened.stream;
    if (!stream) throw new Error(`no stream: ${opened.status}`);
    streams.push(stream);
    await stream.comment('connected');
    expect((await t.api('PATCH', '/api/program', { name: 'Renamed Line' }, token)).status).toBe(200);
    await stream.nextNamed('program');
    expect((await t.api('DELETE', `/api/tokens/${issued.body.tokenId}`, undefined, token)).status).toBe(204);
    await stream.end();
  });

  it('stopping the server ends open streams at once, even with a long heartbeat', async () => {
    const { t, console } = await start({ heartbeatMs: 60 * MINUTE });
    const stream = await listen(console, t);
    running.splice(running.indexOf(t), 1);
    await t.stop();
    await stream.end();
  });

  it.runIf(kind === 'postgres')(
    'a change through one instance reaches a console connected to another on the same database',
    async () => {
      const { t, token, console } = await start();
      const second = await startTestKith(kind, { storage: t.storage, clock: t.clock, liveHeartbeatMs: HEARTBEAT_MS });
      running.push(second);
      const stream = await listen(console, second);
      const before = performance.now();
      expect((await t.api('PATCH', '/api/program', { name: 'Renamed Line' }, token)).status).toBe(200);
      const heard = await stream.nextNamed('program');
      console_log(
        `instance 1 → console on instance 2: ${Math.round(heard.at - before)} ms (including the 100 ms coalescing window)`,
      );
    },
  );
});

/** Latencies are reported, never asserted (no timed assertions in Kith's tests). */
function console_log(line: string): void {
  process.stdout.write(`  [live] ${line}\n`);
}
