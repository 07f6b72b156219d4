import { existsSync, readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { readContents } from '../../src/backup/contents';
import { openRecordText, sealRecord } from '../../src/crypto/e2e';
import { enrolledTeam, type Member } from '../../src/notes/test-fixtures';
import type { MyShiftNotesView } from '../../src/rota/briefing/notes/schema';
import { rotaDepsOf } from '../../src/rota/deps';
import { sweepRota } from '../../src/rota/sweep';
import { filesContaining, postgresRowsText } from '../support/canary';
import { DB_KINDS } from '../support/databases';
import { startTestKith, type TestKith } from '../support/kith';

/** Planted in a shift note. If any form of it turns up on the server, in an answer or a backup, the server saw plaintext. */
const CANARY = 'Canary-S3 willow-kestrel-doorbell 5521';

function forms(text: string): string[] {
  const bytes = Buffer.from(text, 'utf8');
  return [text, text.toLowerCase(), bytes.toString('base64'), bytes.toString('base64url'), bytes.toString('hex')];
}

describe.each(DB_KINDS)('a shift note’s words are kept nowhere in clear (%s)', (kind) => {
  let t: TestKith;
  afterEach(async () => t?.stop());

  it('written, read, refused when careless, swept: the canary is in no log, file (WAL included), row, answer or backup', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const { token, ana, ben } = await enrolledTeam(t);
    for (const who of [ana, ben]) {
      const made = await t.api(
        'POST',
        '/api/shifts/overrides',
        {
          responderId: who.id,
          kind: 'on',
          role: 'phone',
          tier: 'primary',
          start: '2026-11-23T08:00',
          end: '2026-11-23T18:00',
        },
        token,
      );
      expect(made.status).toBe(201);
    }
    const answers: string[] = [];
    const call = async <T>(who: Member, method: string, path: string, body?: unknown) => {
      const result = await who.browser.request<T>(method, path, body);
      answers.push(JSON.stringify(result.body ?? null));
      return result;
    };
    const shift = (await call<MyShiftNotesView>(ana, 'GET', '/api/me/shift-notes')).body.windows[0];
    expect(shift?.readers).toHaveLength(2);
    if (!shift) return;
    const record = sealRecord({ recordId: randomUUID(), plaintext: CANARY, readers: [ana.identity, ben.identity] });
    const window = { start: shift.start, end: shift.end };
    expect((await call(ana, 'POST', '/api/me/shift-notes', { id: record.recordId, window, record })).status).toBe(201);
    const bens = await call<MyShiftNotesView>(ben, 'GET', '/api/me/shift-notes');
    expect(openRecordText(bens.body.notes[0]?.record ?? record, ben.identity)).toBe(CANARY); // it really is the canary, sealed
    // A buggy console sending the words in clear beside the record, or as its id, is refused without echoing them.
    const careless = await call(ana, 'POST', '/api/me/shift-notes', { id: randomUUID(), window, record, text: CANARY });
    expect(careless.status).toBe(422);
    const asId = await call(ana, 'POST', '/api/me/shift-notes', {
      id: CANARY,
      window,
      record: { ...record, recordId: CANARY },
    });
    expect(asId.status).toBe(422);
    expect(answers.join('\n')).toContain(record.recordId); // the scan does see the answers

    const needles = forms(CANARY);
    const backup = JSON.stringify(await readContents(t.kith.ctx.db.kysely, t.clock.now()));
    expect(backup).toContain('Test Line'); // the scan does see the backup
    // Not the words, and not the sealed note either: shift notes are left out of backups.
    for (const needle of [...needles, record.recordId, record.ciphertext]) expect(backup).not.toContain(needle);
    for (const needle of needles) expect(answers.join('\n')).not.toContain(needle);
    const log = readFileSync(t.logFile, 'utf8');
    expect(log).toContain('/api/me/shift-notes'); // requests were logged, by route
    for (const needle of needles) expect(log).not.toContain(needle);

    const scan = async () => {
      if (kind === 'sqlite') {
        expect(existsSync(`${t.storage.dataDir}/kith.db-wal`)).toBe(true);
        for (const needle of needles) expect(filesContaining(t.storage.dataDir, [needle])).toEqual([]);
        await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(t.kith.ctx.db.kysely);
        expect(filesContaining(t.storage.dataDir, needles)).toEqual([]);
      } else if (t.storage.pgSchema) {
        const rows = await postgresRowsText(t.storage.pgSchema);
        for (const needle of needles) expect(rows).not.toContain(needle);
        expect(filesContaining(t.storage.dataDir, needles)).toEqual([]); // the log and key file
      }
    };
    if (kind === 'sqlite') expect(filesContaining(t.storage.dataDir, [record.recordId]).length).toBeGreaterThan(0);
    else if (t.storage.pgSchema) expect(await postgresRowsText(t.storage.pgSchema)).toContain(record.recordId);
    await scan();

    // At the shift's end the sweep deletes it: not even the sealed form stays in the database files.
    t.clock.set(shift.end);
    expect((await sweepRota(rotaDepsOf(t.kith.ctx))).shiftNotes).toBe(1);
    await scan();
    if (kind === 'sqlite') expect(filesContaining(t.storage.dataDir, [record.ciphertext])).toEqual([]);
    else if (t.storage.pgSchema) expect(await postgresRowsText(t.storage.pgSchema)).not.toContain(record.recordId);
  });
});
