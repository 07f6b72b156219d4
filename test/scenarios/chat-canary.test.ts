import { existsSync, readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { chatConversations, onCallMember, readAs, replyAs, Visitor } from '../../src/chat/test-fixtures';
import { filesContaining, postgresRowsText } from '../support/canary';
import { DB_KINDS } from '../support/databases';
import { everyRow, stringsIn } from '../support/db-dump';
import { startLine, type Line } from '../support/line';

/** Planted in chats. If any form of one turns up in a log line or the database, the server kept plaintext. */
const WITHOUT_JS = 'Canary-C1 saffron-walrus-kettle 5521';
const WITH_JS = 'Canary-C2 cobalt-finch-lantern 8830';
/** Sent by the page's script before libsodium arrived: sealed by the server, as without JavaScript. */
const EARLY = 'Canary-C4 amber-heron-spindle 6147';
const REPLY = 'Canary-C3 amber-otter-teacup 1174';

function forms(text: string): string[] {
  const bytes = Buffer.from(text, 'utf8');
  return [
    text,
    text.toLowerCase(),
    encodeURIComponent(text),
    new URLSearchParams({ m: text }).toString().slice(2),
    bytes.toString('base64'),
    bytes.toString('base64url'),
    bytes.toString('hex'),
  ];
}

describe.each(DB_KINDS)('a chat’s words are kept nowhere in clear (%s)', (kind) => {
  let line: Line;
  afterEach(async () => line?.stop());

  it('with and without JavaScript, and a reply, the canaries are in no log line, row or database file', async () => {
    line = await startLine(kind);
    const ana = await onCallMember(line, 'Ana', '+12025550111');
    const plain = new Visitor(line.t.url);
    await plain.open();
    expect((await plain.postForm(WITHOUT_JS)).status).toBe(303);
    const scripted = new Visitor(line.t.url);
    await scripted.open();
    expect((await scripted.postSealed(WITH_JS)).status).toBe(201);
    const early = new Visitor(line.t.url);
    await early.open();
    expect((await early.postEarly(EARLY)).status).toBe(201);
    // A refused post (too long) is not logged either.
    expect((await plain.postForm(`${WITHOUT_JS} ${'x'.repeat(2100)}`)).status).toBe(422);
    await line.sim.runUntilIdle();

    const conversations = await chatConversations(ana);
    expect(conversations).toHaveLength(3);
    const read = (await Promise.all(conversations.map((c) => readAs(ana, c.id)))).flat();
    expect(read.sort()).toEqual([WITH_JS, WITHOUT_JS, EARLY].sort()); // they really are the canaries, sealed
    for (const c of conversations) expect(await replyAs(ana, c.id, REPLY)).toBe(201);
    expect((await plain.open()).text).toContain(REPLY); // opened for the cookie that holds the key
    expect(await scripted.words()).toEqual([WITH_JS, REPLY]);
    expect(await early.words()).toEqual([EARLY, REPLY]);
    // The scripted visitor's words left their "browser" only sealed.
    for (const needle of forms(WITH_JS)) expect(scripted.sent.join('\n')).not.toContain(needle);

    const needles = [...forms(WITHOUT_JS), ...forms(WITH_JS), ...forms(EARLY), ...forms(REPLY)];
    const log = readFileSync(line.t.logFile, 'utf8');
    expect(log).toContain('/chat/messages'); // requests were logged, by route pattern
    for (const needle of needles) expect(log).not.toContain(needle);
    const rows = stringsIn(await everyRow(line.t)).join('\n');
    expect(rows).toContain(conversations[0]?.id ?? 'missing');
    for (const needle of needles) expect(rows).not.toContain(needle);

    const { storage } = line.t;
    if (kind === 'sqlite') {
      expect(existsSync(`${storage.dataDir}/kith.db-wal`)).toBe(true);
      expect(filesContaining(storage.dataDir, [conversations[0]?.id ?? 'missing']).length).toBeGreaterThan(0); // the scan sees what is stored
      expect(filesContaining(storage.dataDir, needles)).toEqual([]);
      await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(line.t.kith.ctx.db.kysely);
      expect(filesContaining(storage.dataDir, needles)).toEqual([]);
    } else if (storage.pgSchema) {
      const text = await postgresRowsText(storage.pgSchema);
      expect(text).toContain(conversations[0]?.id ?? 'missing');
      for (const needle of needles) expect(text).not.toContain(needle);
      expect(filesContaining(storage.dataDir, needles)).toEqual([]); // the log and key file
    }
  });
});
