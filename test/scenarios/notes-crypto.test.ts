import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sodium from 'libsodium-wrappers-sumo';
import { afterEach, describe, expect, it } from 'vitest';
import {
  E2eError,
  identityFromSecretKey,
  openRecord,
  openRecordText,
  shareRecord,
  type Identity,
  type SealedRecord,
} from '../../src/crypto/e2e';
import { enrolledTeam, sealNote, type NoteAnswer } from '../../src/notes/test-fixtures';
import { DB_KINDS } from '../support/databases';
import { everyRow, keysIn, stringsIn } from '../support/db-dump';
import { startTestKith, type TestKith } from '../support/kith';

/**
 * Promises 3 and 4: the server cannot read what it stores, and a note is readable by its author and
 * whoever they share it with — enforced by cryptography. Everything the server has, and a
 * coordinator's own key besides, is tried against a note; only its readers' keys open it.
 */
const NOTE = 'Talked for forty minutes. Safe tonight; wants a call back tomorrow afternoon.';

/** The note exactly as the server holds it: the stored body and every reader's sealed key. */
function recordFromRows(rows: Record<string, Record<string, unknown>[]>, noteId: string): SealedRecord {
  const note = rows.notes?.find((r) => r.id === noteId);
  const body = JSON.parse(String(note?.sealed)) as Pick<SealedRecord, 'v' | 'alg' | 'nonce' | 'ciphertext'>;
  const keys = (rows.note_readers ?? [])
    .filter((r) => r.note_id === noteId)
    .map((r) => ({ keyId: String(r.key_id), sealedKey: String(r.sealed_key) }));
  return { v: body.v, alg: body.alg, recordId: noteId, nonce: body.nonce, ciphertext: body.ciphertext, keys };
}

/** Tries one secret every way it could open the note; returns how many attempts failed as they must. */
function tryToOpen(record: SealedRecord, secret: Uint8Array, readers: readonly Identity[]): number {
  let refused = 0;
  const attempt = (open: () => unknown) => {
    expect(open).toThrow();
    refused++;
  };
  // As an identity of its own (it is nobody's reader), and posing as each reader's key id and public key.
  attempt(() => openRecord(record, identityFromSecretKey(secret)));
  for (const reader of readers) {
    expect(() => openRecord(record, { keyId: reader.keyId, publicKey: reader.publicKey, secretKey: secret })).toThrow(
      E2eError,
    );
    refused++;
  }
  // As the data key itself.
  attempt(() =>
    sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      Buffer.from(record.ciphertext, 'base64url'),
      record.recordId,
      Buffer.from(record.nonce, 'base64url'),
      secret,
    ),
  );
  return refused;
}

describe.each(DB_KINDS)('nobody but a note’s readers can open it (%s)', (kind) => {
  let t: TestKith;
  afterEach(async () => t?.stop());

  it('the whole database, the server’s secrets and a coordinator’s key do not open a note; its author’s and a teammate it was shared with do', async () => {
    await sodium.ready;
    t = await startTestKith(kind, { cheapArgon: true });
    const { ana, ben, coordinator } = await enrolledTeam(t);
    const sealed = sealNote(ana.identity, NOTE);
    expect(
      (await ana.browser.request('POST', '/api/notes', { id: sealed.recordId, callId: null, record: sealed })).status,
    ).toBe(201);

    // What a seizure yields: every row, the server's root secret and every key derived from it, its config.
    const rows = await everyRow(t);
    const dump = stringsIn(rows).join('\n');
    const held = recordFromRows(rows, sealed.recordId);
    expect(held.keys).toHaveLength(1);
    const root = new Uint8Array(
      Buffer.from(readFileSync(join(t.storage.dataDir, 'secret.key'), 'utf8').trim(), 'base64'),
    );
    const derived = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((id) =>
      sodium.crypto_kdf_derive_from_key(32, id, 'kith_srv', root),
    );
    const config = JSON.stringify(t.kith.ctx.config);
    const candidates = [
      root,
      ...derived,
      ...keysIn(dump),
      ...keysIn(config),
      coordinator.identity.secretKey,
      ben.identity.secretKey,
    ];
    expect(candidates.length).toBeGreaterThan(15);

    let refused = 0;
    for (const secret of candidates) refused += tryToOpen(held, secret, [ana.identity]);
    expect(refused).toBe(candidates.length * 3);
    expect(() => openRecord(held, coordinator.identity)).toThrow(/not among the record’s readers/);
    expect(openRecordText(held, ana.identity)).toBe(NOTE);

    // Ana shares with Ben in her browser; the server gets one more sealed key and still cannot read.
    const mine = await ana.browser.request<NoteAnswer>('GET', `/api/notes/${sealed.recordId}`);
    const forBen = shareRecord(mine.body.record, ana.identity, ben.identity).keys.find(
      (k) => k.keyId === ben.identity.keyId,
    );
    expect(
      (
        await ana.browser.request('POST', `/api/notes/${sealed.recordId}/readers`, {
          responderId: ben.id,
          sealedKey: forBen,
        })
      ).status,
    ).toBe(201);
    const bens = await ben.browser.request<NoteAnswer>('GET', `/api/notes/${sealed.recordId}`);
    expect(openRecordText(bens.body.record, ben.identity)).toBe(NOTE);

    const after = await everyRow(t);
    const heldAfter = recordFromRows(after, sealed.recordId);
    expect(heldAfter.keys).toHaveLength(2);
    const still = [root, ...derived, ...keysIn(stringsIn(after).join('\n')), coordinator.identity.secretKey];
    for (const secret of still) tryToOpen(heldAfter, secret, [ana.identity, ben.identity]);
    expect(() => openRecord(heldAfter, coordinator.identity)).toThrow(E2eError);
    expect(openRecordText(heldAfter, ben.identity)).toBe(NOTE);
    expect(openRecordText(heldAfter, ana.identity)).toBe(NOTE);
  });
});
