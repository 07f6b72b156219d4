import { afterEach, describe, expect, it } from 'vitest';
import { openRecordText } from '../../src/crypto/e2e';
import { textDepsOf } from '../../src/conversations/deps';
import { sweepMembers } from '../../src/members/sweep';
import { enrol, type Member } from '../../src/notes/test-fixtures';
import { readFileSync } from 'node:fs';
import { readContents } from '../../src/backup/contents';
import { filesContaining, postgresRowsText } from '../support/canary';
import { DB_KINDS } from '../support/databases';
import { COMMUNITY_NUMBER, startLine, type Line } from '../support/line';
import { bodies } from '../support/texting';
import { postForm } from '../support/raw-http';
import { planLinkIn, planRows, plansOpenedTo } from '../support/plans';

const ANA = '+12025550111'; // primary, on call: takes the call
const BO = '+12025550112'; // primary, on call: rung, never answers
const CY = '+12025550113'; // on the roster, off shift: never rung
const DEE = '+12025550114'; // backup tier: may be rung, so sealed to, until Ana takes the call
const MO = '+12025550131'; // a member with a plan
const CODE = '482913';
const HOUR = 60 * 60_000;

describe.each(DB_KINDS)('a member opens their plan by keypad during a call (%s)', (kind) => {
  let line: Line;
  let ana: Member;
  let bo: Member;
  let cy: Member;
  let dee: Member;
  afterEach(async () => line?.stop());

  async function start(anaAnswers: boolean) {
    line = await startLine(kind, { cheapArgon: true, program: { languages: ['en', 'es'] } });
    await line.addResponder({
      name: 'Ana',
      phone: ANA,
      tier: 'primary',
      behaviour: anaAnswers ? { kind: 'answer', afterSeconds: 4, press: '1' } : { kind: 'ignore' },
    });
    await line.addResponder({ name: 'Bo', phone: BO, tier: 'primary', behaviour: { kind: 'ignore' } });
    await line.addResponder({ name: 'Cy', phone: CY });
    await line.addResponder({ name: 'Dee', phone: DEE, tier: 'backup', behaviour: { kind: 'ignore' } });
    ana = await enrol(line.t, line.token, line.ids.Ana ?? '', 'ana');
    bo = await enrol(line.t, line.token, line.ids.Bo ?? '', 'bobo');
    cy = await enrol(line.t, line.token, line.ids.Cy ?? '', 'cyan');
    dee = await enrol(line.t, line.token, line.ids.Dee ?? '', 'deedee');
    const mo = await line.t.api<{ id: string; number: string }>(
      'POST',
      '/api/members',
      { language: 'en', phone: MO },
      line.token,
    );
    expect(mo.status).toBe(201);
    // The member writes their plan with a keypad code on the page a texted link opens.
    const saved = await postForm(await planLink(), {
      action: 'write',
      helps: 'Talk to me quietly and stay with me',
      naloxone: 'Front pocket of my blue bag',
      secret: CODE,
      again: CODE,
    });
    expect(saved.status).toBe(200);
    return mo.body;
  }
  async function planLink() {
    const before = bodies(line, MO).length;
    line.sim.phone(MO).text('PLAN');
    await line.sim.runUntilIdle();
    return planLinkIn(line, bodies(line, MO, before).join('\n'));
  }
  /** The member calls, presses * at the menu, keys their number, then `*`, a plan code and #. */
  const call = (number: string, code: string, hangUpAfterSeconds = 300) =>
    line.sim.placeCall({
      from: MO,
      to: COMMUNITY_NUMBER,
      caller: { press: ['*', number, `*${code}#`], hangUpAfterSeconds },
    });
  const count = (table: 'member_plan_openings' | 'member_plan_readers') => planRows(line, table);
  /** Simulated seconds pass, two at a time, until the plan is open for the call (a minute at most). */
  const untilOpened = async () => {
    for (let waited = 0; waited < 60 && (await count('member_plan_openings')) === 0; waited += 2)
      await line.sim.advance(2);
    expect(await count('member_plan_openings')).toBe(1);
  };
  const rung = (phone: string) => line.sim.calls.filter((c) => c.to === phone).length;

  it('the right code: sealed to those rung, narrowed to the one who takes the call, gone when it ends', async () => {
    const mo = await start(true);
    const placed = call(mo.number, CODE);
    // Through the menu, the member number and the plan code; the team is being rung, nobody has answered.
    await untilOpened();
    await line.sim.advance(10);
    const heard = placed.heard.map((h) => h.text);
    expect(heard).toContain(
      'To open your crisis plan for this call, press star, then your plan code, then the pound key.',
    );
    expect(heard).toContain('Your plan is open. The person who answers this call can read it until the call ends.');
    // Then the line's own greeting and promises, as for any caller, and a call record like any other.
    const through = heard.indexOf('Now we will put you through to the team.');
    expect(through).toBeGreaterThan(
      heard.indexOf('Your plan is open. The person who answers this call can read it until the call ends.'),
    );
    expect(heard[through + 1]).toMatch(/^You have reached /);
    const [record] = await line.t.kith.ctx.db.kysely.selectFrom('calls').selectAll().execute();
    expect(record?.state).not.toBe('ended');
    const scope = { kind: 'call', id: record?.id };
    const [opening] = await line.t.kith.ctx.db.kysely.selectFrom('member_plan_openings').selectAll().execute();
    expect(opening).toMatchObject({ scope_kind: 'call', scope_id: record?.id });
    expect(opening?.sealed).not.toContain('quietly');
    const readers = await line.t.kith.ctx.db.kysely.selectFrom('member_plan_readers').select('responder_id').execute();
    // Everyone who may be rung for it, both tiers; not Cy, who is off shift.
    expect(readers.map((r) => r.responder_id).sort()).toEqual([line.ids.Ana, line.ids.Bo, line.ids.Dee].sort());
    // Nobody has taken the call yet: nobody reads it.
    expect(await plansOpenedTo(ana)).toEqual([]);

    // Ana takes the call: hers alone to read; Bo (rung, never answered) and Cy (not rung) get nothing.
    await line.sim.advance(60);
    expect(rung(ANA)).toBe(1);
    expect(rung(BO)).toBe(1);
    expect(rung(CY)).toBe(0);
    const [plan] = await plansOpenedTo(ana);
    expect(plan).toMatchObject({ memberNumber: mo.number, scope });
    expect(plan && JSON.parse(openRecordText(plan.record, ana.identity))).toMatchObject({
      helps: 'Talk to me quietly and stay with me',
      naloxone: 'Front pocket of my blue bag',
    });
    expect(await plansOpenedTo(bo)).toEqual([]);
    expect(await plansOpenedTo(cy)).toEqual([]);
    expect(await plansOpenedTo(dee)).toEqual([]);
    // Bo's and Dee's sealed copies of the key are gone, not merely hidden.
    expect(await count('member_plan_readers')).toBe(1);

    // The member sees it on their page: opened by phone keypad, for a call, to whom.
    const page = await (await fetch(await planLink())).text();
    expect(page).toContain('by phone keypad');

    // The call ends: the opening is gone.
    placed.hangUp();
    await line.sim.runUntilIdle();
    expect(line.sim.errors).toEqual([]);
    expect(await plansOpenedTo(ana)).toEqual([]);
    await sweepMembers(textDepsOf(line.t.kith.ctx));
    expect(await count('member_plan_openings')).toBe(0);
    expect(await count('member_plan_readers')).toBe(0);

    // The keyed code and the plan's words, in clear, are in no log, data file, row or backup.
    const canaries = [CODE, 'Talk to me quietly', 'Front pocket of my blue bag'];
    const log = readFileSync(line.t.logFile, 'utf8');
    for (const canary of canaries) expect(log).not.toContain(canary);
    expect(filesContaining(line.t.storage.dataDir, canaries)).toEqual([]);
    if (kind === 'postgres' && line.t.storage.pgSchema) {
      const rows = await postgresRowsText(line.t.storage.pgSchema);
      for (const canary of canaries) expect(rows).not.toContain(canary);
    }
    const backup = JSON.stringify(await readContents(line.t.kith.ctx.db.kysely, line.clock.now()));
    for (const canary of canaries) expect(backup).not.toContain(canary);
  });

  it('a call that ends unanswered takes its opening with it', async () => {
    const mo = await start(false);
    call(mo.number, CODE, 60);
    await untilOpened();
    await line.sim.runUntilIdle();
    expect(line.sim.errors).toEqual([]);
    expect((await sweepMembers(textDepsOf(line.t.kith.ctx))).plansClosed).toBe(1);
    expect(await count('member_plan_openings')).toBe(0);
    expect(await count('member_plan_readers')).toBe(0);
    expect(await plansOpenedTo(ana)).toEqual([]);
  });

  it('wrong codes are counted as by text: five an hour, then locked; each caller still goes on to the team', async () => {
    const mo = await start(false);
    const heardOf = async (code: string) => {
      const placed = call(mo.number, code, 30);
      await line.sim.runUntilIdle();
      expect(line.sim.errors).toEqual([]);
      return placed.heard.map((h) => h.text);
    };
    for (const left of [4, 3, 2, 1]) {
      const heard = await heardOf(`11111${left}`);
      expect(heard).toContain(
        `That code did not open your plan. ${left} tries left this hour. You can tell your code to the person who answers.`,
      );
      expect(heard).toContain('Now we will put you through to the team.');
    }
    expect(await heardOf('999999')).toContain('Too many wrong codes. Your plan is locked for up to an hour.');
    // Locked: even the right code is refused, counted and recorded; nothing opens.
    expect(await heardOf(CODE)).toContain('Too many wrong codes. Your plan is locked for up to an hour.');
    expect(await count('member_plan_openings')).toBe(0);
    const events = await line.t.kith.ctx.db.kysely
      .selectFrom('member_plan_events')
      .select(['kind', 'channel'])
      .where('kind', '!=', 'written')
      .execute();
    expect(events.filter((e) => e.kind === 'wrong' && e.channel === 'keypad')).toHaveLength(5);
    expect(events.filter((e) => e.kind === 'locked' && e.channel === 'keypad')).toHaveLength(1);
    // Every one of those calls went on to the team as any call does.
    expect(rung(ANA)).toBe(6);
    line.clock.advance(HOUR + 1000);
    expect(await heardOf(CODE)).toContain(
      'Your plan is open. The person who answers this call can read it until the call ends.',
    );
  });
});
