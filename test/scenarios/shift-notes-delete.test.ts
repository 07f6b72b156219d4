import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { sealRecord, type SealedRecord } from '../../src/crypto/e2e';
import type { LiveEventName } from '../../src/live/hub';
import { addMember, enrol, enrolledTeam, type Member } from '../../src/notes/test-fixtures';
import type { MyShiftNotesView, ShiftNoteView } from '../../src/rota/briefing/notes/schema';
import { rotaDepsOf } from '../../src/rota/deps';
import { sweepRota } from '../../src/rota/sweep';
import { filesContaining, postgresRowsText } from '../support/canary';
import { DB_KINDS } from '../support/databases';
import { startTestKith, type TestKith } from '../support/kith';

/**
 * Taking a note for the shift back before the shift ends: its writer, or a coordinator who reads it;
 * anyone else gets 404 as if there were no note. Once deleted, its sealed form is in no row and (on
 * SQLite) in neither the database file nor its write-ahead log. T0 is Monday 2026-11-23.
 */
const CANARY = 'Canary-S4 heron-lantern-mailbox 7730';

describe.each(DB_KINDS)('taking back a note for the shift (%s)', (kind) => {
  let t: TestKith;
  afterEach(async () => t?.stop());

  const onShift = async (token: string, responderId: string, day: string) => {
    const made = await t.api(
      'POST',
      '/api/shifts/overrides',
      { responderId, kind: 'on', role: 'phone', tier: 'primary', start: `${day}T08:00`, end: `${day}T18:00` },
      token,
    );
    expect(made.status).toBe(201);
  };
  const mine = async (who: Member) => (await who.browser.request<MyShiftNotesView>('GET', '/api/me/shift-notes')).body;
  /** What the console does: seal to everyone on the shift who has a key. */
  const write = async (who: Member, text: string) => {
    const window = (await mine(who)).windows[0];
    if (!window) throw new Error('not on a shift');
    const record: SealedRecord = sealRecord({
      recordId: randomUUID(),
      plaintext: text,
      readers: window.readers.flatMap((r) =>
        r.keyId && r.publicKey ? [{ keyId: r.keyId, publicKey: r.publicKey }] : [],
      ),
    });
    const made = await who.browser.request<ShiftNoteView>('POST', '/api/me/shift-notes', {
      id: record.recordId,
      window: { start: window.start, end: window.end },
      record,
    });
    expect(made.status).toBe(201);
    return { record, window };
  };
  const del = (who: Member, id: string) =>
    who.browser.request<{ error?: unknown }>('DELETE', `/api/me/shift-notes/${id}`);
  const rows = async () => [
    (await t.kith.ctx.db.kysely.selectFrom('shift_notes').selectAll().execute()).length,
    (await t.kith.ctx.db.kysely.selectFrom('shift_note_readers').selectAll().execute()).length,
  ];
  /** Where the sealed note could still be: the database's files, -wal included, or any row. No manual checkpoint: the delete must have emptied the log. */
  const stillStored = async (needles: string[]): Promise<boolean> => {
    if (kind === 'sqlite') {
      const wal = `${t.storage.dataDir}/kith.db-wal`;
      const inWal = existsSync(wal) && needles.some((n) => readFileSync(wal).includes(Buffer.from(n)));
      return inWal || filesContaining(t.storage.dataDir, needles).length > 0;
    }
    const text = t.storage.pgSchema ? await postgresRowsText(t.storage.pgSchema) : '';
    return needles.some((n) => text.includes(n));
  };

  it('the writer deletes; a teammate cannot, nor read it after; the sealed form is gone, WAL included; a coordinator who reads it may; the sweep and a burn still work', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const { token, programId, ana, ben, coordinator } = await enrolledTeam(t);
    const dee = await enrol(t, token, await addMember(t, token, 'Dee', '+12025550114'), 'dee');
    const both = { phone: '+12025550119', roles: ['phone', 'coordinator'] }; // a coordinator who also takes calls: on the shift
    expect((await t.api('PATCH', `/api/responders/${coordinator.id}`, both, token)).status).toBe(200);
    for (const who of [ana, ben, coordinator]) await onShift(token, who.id, '2026-11-23');
    await onShift(token, dee.id, '2026-11-24'); // tomorrow: not on Ana's shift
    const heard: LiveEventName[] = [];
    const stop = t.kith.ctx.live.subscribe(programId, (event) => heard.push(event.topic));

    const { record, window } = await write(ana, CANARY);
    const sealed = [record.ciphertext, ...record.keys.map((k) => k.sealedKey)];
    expect(await stillStored(sealed)).toBe(true); // the scan does see it while it is kept
    expect((await mine(ana)).notes.map((n) => n.mayDelete)).toEqual([true]);
    expect((await mine(ben)).notes.map((n) => n.mayDelete)).toEqual([false]);

    // Not signed in: 401. Ben on the same shift, Dee off it, no such note: 404 alike, and nothing removed.
    expect((await t.api('DELETE', `/api/me/shift-notes/${record.recordId}`)).status).toBe(401);
    const refusals = [await del(ben, record.recordId), await del(dee, record.recordId), await del(ana, randomUUID())];
    expect(refusals.map((r) => r.status)).toEqual([404, 404, 404]);
    expect(JSON.stringify(refusals[0]?.body)).toEqual(JSON.stringify(refusals[2]?.body));
    // From another site, even with Ana's cookie: refused, as every change is.
    const forged = await ana.browser.request('DELETE', `/api/me/shift-notes/${record.recordId}`, undefined, {
      origin: 'https://elsewhere.example',
    });
    expect(forged.status).toBe(403);
    expect(await rows()).toEqual([1, 3]);

    // Ana takes it back: told so plainly; the note and its three keys go together; consoles hear of it.
    heard.length = 0;
    const taken = await del(ana, record.recordId);
    expect(taken.status).toBe(200);
    expect(taken.body).toEqual({
      id: record.recordId,
      deletedBy: 'writer',
      message: 'You deleted your note for the shift. Nobody can read it in Kith now.',
    });
    expect(await rows()).toEqual([0, 0]);
    await expect.poll(() => heard).toContain('notes');
    expect((await mine(ben)).notes).toEqual([]);
    expect((await ben.browser.request('GET', `/api/me/shift-notes/${record.recordId}`)).status).toBe(404);
    expect((await del(ana, record.recordId)).status).toBe(404);
    expect(await stillStored(sealed)).toBe(false);
    stop();

    // A coordinator on the shift reads Ben's note and may take it back; Ana, who did not write it, may not.
    const bens = await write(ben, 'Ana called the wrong person by name here.');
    expect((await mine(coordinator)).notes.map((n) => n.mayDelete)).toEqual([true]);
    expect((await del(ana, bens.record.recordId)).status).toBe(404);
    const moderated = await del(coordinator, bens.record.recordId);
    expect(moderated.body).toMatchObject({ deletedBy: 'coordinator' });
    expect(await stillStored([bens.record.ciphertext])).toBe(false);
    // Dee's note for tomorrow is not sealed to the coordinator: 404, as if there were none.
    const dees = await write(dee, 'Spare keys are with the front desk.');
    expect((await del(coordinator, dees.record.recordId)).status).toBe(404);

    // The sweep at the shift's end still deletes what is left, and counts only that.
    const kept = await write(ana, 'The side door sticks.');
    t.clock.set(window.end);
    expect((await sweepRota(rotaDepsOf(t.kith.ctx))).shiftNotes).toBe(1);
    expect(await stillStored([kept.record.ciphertext])).toBe(false);
    // A burn still destroys the rest: Dee's note, written for tomorrow.
    const burnt = await t.api<{ destroyed: { notes: number } }>(
      'POST',
      '/api/program/burn',
      { confirm: 'Test Line' },
      token,
    );
    expect(burnt.body.destroyed.notes).toBe(1);
    expect(await rows()).toEqual([0, 0]);
  });
});
