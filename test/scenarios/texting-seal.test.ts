import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { afterEachSealForTests } from '../../src/crypto/sealing';
import { openRecordText, ready, type SealedRecord } from '../../src/crypto/e2e';
import { chatConversations, conversationAs, onCallMember, readAs, Visitor } from '../../src/chat/test-fixtures';
import { enrol, type Member } from '../../src/notes/test-fixtures';
import { DB_KINDS } from '../support/databases';
import { onCallAllWeek, startLine, type Line } from '../support/line';

/**
 * A text is sealed before the transaction that stores it (issue 14), and the transaction checks
 * the readers are still the same. To change them in between without timing luck, the real seal is
 * held after it finishes (sealing.ts's test seam) until the test has changed them over the API:
 * nothing of the database or the server is replaced, only the moment the seal hands back is chosen.
 */
const held = {
  seals: 0,
  next: undefined as undefined | { reached: () => void; release: Promise<void> },
};

async function afterSeal(): Promise<void> {
  held.seals++;
  const hold = held.next;
  held.next = undefined;
  if (hold) {
    hold.reached();
    await hold.release;
  }
}

/** Holds the next seal once it is done; `reached` resolves then, and the seal hands back at `release()`. */
function holdNextSeal(): { reached: Promise<void>; release: () => void } {
  let release = () => {};
  let reached = () => {};
  const wasReached = new Promise<void>((resolve) => (reached = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  held.next = { reached, release: released };
  return { reached: wasReached, release };
}

const PERSON = '+12025550187';
const OTHER = '+12025550188';
const ANA = '+12025550111';
const BEN = '+12025550112';
const CARL = '+12025550113';
const CORA = '+12025550114';

async function readersOf(line: Line): Promise<{ seq: number; reader: string }[][]> {
  const rows = await line.t.kith.ctx.db.kysely
    .selectFrom('conversation_messages as m')
    .innerJoin('message_readers as r', 'r.message_id', 'm.id')
    .select(['m.conversation_id', 'm.seq', 'r.reader'])
    .orderBy('m.conversation_id')
    .orderBy('m.seq')
    .execute();
  const byConversation = new Map<string, { seq: number; reader: string }[]>();
  for (const row of rows)
    byConversation.set(row.conversation_id, [
      ...(byConversation.get(row.conversation_id) ?? []),
      { seq: Number(row.seq), reader: row.reader },
    ]);
  return [...byConversation.values()].map((list) =>
    list.sort((a, b) => a.seq - b.seq || (a.reader < b.reader ? -1 : 1)),
  );
}

async function threadOf(member: Member): Promise<(string | null)[]> {
  const [summary] = (await member.browser.request<{ id: string }[]>('GET', '/api/conversations')).body;
  const thread = (
    await member.browser.request<{ thread: { record: SealedRecord | null }[] }>(
      'GET',
      `/api/conversations/${summary?.id}`,
    )
  ).body.thread;
  await ready();
  return thread.map((m) => (m.record ? openRecordText(m.record, member.identity) : null));
}

beforeAll(() => afterEachSealForTests(afterSeal));
afterAll(() => afterEachSealForTests(undefined));

describe.each(DB_KINDS)('a text sealed outside its transaction (%s)', (kind) => {
  let line: Line;
  afterEach(async () => {
    held.next = undefined;
    await line?.stop();
  });

  async function withAnaAndBen(): Promise<{ ana: Member; ben: Member }> {
    line = await startLine(kind);
    await line.addResponder({ name: 'Ana', phone: ANA, tier: 'primary' });
    await line.addResponder({ name: 'Ben', phone: BEN, tier: 'primary' });
    const ana = await enrol(line.t, line.token, line.ids.Ana ?? '', 'ana');
    const ben = await enrol(line.t, line.token, line.ids.Ben ?? '', 'ben');
    return { ana, ben };
  }

  it('is sealed once when its readers stay the same', async () => {
    const { ana, ben } = await withAnaAndBen();
    held.seals = 0;
    line.sim.phone(PERSON).text('first words');
    await line.sim.runUntilIdle();
    line.sim.phone(PERSON).text('second words');
    await line.sim.runUntilIdle();
    expect(held.seals).toBe(2);
    const both = [ana.id, ben.id].sort();
    expect(await readersOf(line)).toEqual([
      both.map((reader) => ({ seq: 1, reader })).concat(both.map((reader) => ({ seq: 2, reader }))),
    ]);
  });

  /** Holds the person's second text once sealed (to Ana and Ben), lets `taker` take the conversation, then lets it go on. */
  async function takenMeanwhile(taker: Member): Promise<void> {
    line.sim.phone(PERSON).text('first words');
    await line.sim.runUntilIdle();
    const [summary] = (await taker.browser.request<{ id: string }[]>('GET', '/api/conversations')).body;
    const hold = holdNextSeal();
    held.seals = 0;
    line.sim.phone(PERSON).text('second words');
    const delivered = line.sim.runUntilIdle();
    await hold.reached;
    // Sealed, not yet stored. (Were the seal inside the transaction, this claim would wait for it on
    // SQLite's one connection, and the test would never get past here.)
    expect((await taker.browser.request('POST', `/api/conversations/${summary?.id}/claim`)).status).toBe(200);
    hold.release();
    await delivered;
  }

  it('taken by one of its readers between the seal and the commit: only the holder’s key is kept', async () => {
    const { ana } = await withAnaAndBen();
    await takenMeanwhile(ana);
    // Ben's sealed key to it is dropped, never stored: no second seal is needed for a reader lost.
    expect(held.seals).toBe(1);
    const [readers] = await readersOf(line);
    expect(readers?.filter((r) => r.seq === 2)).toEqual([{ seq: 2, reader: ana.id }]);
    expect(await threadOf(ana)).toEqual(['first words', 'second words']);
  });

  it('taken by someone it was not sealed to between the seal and the commit: sealed again, to them', async () => {
    await withAnaAndBen();
    const coraId = await line.addResponder({ name: 'Cora', phone: CORA, roles: ['coordinator'] });
    const cora = await enrol(line.t, line.token, coraId, 'cora');
    await takenMeanwhile(cora);
    expect(held.seals).toBe(2);
    const [readers] = await readersOf(line);
    expect(readers?.filter((r) => r.seq === 2)).toEqual([{ seq: 2, reader: cora.id }]);
    expect((await threadOf(cora)).at(-1)).toBe('second words');
  });

  it('a first text while the shifts change: the new conversation is sealed to who is on call at the commit', async () => {
    const { ana, ben } = await withAnaAndBen();
    const carlId = await line.addResponder({ name: 'Carl', phone: CARL });
    const carl = await enrol(line.t, line.token, carlId, 'carl');

    const hold = holdNextSeal();
    held.seals = 0;
    line.sim.phone(OTHER).text('are you there');
    const delivered = line.sim.runUntilIdle();
    await hold.reached;
    await onCallAllWeek(line.t, line.token, carlId, 'primary');
    hold.release();
    await delivered;

    expect(held.seals).toBe(2);
    expect(await readersOf(line)).toEqual([[ana.id, ben.id, carl.id].sort().map((reader) => ({ seq: 1, reader }))]);
    expect(await threadOf(carl)).toEqual(['are you there']);
  });
  it('a new conversation sealed to the last text’s readers, stale since: sealed again to who is on call now', async () => {
    const { ana, ben } = await withAnaAndBen();
    line.sim.phone(PERSON).text('first words');
    await line.sim.runUntilIdle();
    // Carl comes on call after that text: the next text's early seal (to Ana and Ben, the last readers) misses him.
    const carlId = await line.addResponder({ name: 'Carl', phone: CARL, tier: 'primary' });
    const carl = await enrol(line.t, line.token, carlId, 'carl');
    held.seals = 0;
    line.sim.phone(OTHER).text('are you there');
    await line.sim.runUntilIdle();
    expect(held.seals).toBe(2);
    const readers = await readersOf(line);
    expect(readers.map((list) => list.map((r) => r.reader))).toContainEqual([ana.id, ben.id, carl.id].sort());
  });
});

describe.each(DB_KINDS)('a web chat message sealed here, outside its transaction (%s)', (kind) => {
  let line: Line;
  afterEach(async () => {
    held.next = undefined;
    await line?.stop();
  });

  it('without JavaScript: taken by one of its readers between the seal and the commit, kept for the holder and the visitor', async () => {
    line = await startLine(kind);
    const ana = await onCallMember(line, 'Ana', ANA);
    const ben = await onCallMember(line, 'Ben', BEN);
    const visitor = new Visitor(line.t.url);
    await visitor.open();
    held.seals = 0;
    expect((await visitor.postForm('first words')).status).toBe(303);
    expect(held.seals).toBe(1);
    const [conversation] = await chatConversations(ana);
    const id = conversation?.id ?? '';

    const hold = holdNextSeal();
    held.seals = 0;
    const posted = visitor.postForm('second words');
    await hold.reached;
    // Sealed to Ana, Ben and the visitor, not yet stored: the claim does not wait for it.
    expect((await ana.browser.request('POST', `/api/conversations/${id}/claim`)).status).toBe(200);
    hold.release();
    expect((await posted).status).toBe(303);

    expect(held.seals).toBe(1);
    const [readers] = await readersOf(line);
    expect(readers?.filter((r) => r.seq === 1).map((r) => r.reader)).toEqual(['person', ana.id, ben.id].sort());
    expect(readers?.filter((r) => r.seq === 2).map((r) => r.reader)).toEqual(['person', ana.id].sort());
    expect(await readAs(ana, id)).toEqual(['first words', 'second words']);
    expect((await conversationAs(ben, id)).thread.at(-1)?.record).toBeNull();
    expect((await visitor.open()).text).toContain('second words');
  });
});
