import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Holdings } from '../../src/cli/client';
import { sealNote, type ErrorBody } from '../../src/notes/test-fixtures';
import { RETENTION_CLASSES } from '../../src/retention/classes';
import { numberForms } from '../support/canary';
import { DB_KINDS } from '../support/databases';
import { insertBlock, insertEndedCall } from '../support/records';
import type { Line } from '../support/line';
import { aliasIn, converse, startWithAna, sweep } from '../support/texting';

/** Fictional numbers (555-01xx); the texts are placeholders. */
const PERSON = '+12025550187';
const OTHER_PERSON = '+12025550164';
const ANA = '+12025550111';
const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;

type Item = Holdings['items'][number];

async function holdings(line: Line, body: { number?: string } = {}, token = line.token) {
  return line.t.api<Holdings>('POST', '/api/holdings', body, token);
}

async function ok(line: Line, body: { number?: string } = {}): Promise<Holdings> {
  const result = await holdings(line, body);
  expect(result.status, JSON.stringify(result.body)).toBe(200);
  return result.body;
}

/** The item whose first table is `table`. */
function itemFor(h: Holdings, table: string): Item {
  const found = h.items.find((i) => i.tables[0]?.table === table);
  if (!found) throw new Error(`no item for ${table}`);
  return found;
}

async function rows(
  line: Line,
  table: 'conversation_messages' | 'message_readers' | 'note_readers' | 'access_records',
): Promise<number> {
  const row = await line.t.kith.ctx.db.kysely
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function theConversation(line: Line) {
  return line.t.kith.ctx.db.kysely.selectFrom('conversations').selectAll().executeTakeFirstOrThrow();
}

function expectNoNumber(text: string, e164: string): void {
  for (const form of numberForms(e164)) expect(text, `a form of the canary number: ${form}`).not.toContain(form);
}

describe.each(DB_KINDS)('what we hold (%s)', (kind) => {
  let line: Line | undefined;
  afterEach(async () => {
    await line?.stop();
    line = undefined;
  });

  it('lists every class for the program, with counts and expiries that match what was stored', async () => {
    const started = await startWithAna(kind, ANA);
    line = started.line;
    await converse(line, PERSON, ANA, true);
    const record = sealNote(started.ana.identity, 'placeholder note');
    expect(
      (await started.ana.browser.request('POST', '/api/notes', { id: record.recordId, callId: null, record })).status,
    ).toBe(201);
    const db = line.t.kith.ctx.db.kysely;
    const now = line.clock.now();
    await insertEndedCall(line, line.ids.Ana ?? '');
    await insertBlock(line);
    const conversation = await theConversation(line);
    const note = await db.selectFrom('notes').select('updated_at').executeTakeFirstOrThrow();
    const closedAt = conversation.closed_at ?? 0;

    const h = await ok(line);
    expect(h).toMatchObject({
      scope: 'program',
      programName: 'Northside Care Line',
      timeZone: 'America/New_York',
      nothingLinked: null,
      at: line.clock.now(),
    });

    // Who wrote: kept for the grace (4 hours) after closing.
    expect(itemFor(h, 'conversations.sender_index')).toMatchObject({
      class: 'liveContact',
      count: 1,
      waiting: 0,
      oldestExpiresAt: closedAt + 4 * HOUR,
      newestExpiresAt: closedAt + 4 * HOUR,
    });
    expect(conversation.erase_after).toBe(closedAt + 4 * HOUR);
    expect(itemFor(h, 'sender_keys')).toMatchObject({ count: 1, waiting: 0 });
    // Words: 30 days after closing (messages) or last change (notes).
    const messages = await rows(line, 'conversation_messages');
    expect(messages).toBeGreaterThan(0);
    expect(itemFor(h, 'conversation_messages')).toMatchObject({
      class: 'words',
      count: messages,
      waiting: 0,
      oldestExpiresAt: closedAt + 30 * DAY,
      newestExpiresAt: closedAt + 30 * DAY,
    });
    expect(itemFor(h, 'message_readers')).toMatchObject({
      count: await rows(line, 'message_readers'),
      oldestExpiresAt: closedAt + 30 * DAY,
    });
    expect(itemFor(h, 'notes')).toMatchObject({
      count: 1,
      oldestExpiresAt: note.updated_at + 30 * DAY,
      newestExpiresAt: note.updated_at + 30 * DAY,
    });
    expect(itemFor(h, 'note_readers')).toMatchObject({
      count: await rows(line, 'note_readers'),
      oldestExpiresAt: note.updated_at + 30 * DAY,
    });
    expect(itemFor(h, 'access_records').count).toBe(await rows(line, 'access_records'));
    // Evaluation: 180 days after closing or ending.
    expect(itemFor(h, 'conversations')).toMatchObject({
      class: 'evaluation',
      count: 1,
      waiting: 0,
      oldestExpiresAt: closedAt + 180 * DAY,
    });
    expect(itemFor(h, 'calls')).toMatchObject({
      class: 'evaluation',
      count: 1,
      waiting: 0,
      oldestExpiresAt: now + 180 * DAY,
      newestExpiresAt: now + 180 * DAY,
    });
    expect(itemFor(h, 'call_legs')).toMatchObject({ count: 1, oldestExpiresAt: now + 180 * DAY });
    expect(itemFor(h, 'blocked_senders')).toMatchObject({ class: 'blocks', count: 1, oldestExpiresAt: now + 90 * DAY });
    expect(itemFor(h, 'sms_opt_outs')).toMatchObject({ class: 'optOuts', count: 0 });
    // The team and the program: one line each, marked as not about callers.
    expect(itemFor(h, 'responders')).toMatchObject({ class: 'team', about: 'team' });
    expect(itemFor(h, 'responders').tables.find((t) => t.table === 'responders')?.count).toBe(2);
    expect(itemFor(h, 'sessions')).toMatchObject({ class: 'signIn', about: 'team' });
    expect(itemFor(h, 'programs')).toMatchObject({ class: 'program', about: 'program', count: 1 });
    expect(h.remarks.join(' ')).toContain('Kith keeps no number for calls');

    // Every table in every retention class is accounted for.
    const listed = new Set(h.items.flatMap((i) => i.tables.map((t) => t.table)));
    for (const [name, cls] of Object.entries(RETENTION_CLASSES)) {
      for (const table of cls.tables) expect(listed.has(table), `${name}: ${table}`).toBe(true);
    }
    expect(JSON.stringify(h)).not.toContain('placeholder');
  });

  it('with a number: the open conversation and its words, the erase time once closed, then nothing after the grace', async () => {
    const started = await startWithAna(kind, ANA);
    line = started.line;
    await converse(line, PERSON, ANA, false);

    // Any usual form of the number finds the same conversation.
    for (const form of [PERSON, '(202) 555-0187', '202-555-0187', '2025550187']) {
      const open = await ok(line, { number: form });
      expect(open.scope).toBe('number');
      expect(open.nothingLinked).toBe(false);
      expect(itemFor(open, 'conversations.sender_index')).toMatchObject({
        count: 1,
        waiting: 1,
        oldestExpiresAt: null,
        until: 'while the conversation is open, then 4 hours',
      });
      const messages = await rows(line, 'conversation_messages');
      expect(itemFor(open, 'conversation_messages')).toMatchObject({ count: messages, waiting: messages });
      expect(itemFor(open, 'sender_keys').count).toBe(1);
    }
    // Another number is linked to nothing.
    expect((await ok(line, { number: OTHER_PERSON })).nothingLinked).toBe(true);

    line.sim.phone(ANA).text(`${aliasIn(line, ANA)} done`);
    await line.sim.runUntilIdle();
    const closedAt = (await theConversation(line)).closed_at ?? 0;
    const closed = await ok(line, { number: PERSON });
    expect(itemFor(closed, 'conversations.sender_index')).toMatchObject({
      count: 1,
      waiting: 0,
      oldestExpiresAt: closedAt + 4 * HOUR,
      newestExpiresAt: closedAt + 4 * HOUR,
    });
    expect(itemFor(closed, 'conversation_messages')).toMatchObject({
      waiting: 0,
      oldestExpiresAt: closedAt + 30 * DAY,
    });

    // Within the grace the sweep erases nothing; after it, the number is gone and with it every link.
    line.clock.advance(closedAt + 4 * HOUR - 60_000 - line.clock.now());
    await sweep(line);
    expect((await ok(line, { number: PERSON })).nothingLinked).toBe(false);
    line.clock.advance(2 * 60_000);
    expect((await sweep(line)).erased).toBe(1);
    const after = await ok(line, { number: PERSON });
    expect(after).toMatchObject({ scope: 'number', nothingLinked: true, items: [], classes: [] });
    // The words are still held (their own period), but no longer linked to anyone.
    expect(itemFor(await ok(line), 'conversation_messages').count).toBeGreaterThan(0);

    const log = readFileSync(line.t.logFile, 'utf8');
    expect(log).toContain('"route":"/api/holdings"');
    expectNoNumber(log, PERSON);
  });

  it('lists an opt-out for a number that texted STOP, after the grace too, and says why', async () => {
    const started = await startWithAna(kind, ANA);
    line = started.line;
    line.sim.phone(OTHER_PERSON).text('STOP');
    await line.sim.runUntilIdle();
    line.clock.advance(5 * HOUR);
    await sweep(line);
    const h = await ok(line, { number: OTHER_PERSON });
    expect(h.nothingLinked).toBe(false);
    expect(h.items.map((i) => i.class)).toEqual(['optOuts']);
    expect(itemFor(h, 'sms_opt_outs')).toMatchObject({ count: 1, waiting: 1, until: 'until the person texts START' });
    expect(h.remarks.join(' ')).toContain('keyed hash of the number');
    expect(itemFor(await ok(line), 'sms_opt_outs').count).toBe(1);
  });

  it('refuses an invalid number naming /number without repeating it, and is for coordinators only', async () => {
    const started = await startWithAna(kind, ANA);
    line = started.line;
    const bad = await line.t.api<ErrorBody>('POST', '/api/holdings', { number: '202 555 01' }, line.token);
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields).toEqual([
      { field: '/number', message: expect.stringContaining('is not a valid phone number for US') },
    ]);
    expect(JSON.stringify(bad.body)).not.toMatch(/202 ?555 ?01/);
    expect((await line.t.api<ErrorBody>('POST', '/api/holdings', { number: 42 }, line.token)).status).toBe(422);

    // A responder who is not a coordinator sees no such API; no credentials, a 401.
    const asAna = await started.ana.browser.request<ErrorBody>('POST', '/api/holdings', {});
    expect(asAna.status).toBe(404);
    expect((await line.t.api('POST', '/api/holdings', {})).status).toBe(401);
    // The number never travels in a URL: there is no GET.
    expect(
      (await line.t.api('GET', `/api/holdings?number=${encodeURIComponent(PERSON)}`, undefined, line.token)).status,
    ).toBe(404);
  });
});
