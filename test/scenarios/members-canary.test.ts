import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { readContents } from '../../src/backup/contents';
import { textDepsOf } from '../../src/conversations/deps';
import { sweepMembers } from '../../src/members/sweep';
import { filesContaining, numberForms, postgresRowsText } from '../support/canary';
import { DB_KINDS } from '../support/databases';
import { COMMUNITY_NUMBER, startLine, type Line } from '../support/line';

/** A planted member's number and name. If either appears anywhere Kith writes, Kith leaked it. */
const CANARY = '+13125550143';
const NAME = 'Canarybird';
const PEER = '+12025550122';
const ANA = '+12025550111';

describe.each(DB_KINDS)('a member’s number is kept nowhere in clear (%s)', (kind) => {
  let line: Line;
  afterEach(async () => line?.stop());

  it('joined by text, named, texting and keying codes, checked on and then leaving: no log, file, row or backup holds them', async () => {
    line = await startLine(kind, { program: { languages: ['en', 'es'] } });
    await line.addResponder({ name: 'Ana', phone: ANA, tier: 'primary' });
    const code = await line.t.api<{ code: string }>('POST', '/api/members/join-codes', { language: 'en' }, line.token);
    line.sim.phone(CANARY).text(code.body.code);
    await line.sim.runUntilIdle();
    const members = (await line.t.api<{ id: string; number: string }[]>('GET', '/api/members', undefined, line.token))
      .body;
    const me = members[0];
    if (!me) throw new Error('the canary did not join');
    const peer = await line.t.api<{ id: string; number: string }>(
      'POST',
      '/api/members',
      { language: 'en', phone: PEER },
      line.token,
    );
    line.sim.phone(PEER);
    await line.t.api(
      'PATCH',
      `/api/members/${me.id}`,
      { name: NAME, peers: [{ memberNumber: peer.body.number }], duressWord: 'blue' },
      line.token,
    );
    line.sim.phone(CANARY).text('GH 5th and Main');
    line.sim.phone(CANARY).text('CHECK 3:00');
    await line.sim.runUntilIdle();
    // The pager by keypad from the canary's phone: * at the menu, the number, GN's key; then the danger word.
    for (const keys of ['1#', '2583#'])
      line.sim.placeCall({ from: CANARY, to: COMMUNITY_NUMBER, caller: { press: ['*', me.number, keys] } });
    await line.sim.runUntilIdle();
    expect(line.sim.inbox(PEER).filter((t) => t.body.includes(`${me.number} (${NAME}) sent GN`))).toHaveLength(2);
    line.clock.advance(24 * 60 * 60_000);
    await sweepMembers(textDepsOf(line.t.kith.ctx));
    await line.sim.runUntilIdle();
    // Sanity: the canary really texted Kith, and its people heard, by number and name only.
    expect(
      line.sim
        .inbox(PEER)
        .map((t) => t.body)
        .join(' '),
    ).toContain(`${me.number} (${NAME}) sent GH`);

    const forms = numberForms(CANARY);
    const log = readFileSync(line.t.logFile, 'utf8');
    for (const secret of [...forms, NAME, '5th and Main']) expect(log).not.toContain(secret);
    // While a member: nothing in clear in any file or row (the number and name are sealed, the place never kept).
    const secrets = [...forms, NAME, '5th and Main'];
    expect(filesContaining(line.t.storage.dataDir, secrets)).toEqual([]);
    if (kind === 'postgres' && line.t.storage.pgSchema) {
      const rows = await postgresRowsText(line.t.storage.pgSchema);
      for (const secret of secrets) expect(rows).not.toContain(secret);
    }
    // A backup holds no member at all: not their row, not their sealed number.
    const row = await line.t.kith.ctx.db.kysely
      .selectFrom('members')
      .selectAll()
      .where('id', '=', me.id)
      .executeTakeFirstOrThrow();
    const backup = JSON.stringify(await readContents(line.t.kith.ctx.db.kysely, line.clock.now()));
    expect(row.duress_keys_index).not.toBeNull();
    for (const held of [
      me.id,
      row.phone_sealed ?? 'x',
      row.name_sealed ?? 'x',
      row.phone_index ?? 'x',
      row.duress_keys_index ?? 'x',
    ])
      expect(backup).not.toContain(held);

    // Leaving: even the sealed forms are gone from the rows.
    line.sim.phone(CANARY).text('LEAVE');
    await line.sim.runUntilIdle();
    expect(
      await line.t.kith.ctx.db.kysely.selectFrom('members').select('id').where('id', '=', me.id).execute(),
    ).toEqual([]);
    if (kind === 'postgres' && line.t.storage.pgSchema) {
      const rows = await postgresRowsText(line.t.storage.pgSchema);
      for (const held of [me.id, row.phone_sealed ?? 'x', row.phone_index ?? 'x']) expect(rows).not.toContain(held);
    }
  });
});
