import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { openRecordText, RECORD_ALG, resealRecord, shareRecord } from '../crypto/e2e';
import { DB_KINDS } from '../../test/support/databases';
import { startTestKith, type TestKith } from '../../test/support/kith';
import {
  addMember,
  enrolledTeam,
  insertCall,
  otherProgram,
  sealNote,
  type ErrorBody,
  type NoteAnswer,
} from './test-fixtures';

const fieldsOf = (body: unknown) => (body as ErrorBody).error.fields?.map((f) => f.field) ?? [];

describe.each(DB_KINDS)('sealed notes: writing and reading (%s)', (kind) => {
  let t: TestKith;
  afterEach(async () => t?.stop());

  it('a note sealed to its author is stored and handed back to them alone, opening in their hands', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const { ana, ben, coordinator, programId, token } = await enrolledTeam(t);
    const callId = await insertCall(t, programId);
    const record = sealNote(ana.identity, 'Checked in after the call; plans to sleep at her sister’s.');

    const created = await ana.browser.request<NoteAnswer>('POST', '/api/notes', {
      id: record.recordId,
      callId,
      record,
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('cache-control')).toBe('no-store');
    expect(created.body).toEqual({
      id: record.recordId,
      callId,
      callStartedAt: t.clock.now(), // insertCall starts the call now: the list needs no request per call
      authorId: ana.id,
      authorName: 'Ana',
      createdAt: t.clock.now(),
      updatedAt: t.clock.now(),
      record,
      readers: [{ responderId: ana.id, name: 'Ana' }],
    });
    expect(openRecordText(created.body.record, ana.identity)).toContain('sister');

    const listed = await ana.browser.request<NoteAnswer[]>('GET', '/api/notes');
    expect(listed.headers.get('cache-control')).toBe('no-store');
    expect(listed.body).toEqual([created.body]);
    const one = await ana.browser.request<NoteAnswer>('GET', `/api/notes/${record.recordId}`);
    expect(one.headers.get('cache-control')).toBe('no-store');
    expect(one.body).toEqual(created.body);
    expect((await ana.browser.request<NoteAnswer[]>('GET', `/api/notes?callId=${callId}`)).body).toHaveLength(1);
    expect((await ana.browser.request<NoteAnswer[]>('GET', '/api/notes?callId=cal_nothing')).body).toEqual([]);

    // Not a reader: a teammate, the coordinator by session and by API token all see nothing at all.
    for (const other of [ben.browser, coordinator.browser]) {
      expect((await other.request('GET', `/api/notes/${record.recordId}`)).status).toBe(404);
      expect((await other.request('GET', '/api/notes')).body).toEqual([]);
    }
    expect((await t.api('GET', `/api/notes/${record.recordId}`, undefined, token)).status).toBe(404);
    expect((await t.api('GET', '/api/notes', undefined, token)).body).toEqual([]);
  });

  it('refuses a record sealed to anyone but the author alone, naming the field', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const { ana, ben, token } = await enrolledTeam(t);
    const post = (body: unknown) => ana.browser.request<ErrorBody>('POST', '/api/notes', body);

    const toBen = sealNote(ben.identity, 'x');
    expect(fieldsOf((await post({ id: toBen.recordId, callId: null, record: toBen })).body)).toEqual([
      '/record/keys/0/keyId',
    ]);
    const both = { ...sealNote(ana.identity, 'x'), keys: [...sealNote(ana.identity, 'x').keys, ...toBen.keys] };
    const twoReaders = await post({ id: both.recordId, callId: null, record: both });
    expect(twoReaders.status).toBe(422);
    expect(fieldsOf(twoReaders.body)).toEqual(['/record/keys']);
    const none = { ...sealNote(ana.identity, 'x'), keys: [] };
    expect(fieldsOf((await post({ id: none.recordId, callId: null, record: none })).body)).toEqual(['/record/keys']);

    const record = sealNote(ana.identity, 'x');
    expect(fieldsOf((await post({ id: randomUUID(), callId: null, record })).body)).toEqual(['/record/recordId']);
    expect(fieldsOf((await post({ id: 'not-an-id', callId: null, record })).body)).toContain('/id');
    expect(
      fieldsOf((await post({ id: record.recordId, callId: null, record: { ...record, alg: 'rot13' } })).body),
    ).toContain('/record/alg');
    expect(fieldsOf((await post({ id: record.recordId, callId: null, record: { ...record, v: 2 } })).body)).toContain(
      '/record/v',
    );
    expect(
      fieldsOf(
        (await post({ id: record.recordId, callId: null, record: { ...record, nonce: record.nonce.slice(0, 31) } }))
          .body,
      ),
    ).toEqual(['/record/nonce']);
    // Base64url with stray trailing bits is refused though its alphabet and length look right.
    const [own] = record.keys;
    const stray = { ...record, keys: [{ keyId: own?.keyId, sealedKey: `${own?.sealedKey.slice(0, -1)}B` }] };
    expect(fieldsOf((await post({ id: record.recordId, callId: null, record: stray })).body)).toEqual([
      '/record/keys/0/sealedKey',
    ]);
    expect(
      fieldsOf((await post({ id: record.recordId, callId: null, record: { ...record, ciphertext: 'AAAA' } })).body),
    ).toContain('/record/ciphertext');
    expect(fieldsOf((await post({ id: record.recordId, callId: null, record: { ...record, extra: 1 } })).body)).toEqual(
      ['/record/extra'],
    );
    const big = sealNote(ana.identity, 'a'.repeat(64 * 1024));
    const tooBig = await post({ id: big.recordId, callId: null, record: big });
    expect(tooBig.status).toBe(422);
    expect(fieldsOf(tooBig.body)).toEqual(['/record/ciphertext']);
    const largest = sealNote(ana.identity, 'a'.repeat(64 * 1024 - 16));
    expect((await post({ id: largest.recordId, callId: null, record: largest })).status).toBe(201);

    // Someone who never enrolled has no key, so cannot write one (here with an API token).
    const dee = await addMember(t, token, 'Dee', '+12025550113');
    const deeToken = (await t.api<{ token: string }>('POST', '/api/tokens', { responderId: dee, label: 'cli' }, token))
      .body.token;
    const byToken = await t.api<ErrorBody>(
      'POST',
      '/api/notes',
      { id: record.recordId, callId: null, record },
      deeToken,
    );
    expect(byToken.status).toBe(422);
    expect(byToken.body.error.fields?.[0]?.message).toContain('sign in');
    // Nothing half-written by any refusal.
    expect(await t.kith.ctx.db.kysely.selectFrom('notes').select('id').execute()).toEqual([{ id: largest.recordId }]);

    // The same id twice is a conflict, not a silent overwrite.
    expect((await post({ id: largest.recordId, callId: null, record: largest })).status).toBe(409);
  });

  it('a note about a call must be about a call of this program', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const { ana } = await enrolledTeam(t);
    const other = await otherProgram(t);
    const theirCall = await insertCall(t, other.programId);
    for (const callId of [theirCall, 'cal_nonexistent']) {
      const record = sealNote(ana.identity, 'x');
      const refused = await ana.browser.request<ErrorBody>('POST', '/api/notes', {
        id: record.recordId,
        callId,
        record,
      });
      expect(refused.status).toBe(404);
    }
    expect(await t.kith.ctx.db.kysely.selectFrom('notes').select('id').execute()).toEqual([]);
  });

  it('the author edits under the same data key; readers keep reading; nobody else may edit', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const { ana, ben } = await enrolledTeam(t);
    const record = sealNote(ana.identity, 'first words');
    await ana.browser.request('POST', '/api/notes', { id: record.recordId, callId: null, record });
    const shared = await ana.browser.request<NoteAnswer>('POST', `/api/notes/${record.recordId}/readers`, {
      responderId: ben.id,
      sealedKey: shareRecord(record, ana.identity, ben.identity).keys[1],
    });
    expect(shared.status).toBe(201);

    t.clock.advance(60_000);
    const edited = resealRecord(record, ana.identity, 'second thoughts');
    const put = await ana.browser.request<NoteAnswer>('PUT', `/api/notes/${record.recordId}`, { record: edited });
    expect(put.status).toBe(200);
    expect(put.headers.get('cache-control')).toBe('no-store');
    expect(put.body.updatedAt).toBe(t.clock.now());
    expect(put.body.createdAt).toBe(t.clock.now() - 60_000);
    expect(openRecordText(put.body.record, ana.identity)).toBe('second thoughts');
    const bens = await ben.browser.request<NoteAnswer>('GET', `/api/notes/${record.recordId}`);
    expect(openRecordText(bens.body.record, ben.identity)).toBe('second thoughts');
    expect(bens.body.record.keys.map((k) => k.keyId)).toEqual([ben.identity.keyId]);

    // A reader who is not the author is told plainly; a stranger sees no note.
    expect(
      (
        await ben.browser.request('PUT', `/api/notes/${record.recordId}`, {
          record: resealRecord(bens.body.record, ben.identity, 'mine now'),
        })
      ).status,
    ).toBe(403);
    const stranger = await otherProgram(t);
    expect(
      (await stranger.zed.browser.request('PUT', `/api/notes/${record.recordId}`, { record: edited })).status,
    ).toBe(404);
    // The body is still checked: bound to this id, a real nonce.
    const moved = await ana.browser.request<ErrorBody>('PUT', `/api/notes/${record.recordId}`, {
      record: { ...edited, recordId: randomUUID() },
    });
    expect(fieldsOf(moved.body)).toEqual(['/record/recordId']);
    expect(
      openRecordText(
        (await ana.browser.request<NoteAnswer>('GET', `/api/notes/${record.recordId}`)).body.record,
        ana.identity,
      ),
    ).toBe('second thoughts');
    expect(RECORD_ALG).toBe(put.body.record.alg);
  });
});
