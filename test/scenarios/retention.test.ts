import { statSync } from 'node:fs';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { sealNote, type ErrorBody, type Member } from '../../src/notes/test-fixtures';
import { PG_PURGE_LOCK, purgeDepsOf, purgeExpired, type PurgeReport } from '../../src/retention/purge';
import { signIn } from '../support/console-client';
import { DB_KINDS } from '../support/databases';
import { insertBlock, insertEndedCall } from '../support/records';
import { startLine, type Line } from '../support/line';
import { converse, startWithAna } from '../support/texting';

/** Fictional numbers; the texts are placeholders, and only their stored ciphertext matters here. */
const PERSON = '+12025550187';
const ANA = '+12025550111';
const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;

const TABLES = [
  'conversation_messages',
  'message_readers',
  'notes',
  'note_readers',
  'conversations',
  'calls',
  'call_legs',
  'blocked_senders',
] as const;
type Counts = Record<(typeof TABLES)[number], number>;

async function counts(line: Line): Promise<Counts> {
  const db = line.t.kith.ctx.db.kysely;
  const entries = await Promise.all(
    TABLES.map(
      async (table) =>
        [
          table,
          Number(
            (
              await db
                .selectFrom(table)
                .select((eb) => eb.fn.countAll<number>().as('n'))
                .executeTakeFirstOrThrow()
            ).n,
          ),
        ] as const,
    ),
  );
  return Object.fromEntries(entries) as Counts;
}

const purge = (line: Line) => purgeExpired(purgeDepsOf(line.t.kith.ctx));

/** One of everything with a period: a closed conversation, a note, an ended call with a leg, a block. */
async function seed(line: Line, ana: Member): Promise<number> {
  await converse(line, PERSON, ANA, true);
  const record = sealNote(ana.identity, 'placeholder note');
  expect((await ana.browser.request('POST', '/api/notes', { id: record.recordId, callId: null, record })).status).toBe(
    201,
  );
  const now = line.clock.now();
  await insertEndedCall(line, line.ids.Ana ?? '');
  await insertBlock(line);
  const held = await counts(line);
  for (const table of TABLES) expect(held[table], table).toBeGreaterThan(0);
  return now;
}

function advanceTo(line: Line, at: number): void {
  line.clock.advance(at - line.clock.now());
}

const nothing = (r: PurgeReport) => ({ ...r.words, ...r.evaluation, blocks: r.blocks });

describe.each(DB_KINDS)('retention purge (%s)', (kind) => {
  let line: Line | undefined;
  afterEach(async () => {
    await line?.stop();
    line = undefined;
  });

  it('deletes nothing an hour before each period ends, and everything due an hour after', async () => {
    const started = await startWithAna(kind, ANA);
    line = started.line;
    const at = await seed(line, started.ana);
    const before = await counts(line);

    advanceTo(line, at + 30 * DAY - HOUR);
    expect(nothing(await purge(line))).toEqual({
      messages: 0,
      messageKeys: 0,
      notes: 0,
      noteKeys: 0,
      accessRecords: 0,
      calls: 0,
      callLegs: 0,
      conversations: 0,
      debriefWords: 0,
      fieldResponses: 0,
      fieldMembers: 0,
      fieldEvents: 0,
      debriefs: 0,
      followUps: 0,
      blocks: 0,
    });
    expect(await counts(line)).toEqual(before);

    advanceTo(line, at + 30 * DAY + HOUR);
    const words = await purge(line);
    expect(words.ran).toBe(true);
    expect(words.words).toEqual({
      messages: before.conversation_messages,
      messageKeys: before.message_readers,
      notes: 1,
      noteKeys: before.note_readers,
      accessRecords: 0,
      debriefWords: 0,
    });
    expect(words.evaluation).toEqual({
      calls: 0,
      callLegs: 0,
      conversations: 0,
      fieldResponses: 0,
      fieldMembers: 0,
      fieldEvents: 0,
      debriefs: 0,
      followUps: 0,
    });
    expect(await counts(line)).toMatchObject({
      conversation_messages: 0,
      message_readers: 0,
      notes: 0,
      note_readers: 0,
      conversations: 1,
      calls: 1,
      blocked_senders: 1,
    });

    advanceTo(line, at + 90 * DAY - HOUR);
    expect((await purge(line)).blocks).toBe(0);
    advanceTo(line, at + 90 * DAY + HOUR);
    expect((await purge(line)).blocks).toBe(1);

    advanceTo(line, at + 180 * DAY - HOUR);
    expect((await purge(line)).evaluation).toEqual({
      calls: 0,
      callLegs: 0,
      conversations: 0,
      fieldResponses: 0,
      fieldMembers: 0,
      fieldEvents: 0,
      debriefs: 0,
      followUps: 0,
    });
    advanceTo(line, at + 180 * DAY + HOUR);
    expect((await purge(line)).evaluation).toEqual({
      calls: 1,
      callLegs: 1,
      conversations: 1,
      fieldResponses: 0,
      fieldMembers: 0,
      fieldEvents: 0,
      debriefs: 0,
      followUps: 0,
    });
    expect(Object.values(await counts(line)).every((n) => n === 0)).toBe(true);
  });

  it('catches up after 400 days of downtime in one run, across a restart, and leaves the SQLite WAL empty', async () => {
    const started = await startWithAna(kind, ANA);
    line = started.line;
    await seed(line, started.ana);
    const before = await counts(line);
    // The server was down: a new one starts on the same data, long after.
    const restarted = await line.t.restart();
    const sim = line.sim;
    line = {
      ...line,
      t: restarted,
      stop: async () => {
        await restarted.stop();
        await sim.stop();
      },
    };
    line.clock.advance(400 * DAY);
    const report = await purge(line);
    expect(nothing(report)).toEqual({
      messages: before.conversation_messages,
      messageKeys: before.message_readers,
      notes: 1,
      noteKeys: before.note_readers,
      accessRecords: 0,
      calls: 1,
      callLegs: 1,
      conversations: 1,
      blocks: 1,
      debriefWords: 0,
      fieldResponses: 0,
      fieldMembers: 0,
      fieldEvents: 0,
      debriefs: 0,
      followUps: 0,
    });
    expect(Object.values(await counts(line)).every((n) => n === 0)).toBe(true);
    if (kind === 'sqlite') expect(statSync(`${line.t.storage.dataDir}/kith.db-wal`).size).toBe(0);
  });

  it('a program’s shorter settings win over the defaults', async () => {
    const started = await startWithAna(kind, ANA, { retention: { wordsDays: 2, evaluationDays: 7, blocksDays: 1 } });
    line = started.line;
    const at = await seed(line, started.ana);

    advanceTo(line, at + DAY + HOUR);
    expect(nothing(await purge(line))).toMatchObject({ messages: 0, notes: 0, blocks: 1, conversations: 0 });
    advanceTo(line, at + 2 * DAY + HOUR);
    expect(nothing(await purge(line))).toMatchObject({ notes: 1, conversations: 0 });
    expect(await counts(line)).toMatchObject({ conversation_messages: 0, notes: 0, conversations: 1, calls: 1 });
    advanceTo(line, at + 7 * DAY + HOUR);
    expect((await purge(line)).evaluation).toEqual({
      calls: 1,
      callLegs: 1,
      conversations: 1,
      fieldResponses: 0,
      fieldMembers: 0,
      fieldEvents: 0,
      debriefs: 0,
      followUps: 0,
    });
  });

  it('refuses settings outside the bounds with a 422 naming each field, and merges partial changes', async () => {
    line = await startLine(kind);
    const program = await line.t.api<{ retention: unknown }>('GET', '/api/program', undefined, line.token);
    expect(program.body.retention).toEqual({ wordsDays: 30, evaluationDays: 180, blocksDays: 90 });

    const refused = await line.t.api<ErrorBody>(
      'PATCH',
      '/api/program',
      { retention: { wordsDays: 91, evaluationDays: 6, blocksDays: 0 } },
      line.token,
    );
    expect(refused.status).toBe(422);
    expect(refused.body.error.fields?.map((f) => f.field)).toEqual(
      expect.arrayContaining(['/retention/wordsDays', '/retention/evaluationDays', '/retention/blocksDays']),
    );

    const changed = await line.t.api<{ retention: unknown }>(
      'PATCH',
      '/api/program',
      { retention: { wordsDays: 7 } },
      line.token,
    );
    expect(changed.status).toBe(200);
    expect(changed.body.retention).toEqual({ wordsDays: 7, evaluationDays: 180, blocksDays: 90 });
  });

  it('never purges an open conversation’s messages, however old', async () => {
    const started = await startWithAna(kind, ANA);
    line = started.line;
    await converse(line, PERSON, ANA, false);
    const before = await counts(line);
    expect(before.conversation_messages).toBeGreaterThan(0);
    line.clock.advance(400 * DAY);
    const report = await purge(line);
    expect(report.words.messages).toBe(0);
    expect(report.evaluation.conversations).toBe(0);
    expect(await counts(line)).toEqual(before);
  });

  it.runIf(kind === 'postgres')(
    'runs in one instance at a time: skips while another holds the purge lock',
    async () => {
      const started = await startWithAna(kind, ANA);
      line = started.line;
      await seed(line, started.ana);
      line.clock.advance(400 * DAY);
      const db = line.t.kith.ctx.db.kysely;
      const active = line;
      await db.transaction().execute(async (trx) => {
        await sql`SELECT pg_advisory_xact_lock(${PG_PURGE_LOCK})`.execute(trx);
        const skipped = await purge(active);
        expect(skipped.ran).toBe(false);
        expect(nothing(skipped)).toMatchObject({ messages: 0, calls: 0, blocks: 0 });
      });
      expect((await purge(line)).evaluation.calls).toBe(1);
    },
  );

  it('purges under concurrent writes: what expired goes, what is written meanwhile stays whole', async () => {
    const started = await startWithAna(kind, ANA);
    line = started.line;
    const active = line;
    await seed(line, started.ana);
    line.clock.advance(400 * DAY);
    expect((await signIn(started.ana.browser, 'ana', started.ana.enrolment.passphrase)).status).toBe(200); // a year on, a new session
    // While five purges run, Ana writes twenty notes and two people text in: nothing new may be lost or half-kept.
    const written: string[] = [];
    const writes = Array.from({ length: 20 }, async (_, i) => {
      const record = sealNote(started.ana.identity, `placeholder ${i}`);
      expect(
        (await started.ana.browser.request('POST', '/api/notes', { id: record.recordId, callId: null, record })).status,
      ).toBe(201);
      written.push(record.recordId);
    });
    active.sim.phone('+12025550181').text('placeholder a');
    active.sim.phone('+12025550182').text('placeholder b');
    const purges = Array.from({ length: 5 }, () => purge(active));
    const [reports] = await Promise.all([Promise.all(purges), Promise.all(writes), active.sim.runUntilIdle()]);
    const purged = reports.reduce((n, r) => n + r.evaluation.calls + r.evaluation.conversations + r.words.notes, 0);
    expect(purged).toBe(3); // the seeded call, conversation and note, each exactly once

    const db = line.t.kith.ctx.db.kysely;
    const notes = await db.selectFrom('notes').select('id').execute();
    expect(notes.map((n) => n.id).sort()).toEqual([...written].sort());
    const readers = await db.selectFrom('note_readers').select('note_id').execute();
    expect(readers.map((r) => r.note_id).sort()).toEqual([...written].sort()); // every note with its key
    const open = await db.selectFrom('conversations').select('id').where('state', '!=', 'closed').execute();
    expect(open).toHaveLength(2);
    const messages = await db
      .selectFrom('conversation_messages')
      .select('id')
      .where(
        'conversation_id',
        'in',
        open.map((c) => c.id),
      )
      .execute();
    expect(messages).toHaveLength(2);
    const messageKeys = await db
      .selectFrom('message_readers')
      .select('message_id')
      .where(
        'message_id',
        'in',
        messages.map((m) => m.id),
      )
      .execute();
    expect(new Set(messageKeys.map((k) => k.message_id)).size).toBe(2);
    // And one more purge, with nothing expired, deletes nothing.
    expect(nothing(await purge(line))).toMatchObject({ messages: 0, notes: 0, calls: 0, conversations: 0 });
  });
});
