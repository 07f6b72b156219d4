import { existsSync, readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { generateIdentity, openRecordText, ready, type SealedRecord } from '../../src/crypto/e2e';
import { enrol } from '../../src/notes/test-fixtures';
import { filesContaining, numberForms, postgresRowsText } from '../support/canary';
import { DB_KINDS } from '../support/databases';
import { everyRow, stringsIn } from '../support/db-dump';
import { startLine, type Line } from '../support/line';
import { aliasIn, bodies, sweep } from '../support/texting';

/** Planted in texts both ways; if any form of it rests anywhere on the server, a promise is broken. */
const PERSON = '+12025550187';
const WORDS_IN = 'Canary-T3 saffron-walrus-kettle 5521';
const WORDS_OUT = 'Canary-T4 cobalt-finch-meadow 8830';
const ANA = '+12025550111';
const HOUR = 60 * 60_000;

function wordForms(text: string): string[] {
  const bytes = Buffer.from(text, 'utf8');
  return [text, text.toLowerCase(), bytes.toString('base64'), bytes.toString('base64url'), bytes.toString('hex')];
}

async function everythingStored(line: Line): Promise<string[]> {
  const found = [readFileSync(line.t.logFile, 'utf8')];
  if (line.t.kind === 'sqlite') {
    expect(existsSync(`${line.t.storage.dataDir}/kith.db-wal`)).toBe(true);
  } else if (line.t.storage.pgSchema) {
    found.push(await postgresRowsText(line.t.storage.pgSchema));
  }
  return found;
}

describe.each(DB_KINDS)('texting keeps no number and no words in clear (%s)', (kind) => {
  let line: Line;
  afterEach(async () => {
    await line?.stop();
  });

  it('the words are sealed to the on-call responder, the number is erased after the grace, and its key is deleted a day later', async () => {
    line = await startLine(kind, { program: { texting: { numberGraceHours: 2 } } });
    await line.addResponder({ name: 'Ana', phone: ANA, tier: 'primary' });
    const ana = await enrol(line.t, line.token, line.ids.Ana ?? '', 'ana');
    const person = line.sim.phone(PERSON);
    person.text(WORDS_IN);
    await line.sim.runUntilIdle();
    const alias = aliasIn(line, ANA);
    line.sim.phone(ANA).text(`${alias} ${WORDS_OUT}`);
    await line.sim.runUntilIdle();
    expect(bodies(line, PERSON).at(-1)).toBe(WORDS_OUT);

    // Ana's key opens both directions; nothing the server holds does.
    const [summary] = (await ana.browser.request<{ id: string }[]>('GET', '/api/conversations')).body;
    const thread = (
      await ana.browser.request<{ thread: { direction: string; record: SealedRecord | null }[] }>(
        'GET',
        `/api/conversations/${summary?.id}`,
      )
    ).body.thread;
    await ready();
    expect(thread.map((m) => (m.record ? openRecordText(m.record, ana.identity) : null))).toEqual([
      WORDS_IN,
      WORDS_OUT,
    ]);
    const stranger = generateIdentity();
    expect(() => openRecordText(thread[0]?.record as SealedRecord, stranger)).toThrow();
    // Every 32-byte value the server stores, tried as a key: none opens the words.
    const rows = await everyRow(line.t);
    const candidates = stringsIn(rows).filter(
      (s) => Buffer.from(s, 'base64').length === 32 || Buffer.from(s, 'base64url').length === 32,
    );
    expect(candidates.length).toBeGreaterThan(0); // public keys at least: the loop below does try something
    for (const candidate of candidates) {
      for (const bytes of [Buffer.from(candidate, 'base64'), Buffer.from(candidate, 'base64url')]) {
        if (bytes.length !== 32) continue;
        expect(() =>
          openRecordText(thread[0]?.record as SealedRecord, { ...stranger, secretKey: new Uint8Array(bytes) }),
        ).toThrow();
      }
    }

    const numberNeedles = numberForms(PERSON);
    const wordNeedles = [...wordForms(WORDS_IN), ...wordForms(WORDS_OUT)];
    const scan = async () => {
      const stored = (await everythingStored(line)).join('\n');
      for (const needle of [...numberNeedles, ...wordNeedles]) expect(stored).not.toContain(needle);
      expect(filesContaining(line.t.storage.dataDir, [...numberNeedles, ...wordNeedles])).toEqual([]);
    };
    await scan();

    // Closed; within the grace the sealed number is still there (a late reply can be answered)…
    line.sim.phone(ANA).text(`${alias} done`);
    await line.sim.runUntilIdle();
    const db = line.t.kith.ctx.db.kysely;
    const held = await db
      .selectFrom('conversations')
      .select(['sender_sealed', 'sender_index', 'sender_key_id'])
      .executeTakeFirstOrThrow();
    expect(held.sender_sealed).not.toBeNull();
    line.clock.advance(HOUR);
    expect((await sweep(line)).erased).toBe(0);
    // …and once it has passed, it is gone, as is what found their conversation.
    line.clock.advance(HOUR + 1);
    expect((await sweep(line)).erased).toBe(1);
    const erased = await db
      .selectFrom('conversations')
      .select(['sender_sealed', 'sender_index', 'sender_key_id', 'alias', 'inbound_count', 'outbound_count'])
      .executeTakeFirstOrThrow();
    expect(erased).toMatchObject({
      sender_sealed: null,
      sender_index: null,
      sender_key_id: null,
      inbound_count: 1,
      outbound_count: 1,
    });
    // The day's sender key outlives no day: once nothing needs it, it is deleted, and with it every backup's copy of the number.
    expect(await db.selectFrom('sender_keys').selectAll().execute()).toHaveLength(1);
    line.clock.advance(24 * HOUR);
    expect((await sweep(line)).keysRetired).toBe(1);
    expect(await db.selectFrom('sender_keys').selectAll().execute()).toHaveLength(0);
    if (kind === 'sqlite') await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
    await scan();
    // The provider keeps no copy either: each text was deleted there once its status was final.
    expect(line.sim.messages.filter((m) => m.body.includes('Canary'))).toEqual([]);
    expect(line.sim.errors).toEqual([]);
  });
});
