import { afterEach, describe, expect, it } from 'vitest';
import type { ResponseView } from '../../src/dispatch/types';
import { enrol, type Member } from '../../src/notes/test-fixtures';
import { DB_KINDS } from '../support/databases';
import { startDispatchLine, visit, type DispatchLine } from '../support/dispatch';

const MINUTE = 60_000;

/**
 * A field member's console on their own phone stays signed in while they are out: a check-in
 * interval is as long as the console's idle limit, and a passphrase is the last thing to type on
 * scene. Only the session marked "this is my own phone" is kept, only while out, and never past
 * the 12 hours every session ends at.
 */
describe.each(DB_KINDS)('the console on a field member’s own phone while out (%s)', (kind) => {
  let line: DispatchLine;
  afterEach(async () => {
    await line?.stop();
  });

  const session = (m: Member) =>
    m.browser.request<{ session: { keptWhileOut: boolean } | null }>('GET', '/api/session');
  /** The server's sweep every 30 seconds, here in steps no longer than the idle limit. */
  async function pass(minutes: number): Promise<void> {
    for (let left = minutes; left > 0; left -= 20) {
      line.clock.advance(Math.min(20, left) * MINUTE);
      await line.sweep();
    }
  }

  it('kept while out, then idles out as usual once clear; an unmarked session idles out; a token cannot be marked', async () => {
    line = await startDispatchLine(kind, { dispatch: { teamMax: 3 } });
    const [ana, beto] = await Promise.all(
      ['Ana', 'Beto'].map((who) => enrol(line.t, line.token, line.ids[who] ?? '', who.toLowerCase())),
    );
    if (!ana || !beto) throw new Error('enrolment');
    const marked = await ana.browser.request<{ keptWhileOut: boolean }>('PUT', '/api/session/kept-while-out', {
      keep: true,
    });
    expect(marked.status).toBe(200);
    expect(marked.body).toEqual({ keptWhileOut: true });
    expect((await session(ana)).body.session?.keptWhileOut).toBe(true);
    expect((await session(beto)).body.session?.keptWhileOut).toBe(false);
    const byToken = await line.t.api<{ error: { code: string } }>(
      'PUT',
      '/api/session/kept-while-out',
      { keep: true },
      line.tokens.Ana,
    );
    expect([byToken.status, byToken.body.error.code]).toEqual([409, 'conflict']);
    expect((await ana.browser.request('PUT', '/api/session/kept-while-out', { keep: 'yes' })).status).toBe(422);

    const made = await line.t.api<ResponseView>('POST', '/api/dispatch', visit(), line.tokens.Rita);
    for (const m of [ana, beto])
      expect(
        (await m.browser.request('POST', `/api/dispatch/${made.body.id}/answer`, { accept: true, etaMinutes: 10 }))
          .status,
      ).toBe(200);

    // An hour out without touching the console: Ana's phone is still signed in, Beto's is not.
    await pass(60);
    expect((await beto.browser.request('GET', '/api/session')).status).toBe(401);
    expect((await ana.browser.request('POST', `/api/dispatch/${made.body.id}/check-in`, {})).status).toBe(200);

    // Home and clear: from her last request the usual 30 idle minutes run again.
    await line.text('Ana', 'R1 CLEAR');
    await pass(29);
    expect((await session(ana)).status).toBe(200);
    await pass(31);
    expect((await session(ana)).status).toBe(401);
  });

  it('never past the 12 hours a session lasts, even out; unmarking ends the exception', async () => {
    line = await startDispatchLine(kind);
    const [ana, beto] = await Promise.all(
      ['Ana', 'Beto'].map((who) => enrol(line.t, line.token, line.ids[who] ?? '', who.toLowerCase())),
    );
    if (!ana || !beto) throw new Error('enrolment');
    for (const m of [ana, beto])
      expect((await m.browser.request('PUT', '/api/session/kept-while-out', { keep: true })).status).toBe(200);
    const made = await line.t.api<ResponseView>('POST', '/api/dispatch', visit(), line.tokens.Rita);
    for (const m of [ana, beto])
      expect(
        (await m.browser.request('POST', `/api/dispatch/${made.body.id}/answer`, { accept: true, etaMinutes: 10 }))
          .status,
      ).toBe(200);
    // Beto changes his mind (a borrowed phone): his console idles out though he is still out.
    expect((await beto.browser.request('PUT', '/api/session/kept-while-out', { keep: false })).status).toBe(200);

    await pass(11 * 60 + 50);
    expect((await beto.browser.request('GET', '/api/session')).status).toBe(401);
    expect((await session(ana)).status).toBe(200);
    await pass(15);
    expect((await session(ana)).status).toBe(401);
  });
});
