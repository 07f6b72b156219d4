import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openRecordText, ready, sealRecord, type SealedRecord } from '../../src/crypto/e2e';
import { sweepCare } from '../../src/care/sweep';
import { debriefRecordId } from '../../src/care/debriefs';
import { dispatchDepsOf, type ResponseView } from '../../src/dispatch/types';
import { enrol, type Member } from '../../src/notes/test-fixtures';
import { purgeDepsOf, purgeExpired } from '../../src/retention/purge';
import { filesContaining, numberForms, postgresRowsText } from '../support/canary';
import { DB_KINDS } from '../support/databases';
import { PHONES, startDispatchLine, visit, type DispatchLine, type Who } from '../support/dispatch';
import { COMMUNITY_NUMBER } from '../support/line';
import { numberNeedles, search, type Seized } from '../support/seizure';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** The person's number, planted as the follow-up contact: fictional (555-01xx). */
const CANARY = '+12025550187';

interface Problem {
  error: { code: string; message: string; fields?: { field: string; message: string }[] };
}
interface FollowUp {
  id: string;
  alias: string;
  kind: string;
  dueAt: number;
  date: string;
  time: string;
  remindedAt: number | null;
  doneAt: number | null;
  contactHeld: boolean;
}
interface Debrief {
  responseId: string;
  responderId: string;
  supportId: string | null;
  mine: 'hold' | 'attend';
  doneAt: number | null;
  record: SealedRecord | null;
}

describe.each(DB_KINDS)('close and care after a field response (%s)', (kind) => {
  let line: DispatchLine;
  afterEach(async () => {
    await line?.stop();
  });

  const api = <T>(method: string, path: string, body: unknown, who: Who) =>
    line.t.api<T & Problem>(method, path, body, line.tokens[who]);
  const db = () => line.t.kith.ctx.db.kysely;
  const care = async () => {
    const report = await sweepCare(dispatchDepsOf(line.t.kith.ctx));
    await line.sim.runUntilIdle();
    return report;
  };

  /** Rita asks; Ana and Beto go, Sam supports. */
  async function formed(body: Record<string, unknown> = visit()): Promise<string> {
    const made = await api<ResponseView>('POST', '/api/dispatch', body, 'Rita');
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    await line.sim.runUntilIdle();
    for (const who of ['Ana', 'Beto', 'Sam'] as const) {
      const yes = await api<ResponseView>(
        'POST',
        `/api/dispatch/${made.body.id}/answer`,
        { accept: true, etaMinutes: 10 },
        who,
      );
      expect(yes.status, `${who}: ${JSON.stringify(yes.body)}`).toBe(200);
    }
    await line.sim.runUntilIdle();
    return made.body.id;
  }

  it('emergency services only with the person’s consent, police contact by category, and the evaluation counts them: numbers only', async () => {
    line = await startDispatchLine(kind);
    const id = await formed();
    const event = (body: Record<string, unknown>, who: Who = 'Ana') =>
      api<{ id: string; kind: string; category: string }>('POST', `/api/dispatch/${id}/events`, body, who);

    for (const body of [
      { kind: 'emergency_services', category: 'overdose' },
      { kind: 'emergency_services', category: 'overdose', personConsented: false },
    ]) {
      const refused = await event(body);
      expect(refused.status).toBe(422);
      expect(refused.body.error.fields?.map((f) => f.field)).toEqual(['/personConsented']);
    }
    expect(
      (
        await event({ kind: 'emergency_services', category: 'helicopter', personConsented: true })
      ).body.error.fields?.map((f) => f.field),
    ).toEqual(['/category']);
    expect(
      (await event({ kind: 'police_contact', category: 'we-called-them' })).body.error.fields?.map((f) => f.field),
    ).toEqual(['/category']);
    // Someone not on the team cannot record anything about it: it looks like no such response.
    expect(
      (await event({ kind: 'emergency_services', category: 'overdose', personConsented: true }, 'Cai')).status,
    ).toBe(404);

    const consented = await event({ kind: 'emergency_services', category: 'overdose', personConsented: true });
    expect(consented.status).toBe(201);
    expect(consented.body).toMatchObject({ kind: 'emergency_services', category: 'overdose' });
    expect((await event({ kind: 'police_contact', category: 'arrived-uninvited' }, 'Beto')).status).toBe(201);
    expect((await event({ kind: 'police_contact', category: 'arrived-uninvited' }, 'Rita')).status).toBe(201);
    const rows = await db()
      .selectFrom('field_events')
      .select(['kind', 'category'])
      .orderBy('at')
      .orderBy('kind')
      .execute();
    expect(rows).toHaveLength(3);
    // Kith contacted no service: every text it sent went to the team's own phones.
    await line.sim.runUntilIdle();
    const team = Object.values(PHONES) as string[];
    expect(line.sim.messages.filter((m) => !team.includes(m.to))).toEqual([]);

    expect((await api('POST', `/api/dispatch/${id}/close`, { outcome: 'connected-to-care' }, 'Beto')).status).toBe(200);
    const evaluation = await api<Record<string, unknown>>('GET', '/api/dispatch/evaluation', undefined, 'Cora');
    expect(evaluation.status).toBe(200);
    expect(evaluation.body).toMatchObject({
      responses: { total: 1, byState: { closed: 1 }, byOutcome: { 'connected-to-care': 1 }, byUrgency: { crisis: 1 } },
      emergencyServices: { total: 1, byCategory: { overdose: 1 } },
      policeContacts: { total: 2, byCategory: { 'arrived-uninvited': 2 } },
      debriefs: { done: 0, notDone: 2 },
      followUps: { done: 0, missed: 0, pending: 0 },
    });
    // Numbers only: no names, no aliases, no ids.
    const text = JSON.stringify(evaluation.body);
    for (const word of ['Ana', 'Beto', 'R1', id]) expect(text).not.toContain(word);
    // A period with nothing in it; a bad date; coordinators only.
    expect(
      (
        await api<{ responses: { total: number } }>(
          'GET',
          '/api/dispatch/evaluation?from=2026-01-01&to=2026-01-31',
          undefined,
          'Cora',
        )
      ).body.responses.total,
    ).toBe(0);
    expect((await api('GET', '/api/dispatch/evaluation?from=2026-02-30', undefined, 'Cora')).status).toBe(422);
    expect((await api('GET', '/api/dispatch/evaluation', undefined, 'Rita')).status).toBe(404);
  });

  it('close with an outcome deletes the brief and its keys in one go, and leaves the support person a debrief with each who went; the words are for the two of them only', async () => {
    line = await startDispatchLine(kind);
    await ready();
    const enrolled = {} as Record<'Rita' | 'Ana' | 'Beto' | 'Sam' | 'Cora', Member>;
    for (const who of ['Rita', 'Ana', 'Beto', 'Sam', 'Cora'] as const)
      enrolled[who] = await enrol(line.t, line.token, line.ids[who] ?? '', who.toLowerCase());
    const brief = sealRecord({
      recordId: randomUUID(),
      plaintext: 'placeholder place',
      readers: [enrolled.Rita.identity, enrolled.Ana.identity, enrolled.Beto.identity, enrolled.Sam.identity],
    });
    const id = await formed(visit({ brief }));
    const held = await db()
      .selectFrom('field_responses')
      .select('brief_sealed')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(held.brief_sealed).not.toBeNull();
    expect(
      await db().selectFrom('field_brief_readers').selectAll().where('response_id', '=', id).execute(),
    ).not.toHaveLength(0);

    expect((await api('POST', `/api/dispatch/${id}/close`, { outcome: 'resolved' }, 'Cai')).status).toBe(404);
    const bad = await api('POST', `/api/dispatch/${id}/close`, { outcome: 'arrested' }, 'Ana');
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields?.map((f) => f.field)).toEqual(['/outcome']);

    const closed = await api<{
      state: string;
      outcome: string;
      debriefs: { responderId: string; supportId: string | null }[];
    }>('POST', `/api/dispatch/${id}/close`, { outcome: 'resolved' }, 'Ana');
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ state: 'closed', outcome: 'resolved' });
    expect(closed.body.debriefs).toEqual(
      expect.arrayContaining([
        { responderId: line.ids.Ana, supportId: line.ids.Sam },
        { responderId: line.ids.Beto, supportId: line.ids.Sam },
      ]),
    );
    expect(closed.body.debriefs).toHaveLength(2);
    // The brief and every key to it are gone; the record of who went stays.
    const after = await db()
      .selectFrom('field_responses')
      .select(['brief_sealed', 'state', 'outcome', 'closed_at'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(after).toMatchObject({
      brief_sealed: null,
      state: 'closed',
      outcome: 'resolved',
      closed_at: line.clock.now(),
    });
    expect(await db().selectFrom('field_brief_readers').selectAll().execute()).toEqual([]);
    const members = await db()
      .selectFrom('field_members')
      .select(['responder_id', 'status'])
      .where('response_id', '=', id)
      .execute();
    expect(
      members.filter((m) => [line.ids.Ana, line.ids.Beto, line.ids.Sam].includes(m.responder_id)).map((m) => m.status),
    ).toEqual(['clear', 'clear', 'clear']);
    expect(members.filter((m) => !['clear', 'released', 'declined', 'timed_out'].includes(m.status))).toEqual([]);
    const view = await enrolled.Ana.browser.request<ResponseView>('GET', `/api/dispatch/${id}`);
    expect(view.body.brief).toBeNull();
    expect((await api('POST', `/api/dispatch/${id}/close`, { outcome: 'resolved' }, 'Ana')).status).toBe(409);
    if (kind === 'sqlite') expect(readFileSync(`${line.t.storage.dataDir}/kith.db-wal`).length).toBe(0);

    // Sam holds both; Ana attends hers; the coordinator holds none.
    const samList = (await enrolled.Sam.browser.request<Debrief[]>('GET', '/api/debriefs')).body;
    expect(samList.map((d) => [d.responderId, d.mine])).toEqual(
      expect.arrayContaining([
        [line.ids.Ana, 'hold'],
        [line.ids.Beto, 'hold'],
      ]),
    );
    expect(
      (await enrolled.Ana.browser.request<Debrief[]>('GET', '/api/debriefs')).body.map((d) => [d.responderId, d.mine]),
    ).toEqual([[line.ids.Ana, 'attend']]);
    expect((await enrolled.Cora.browser.request<Debrief[]>('GET', '/api/debriefs')).body).toEqual([]);

    const words = 'placeholder debrief words';
    const path = `/api/debriefs/${id}/${line.ids.Ana}`;
    const recordId = debriefRecordId(id, line.ids.Ana ?? '');
    // Sealed to someone else besides the two of them: refused. Under another record id: refused.
    const toBeto = sealRecord({
      recordId,
      plaintext: words,
      readers: [enrolled.Ana.identity, enrolled.Sam.identity, enrolled.Beto.identity],
    });
    expect(
      (
        await enrolled.Ana.browser.request<Problem>('POST', path, { done: true, record: toBeto })
      ).body.error.fields?.map((f) => f.field),
    ).toEqual(['/record/keys']);
    const moved = sealRecord({
      recordId: 'elsewhere',
      plaintext: words,
      readers: [enrolled.Ana.identity, enrolled.Sam.identity],
    });
    expect(
      (await enrolled.Ana.browser.request<Problem>('POST', path, { done: true, record: moved })).body.error.fields?.map(
        (f) => f.field,
      ),
    ).toEqual(['/record/recordId']);
    // Neither the coordinator nor Beto can mark Ana's debrief.
    expect((await enrolled.Cora.browser.request('POST', path, { done: true })).status).toBe(404);
    expect((await enrolled.Beto.browser.request('POST', path, { done: true })).status).toBe(404);

    const record = sealRecord({ recordId, plaintext: words, readers: [enrolled.Ana.identity, enrolled.Sam.identity] });
    const done = await enrolled.Ana.browser.request<Debrief>('POST', path, { done: true, record });
    expect(done.status).toBe(200);
    expect(done.body.doneAt).toBe(line.clock.now());
    expect(done.body.record?.keys).toHaveLength(1);
    const stored = await db()
      .selectFrom('debriefs')
      .select('sealed')
      .where('response_id', '=', id)
      .where('responder_id', '=', line.ids.Ana ?? '')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(stored.sealed ?? '{}')).toMatchObject({ recordId, keys: record.keys });
    // Each participant opens it with their own key; nobody else is handed it.
    const samsCopy = (await enrolled.Sam.browser.request<Debrief[]>('GET', '/api/debriefs')).body.find(
      (d) => d.responderId === line.ids.Ana,
    );
    expect(openRecordText(samsCopy?.record as SealedRecord, enrolled.Sam.identity)).toBe(words);
    const anasCopy = (await enrolled.Ana.browser.request<Debrief[]>('GET', '/api/debriefs')).body[0];
    expect(openRecordText(anasCopy?.record as SealedRecord, enrolled.Ana.identity)).toBe(words);
    expect(JSON.stringify((await enrolled.Beto.browser.request<Debrief[]>('GET', '/api/debriefs')).body)).not.toContain(
      record.ciphertext,
    );
    expect(JSON.stringify((await enrolled.Cora.browser.request('GET', '/api/debriefs')).body)).not.toContain(
      record.ciphertext,
    );

    // The holder marks Beto's done with no words.
    const plain = await enrolled.Sam.browser.request<Debrief>('POST', `/api/debriefs/${id}/${line.ids.Beto}`, {
      done: true,
    });
    expect(plain.body).toMatchObject({ mine: 'hold', record: null, doneAt: line.clock.now() });
    expect(
      (await api<{ debriefs: unknown }>('GET', '/api/dispatch/evaluation', undefined, 'Cora')).body.debriefs,
    ).toEqual({ done: 2, notDone: 0 });
  });

  it('without a support person who said yes, the debriefs are held by the coordinator', async () => {
    line = await startDispatchLine(kind);
    const made = await api<ResponseView>('POST', '/api/dispatch', visit(), 'Rita');
    await line.sim.runUntilIdle();
    for (const who of ['Ana', 'Beto'] as const)
      expect(
        (await api('POST', `/api/dispatch/${made.body.id}/answer`, { accept: true, etaMinutes: 5 }, who)).status,
      ).toBe(200);
    const closed = await api<{ debriefs: { supportId: string | null }[] }>(
      'POST',
      `/api/dispatch/${made.body.id}/close`,
      { outcome: 'resolved' },
      'Rita',
    );
    expect(closed.body.debriefs.map((d) => d.supportId)).toEqual([line.ids.Cora, line.ids.Cora]);
    const sam = await db()
      .selectFrom('field_members')
      .select('status')
      .where('response_id', '=', made.body.id)
      .where('responder_id', '=', line.ids.Sam ?? '')
      .executeTakeFirst();
    expect(sam?.status).toBe('released');
  });

  it('a follow-up reminder fires at its local time in the program’s zone, across the change to daylight saving, once, in the assignee’s language', async () => {
    line = await startDispatchLine(kind, { program: { timeZone: 'America/Chicago' } });
    const id = await formed();
    const follow = (body: Record<string, unknown>) =>
      api<FollowUp>('POST', `/api/dispatch/${id}/follow-ups`, body, 'Rita');
    // A call needs the person's number; bad dates, times and assignees are named.
    expect(
      (
        await follow({ kind: 'call', date: '2027-03-15', time: '14:00', assignedTo: line.ids.Dee })
      ).body.error.fields?.map((f) => f.field),
    ).toEqual(['/kind']);
    expect(
      (
        await follow({ kind: 'accompany', date: '2027-02-30', time: '25:00', assignedTo: 'nobody' })
      ).body.error.fields?.map((f) => f.field),
    ).toEqual(['/date', '/time', '/assignedTo']);
    expect(
      (
        await follow({ kind: 'accompany', date: '2026-11-22', time: '09:00', assignedTo: line.ids.Dee })
      ).body.error.fields?.map((f) => f.field),
    ).toEqual(['/time']);
    expect((await api('PUT', `/api/dispatch/${id}/contact`, { number: CANARY }, 'Rita')).status).toBe(200);

    // Scheduled in November (CST, UTC−6) for a day after clocks spring forward (CDT, UTC−5): 14:00 there is 19:00 UTC.
    const call = await follow({ kind: 'call', date: '2027-03-15', time: '14:00', assignedTo: line.ids.Dee });
    expect(call.status, JSON.stringify(call.body)).toBe(201);
    const dueAt = Date.UTC(2027, 2, 15, 19, 0);
    expect(call.body).toMatchObject({
      alias: 'R1',
      kind: 'call',
      date: '2027-03-15',
      time: '14:00',
      dueAt,
      remindedAt: null,
      contactHeld: true,
    });
    const escort = await follow({ kind: 'accompany', date: '2027-03-15', time: '14:00', assignedTo: line.ids.Eve });
    expect(escort.status).toBe(201);
    const mine = (await api<FollowUp[]>('GET', '/api/follow-ups', undefined, 'Dee')).body;
    expect(mine.map((f) => f.id)).toEqual([call.body.id]);

    const reminders = (who: 'Dee' | 'Eve') =>
      line.inbox(who).filter((t) => t.includes('R1') && !t.includes('team needed'));
    line.clock.advance(dueAt - MINUTE - line.clock.now()); // 13:59 in Chicago
    expect(await care()).toMatchObject({ reminded: 0 });
    expect(reminders('Dee')).toEqual([]);
    line.clock.advance(MINUTE); // 14:00
    expect(await care()).toMatchObject({ reminded: 2 });
    const url = `${line.t.kith.ctx.config.publicUrl}/console/field/after`;
    expect(reminders('Dee')).toEqual([`Kith: follow-up with R1 today at 14:00 (call). Open the console: ${url}`]);
    expect(reminders('Eve')).toEqual([
      `Kith: seguimiento con R1 hoy a las 14:00 (acompañamiento). Abra la consola: ${url}`,
    ]);
    for (const form of numberForms(CANARY)) expect(line.sim.messages.map((m) => m.body).join('\n')).not.toContain(form);
    // Once only.
    line.clock.advance(5 * MINUTE);
    expect(await care()).toMatchObject({ reminded: 0 });
    expect(reminders('Dee')).toHaveLength(1);
    expect((await api<FollowUp[]>('GET', '/api/follow-ups', undefined, 'Dee')).body[0]?.remindedAt).toBe(dueAt);
  });

  it('the person’s number is kept sealed for the follow-ups and erased after the last one: a canary scan of every byte', async () => {
    line = await startDispatchLine(kind);
    const answers: string[] = [];
    const call = async <T>(method: string, path: string, body: unknown, who: Who) => {
      const result = await api<T>(method, path, body, who);
      answers.push(JSON.stringify(result.body));
      return result;
    };
    const id = await formed();
    const bad = await call('PUT', `/api/dispatch/${id}/contact`, { number: '202 555 01' }, 'Rita');
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields?.map((f) => f.field)).toEqual(['/number']);
    expect(JSON.stringify(bad.body)).not.toMatch(/202 ?555 ?01/);
    const kept = await call<{ held: boolean }>(
      'PUT',
      `/api/dispatch/${id}/contact`,
      { number: '(202) 555-0187' },
      'Rita',
    );
    expect(kept.status).toBe(200);
    expect(kept.body.held).toBe(true);

    // It is there, sealed: the server's key opens it, bound to this response.
    const sealed = (
      await db().selectFrom('field_responses').select('contact_sealed').where('id', '=', id).executeTakeFirstOrThrow()
    ).contact_sealed;
    expect(sealed).not.toBeNull();
    expect(line.t.kith.ctx.keys.open(sealed ?? '', id)).toBe(CANARY);
    expect(() => line.t.kith.ctx.keys.open(sealed ?? '', 'another-response')).toThrow();

    const tomorrow = (time: string) => ({ date: '2026-11-24', time });
    const first = await call<FollowUp>(
      'POST',
      `/api/dispatch/${id}/follow-ups`,
      { kind: 'call', ...tomorrow('10:00'), assignedTo: line.ids.Ana },
      'Rita',
    );
    const second = await call<FollowUp>(
      'POST',
      `/api/dispatch/${id}/follow-ups`,
      { kind: 'text', ...tomorrow('18:00'), assignedTo: line.ids.Ana },
      'Rita',
    );
    expect([first.status, second.status]).toEqual([201, 201]);
    // The assignee reaches the person through the line, and nobody's number changes hands: Kith rings
    // Ana's phone showing the community number, then dials the person showing it too.
    line.sim.phone(CANARY, { kind: 'answer', afterSeconds: 2, hangUpAfterSeconds: 60 });
    expect((await call('POST', `/api/follow-ups/${first.body.id}/call`, {}, 'Beto')).status).toBe(404);
    expect((await call('POST', `/api/follow-ups/${second.body.id}/call`, {}, 'Ana')).status).toBe(409); // a text, not a call
    expect((await call('POST', `/api/follow-ups/${first.body.id}/call`, {}, 'Ana')).status).toBe(200);
    await line.sim.runUntilIdle();
    expect(line.sim.phoneLog(PHONES.Ana).at(-1)?.shownCallerId).toBe(COMMUNITY_NUMBER);
    const toPerson = line.sim.phoneLog(CANARY);
    expect(toPerson).toHaveLength(1);
    expect(toPerson[0]?.shownCallerId).toBe(COMMUNITY_NUMBER);
    expect(toPerson[0]?.bridgedWith).toBeDefined();
    expect(
      (await call('POST', `/api/follow-ups/${second.body.id}/text`, { body: 'placeholder check-in' }, 'Ana')).status,
    ).toBe(200);
    await line.sim.runUntilIdle();
    expect(line.sim.inbox(CANARY).map((m) => m.body)).toEqual(['placeholder check-in']);
    await call('GET', '/api/follow-ups', undefined, 'Ana');
    await call('GET', `/api/dispatch/${id}`, undefined, 'Rita');
    expect((await call('POST', `/api/dispatch/${id}/close`, { outcome: 'connected-to-care' }, 'Rita')).status).toBe(
      200,
    );

    // Hours pass: the contact outlives the two-hour window because follow-ups are waiting on it.
    line.clock.advance(DAY);
    expect(await care()).toMatchObject({ erased: 0 });
    expect((await call<FollowUp>('POST', `/api/follow-ups/${first.body.id}/done`, {}, 'Ana')).status).toBe(200);
    expect(
      (await db().selectFrom('field_responses').select('contact_sealed').where('id', '=', id).executeTakeFirstOrThrow())
        .contact_sealed,
    ).not.toBeNull();
    expect((await call<FollowUp>('POST', `/api/follow-ups/${second.body.id}/done`, {}, 'Ana')).status).toBe(200);
    expect((await call('POST', `/api/follow-ups/${second.body.id}/done`, {}, 'Ana')).status).toBe(409);
    await care();

    // Gone: nothing the server holds opens to it; the assignee is told there is none.
    const row = await db()
      .selectFrom('field_responses')
      .select(['contact_sealed', 'contact_erase_after'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ contact_sealed: null, contact_erase_after: null });
    expect((await call('POST', `/api/follow-ups/${first.body.id}/call`, {}, 'Ana')).status).toBe(409); // done: nothing to reach
    for (const who of ['Ana', 'Rita', 'Cora'] as const) await call('GET', '/api/follow-ups', undefined, who);
    await call('GET', '/api/dispatch/evaluation', undefined, 'Cora');
    await call('POST', '/api/holdings', {}, 'Cora');

    // Every byte: the data folder (database, -wal, log), PostgreSQL's rows, every API answer, in every form and encoding.
    if (kind === 'sqlite') await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db());
    const forms = numberForms(CANARY);
    expect(filesContaining(line.t.storage.dataDir, forms)).toEqual([]);
    const seized: Seized[] = [
      { name: 'log', bytes: readFileSync(line.t.logFile) },
      { name: 'answers', bytes: Buffer.from(answers.join('\n')) },
    ];
    if (kind === 'sqlite') {
      for (const file of ['kith.db', 'kith.db-wal'])
        seized.push({ name: file, bytes: readFileSync(`${line.t.storage.dataDir}/${file}`) });
    } else {
      seized.push({ name: 'postgres rows', bytes: Buffer.from(await postgresRowsText(line.t.storage.pgSchema ?? '')) });
    }
    expect(search(seized, numberNeedles(CANARY))).toEqual([]);
    for (const answer of answers) for (const form of forms) expect(answer).not.toContain(form);
  });

  it('the number also goes when every follow-up is removed, or when none is scheduled within two hours', async () => {
    line = await startDispatchLine(kind);
    const id = await formed();
    const held = async () =>
      (await db().selectFrom('field_responses').select('contact_sealed').where('id', '=', id).executeTakeFirstOrThrow())
        .contact_sealed !== null;
    await api('PUT', `/api/dispatch/${id}/contact`, { number: CANARY }, 'Rita');
    const made = await api<FollowUp>(
      'POST',
      `/api/dispatch/${id}/follow-ups`,
      { kind: 'call', date: '2026-11-30', time: '12:00', assignedTo: line.ids.Beto },
      'Rita',
    );
    expect((await api('DELETE', `/api/follow-ups/${made.body.id}`, undefined, 'Cai')).status).toBe(404);
    expect((await api('DELETE', `/api/follow-ups/${made.body.id}`, undefined, 'Beto')).status).toBe(204);
    expect(await held()).toBe(false);

    await api('PUT', `/api/dispatch/${id}/contact`, { number: CANARY }, 'Rita');
    line.clock.advance(2 * HOUR - MINUTE);
    expect(await care()).toMatchObject({ erased: 0 });
    expect(await held()).toBe(true);
    line.clock.advance(MINUTE);
    expect(await care()).toMatchObject({ erased: 1 });
    expect(await held()).toBe(false);
  });

  it('retention: debrief words go at the words period after close, and the whole response at the evaluation period, its rows by cascade', async () => {
    line = await startDispatchLine(kind, { program: { retention: { wordsDays: 2, evaluationDays: 7 } } });
    await ready();
    const ana = await enrol(line.t, line.token, line.ids.Ana ?? '', 'ana');
    const sam = await enrol(line.t, line.token, line.ids.Sam ?? '', 'sam');
    const id = await formed();
    await api(
      'POST',
      `/api/dispatch/${id}/events`,
      { kind: 'emergency_services', category: 'medical', personConsented: true },
      'Ana',
    );
    await api(
      'POST',
      `/api/dispatch/${id}/follow-ups`,
      { kind: 'accompany', date: '2026-11-24', time: '09:00', assignedTo: line.ids.Ana },
      'Rita',
    );
    // Another response still open is never purged, however old.
    const open = (await api<ResponseView>('POST', '/api/dispatch', visit(), 'Cora')).body.id;
    expect((await api('POST', `/api/dispatch/${id}/close`, { outcome: 'resolved' }, 'Ana')).status).toBe(200);
    const closedAt = line.clock.now();
    const record = sealRecord({
      recordId: debriefRecordId(id, ana.id),
      plaintext: 'placeholder',
      readers: [ana.identity, sam.identity],
    });
    expect((await ana.browser.request('POST', `/api/debriefs/${id}/${ana.id}`, { done: true, record })).status).toBe(
      200,
    );
    const purge = () => purgeExpired(purgeDepsOf(line.t.kith.ctx));

    line.clock.advance(closedAt + 2 * DAY - HOUR - line.clock.now());
    expect((await purge()).words.debriefWords).toBe(0);
    line.clock.advance(2 * HOUR);
    expect((await purge()).words.debriefWords).toBe(1);
    expect(await db().selectFrom('debriefs').select('sealed').where('sealed', 'is not', null).execute()).toEqual([]);
    expect(await db().selectFrom('debriefs').selectAll().execute()).toHaveLength(2);

    const count = async (table: 'field_members' | 'field_events' | 'debriefs' | 'follow_ups') =>
      (await db().selectFrom(table).select('response_id').where('response_id', '=', id).execute()).length;
    const before = {
      members: await count('field_members'),
      events: await count('field_events'),
      debriefs: await count('debriefs'),
      followUps: await count('follow_ups'),
    };
    expect(before).toMatchObject({ events: 1, debriefs: 2, followUps: 1 });
    line.clock.advance(closedAt + 7 * DAY - HOUR - line.clock.now());
    expect((await purge()).evaluation.fieldResponses).toBe(0);
    line.clock.advance(2 * HOUR);
    const report = await purge();
    expect(report.evaluation).toMatchObject({
      fieldResponses: 1,
      fieldMembers: before.members,
      fieldEvents: 1,
      debriefs: 2,
      followUps: 1,
    });
    // ON DELETE CASCADE took every row of it; the open one is whole.
    for (const table of ['field_members', 'field_events', 'debriefs', 'follow_ups'] as const)
      expect(await count(table), table).toBe(0);
    expect((await db().selectFrom('field_responses').select('id').execute()).map((r) => r.id)).toEqual([open]);
  });
  it('a burn takes every brief and its keys, the debrief words and every follow-up number at once', async () => {
    line = await startDispatchLine(kind);
    await ready();
    const rita = await enrol(line.t, line.token, line.ids.Rita ?? '', 'rita');
    const ana = await enrol(line.t, line.token, line.ids.Ana ?? '', 'ana');
    const sam = await enrol(line.t, line.token, line.ids.Sam ?? '', 'sam');
    const first = await formed();
    await api('PUT', `/api/dispatch/${first}/contact`, { number: CANARY }, 'Rita');
    await api(
      'POST',
      `/api/dispatch/${first}/follow-ups`,
      { kind: 'call', date: '2026-11-30', time: '12:00', assignedTo: line.ids.Ana },
      'Rita',
    );
    await api('POST', `/api/dispatch/${first}/close`, { outcome: 'resolved' }, 'Rita');
    const record = sealRecord({
      recordId: debriefRecordId(first, ana.id),
      plaintext: 'placeholder',
      readers: [ana.identity, sam.identity],
    });
    expect((await ana.browser.request('POST', `/api/debriefs/${first}/${ana.id}`, { done: true, record })).status).toBe(
      200,
    );
    const brief = sealRecord({ recordId: randomUUID(), plaintext: 'placeholder place', readers: [rita.identity] });
    const open = await api<ResponseView>('POST', '/api/dispatch', visit({ brief }), 'Rita');
    expect(open.status).toBe(201);

    const burnt = await line.t.api<{ destroyed: { numbersErased: number } }>(
      'POST',
      '/api/program/burn',
      { confirm: 'Northside Care Line' },
      line.token,
    );
    expect(burnt.status).toBe(200);
    expect(burnt.body.destroyed.numbersErased).toBe(1);
    expect(await db().selectFrom('field_brief_readers').selectAll().execute()).toEqual([]);
    const responses = await db().selectFrom('field_responses').select(['brief_sealed', 'contact_sealed']).execute();
    expect(responses).toEqual([
      { brief_sealed: null, contact_sealed: null },
      { brief_sealed: null, contact_sealed: null },
    ]);
    expect(await db().selectFrom('debriefs').select('sealed').where('sealed', 'is not', null).execute()).toEqual([]);
    // The records for evaluation stay: two responses, the debriefs done or not, the follow-up.
    expect(await db().selectFrom('debriefs').selectAll().execute()).toHaveLength(2);
    expect(await db().selectFrom('follow_ups').selectAll().execute()).toHaveLength(1);
  });
});
