import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { CallRecord } from '../../src/calls/types';
import { numberForms } from '../support/canary';
import { join, makeEnrolment, type Browser } from '../support/console-client';
import { DB_KINDS } from '../support/databases';
import { COMMUNITY_NUMBER, startLine, type Line } from '../support/line';
import { openEventsAs, type SseStream } from '../support/sse';

const CALLER = '+12025550190';
const ANA = '+12025550111';

/**
 * What a console does with live events: on each `calls` event, refetch the calls in progress. The
 * test waits (with a timeout, never a timed assertion) until a refetch shows what it expects, and
 * reports how long after the server's first publish that took.
 */
async function seeByRefetching(
  stream: SseStream,
  browser: Browser,
  publishedAt: number[],
  expectation: (calls: CallRecord[]) => boolean,
  label: string,
  /** Events from here count: taken before the line is stepped, so an event that arrived during the step is seen. */
  from = stream.events.length,
): Promise<void> {
  for (;;) {
    const event = await stream.nextNamed('calls', { from });
    from = stream.events.indexOf(event) + 1;
    const live = await browser.request<CallRecord[]>('GET', '/api/calls/live');
    if (!expectation(live.body)) continue;
    const firstPublish = publishedAt.find((at) => at <= event.at) ?? event.at;
    process.stdout.write(
      `  [live] ${label}: event ${Math.round(event.at - firstPublish)} ms after the first publish (100 ms coalescing included)\n`,
    );
    return;
  }
}

describe.each(DB_KINDS)('live updates as a call comes in (%s)', (kind) => {
  let line: Line;
  let stream: SseStream | undefined;
  afterEach(async () => {
    stream?.close();
    await line?.stop();
  });

  it('a signed-in console hears `calls` when a call rings through, and again when it is accepted, without reloading', async () => {
    line = await startLine(kind);
    await line.addResponder({
      name: 'Ana',
      phone: ANA,
      tier: 'primary',
      behaviour: { kind: 'answer', afterSeconds: 20, press: '1', hangUpAfterSeconds: 60 },
    });
    const anaId = line.ids.Ana ?? '';
    const console = await join(line.t, line.token, anaId, await makeEnrolment('ana.k', 'a long walk by the river'));
    stream = await openEventsAs(console, line.t.url);

    // Note when the server publishes, to report latency; the hub itself is untouched.
    const hub = line.t.kith.ctx.live;
    const publish = hub.publish.bind(hub);
    const publishedAt: number[] = [];
    hub.publish = (programId, topic) => {
      if (topic === 'calls') publishedAt.push(performance.now());
      publish(programId, topic);
    };

    line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER });
    // Step the line until Ana's phone rings (the caller has heard the greeting and is on hold).
    while (!line.sim.calls.some((c) => c.to === ANA)) await line.sim.advance(1);
    await seeByRefetching(stream, console, publishedAt, (calls) => calls[0]?.state === 'ringing', 'ringing');

    publishedAt.length = 0;
    const before = stream.events.length;
    await line.sim.advance(30); // Ana picks up after 20 s and presses 1
    await seeByRefetching(
      stream,
      console,
      publishedAt,
      (calls) => calls[0]?.state === 'connected' && calls[0]?.acceptedBy === anaId,
      'accepted',
      before,
    );

    await line.sim.runUntilIdle();
    expect(line.sim.errors).toEqual([]);
    // Nothing but topic names ever went down the stream. (Ana's own joining publishes `roster`, and
    // with PostgreSQL that notice may arrive after the stream opened, so other topics may appear.)
    for (const event of stream.events)
      expect(event.data).toMatch(/^\{"topic":"(calls|roster|shifts|program|notes|conversations)"\}$/);
    expect(stream.events.some((e) => e.data === '{"topic":"calls"}')).toBe(true);
    // And the server's log of it all names no one and holds no number or session secret.
    stream.close();
    const log = readFileSync(line.t.logFile, 'utf8');
    for (const form of [...numberForms(CALLER), ...numberForms(ANA)]) expect(log).not.toContain(form);
    expect(log).not.toContain(console.cookies.get('kith_session') ?? 'no session');
  });
});
