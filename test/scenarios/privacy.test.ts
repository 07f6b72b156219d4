import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../support/databases';
import { filesContaining, numberForms, postgresRowsText } from '../support/canary';
import { COMMUNITY_NUMBER, startLine, type Line } from '../support/line';

/** A planted caller number. If it appears anywhere after these calls, Kith leaked it. */
const CANARY = '+13125550187';

describe.each(DB_KINDS)('the caller’s number is kept nowhere (%s)', (kind) => {
  let line: Line;
  afterEach(async () => line?.stop());

  it('after answered, unanswered, abandoned and off-hours calls, the canary is in no log, file or row', async () => {
    line = await startLine(kind, { program: { ringTimeoutSeconds: 15 } });
    await line.addResponder({
      name: 'Tess',
      phone: '+12025550161',
      tier: 'primary',
      behaviour: { kind: 'answer', afterSeconds: 3, press: '1', hangUpAfterSeconds: 30, pressLater: ['2'] },
    });
    line.sim.placeCall({ from: CANARY, to: COMMUNITY_NUMBER, caller: { press: ['2'] } });
    await line.sim.runUntilIdle();
    line.sim.phone('+12025550161', { kind: 'ignore' });
    line.sim.placeCall({ from: CANARY, to: COMMUNITY_NUMBER });
    await line.sim.runUntilIdle();
    line.sim.placeCall({ from: CANARY, to: COMMUNITY_NUMBER, caller: { hangUpAfterSeconds: 4 } });
    await line.sim.runUntilIdle();
    await line.t.api('PATCH', '/api/program', { hours: { weekly: [], exceptions: [] } }, line.token);
    line.sim.placeCall({ from: CANARY, to: COMMUNITY_NUMBER });
    await line.sim.runUntilIdle();

    // Sanity: the calls really happened, and the canary really was sent to Kith.
    const records = await line.t.api<{ outcome: string }[]>('GET', '/api/calls', undefined, line.token);
    expect(records.body.map((r) => r.outcome).sort()).toEqual(['answered', 'caller_hung_up', 'no_answer', 'off_hours']);
    expect(line.sim.calls.filter((c) => c.from === CANARY)).toHaveLength(4);
    const log = readFileSync(line.t.logFile, 'utf8');
    expect(log).toContain('call ended');

    const forms = numberForms(CANARY);
    for (const form of forms) expect(log).not.toContain(form);
    // Scan every file Kith wrote while it is still running, so the -wal and -shm files are there too.
    if (kind === 'sqlite') expect(existsSync(`${line.t.storage.dataDir}/kith.db-wal`)).toBe(true);
    expect(filesContaining(line.t.storage.dataDir, forms)).toEqual([]);
    if (kind === 'postgres' && line.t.storage.pgSchema) {
      const rows = await postgresRowsText(line.t.storage.pgSchema);
      expect(rows.length).toBeGreaterThan(100);
      for (const form of forms) expect(rows).not.toContain(form);
    }
  });
});
