import { afterEach, describe, expect, it } from 'vitest';
import { enrol, sealNote, type Member } from '../../src/notes/test-fixtures';
import { signIn } from '../support/console-client';
import { purgeDepsOf, purgeExpired } from '../../src/retention/purge';
import { DB_KINDS } from '../support/databases';
import { startLine, type Line } from '../support/line';
import { aliasIn } from '../support/texting';

/** Fictional numbers; the texts are placeholders. */
const PERSON = '+12025550187';
const OTHER_PERSON = '+12025550188';
const ANA = '+12025550111';
const BEN = '+12025550112';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

interface Entry {
  responderId: string;
  name: string | null;
  openedAt: number;
}

async function rows(line: Line) {
  return line.t.kith.ctx.db.kysely
    .selectFrom('access_records')
    .select(['record_kind', 'record_id', 'responder_id', 'opened_at'])
    .orderBy('opened_at')
    .orderBy('record_id')
    .execute();
}

/** Ana on call (primary), Ben on the roster but off shift; both enrolled with real keys. */
async function team(line: Line): Promise<{ ana: Member; ben: Member }> {
  await line.addResponder({ name: 'Ana', phone: ANA, tier: 'primary' });
  await line.addResponder({ name: 'Ben', phone: BEN });
  return {
    ana: await enrol(line.t, line.token, line.ids.Ana ?? '', 'ana'),
    ben: await enrol(line.t, line.token, line.ids.Ben ?? '', 'ben'),
  };
}

/** A person texts; the conversation's id, as the console lists it. */
async function texted(line: Line, member: Member, from: string): Promise<string> {
  const before = new Set(
    (await member.browser.request<{ id: string }[]>('GET', '/api/conversations')).body.map((c) => c.id),
  );
  line.sim.phone(from).text('placeholder words');
  await line.sim.runUntilIdle();
  const after = (await member.browser.request<{ id: string }[]>('GET', '/api/conversations')).body.map((c) => c.id);
  const id = after.find((c) => !before.has(c));
  if (!id) throw new Error('no new conversation');
  return id;
}

describe.each(DB_KINDS)('access records of conversations (%s)', (kind) => {
  let line: Line | undefined;
  afterEach(async () => {
    await line?.stop();
    line = undefined;
  });

  it('opening a conversation is recorded (listing is not); the list shows names and times to a reader and the coordinator, 404 to others', async () => {
    line = await startLine(kind);
    const { ana, ben } = await team(line);
    const id = await texted(line, ana, PERSON);
    expect(await rows(line)).toEqual([]);

    const opened = line.clock.now();
    expect((await ana.browser.request('GET', `/api/conversations/${id}`)).status).toBe(200);
    line.clock.advance(5 * MINUTE); // a refetch on a live event: the same opening
    expect((await ana.browser.request('GET', `/api/conversations/${id}`)).status).toBe(200);
    expect((await ana.browser.request('GET', '/api/conversations/cnv_nothing')).status).toBe(404);
    expect(await rows(line)).toEqual([
      { record_kind: 'conversation', record_id: id, responder_id: ana.id, opened_at: opened },
    ]);

    const path = `/api/access/conversation/${id}`;
    const expected: Entry[] = [{ responderId: ana.id, name: 'Ana', openedAt: opened }];
    expect((await ana.browser.request<Entry[]>('GET', path)).body).toEqual(expected); // a reader of its words
    const byCoordinator = await line.t.api<Entry[]>('GET', path, undefined, line.token);
    expect(byCoordinator.status).toBe(200);
    expect(byCoordinator.body).toEqual(expected);
    // Ben was off shift: no word of it is sealed to him, so no list either.
    expect((await ben.browser.request('GET', path)).status).toBe(404);
    expect((await ben.browser.request('GET', '/api/access/conversation/cnv_nothing')).status).toBe(404);
  });

  it('words relayed to a responder’s phone are an access by that responder; a bare alert is not', async () => {
    line = await startLine(kind, { program: { texting: { relayContent: true } } });
    const { ana } = await team(line);
    line.sim.phone(PERSON).text('placeholder words');
    await line.sim.runUntilIdle();
    expect((await rows(line)).map((r) => [r.record_kind, r.responder_id])).toEqual([['conversation', ana.id]]);
    // Nothing about the person: no number in any form, no words.
    expect(
      JSON.stringify(await line.t.kith.ctx.db.kysely.selectFrom('access_records').selectAll().execute()),
    ).not.toMatch(/555|placeholder/);

    // She takes it by text; the next relayed words, eleven minutes on, are a new access.
    line.sim.phone(ANA).text(`${aliasIn(line, ANA)} placeholder reply`);
    await line.sim.runUntilIdle();
    line.clock.advance(11 * MINUTE);
    line.sim.phone(PERSON).text('placeholder again');
    await line.sim.runUntilIdle();
    expect((await rows(line)).map((r) => r.responder_id)).toEqual([ana.id, ana.id]);

    const off = await startLine(kind);
    try {
      await off.addResponder({ name: 'Ana', phone: ANA, tier: 'primary' });
      off.sim.phone(PERSON).text('placeholder words');
      await off.sim.runUntilIdle();
      expect(off.sim.inbox(ANA).length).toBeGreaterThan(0); // alerted, with no words
      expect(await rows(off)).toEqual([]);
    } finally {
      await off.stop();
    }
  });

  it('the purge shreds access records with the words (notes and closed conversations), and keeps those of what is kept', async () => {
    line = await startLine(kind);
    const { ana } = await team(line);
    const at = line.clock.now();
    const closed = await texted(line, ana, PERSON);
    const alias = aliasIn(line, ANA);
    line.sim.phone(ANA).text(`${alias} placeholder reply`);
    await line.sim.runUntilIdle();
    await ana.browser.request('GET', `/api/conversations/${closed}`);
    line.sim.phone(ANA).text(`${alias} done`);
    await line.sim.runUntilIdle();
    const oldNote = sealNote(ana.identity, 'placeholder note');
    await ana.browser.request('POST', '/api/notes', { id: oldNote.recordId, callId: null, record: oldNote });
    await ana.browser.request('GET', `/api/notes/${oldNote.recordId}`);

    // Twenty days on: a note and a conversation still open, both opened.
    line.clock.advance(20 * DAY);
    expect((await signIn(ana.browser, 'ana', 'ana walks by the river at dawn')).status).toBe(200); // her session ended meanwhile
    const open = await texted(line, ana, OTHER_PERSON);
    await ana.browser.request('GET', `/api/conversations/${open}`);
    const newNote = sealNote(ana.identity, 'placeholder note');
    await ana.browser.request('POST', '/api/notes', { id: newNote.recordId, callId: null, record: newNote });
    await ana.browser.request('GET', `/api/notes/${newNote.recordId}`);
    expect(await rows(line)).toHaveLength(4);

    const ctx = line.t.kith.ctx;
    const purge = () => purgeExpired(purgeDepsOf(ctx));
    line.clock.advance(at + 30 * DAY - HOUR - line.clock.now());
    expect((await purge()).words.accessRecords).toBe(0);
    expect(await rows(line)).toHaveLength(4);

    line.clock.advance(2 * HOUR);
    const report = await purge();
    expect(report.words).toMatchObject({ notes: 1, accessRecords: 2 });
    expect(report.words.messages).toBeGreaterThan(0);
    expect((await rows(line)).map((r) => r.record_id).sort()).toEqual([open, newNote.recordId].sort());
    // What is gone cannot be reviewed: the same "not found" as for a record that never was.
    expect((await line.t.api('GET', `/api/access/note/${oldNote.recordId}`, undefined, line.token)).status).toBe(404);
    expect(
      (await line.t.api<Entry[]>('GET', `/api/access/note/${newNote.recordId}`, undefined, line.token)).body,
    ).toHaveLength(1);
  });
});
