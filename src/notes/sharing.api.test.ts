import { afterEach, describe, expect, it } from 'vitest';
import { openRecordText, shareRecord, type SealedKey } from '../crypto/e2e';
import { DB_KINDS } from '../../test/support/databases';
import { startTestKith, type TestKith } from '../../test/support/kith';
import {
  addMember,
  enrol,
  enrolledTeam,
  otherProgram,
  sealNote,
  type ErrorBody,
  type Member,
  type NoteAnswer,
} from './test-fixtures';

const fieldsOf = (body: unknown) => (body as ErrorBody).error.fields?.map((f) => f.field) ?? [];

/** What the console does to share: open my copy of the data key and seal it to the teammate's key. */
function sealedFor(note: NoteAnswer, me: Member, them: Member): SealedKey {
  const shared = shareRecord(note.record, me.identity, them.identity);
  const entry = shared.keys.find((k) => k.keyId === them.identity.keyId);
  if (!entry) throw new Error('not shared');
  return entry;
}

describe.each(DB_KINDS)('sealed notes: the directory, sharing and unsharing (%s)', (kind) => {
  let t: TestKith;
  afterEach(async () => t?.stop());

  async function withNote() {
    t = await startTestKith(kind, { cheapArgon: true });
    const team = await enrolledTeam(t);
    const record = sealNote(team.ana.identity, 'Needs a ride to the clinic on Thursday.');
    const created = await team.ana.browser.request<NoteAnswer>('POST', '/api/notes', {
      id: record.recordId,
      callId: null,
      record,
    });
    expect(created.status).toBe(201);
    return { ...team, note: created.body };
  }

  it('the directory lists active teammates with their keys, never numbers, and no one from another program', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const { token, ana, ben, coordinator } = await enrolledTeam(t);
    const dee = await addMember(t, token, 'Dee', '+12025550113'); // not enrolled yet
    const eve = await addMember(t, token, 'Eve', '+12025550114');
    await t.api('PATCH', `/api/responders/${eve}`, { status: 'paused' }, token);
    await otherProgram(t);

    const listed = await ben.browser.request<unknown[]>('GET', '/api/directory');
    expect(listed.status).toBe(200);
    expect(listed.headers.get('cache-control')).toBe('no-store');
    expect(listed.body).toEqual([
      { id: ana.id, name: 'Ana', publicKey: ana.identity.publicKey, keyId: ana.identity.keyId },
      { id: ben.id, name: 'Ben', publicKey: ben.identity.publicKey, keyId: ben.identity.keyId },
      {
        id: coordinator.id,
        name: 'Coordinator',
        publicKey: coordinator.identity.publicKey,
        keyId: coordinator.identity.keyId,
      },
      { id: dee, name: 'Dee', publicKey: null, keyId: null },
    ]);
    expect(JSON.stringify(listed.body)).not.toContain('555');
  });

  it('a reader shares with a teammate, whose own key then opens it; sharing again is a conflict', async () => {
    const { ana, ben, coordinator, note } = await withNote();
    const shared = await ana.browser.request<NoteAnswer>('POST', `/api/notes/${note.id}/readers`, {
      responderId: ben.id,
      sealedKey: sealedFor(note, ana, ben),
    });
    expect(shared.status).toBe(201);
    expect(shared.headers.get('cache-control')).toBe('no-store');
    expect(shared.body.readers).toEqual([
      { responderId: ana.id, name: 'Ana' },
      { responderId: ben.id, name: 'Ben' },
    ]);
    expect(shared.body.record.keys.map((k) => k.keyId)).toEqual([ana.identity.keyId]); // Ana still sees only her own key

    const bens = await ben.browser.request<NoteAnswer>('GET', `/api/notes/${note.id}`);
    expect(bens.body.record.keys.map((k) => k.keyId)).toEqual([ben.identity.keyId]);
    expect(openRecordText(bens.body.record, ben.identity)).toContain('clinic');
    expect((await ben.browser.request<NoteAnswer[]>('GET', '/api/notes')).body.map((n) => n.id)).toEqual([note.id]);

    // Any reader may pass it on: Ben shares with the coordinator.
    const onward = await ben.browser.request('POST', `/api/notes/${note.id}/readers`, {
      responderId: coordinator.id,
      sealedKey: sealedFor(bens.body, ben, coordinator),
    });
    expect(onward.status).toBe(201);
    const again = await ana.browser.request<ErrorBody>('POST', `/api/notes/${note.id}/readers`, {
      responderId: ben.id,
      sealedKey: sealedFor(note, ana, ben),
    });
    expect(again.status).toBe(409);
    expect(fieldsOf(again.body)).toEqual(['/responderId']);
  });

  it('refuses to share from a non-reader, to a stranger, to someone without a key, or under the wrong key', async () => {
    const { token, ana, ben, coordinator, note } = await withNote();
    const other = await otherProgram(t);
    const share = (who: Member, body: unknown) =>
      who.browser.request<ErrorBody>('POST', `/api/notes/${note.id}/readers`, body);

    // Ben is not a reader: as far as he can tell there is no such note.
    expect(
      (await share(ben, { responderId: coordinator.id, sealedKey: sealedFor(note, ana, coordinator) })).status,
    ).toBe(404);
    // Zed is in another program: no such teammate.
    expect((await share(ana, { responderId: other.zed.id, sealedKey: sealedFor(note, ana, other.zed) })).status).toBe(
      404,
    );
    expect(
      (await share(other.zed, { responderId: other.zed.id, sealedKey: sealedFor(note, ana, other.zed) })).status,
    ).toBe(404);
    // Dee has not enrolled: nothing to seal to.
    const dee = await addMember(t, token, 'Dee', '+12025550113');
    const noKey = await share(ana, { responderId: dee, sealedKey: sealedFor(note, ana, ben) });
    expect(noKey.status).toBe(422);
    expect(fieldsOf(noKey.body)).toEqual(['/responderId']);
    // Sealed to Ben's key but addressed to the coordinator: refused, naming the key id.
    const wrongKey = await share(ana, { responderId: coordinator.id, sealedKey: sealedFor(note, ana, ben) });
    expect(wrongKey.status).toBe(422);
    expect(fieldsOf(wrongKey.body)).toEqual(['/sealedKey/keyId']);
    const malformed = await share(ana, {
      responderId: ben.id,
      sealedKey: { keyId: ben.identity.keyId, sealedKey: 'AAAA' },
    });
    expect(malformed.status).toBe(422);
    expect(fieldsOf(malformed.body)).toEqual(['/sealedKey/sealedKey']);
    const readers = await t.kith.ctx.db.kysely.selectFrom('note_readers').select('responder_id').execute();
    expect(readers).toEqual([{ responder_id: ana.id }]);
  });

  it('only the author takes a reader away, never themself; unsharing stops future access through Kith', async () => {
    const { ana, ben, coordinator, note } = await withNote();
    await ana.browser.request('POST', `/api/notes/${note.id}/readers`, {
      responderId: ben.id,
      sealedKey: sealedFor(note, ana, ben),
    });
    await ana.browser.request('POST', `/api/notes/${note.id}/readers`, {
      responderId: coordinator.id,
      sealedKey: sealedFor(note, ana, coordinator),
    });

    expect((await ben.browser.request('DELETE', `/api/notes/${note.id}/readers/${coordinator.id}`)).status).toBe(403);
    const self = await ana.browser.request<ErrorBody>('DELETE', `/api/notes/${note.id}/readers/${ana.id}`);
    expect(self.status).toBe(422);
    expect(fieldsOf(self.body)).toEqual(['/responderId']);

    const removed = await ana.browser.request('DELETE', `/api/notes/${note.id}/readers/${ben.id}`);
    expect(removed.status).toBe(204);
    expect(removed.headers.get('cache-control')).toBe('no-store');
    expect((await ben.browser.request('GET', `/api/notes/${note.id}`)).status).toBe(404);
    expect((await ben.browser.request('GET', '/api/notes')).body).toEqual([]);
    expect((await ana.browser.request('DELETE', `/api/notes/${note.id}/readers/${ben.id}`)).status).toBe(404);
    // A removed reader could be given it back, as new.
    t.clock.advance(1000);
    expect(
      (
        await ana.browser.request('POST', `/api/notes/${note.id}/readers`, {
          responderId: ben.id,
          sealedKey: sealedFor(note, ana, ben),
        })
      ).status,
    ).toBe(201);
    const remaining = await ana.browser.request<NoteAnswer>('GET', `/api/notes/${note.id}`);
    expect(remaining.body.readers.map((r) => r.name)).toEqual(['Ana', 'Coordinator', 'Ben']);
  });

  it('after a reset, a reader’s old copy opens for nobody: the note is not offered, and sharing again replaces it', async () => {
    const { token, ana, ben, note } = await withNote();
    await ana.browser.request('POST', `/api/notes/${note.id}/readers`, {
      responderId: ben.id,
      sealedKey: sealedFor(note, ana, ben),
    });
    expect((await t.api('POST', `/api/responders/${ben.id}/reset`, undefined, token)).status).toBe(204);
    const newBen = await enrol(t, token, ben.id, 'ben2');
    expect(newBen.identity.keyId).not.toBe(ben.identity.keyId);
    expect((await newBen.browser.request('GET', '/api/notes')).body).toEqual([]);
    expect((await newBen.browser.request('GET', `/api/notes/${note.id}`)).status).toBe(404);

    const reshared = await ana.browser.request('POST', `/api/notes/${note.id}/readers`, {
      responderId: ben.id,
      sealedKey: sealedFor(note, ana, newBen),
    });
    expect(reshared.status).toBe(201);
    const opened = await newBen.browser.request<NoteAnswer>('GET', `/api/notes/${note.id}`);
    expect(openRecordText(opened.body.record, newBen.identity)).toContain('clinic');
  });
});
