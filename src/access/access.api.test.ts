import { afterEach, describe, expect, it } from 'vitest';
import { shareRecord } from '../crypto/e2e';
import { DB_KINDS } from '../../test/support/databases';
import { startTestKith, type TestKith } from '../../test/support/kith';
import { enrolledTeam, otherProgram, sealNote, type Member } from '../notes/test-fixtures';

interface Entry {
  responderId: string;
  name: string | null;
  openedAt: number;
}

const MINUTE = 60_000;

async function rows(t: TestKith) {
  return t.kith.ctx.db.kysely.selectFrom('access_records').selectAll().orderBy('opened_at').execute();
}

async function writeNote(author: Member): Promise<string> {
  const record = sealNote(author.identity, 'placeholder words');
  const created = await author.browser.request('POST', '/api/notes', { id: record.recordId, callId: null, record });
  expect(created.status).toBe(201);
  return record.recordId;
}

describe.each(DB_KINDS)('access records of notes (%s)', (kind) => {
  let t: TestKith;
  afterEach(async () => t?.stop());

  it('opening a note is recorded once per ten minutes per reader; writing, listing and a 404 are not', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const { ana, ben, programId } = await enrolledTeam(t);
    const id = await writeNote(ana);
    expect((await ana.browser.request('GET', '/api/notes')).status).toBe(200);
    expect(await rows(t)).toEqual([]);

    const opened = t.clock.now();
    expect((await ana.browser.request('GET', `/api/notes/${id}`)).status).toBe(200);
    // Only who, which record and when: nothing else is in the row.
    expect(await rows(t)).toEqual([
      {
        id: expect.stringMatching(/^acc_/),
        program_id: programId,
        record_kind: 'note',
        record_id: id,
        responder_id: ana.id,
        opened_at: opened,
      },
    ]);

    // Refetches within the window are the same opening.
    t.clock.advance(9 * MINUTE);
    await ana.browser.request('GET', `/api/notes/${id}`);
    t.clock.advance(MINUTE - 1);
    await ana.browser.request('GET', `/api/notes/${id}`);
    expect(await rows(t)).toHaveLength(1);
    // Ten minutes after the recorded one, it is a new opening.
    t.clock.advance(1);
    await ana.browser.request('GET', `/api/notes/${id}`);
    expect((await rows(t)).map((r) => r.opened_at)).toEqual([opened, opened + 10 * MINUTE]);

    // A non-reader's "not found" is no access, nor is a note that does not exist.
    expect((await ben.browser.request('GET', `/api/notes/${id}`)).status).toBe(404);
    expect((await ana.browser.request('GET', '/api/notes/note_AAAAAAAAAAAAAAAA')).status).toBe(404);
    expect(await rows(t)).toHaveLength(2);
  });

  it('shows who opened it, by name and time, to its readers and the coordinator; 404 to anyone else', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const { ana, ben, coordinator, token } = await enrolledTeam(t);
    const record = sealNote(ana.identity, 'placeholder words');
    await ana.browser.request('POST', '/api/notes', { id: record.recordId, callId: null, record });
    const id = record.recordId;
    const anaOpened = t.clock.now();
    await ana.browser.request('GET', `/api/notes/${id}`);
    const path = `/api/access/note/${id}`;

    // Ben is not a reader yet: no list for him, the same answer as for no such note.
    expect((await ben.browser.request('GET', path)).status).toBe(404);
    expect((await ben.browser.request('GET', '/api/access/note/note_AAAAAAAAAAAAAAAA')).status).toBe(404);

    t.clock.advance(MINUTE);
    const shared = await ana.browser.request('POST', `/api/notes/${id}/readers`, {
      responderId: ben.id,
      sealedKey: shareRecord(record, ana.identity, ben.identity).keys[1],
    });
    expect(shared.status).toBe(201);
    const benOpened = t.clock.now();
    await ben.browser.request('GET', `/api/notes/${id}`);

    const expected: Entry[] = [
      { responderId: ben.id, name: 'Ben', openedAt: benOpened },
      { responderId: ana.id, name: 'Ana', openedAt: anaOpened },
    ];
    for (const reader of [ana.browser, ben.browser, coordinator.browser]) {
      const list = await reader.request<Entry[]>('GET', path);
      expect(list.status).toBe(200);
      expect(list.headers.get('cache-control')).toBe('no-store');
      expect(list.body).toEqual(expected);
    }
    expect((await t.api<Entry[]>('GET', path, undefined, token)).body).toEqual(expected);
    // The coordinator's review is not itself an opening of the note.
    expect(await rows(t)).toHaveLength(2);

    // Another program's coordinator and responder see nothing; nor does a kind that is not one.
    const other = await otherProgram(t);
    expect((await t.api('GET', path, undefined, other.token)).status).toBe(404);
    expect((await other.zed.browser.request('GET', path)).status).toBe(404);
    expect((await ana.browser.request('GET', `/api/access/call/${id}`)).status).toBe(422);

    const doc = await t.api<{ paths: Record<string, Record<string, { tags?: string[] }>> }>('GET', '/api/openapi.json');
    expect(doc.body.paths['/api/access/{kind}/{id}']?.get?.tags).toEqual(['access records']);
  });

  it('removing the author from the roster takes their notes and the notes’ access records together', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const { ana, ben, token } = await enrolledTeam(t);
    const anas = await writeNote(ana);
    const bens = await writeNote(ben);
    await ana.browser.request('GET', `/api/notes/${anas}`);
    await ben.browser.request('GET', `/api/notes/${bens}`);
    expect((await t.api('DELETE', `/api/responders/${ana.id}`, undefined, token)).status).toBe(204);
    expect((await rows(t)).map((r) => r.record_id)).toEqual([bens]);
  });
});
