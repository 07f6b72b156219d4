import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { COMMUNITY_NUMBER, startLine, transcript, type Line } from '../support/line';

const CALLER = '+12025550195';

/** The operator's static fallback, served from "somewhere else" as the README asks. */
async function serveFallback(): Promise<{ server: Server; url: string }> {
  const xml = readFileSync('docs/fallback.xml', 'utf8');
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/xml' }).end(xml));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/fallback.xml` };
}

describe('when storage refuses writes (a full disk, a read-only volume)', () => {
  let line: Line;
  let fallback: { server: Server; url: string };
  afterEach(async () => {
    await line?.stop();
    fallback?.server.close();
  });

  it('the caller hears the static fallback, nothing is half-written, and the line works again once storage does', async () => {
    line = await startLine('sqlite');
    fallback = await serveFallback();
    line.sim.ownNumber(COMMUNITY_NUMBER, {
      voiceUrl: '/webhooks/twilio/voice',
      statusCallbackUrl: '/webhooks/twilio/voice/status',
      fallbackUrl: fallback.url,
    });
    await line.addResponder({
      name: 'Uma',
      phone: '+12025550171',
      tier: 'primary',
      behaviour: { kind: 'answer', afterSeconds: 2, press: '1', hangUpAfterSeconds: 20 },
    });
    const db = line.t.kith.ctx.db.kysely;

    await sql`PRAGMA query_only = ON`.execute(db);
    const first = line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER });
    await line.sim.runUntilIdle();
    expect(transcript(first.heard)).toContain('We cannot answer calls right now because of a technical problem');
    expect(transcript(first.heard)).toContain('never calls the police');
    expect(line.sim.phoneLog('+12025550171')).toHaveLength(0);
    const log = readFileSync(line.t.logFile, 'utf8');
    expect(log).toContain('unexpected error');
    expect(log).not.toContain('5550195');

    await sql`PRAGMA query_only = OFF`.execute(db);
    expect(await db.selectFrom('calls').select('id').execute()).toHaveLength(0);
    const second = line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER });
    await line.sim.runUntilIdle();
    expect(transcript(second.heard)).toContain('Connecting you now');
    const records = await line.t.api<{ outcome: string }[]>('GET', '/api/calls', undefined, line.token);
    expect(records.body.map((r) => r.outcome)).toEqual(['answered']);
  });

  it('a caller already waiting is not cut off by a passing fault: they keep waiting and are connected', async () => {
    // Vic rings from the language choice (~5 s) until past the fault's start at 30 s.
    line = await startLine('sqlite', { program: { ringTimeoutSeconds: 40 } });
    fallback = await serveFallback();
    await line.addResponder({ name: 'Vic', phone: '+12025550172', tier: 'primary', behaviour: { kind: 'ignore' } });
    await line.addResponder({
      name: 'Wes',
      phone: '+12025550173',
      tier: 'backup',
      behaviour: { kind: 'answer', afterSeconds: 2, press: '1', hangUpAfterSeconds: 20 },
    });
    const db = line.t.kith.ctx.db.kysely;
    const call = line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER });
    await line.sim.advance(30); // greeted, disclosed, waiting; Vic's phone is ringing
    await sql`PRAGMA query_only = ON`.execute(db);
    await line.sim.advance(20); // hold ticks and Vic's no-answer callback fail while storage refuses writes
    expect(call.status).toBe('in-progress');
    await sql`PRAGMA query_only = OFF`.execute(db);
    await line.sim.runUntilIdle();
    expect(readFileSync(line.t.logFile, 'utf8')).toContain('webhook failed; caller kept waiting');
    expect(call.bridgedWith).toBe(line.sim.phoneLog('+12025550173')[0]?.sid);
    const records = await line.t.api<{ outcome: string; acceptedBy: string }[]>(
      'GET',
      '/api/calls',
      undefined,
      line.token,
    );
    expect(records.body[0]).toMatchObject({ outcome: 'answered', acceptedBy: line.ids.Wes });
  });
});
