import { afterEach, describe, expect, it } from 'vitest';
import type { ResponseView } from '../../src/dispatch/types';
import { DB_KINDS } from '../support/databases';
import { PHONES, startDispatchLine, visit, type DispatchLine, type Who } from '../support/dispatch';
import { transcript } from '../support/line';

const MINUTE = 60_000;

describe.each(DB_KINDS)('a field team while out (%s)', (kind) => {
  let line: DispatchLine;
  afterEach(async () => {
    await line?.stop();
  });

  const view = async (id: string, who: Who = 'Rita') =>
    (await line.t.api<ResponseView>('GET', `/api/dispatch/${id}`, undefined, line.tokens[who])).body;
  const member = (v: ResponseView, who: Who) => v.members.find((m) => m.responderId === line.ids[who]);

  /** R1 asked for de-escalation: Ana and Beto say yes by text, Sam supports. */
  async function formed(): Promise<string> {
    const made = await line.t.api<ResponseView>('POST', '/api/dispatch', visit(), line.tokens.Rita);
    expect(made.status).toBe(201);
    await line.sim.runUntilIdle();
    await line.text('Beto', 'R1 YES 15');
    await line.text('Ana', 'R1 YES 20');
    await line.text('Sam', 'R1 yes');
    expect(line.inbox('Sam').at(-1)).toContain('you are the support person');
    return made.body.id;
  }

  it('ETA by SMS code: R1 YES 15, then R1 OTW 10, HERE, LEAVING, CLEAR; the team sees each other', async () => {
    line = await startDispatchLine(kind);
    const id = await formed();
    expect(member(await view(id, 'Ana'), 'Beto')).toMatchObject({ status: 'accepted', etaMinutes: 15 });

    await line.text('Beto', 'R1 OTW 10');
    expect(line.inbox('Beto').at(-1)).toBe('Kith R1: noted, on the way, 10 min.');
    expect(member(await view(id, 'Ana'), 'Beto')).toMatchObject({ status: 'on_the_way', etaMinutes: 10 });

    const viaConsole = await line.t.api<ResponseView>(
      'POST',
      `/api/dispatch/${id}/status`,
      { status: 'on_the_way', etaMinutes: 4 },
      line.tokens.Ana,
    );
    expect(viaConsole.status).toBe(200);
    expect(member(viaConsole.body, 'Ana')).toMatchObject({ status: 'on_the_way', etaMinutes: 4 });

    for (const [word, status] of [
      ['here', 'on_scene'],
      ['Leaving', 'leaving'],
      ['CLEAR', 'clear'],
    ] as const) {
      await line.text('Beto', `R1 ${word}`);
      expect(member(await view(id), 'Beto')?.status).toBe(status);
    }
    // Someone not on the team cannot set a status; a word the pager does not know gets plain help.
    const stranger = await line.t.api('POST', `/api/dispatch/${id}/status`, { status: 'on_scene' }, line.tokens.Cai);
    expect(stranger.status).toBe(404);
    await line.text('Ana', 'R1 NO');
    expect(line.inbox('Ana').at(-1)).toContain('you are on the team. If you cannot go');
    await line.text('Ana', 'R1 pizza');
    expect(line.inbox('Ana').at(-1)).toContain('Kith pager: text the team code and a word');
    // K7-style texts still go to texting, untouched.
    await line.text('Ana', 'K7 hello');
    expect(line.inbox('Ana').at(-1)).toContain('K7');
  });

  it('a check-in by keypress: shortly before it is due Kith rings those out; 1 checks in, 9 asks for backup, no answer leaves the alert to come', async () => {
    line = await startDispatchLine(kind);
    const id = await formed();
    const due = (await view(id)).checkInDueAt ?? 0;

    // Not yet: more than five minutes before the due time, nobody is rung.
    line.clock.set(due - 6 * MINUTE);
    expect((await line.sweep()).checkInCalls).toBe(0);
    // Five minutes before: Ana and Beto (out) are rung once, from the community number; Sam (support) is not.
    const anaCalls = line.sim.phoneLog(PHONES.Ana).length;
    line.clock.set(due - 4 * MINUTE);
    expect((await line.sweep()).checkInCalls).toBe(2);
    expect((await line.sweep()).checkInCalls).toBe(0); // once per round, however often the sweep runs
    await line.sim.runUntilIdle();
    const call = line.sim.phoneLog(PHONES.Ana)[anaCalls];
    expect(transcript(call?.heard ?? [])).toContain('Press 1 if the team is safe');
    expect(line.sim.phoneLog(PHONES.Sam).filter((c) => transcript(c.heard).includes('check-in'))).toEqual([]);
    // Their phones press 1: the team is checked in, and the next round starts.
    let v = await view(id);
    expect(v.lastCheckInAt).not.toBeNull();
    expect(v.checkInDueAt).toBeGreaterThan(due);
    expect(transcript(call?.heard ?? [])).toContain('The team is checked in');

    // Next round: Beto presses 9 (backup for everyone on shift not out), Ana does not answer.
    line.sim.phone(PHONES.Beto, { kind: 'answer', press: '9' });
    line.sim.phone(PHONES.Ana, { kind: 'ignore' });
    const caiTexts = line.inbox('Cai').length;
    line.clock.set((v.checkInDueAt ?? 0) - 2 * MINUTE);
    expect((await line.sweep()).checkInCalls).toBe(2);
    await line.sim.runUntilIdle();
    expect(
      line
        .inbox('Cai')
        .slice(caiTexts)
        .some((t) => t.includes('needs backup now')),
    ).toBe(true);
    v = await view(id);
    // Nobody pressed 1: at the due time the missed check-in alert goes out as before.
    line.clock.set((v.checkInDueAt ?? 0) + 1);
    expect((await line.sweep()).missedCheckIns).toBe(1);
  });

  it('a missed check-in texts the support person and the coordinator once; a check-in clears it', async () => {
    line = await startDispatchLine(kind);
    const id = await formed();
    let v = await view(id);
    expect(v.state).toBe('formed');
    const due = v.checkInDueAt ?? 0;

    // A status change counts as a check-in: the due time moves on.
    line.clock.advance(10 * MINUTE);
    await line.text('Ana', 'R1 OTW 5');
    v = await view(id);
    expect(v.checkInDueAt).toBeGreaterThan(due);
    expect(v.lastCheckInAt).not.toBeNull();

    const samBefore = line.inbox('Sam').length;
    const coraBefore = line.inbox('Cora').length;
    line.clock.set((v.checkInDueAt ?? 0) + 1);
    expect((await line.sweep()).missedCheckIns).toBe(1);
    expect(line.inbox('Sam').slice(samBefore)).toEqual([
      `Kith R1: the team missed its check-in. Reach them now. Console: ${line.t.kith.ctx.config.publicUrl}/console/field/${id}`,
    ]);
    expect(line.inbox('Cora').slice(coraBefore)).toHaveLength(1);
    expect(line.inbox('Cai')).toEqual([]); // peers who hold the team, nobody else — and never the police
    v = await view(id);
    expect(v.missedCheckInAt).not.toBeNull();

    // Once per miss: a later sweep says nothing more.
    line.clock.advance(5 * MINUTE);
    expect((await line.sweep()).missedCheckIns).toBe(0);
    expect(line.inbox('Sam').slice(samBefore)).toHaveLength(1);

    // The team checks in: the miss is cleared and the clock starts again.
    const ok = await line.t.api<ResponseView>('POST', `/api/dispatch/${id}/check-in`, {}, line.tokens.Beto);
    expect(ok.status).toBe(200);
    expect(ok.body.missedCheckInAt).toBeNull();
    expect(ok.body.checkInDueAt).toBe(line.clock.now() + 30 * MINUTE);
    await line.text('Beto', 'R1 OK');
    expect(line.inbox('Beto').at(-1)).toBe('Kith R1: check-in noted. Next one within 30 min.');
    expect((await line.sweep()).missedCheckIns).toBe(0);
    // A new miss alerts again.
    line.clock.set(((await view(id)).checkInDueAt ?? 0) + 1);
    expect((await line.sweep()).missedCheckIns).toBe(1);
    expect(line.inbox('Sam').slice(samBefore)).toHaveLength(2);
  });

  it('R1 BACKUP texts and rings every on-shift field responder not already out', async () => {
    line = await startDispatchLine(kind);
    const id = await formed();
    await line.text('Beto', 'R1 BACKUP');
    expect(line.inbox('Beto').at(-1)).toBe('Kith R1: backup asked; 2 on shift told.');
    // Cai and Dee are on shift and not out; Ana is out with Beto; Eve is off shift; Sam supports.
    for (const who of ['Cai', 'Dee'] as const) {
      expect(line.inbox(who).at(-1)).toBe(
        `Kith R1: team R1 needs backup now. Open the console: ${line.t.kith.ctx.config.publicUrl}/console/field/${id}`,
      );
      const calls = line.sim.phoneLog(PHONES[who]);
      expect(calls).toHaveLength(1);
      expect(calls[0]?.shownCallerId).toBe('+12025550100');
      expect(transcript(calls[0]?.heard ?? [])).toContain('Kith: team R1 needs backup now. Check your texts.');
    }
    for (const who of ['Ana', 'Eve', 'Sam', 'Rita'] as const) expect(line.sim.phoneLog(PHONES[who])).toEqual([]);
    expect(line.inbox('Eve')).toEqual([]);
    expect(line.sim.errors).toEqual([]);

    // From the console too; someone not on the team (and not the requester or a coordinator) may not.
    expect((await line.t.api('POST', `/api/dispatch/${id}/backup`, {}, line.tokens.Ana)).status).toBe(200);
    expect((await line.t.api('POST', `/api/dispatch/${id}/backup`, {}, line.tokens.Cai)).status).toBe(404);
  });
});
