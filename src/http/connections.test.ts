import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestKith, type TestKith } from '../../test/support/kith';
import { HTTP_TIMEOUTS } from './connections';

/**
 * Idle and half-open sockets against the real server. Real time, but bounded: the server's timeouts
 * are shortened through the same seam production's come from (HttpTimeouts), to well under a second.
 */
const SHORT = { headersMs: 400, requestMs: 800, keepAliveMs: 300, idleMs: 1_000, checkEveryMs: 100 };

function open(url: string, count: number, send = ''): Promise<Socket[]> {
  const { hostname, port } = new URL(url);
  return Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<Socket>((resolve, reject) => {
          const socket = connect(Number(port), hostname, () => {
            if (send) socket.write(send);
            resolve(socket);
          });
          socket.once('error', reject);
          // Read whatever comes (a 408), so the server's end is seen and the socket closes here too.
          socket.resume();
        }),
    ),
  );
}

const closed = (socket: Socket) =>
  new Promise<void>((resolve) => (socket.closed ? resolve() : socket.once('close', () => resolve())));

describe('connections', () => {
  let t: TestKith | undefined;
  afterEach(async () => {
    await t?.stop();
    t = undefined;
  });

  it('many idle and half-open sockets do not stop a normal request', async () => {
    // Production's timeouts: every socket is still open when the request is answered, so it was not
    // answered by waiting for them to be dropped. An order of events, not a race against a stopwatch.
    t = await startTestKith('sqlite', { timeouts: HTTP_TIMEOUTS });
    const idle = await open(t.url, 300);
    const halfOpen = await open(t.url, 100, 'GET /health HTTP/1.1\r\nHost: line.example.org\r\n');
    for (const socket of [...idle, ...halfOpen]) socket.on('error', () => {});

    const health = await fetch(`${t.url}/health`);
    expect(health.status).toBe(200);
    expect([...idle, ...halfOpen].filter((socket) => socket.closed)).toEqual([]);
  });

  it('idle and half-open sockets do not stay open past the timeouts', async () => {
    t = await startTestKith('sqlite', { timeouts: SHORT });
    const idle = await open(t.url, 300);
    const halfOpen = await open(t.url, 100, 'GET /health HTTP/1.1\r\nHost: line.example.org\r\n');
    for (const socket of [...idle, ...halfOpen]) socket.on('error', () => {});
    const started = Date.now();

    // Every one is closed by the server. The bound is ten times the longest timeout: a server that
    // never closed them would not meet it, and a loaded machine's slowness does not reach it.
    await Promise.all([...idle, ...halfOpen].map(closed));
    expect(Date.now() - started).toBeLessThan(10 * SHORT.idleMs);
    expect((await fetch(`${t.url}/health`)).status).toBe(200);
  });

  it('stopping does not wait on idle or half-open connections', async () => {
    // Production's timeouts: stopping must not wait for them to run out.
    t = await startTestKith('sqlite', { timeouts: HTTP_TIMEOUTS });
    const idle = await open(t.url, 50);
    const halfOpen = await open(t.url, 50, 'GET /health HTTP/1.1\r\nHost: line.example.org\r\n');
    const kept = await open(t.url, 1, 'GET /health HTTP/1.1\r\nHost: line.example.org\r\n\r\n');
    for (const socket of [...idle, ...halfOpen, ...kept]) socket.on('error', () => {});
    await new Promise((resolve) => setTimeout(resolve, 50)); // the kept-alive request is answered
    const started = Date.now();
    const running = t;
    t = undefined;
    await running.stop();
    // Far below production's shortest timeout (10 s): it did not wait for any of them to run out.
    expect(Date.now() - started).toBeLessThan(HTTP_TIMEOUTS.keepAliveMs / 2);
    await Promise.all([...idle, ...halfOpen, ...kept].map(closed));
  });
});
