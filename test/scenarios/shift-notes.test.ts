import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { openRecordText, sealRecord, type SealedRecord } from '../../src/crypto/e2e';
import { addMember, enrol, enrolledTeam, type Member } from '../../src/notes/test-fixtures';
import type { MyShiftNotesView, ShiftNoteView } from '../../src/rota/briefing/notes/schema';
import { rotaDepsOf } from '../../src/rota/deps';
import { sweepRota } from '../../src/rota/sweep';
import { DB_KINDS } from '../support/databases';
import { startTestKith, type TestKith } from '../support/kith';

/**
 * Short notes for a shift (issue 17): sealed in the writer's "browser" (here, the same e2e module the
 * console runs) to exactly those on the shift; gone when it ends, across a daylight-saving change too.
 * T0 is Monday 2026-11-23, 10:00 in New York.
 */
const utc = (iso: string) => Date.parse(iso);

describe.each(DB_KINDS)('notes for a shift (%s)', (kind) => {
  let t: TestKith;
  afterEach(async () => t?.stop());

  async function start() {
    t = await startTestKith(kind, { cheapArgon: true });
    const team = await enrolledTeam(t);
    expect((await t.api('PATCH', '/api/program', { timeZone: 'America/New_York' }, team.token)).status).toBe(200);
    return team;
  }
  const onShift = async (token: string, responderId: string, start: string, end: string) => {
    const made = await t.api(
      'POST',
      '/api/shifts/overrides',
      { responderId, kind: 'on', role: 'phone', tier: 'primary', start, end },
      token,
    );
    expect(made.status).toBe(201);
  };
  /** Hours later a browser's session has idled out: an API token of the same person asks instead. */
  const tokens = new Map<string, string>();
  const tokenOf = async (coordinatorToken: string, who: Member) => {
    const made = await t.api<{ token: string }>(
      'POST',
      '/api/tokens',
      { responderId: who.id, label: 'phone' },
      coordinatorToken,
    );
    tokens.set(who.id, made.body.token);
  };
  const as = <T>(who: Member, method: string, path: string, body?: unknown) => {
    const token = tokens.get(who.id);
    return token ? t.api<T>(method, path, body, token) : who.browser.request<T>(method, path, body);
  };
  const mine = async (who: Member) => {
    const got = await as<MyShiftNotesView>(who, 'GET', '/api/me/shift-notes');
    expect(got.status).toBe(200);
    return got.body;
  };
  /** What the console does: seal to everyone on the window who has a key. */
  const sealFor = (window: MyShiftNotesView['windows'][number], text: string, id = randomUUID()): SealedRecord =>
    sealRecord({
      recordId: id,
      plaintext: text,
      readers: window.readers.flatMap((r) =>
        r.keyId && r.publicKey ? [{ keyId: r.keyId, publicKey: r.publicKey }] : [],
      ),
    });
  const write = (who: Member, window: { start: number; end: number }, record: SealedRecord) =>
    as<ShiftNoteView>(who, 'POST', '/api/me/shift-notes', {
      id: record.recordId,
      window: { start: window.start, end: window.end },
      record,
    });
  const rows = async (table: 'shift_notes' | 'shift_note_readers') =>
    (await t.kith.ctx.db.kysely.selectFrom(table).selectAll().execute()).length;
  const sweep = () => sweepRota(rotaDepsOf(t.kith.ctx));

  it('sealed to exactly those on the shift; nobody else gets it; a late joiner is told; gone at the shift’s end; burnt', async () => {
    const { token, ana, ben, coordinator } = await start();
    const dee = await enrol(t, token, await addMember(t, token, 'Dee', '+12025550114'), 'dee');
    const eve = await enrol(t, token, await addMember(t, token, 'Eve', '+12025550115'), 'eve');
    await onShift(token, ana.id, '2026-11-23T08:00', '2026-11-23T18:00');
    await onShift(token, ben.id, '2026-11-23T12:00', '2026-11-23T20:00'); // overlaps Ana's: on her shift
    await onShift(token, dee.id, '2026-11-24T08:00', '2026-11-24T12:00'); // tomorrow: not on it

    const anas = await mine(ana);
    const shift = anas.windows[0];
    expect(shift).toMatchObject({ start: utc('2026-11-23T13:00:00Z'), end: utc('2026-11-23T23:00:00Z') });
    expect(shift?.readers.map((r) => r.name)).toEqual(['Ana', 'Ben']);
    if (!shift) return;

    // Sealed to Ana alone, or to someone off the shift too: refused, so nobody is missed or added.
    const short = sealRecord({ recordId: randomUUID(), plaintext: 'x', readers: [ana.identity] });
    expect((await write(ana, shift, short)).status).toBe(409);
    const wide = sealRecord({
      recordId: randomUUID(),
      plaintext: 'x',
      readers: [ana.identity, ben.identity, coordinator.identity],
    });
    expect((await write(ana, shift, wide)).status).toBe(409);
    // A shift that is not hers: refused at its field.
    const notHers = await write(ana, { start: shift.start, end: shift.end + 60_000 }, sealFor(shift, 'x'));
    expect(notHers.status).toBe(422);
    // Longer than 500 characters: refused (the server bounds the ciphertext).
    expect((await write(ana, shift, sealFor(shift, 'é'.repeat(1200)))).status).toBe(422);
    expect(await rows('shift_notes')).toBe(0);

    const record = sealFor(shift, 'The side door sticks; R2 may call back after 8.');
    const written = await write(ana, shift, record);
    expect(written.status).toBe(201);
    expect(written.body).toMatchObject({ authorName: 'Ana', end: shift.end });
    expect(await rows('shift_note_readers')).toBe(2);

    // Ben, on the shift, reads it with his own key; the list and the one note agree.
    const bens = await mine(ben);
    expect(bens.notes.map((n) => n.id)).toEqual([record.recordId]);
    expect(bens.notes[0]?.record.keys.map((k) => k.keyId)).toEqual([ben.identity.keyId]);
    expect(openRecordText(bens.notes[0]?.record ?? record, ben.identity)).toBe(
      'The side door sticks; R2 may call back after 8.',
    );
    expect((await ben.browser.request('GET', `/api/me/shift-notes/${record.recordId}`)).status).toBe(200);

    // Not on the shift — a coordinator, a teammate on tomorrow's: 404 and never the ciphertext.
    for (const outsider of [coordinator, dee]) {
      const list = await outsider.browser.request<MyShiftNotesView>('GET', '/api/me/shift-notes');
      expect(list.body.notes).toEqual([]);
      const one = await outsider.browser.request('GET', `/api/me/shift-notes/${record.recordId}`);
      expect(one.status).toBe(404);
      expect(JSON.stringify([list.body, one.body])).not.toContain(record.ciphertext);
    }
    expect((await t.api('GET', `/api/me/shift-notes/${record.recordId}`, undefined, token)).status).toBe(404);

    // Eve takes part of the shift after it was written: she cannot open it, and is told how many she cannot.
    await onShift(token, eve.id, '2026-11-23T10:30', '2026-11-23T18:00');
    const eves = await mine(eve);
    expect(eves).toMatchObject({ notes: [], unreadable: 1 });
    expect(JSON.stringify(eves)).not.toContain(record.ciphertext);
    // A note written now is sealed to her too.
    expect((await mine(ana)).windows[0]?.readers.map((r) => r.name)).toEqual(['Ana', 'Ben', 'Eve']);

    // Gone when the shift ends: there a second before, served to nobody at the end, deleted by the sweep.
    await tokenOf(token, ben);
    t.clock.set(shift.end - 1000);
    expect((await sweep()).shiftNotes).toBe(0);
    expect((await mine(ben)).notes).toHaveLength(1);
    t.clock.set(shift.end);
    expect((await mine(ben)).notes).toEqual([]);
    expect((await as(ben, 'GET', `/api/me/shift-notes/${record.recordId}`)).status).toBe(404);
    expect((await sweep()).shiftNotes).toBe(1);
    expect([await rows('shift_notes'), await rows('shift_note_readers')]).toEqual([0, 0]);

    // Burn: Ben's shift (until 20:00) has a note, sealed to him alone now Ana and Eve have gone; the burn destroys it.
    const bensShift = (await mine(ben)).windows[0];
    expect(bensShift?.readers.map((r) => r.name)).toEqual(['Ben']);
    if (!bensShift) return;
    expect((await write(ben, bensShift, sealFor(bensShift, 'Keys are in the blue box.'))).status).toBe(201);
    expect(await rows('shift_notes')).toBe(1);
    const burnt = await t.api<{ destroyed: { notes: number } }>(
      'POST',
      '/api/program/burn',
      { confirm: 'Test Line' },
      token,
    );
    expect(burnt.status).toBe(200);
    expect(burnt.body.destroyed.notes).toBe(1);
    expect([await rows('shift_notes'), await rows('shift_note_readers')]).toEqual([0, 0]);
  });

  it('a night shift across the spring change ends at its real end (7 hours, not 8): the note goes then', async () => {
    const { token, ana, ben } = await start();
    await tokenOf(token, ana);
    await tokenOf(token, ben);
    // Saturday 22:00 EST to Sunday 06:00 EDT: clocks go forward at 02:00, so 7 hours.
    await onShift(token, ana.id, '2026-03-07T22:00', '2026-03-08T06:00');
    await onShift(token, ben.id, '2026-03-08T05:00', '2026-03-08T09:00');
    t.clock.set(utc('2026-03-08T04:00:00Z')); // Saturday 23:00 EST
    const shift = (await mine(ana)).windows[0];
    expect(shift).toMatchObject({ start: utc('2026-03-08T03:00:00Z'), end: utc('2026-03-08T10:00:00Z') });
    if (!shift) return;
    expect(shift.readers.map((r) => r.name)).toEqual(['Ana', 'Ben']);
    expect((await write(ana, shift, sealFor(shift, 'Quiet night so far.'))).status).toBe(201);

    t.clock.set(utc('2026-03-08T09:59:59Z')); // 05:59:59 EDT
    await sweep();
    expect((await mine(ben)).notes).toHaveLength(1);
    t.clock.set(utc('2026-03-08T10:00:00Z')); // 06:00 EDT: the shift's end
    expect((await sweep()).shiftNotes).toBe(1);
    expect((await mine(ben)).notes).toEqual([]);
    expect(await rows('shift_notes')).toBe(0);
  });
});
