import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { readContents } from '../../src/backup/contents';
import { textDepsOf } from '../../src/conversations/deps';
import { openRecordText } from '../../src/crypto/e2e';
import { sweepMembers } from '../../src/members/sweep';
import { enrol } from '../../src/notes/test-fixtures';
import { filesContaining, postgresRowsText } from '../support/canary';
import { DB_KINDS } from '../support/databases';
import { COMMUNITY_NUMBER, startLine, type Line } from '../support/line';
import { aliasIn, bodies } from '../support/texting';

/**
 * The seizure drill for members' plans: planted plan words and a planted code. If either appears in
 * the log, a data file (the SQLite database and its WAL included), a PostgreSQL row or a backup —
 * while the plan is held, while it is open for a conversation or a call (keyed), or after it is destroyed —
 * Kith leaked it.
 */
const ANA = '+12025550111';
const MO = '+12025550132';
const WORDS = 'Quokkalantern under the floorboard';
const CODE = '640297';

describe.each(DB_KINDS)('a member’s plan and code are kept nowhere in clear (%s)', (kind) => {
  let line: Line;
  afterEach(async () => line?.stop());

  it('written, opened by text for a conversation and by keypad for a call, read, closed and destroyed: no log, file, row or backup holds them', async () => {
    line = await startLine(kind, { cheapArgon: true, program: { languages: ['en', 'es'] } });
    await line.addResponder({ name: 'Ana', phone: ANA, tier: 'primary' });
    const ana = await enrol(line.t, line.token, line.ids.Ana ?? '', 'ana');
    const member = await line.t.api<{ number: string }>(
      'POST',
      '/api/members',
      { language: 'en', phone: MO },
      line.token,
    );
    expect(member.status).toBe(201);
    const say = async (body: string) => {
      line.sim.phone(MO).text(body);
      await line.sim.runUntilIdle();
      return bodies(line, MO).join('\n');
    };
    const link = () => {
      const match = /https:\/\/line\.example\.org(\/plan\/[\w-]+)/.exec(bodies(line, MO).at(-1) ?? '');
      if (!match?.[1]) throw new Error('no link');
      return `${line.t.url}${match[1]}`;
    };
    const post = (url: string, form: Record<string, string>) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(form).toString(),
      });
    await say('PLAN');
    expect((await post(link(), { action: 'write', naloxone: WORDS, secret: CODE, again: CODE })).status).toBe(200);
    await say('hello, rough night');
    const alias = aliasIn(line, ANA);
    expect(await say(`PLAN ${CODE}`)).toContain('open to Ana');
    const [opened] = (
      await ana.browser.request<{ record: Parameters<typeof openRecordText>[0] }[]>('GET', '/api/members/plans/opened')
    ).body;
    // Sanity: the canary really is in the plan Ana reads.
    expect(opened && openRecordText(opened.record, ana.identity)).toContain(WORDS);

    const secrets = [WORDS, 'Quokkalantern', CODE];
    const check = async () => {
      const log = readFileSync(line.t.logFile, 'utf8');
      for (const secret of secrets) expect(log).not.toContain(secret);
      expect(filesContaining(line.t.storage.dataDir, secrets)).toEqual([]);
      if (kind === 'postgres' && line.t.storage.pgSchema) {
        const rows = await postgresRowsText(line.t.storage.pgSchema);
        for (const secret of secrets) expect(rows).not.toContain(secret);
      }
      const backup = JSON.stringify(await readContents(line.t.kith.ctx.db.kysely, line.clock.now()));
      for (const secret of secrets) expect(backup).not.toContain(secret);
      return backup;
    };
    // While open for the conversation: the plan's sealed forms are not in a backup either.
    const sealed = await line.t.kith.ctx.db.kysely
      .selectFrom('member_plans')
      .select('sealed')
      .executeTakeFirstOrThrow();
    const ciphertext = (JSON.parse(sealed.sealed) as { ciphertext: string }).ciphertext;
    expect(await check()).not.toContain(ciphertext);

    line.sim.phone(ANA).text(`${alias} with you now`);
    line.sim.phone(ANA).text(`${alias} done`);
    await line.sim.runUntilIdle();
    await sweepMembers(textDepsOf(line.t.kith.ctx));
    await check();

    // Opened by keypad during a call (the code keyed after * and the member number), then the call ends.
    const call = line.sim.placeCall({
      from: MO,
      to: COMMUNITY_NUMBER,
      caller: { press: ['*', member.body.number, `*${CODE}#`], hangUpAfterSeconds: 90 },
    });
    const openings = async () =>
      (await line.t.kith.ctx.db.kysely.selectFrom('member_plan_openings').select('id').execute()).length;
    for (let waited = 0; waited < 60 && (await openings()) === 0; waited += 2) await line.sim.advance(2);
    expect(await openings()).toBe(1);
    await check();
    await line.sim.runUntilIdle();
    expect(call.status).toBe('completed');
    await sweepMembers(textDepsOf(line.t.kith.ctx));
    expect(await openings()).toBe(0);
    await check();

    await say('PLAN');
    expect((await post(link(), { action: 'destroy', confirm: 'yes' })).status).toBe(200);
    await check();
    if (kind === 'postgres' && line.t.storage.pgSchema)
      expect(await postgresRowsText(line.t.storage.pgSchema)).not.toContain(ciphertext);
    expect(filesContaining(line.t.storage.dataDir, [ciphertext])).toEqual([]);
  });
});
