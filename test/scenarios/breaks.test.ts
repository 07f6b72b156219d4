import { afterEach, describe, expect, it } from 'vitest';
import type { CallRecord } from '../../src/calls/types';
import { DB_KINDS } from '../support/databases';
import { COMMUNITY_NUMBER, startLine, type Line } from '../support/line';

const CALLER = '+12025550190';
const ANA = '+12025550111';
const BEN = '+12025550112';

describe.each(DB_KINDS)('a responder on break is never rung (%s)', (kind) => {
  let line: Line;
  afterEach(async () => line?.stop());

  it('on break: not rung, a teammate takes the call; back from break: rung again', async () => {
    line = await startLine(kind, { program: { ringStrategy: 'in_order', ringTimeoutSeconds: 15 } });
    // Ana joined first, so in order she would always be rung first.
    await line.addResponder({
      name: 'Ana',
      phone: ANA,
      tier: 'primary',
      behaviour: { kind: 'answer', afterSeconds: 3, press: '1', hangUpAfterSeconds: 30 },
    });
    await line.addResponder({
      name: 'Ben',
      phone: BEN,
      tier: 'primary',
      behaviour: { kind: 'answer', afterSeconds: 3, press: '1', hangUpAfterSeconds: 30 },
    });
    const anaId = line.ids.Ana ?? '';
    const issued = await line.t.api<{ token: string }>(
      'POST',
      '/api/tokens',
      { responderId: anaId, label: 'phone' },
      line.token,
    );
    const anaToken = issued.body.token;

    expect((await line.t.api('POST', '/api/me/break', undefined, anaToken)).status).toBe(200);
    line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER });
    await line.sim.runUntilIdle();
    expect(line.sim.errors).toEqual([]);
    expect(line.sim.phoneLog(ANA)).toHaveLength(0);
    expect(line.sim.phoneLog(BEN)).toHaveLength(1);

    expect((await line.t.api('DELETE', '/api/me/break', undefined, anaToken)).status).toBe(200);
    line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER });
    await line.sim.runUntilIdle();
    expect(line.sim.phoneLog(ANA)).toHaveLength(1);
    expect(line.sim.phoneLog(BEN)).toHaveLength(1);

    const records = (await line.t.api<CallRecord[]>('GET', '/api/calls', undefined, line.token)).body;
    expect(records.map((r) => r.acceptedBy).sort()).toEqual([anaId, line.ids.Ben].sort());
  });

  it('when everyone on call is on break, the caller hears the no-answer message at once and nobody is rung', async () => {
    line = await startLine(kind);
    await line.addResponder({ name: 'Ana', phone: ANA, tier: 'primary' });
    const issued = await line.t.api<{ token: string }>(
      'POST',
      '/api/tokens',
      { responderId: line.ids.Ana, label: 'phone' },
      line.token,
    );
    await line.t.api('POST', '/api/me/break', undefined, issued.body.token);
    line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER });
    await line.sim.runUntilIdle();
    expect(line.sim.phoneLog(ANA)).toHaveLength(0);
    const [record] = (await line.t.api<CallRecord[]>('GET', '/api/calls', undefined, line.token)).body;
    expect(record).toMatchObject({ outcome: 'no_answer', acceptedBy: null });
  });
});
