import { afterEach, describe, expect, it } from 'vitest';
import { openRecordText } from '../../src/crypto/e2e';
import { textDepsOf } from '../../src/conversations/deps';
import { sweepMembers } from '../../src/members/sweep';
import { enrol, type Member } from '../../src/notes/test-fixtures';
import { DB_KINDS } from '../support/databases';
import { PUBLIC_URL } from '../support/kith';
import { planLinkIn, planRows, plansOpenedTo, writeAsTheBrowser } from '../support/plans';
import { startLine, type Line } from '../support/line';
import { aliasIn, bodies } from '../support/texting';
import { postForm } from '../support/raw-http';

const ANA = '+12025550111'; // on call for texts
const BO = '+12025550112'; // on the roster, not on the conversation
const MO = '+12025550131'; // a member
const CODE = '482913';
const HOUR = 60 * 60_000;

describe.each(DB_KINDS)('members’ crisis plans (%s)', (kind) => {
  let line: Line;
  let ana: Member;
  let bo: Member;
  afterEach(async () => line?.stop());

  async function start() {
    line = await startLine(kind, { cheapArgon: true, program: { languages: ['en', 'es'] } });
    await line.addResponder({ name: 'Ana', phone: ANA, tier: 'primary' });
    await line.addResponder({ name: 'Bo', phone: BO, languages: ['es'] });
    ana = await enrol(line.t, line.token, line.ids.Ana ?? '', 'ana');
    bo = await enrol(line.t, line.token, line.ids.Bo ?? '', 'bobo');
    const mo = await line.t.api<{ id: string; number: string }>(
      'POST',
      '/api/members',
      { language: 'en', phone: MO },
      line.token,
    );
    expect(mo.status).toBe(201);
    line.sim.phone(MO);
    return mo.body;
  }
  /** What the phone got back, the greeting of a newly opened conversation left out. */
  const text = async (from: string, body: string) => {
    const before = bodies(line, from).length;
    line.sim.phone(from).text(body);
    await line.sim.runUntilIdle();
    return bodies(line, from, before)
      .filter((b) => !b.startsWith('You have reached'))
      .join('\n');
  };
  /** The link texted to the member, on this test server's own address. */
  const linkIn = (reply: string) => {
    expect(reply).toContain(PUBLIC_URL);
    return planLinkIn(line, reply);
  };
  const writePlan = async (url: string, secret = CODE) =>
    postForm(url, {
      action: 'write',
      helps: 'Talk to me quietly and stay with me',
      never: 'Never call the police',
      naloxone: 'Front pocket of my blue bag',
      secret,
      again: secret,
    });
  const count = (table: Parameters<typeof planRows>[1]) => planRows(line, table);

  it('written on the page from a texted link; opened by SMS for the conversation, read only by those on it, gone when it closes', async () => {
    const mo = await start();
    const url = linkIn(await text(MO, 'PLAN'));
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('What helps me');
    // Codes too short, or not typed the same twice, are refused and the words kept for another go.
    const short = await writePlan(url, '1234');
    expect(short.status).toBe(422);
    expect(await short.text()).toContain('Talk to me quietly');
    const saved = await writePlan(url);
    expect(saved.status).toBe(200);
    expect(await saved.text()).toContain('Your plan is saved');
    // One-time: the link is spent.
    expect((await fetch(url)).status).toBe(404);
    const [row] = await line.t.kith.ctx.db.kysely.selectFrom('member_plans').selectAll().execute();
    expect(row?.sealed).not.toContain('quietly');
    expect(row?.sealed).not.toContain(CODE);

    // Before any conversation, "PLAN code" asks the member to write first.
    expect(await text(MO, `PLAN ${CODE}`)).toContain('Text us first');
    line.sim.phone(MO).text('I am not ok tonight');
    await line.sim.runUntilIdle();
    const alias = aliasIn(line, ANA);
    expect(await text(MO, `PLAN ${CODE}`)).toBe('Your plan is open to Ana until this conversation ends.');
    const [plan] = await plansOpenedTo(ana);
    expect(plan?.memberNumber).toBe(mo.number);
    expect(plan && JSON.parse(openRecordText(plan.record, ana.identity))).toMatchObject({
      helps: 'Talk to me quietly and stay with me',
      naloxone: 'Front pocket of my blue bag',
    });
    // Bo is not on it: nothing for him, and the code never became a message in the conversation.
    expect(await plansOpenedTo(bo)).toEqual([]);
    const messages = await line.t.kith.ctx.db.kysely.selectFrom('conversation_messages').select('id').execute();
    expect(messages).toHaveLength(1);

    // The member sees who opened it and when, on a new link.
    const history = await (await fetch(linkIn(await text(MO, 'PLAN')))).text();
    expect(history).toContain('Opened');
    expect(history).toContain('Ana');

    // Ana answers (taking it: the plan stays hers), then closes it: not readable at once, the sealed copy deleted.
    line.sim.phone(ANA).text(`${alias} I am here with you`);
    await line.sim.runUntilIdle();
    expect(await plansOpenedTo(ana)).toHaveLength(1);
    line.sim.phone(ANA).text(`${alias} done`);
    await line.sim.runUntilIdle();
    expect(await plansOpenedTo(ana)).toEqual([]);
    expect(await count('member_plan_openings')).toBe(0);
    expect(await count('member_plan_readers')).toBe(0);
    expect(await count('member_plans')).toBe(1);
  });

  it('written in the browser (JavaScript on): the server gets only the sealed form, and the code by SMS opens it', async () => {
    await start();
    const url = linkIn(await text(MO, 'PLAN'));
    const words = { helps: 'Hold my hand and hum', naloxone: 'Under the red scarf' };
    // A sealed form the server would not have made is refused, and the link stays usable.
    const cheap = await postForm(url, { action: 'sealed', sealed: '{"v":1}' });
    expect(cheap.status).toBe(422);
    expect(await cheap.text()).toContain('Your plan was not saved');
    const { response, posted } = await writeAsTheBrowser(url, words, '7305 1186');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Your plan is saved');
    for (const secret of ['Hold my hand', 'red scarf', '7305', '1186']) expect(posted).not.toContain(secret);
    expect((await fetch(url)).status).toBe(404); // spent, as a form's write spends it

    line.sim.phone(MO).text('can you talk');
    await line.sim.runUntilIdle();
    expect(await text(MO, 'PLAN 73051186')).toBe('Your plan is open to Ana until this conversation ends.');
    const [plan] = await plansOpenedTo(ana);
    expect(plan && JSON.parse(openRecordText(plan.record, ana.identity))).toMatchObject(words);
  });

  it('a phrase told to the responder on a conversation opens it; someone not on it is refused; the sweep removes it after closing', async () => {
    const mo = await start();
    const phrase = 'Blue kettle by the river';
    expect((await writePlan(linkIn(await text(MO, 'PLAN')), phrase)).status).toBe(200);
    line.sim.phone(MO).text('can someone talk');
    await line.sim.runUntilIdle();
    const [conversation] = (await line.t.api<{ id: string }[]>('GET', '/api/conversations', undefined, line.token))
      .body;
    if (!conversation) throw new Error('no conversation');
    const scope = { kind: 'conversation', id: conversation.id };
    const unlock = (who: Member, secret: string) =>
      who.browser.request<{ readers: string[] }>('POST', '/api/members/plans/unlock', {
        memberNumber: mo.number,
        secret,
        scope,
      });
    // Bo is not on this conversation: as if there were none, and no try is counted.
    expect((await unlock(bo, phrase)).status).toBe(404);
    // Case and spacing do not matter for a phrase said aloud.
    const ok = await unlock(ana, '  blue KETTLE by the   river ');
    expect(ok.status).toBe(200);
    expect(ok.body.readers).toEqual(['Ana']);
    expect(await plansOpenedTo(ana)).toHaveLength(1);
    await line.t.kith.ctx.db.kysely
      .updateTable('conversations')
      .set({ state: 'closed', closed_at: line.clock.now() })
      .where('id', '=', conversation.id)
      .execute();
    expect((await sweepMembers(textDepsOf(line.t.kith.ctx))).plansClosed).toBe(1);
    expect(await count('member_plan_openings')).toBe(0);
  });

  it('five wrong codes in an hour lock the plan; every try is counted and shown; an hour later the right code works', async () => {
    await start();
    expect((await writePlan(linkIn(await text(MO, 'PLAN')))).status).toBe(200);
    line.sim.phone(MO).text('hello');
    await line.sim.runUntilIdle();
    expect(await text(MO, 'PLAN 111111')).toBe('That code did not open your plan. 4 tries left this hour.');
    for (const left of [3, 2, 1]) expect(await text(MO, `PLAN 11111${left}`)).toContain(`${left} tries left`);
    expect(await text(MO, 'PLAN 999999')).toContain('locked');
    // Locked: even the right code is refused, and counted.
    expect(await text(MO, `PLAN ${CODE}`)).toContain('locked');
    expect(await plansOpenedTo(ana)).toEqual([]);
    const events = await line.t.kith.ctx.db.kysely.selectFrom('member_plan_events').select('kind').execute();
    expect(events.filter((e) => e.kind === 'wrong')).toHaveLength(5);
    expect(events.filter((e) => e.kind === 'locked')).toHaveLength(1);
    const page = await (await fetch(linkIn(await text(MO, 'PLAN')))).text();
    expect(page).toContain('Wrong codes tried, ever: 5.');
    line.clock.advance(HOUR + 1000);
    expect(await text(MO, `PLAN ${CODE}`)).toContain('open to Ana');
  });

  it('the member destroys the plan from the page: nothing of it is left; leaving takes it too', async () => {
    const mo = await start();
    expect((await writePlan(linkIn(await text(MO, 'PLAN')))).status).toBe(200);
    const url = linkIn(await text(MO, 'PLAN'));
    expect((await postForm(url, { action: 'destroy' })).status).toBe(422);
    const gone = await postForm(url, { action: 'destroy', confirm: 'yes' });
    expect(await gone.text()).toContain('Your plan is destroyed');
    expect(await count('member_plans')).toBe(0);
    expect(await count('member_plan_events')).toBe(0);
    expect(await text(MO, `PLAN ${CODE}`)).toContain('no plan yet');

    expect((await writePlan(linkIn(await text(MO, 'PLAN')))).status).toBe(200);
    expect((await line.t.api('DELETE', `/api/members/${mo.id}`, undefined, line.token)).status).toBe(204);
    expect(await count('member_plans')).toBe(0);
    expect(await count('member_plan_events')).toBe(0);
  });

  it('the member sees and changes the plan on the page with the code; a wrong code there counts too', async () => {
    await start();
    expect((await writePlan(linkIn(await text(MO, 'PLAN')))).status).toBe(200);
    const url = linkIn(await text(MO, 'PLAN'));
    const wrong = await postForm(url, { action: 'open', secret: '000000' });
    expect(wrong.status).toBe(422);
    expect(await wrong.text()).toContain('Tries left this hour: 4');
    const open = await (await postForm(url, { action: 'open', secret: CODE })).text();
    expect(open).toContain('Front pocket of my blue bag');
    const changed = await postForm(url, {
      action: 'write',
      helps: 'Music helps',
      secret: 'a longer phrase of my own',
      again: 'a longer phrase of my own',
    });
    expect(changed.status).toBe(200);
    const reopened = await postForm(linkIn(await text(MO, 'PLAN')), {
      action: 'open',
      secret: 'A longer phrase of my own',
    });
    expect(await reopened.text()).toContain('Music helps');
  });
});
