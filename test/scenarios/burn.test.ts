import { statSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { cliHarness } from '../../src/cli/harness';
import { enrol, identityOf, sealNote, type ErrorBody, type Member } from '../../src/notes/test-fixtures';
import { acceptBody, Browser, makeEnrolment } from '../support/console-client';
import { DB_KINDS } from '../support/databases';
import { COMMUNITY_NUMBER, startLine, type Line } from '../support/line';
import { converse } from '../support/texting';

/** Fictional numbers; the words are placeholders. */
const PERSON = '+12025550187';
const OTHER_PERSON = '+12025550188';
const CALLER = '+12025550190';
const ANA = '+12025550111';

const SEALED_TABLES = [
  'credentials',
  'sessions',
  'notes',
  'note_readers',
  'conversation_messages',
  'message_readers',
  'sender_keys',
  'blocked_senders',
] as const;

async function counts(line: Line): Promise<Record<string, number>> {
  const db = line.t.kith.ctx.db.kysely;
  const out: Record<string, number> = {};
  for (const table of SEALED_TABLES)
    out[table] = Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return out;
}

async function heldNumbers(line: Line): Promise<number> {
  const row = await line.t.kith.ctx.db.kysely
    .selectFrom('conversations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where((eb) =>
      eb.or([
        eb('sender_index', 'is not', null),
        eb('sender_sealed', 'is not', null),
        eb('sender_key_id', 'is not', null),
      ]),
    )
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A line with Ana (phone and coordinator) enrolled, one open and one closed conversation, a note and a block. */
async function busyLine(kind: (typeof DB_KINDS)[number]): Promise<{ line: Line; ana: Member }> {
  const line = await startLine(kind);
  await line.addResponder({ name: 'Ana', phone: ANA, tier: 'primary', roles: ['phone', 'coordinator'] });
  const ana = await enrol(line.t, line.token, line.ids.Ana ?? '', 'ana');
  for (const person of [OTHER_PERSON, PERSON]) await converse(line, person, ANA, false);
  // The first conversation closes (its number is kept for the grace); the second stays open.
  const closing = await line.t.kith.ctx.db.kysely
    .selectFrom('conversations')
    .select('alias')
    .orderBy('opened_at')
    .limit(1)
    .executeTakeFirstOrThrow();
  line.sim.phone(ANA).text(`${closing.alias} done`);
  await line.sim.runUntilIdle();
  const record = sealNote(ana.identity, 'placeholder note');
  expect((await ana.browser.request('POST', '/api/notes', { id: record.recordId, callId: null, record })).status).toBe(
    201,
  );
  await line.t.kith.ctx.db.kysely
    .insertInto('blocked_senders')
    .values({
      program_id: line.programId,
      sender_index: 'a-keyed-hash',
      channel: 'sms',
      blocked_by: null,
      created_at: line.clock.now(),
    })
    .execute();
  return { line, ana };
}

interface BurnAnswer {
  burntAt: number;
  inviteUrl: string;
  inviteExpiresAt: number;
  destroyed: Record<string, number>;
}

describe.each(DB_KINDS)('burn (%s)', (kind) => {
  let line: Line | undefined;
  afterEach(async () => {
    await line?.stop();
    line = undefined;
  });

  it('refuses without the program’s exact name, and then changes nothing', async () => {
    const started = await busyLine(kind);
    line = started.line;
    const before = await counts(line);
    const refused = await started.ana.browser.request<ErrorBody>('POST', '/api/program/burn', {
      confirm: 'northside care line',
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.fields?.[0]?.field).toBe('/confirm');
    expect(refused.body.error.message).toContain('program’s name exactly');
    expect(await counts(line)).toEqual(before);
    expect(await heldNumbers(line)).toBe(2);
  });

  it('destroys every key, every sealed word and every number at once; the line keeps answering; the team joins again', async () => {
    const started = await busyLine(kind);
    line = started.line;
    const before = await counts(line);
    for (const table of SEALED_TABLES) expect(before[table], table).toBeGreaterThan(0);

    const burnt = await started.ana.browser.request<BurnAnswer>('POST', '/api/program/burn', {
      confirm: 'Northside Care Line',
    });
    expect(burnt.status).toBe(200);
    expect(burnt.body.destroyed).toMatchObject({
      signIns: 1,
      notes: 1,
      messages: before.conversation_messages,
      conversationsClosed: 1,
      numbersErased: 2,
      blocks: 1,
    });
    expect(await counts(line)).toEqual(Object.fromEntries(SEALED_TABLES.map((t) => [t, 0])));
    expect(await heldNumbers(line)).toBe(0);
    const states = await line.t.kith.ctx.db.kysely
      .selectFrom('conversations')
      .select(['state', 'outcome', 'person_public_key'])
      .execute();
    expect(states.every((c) => c.state === 'closed' && c.person_public_key === null)).toBe(true);
    expect(states.map((c) => c.outcome)).toContain('burnt');
    if (kind === 'sqlite') expect(statSync(`${line.t.storage.dataDir}/kith.db-wal`).size).toBe(0);

    // Ana's own session went with her key.
    expect((await started.ana.browser.request('GET', '/api/notes')).status).toBe(401);

    // The line keeps answering: a call rings Ana, a text opens a new conversation and alerts her.
    line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER });
    await line.sim.runUntilIdle();
    expect(line.sim.errors).toEqual([]);
    expect(line.sim.phoneLog(ANA)).toHaveLength(1);
    const alertsBefore = line.sim.inbox(ANA).length;
    line.sim.phone(PERSON).text('placeholder three');
    await line.sim.runUntilIdle();
    expect(line.sim.inbox(ANA).length).toBeGreaterThan(alertsBefore);
    expect(await heldNumbers(line)).toBe(1);

    // The link in the answer brings Ana back with a new key, and she can write notes again.
    const enrolment = await makeEnrolment('ana', 'ana has a brand new passphrase today');
    const browser = new Browser(line.t.url);
    const token = decodeURIComponent(new URL(burnt.body.inviteUrl).hash.replace('#invite=', ''));
    expect((await browser.request('POST', '/api/invites/accept', acceptBody(token, enrolment))).status).toBe(201);
    const again = await enrol(line.t, line.token, line.ids.Ana ?? '', 'ana2').catch((error: unknown) => error);
    expect(again).toBeInstanceOf(Error); // already set up: the burn's invite was the way back in
    const record = sealNote(await identityOf(enrolment), 'placeholder after');
    expect((await browser.request('POST', '/api/notes', { id: record.recordId, callId: null, record })).status).toBe(
      201,
    );
  });

  it('kith burn asks for the name, then burns and prints the way back in', async () => {
    const started = await busyLine(kind);
    line = started.line;
    const cli = cliHarness({ KITH_URL: line.t.url, KITH_TOKEN: line.token });
    try {
      const unconfirmed = await cli.run('burn');
      expect(unconfirmed.code).toBe(2);
      expect(unconfirmed.stderr).toContain('--confirm');
      expect(await heldNumbers(line)).toBe(2);
      const wrong = await cli.run('burn', '--confirm', 'Southside');
      expect(wrong.code).toBe(1);
      expect(await heldNumbers(line)).toBe(2);
      const done = await cli.run('burn', '--confirm', 'Northside Care Line');
      expect(done.code).toBe(0);
      expect(done.stdout).toContain('Nothing sealed can be opened any more');
      expect(done.stdout).toMatch(/\/join#invite=\S+/);
      expect(await heldNumbers(line)).toBe(0);
      for (const number of [PERSON, OTHER_PERSON]) expect(done.stdout + done.stderr).not.toContain(number.slice(2));
    } finally {
      cli.cleanup();
    }
  });

  it('one conversation burnt by its holder: its words, keys and number go at once, the person is not texted, the rest stays', async () => {
    const started = await busyLine(kind);
    line = started.line;
    const db = line.t.kith.ctx.db.kysely;
    const open = await db
      .selectFrom('conversations')
      .select(['id', 'alias'])
      .where('state', '!=', 'closed')
      .executeTakeFirstOrThrow();
    const other = await db
      .selectFrom('conversations')
      .select('id')
      .where('id', '!=', open.id)
      .executeTakeFirstOrThrow();
    const otherMessages = await db
      .selectFrom('conversation_messages')
      .select('id')
      .where('conversation_id', '=', other.id)
      .execute();
    expect((await started.ana.browser.request('GET', `/api/conversations/${open.id}`)).status).toBe(200);
    const personTexts = line.sim.inbox(PERSON).length;

    const ben = await line.addResponder({ name: 'Ben', phone: '+12025550112', roles: ['phone'] });
    const benToken = (
      await line.t.api<{ token: string }>('POST', '/api/tokens', { responderId: ben, label: 'phone' }, line.token)
    ).body.token;
    const refused = await line.t.api<ErrorBody>('POST', `/api/conversations/${open.id}/burn`, undefined, benToken);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('holds this conversation');

    const burnt = await started.ana.browser.request<{ burntAt: number }>('POST', `/api/conversations/${open.id}/burn`);
    expect(burnt.status).toBe(200);
    const row = await db.selectFrom('conversations').selectAll().where('id', '=', open.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      state: 'closed',
      outcome: 'burnt',
      sender_index: null,
      sender_sealed: null,
      sender_key_id: null,
    });
    expect(
      await db.selectFrom('conversation_messages').select('id').where('conversation_id', '=', open.id).execute(),
    ).toEqual([]);
    expect(await db.selectFrom('access_records').select('id').where('record_id', '=', open.id).execute()).toEqual([]);
    expect(
      await db.selectFrom('conversation_messages').select('id').where('conversation_id', '=', other.id).execute(),
    ).toHaveLength(otherMessages.length);
    expect(line.sim.inbox(PERSON)).toHaveLength(personTexts);
    if (kind === 'sqlite') expect(statSync(`${line.t.storage.dataDir}/kith.db-wal`).size).toBe(0);
    expect((await started.ana.browser.request('POST', '/api/conversations/cv_nothing/burn')).status).toBe(404);
  });
});
