import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { keyId, openRecordText, ready, sealRecord, shareRecord, type SealedRecord } from '../../src/crypto/e2e';
import type { ResponseView } from '../../src/dispatch/types';
import { enrol, type Member } from '../../src/notes/test-fixtures';
import { DB_KINDS } from '../support/databases';
import { onCallAllWeek } from '../support/line';
import { startDispatchLine, visit, type DispatchLine } from '../support/dispatch';

const MINUTE = 60_000;
const PLACE = 'Laundromat on 9th, back bench; she has a dog';

interface Problem {
  error: { code: string; fields?: { field: string; message: string }[] };
}

/**
 * Someone who joins a team after the brief was sealed: a yes after their ask timed out (their key
 * was deleted), or a responder who came on shift after the request (no key was ever sealed to
 * them). They are on the team; a reader's console shares the brief with them (docs/DISPATCH.md).
 */
describe.each(DB_KINDS)('sharing the brief with someone who joins late (%s)', (kind) => {
  let line: DispatchLine;
  afterEach(async () => {
    await line?.stop();
  });

  const view = async (m: Member, id: string) =>
    (await m.browser.request<ResponseView>('GET', `/api/dispatch/${id}`)).body;
  const share = (from: Member, id: string, body: unknown) =>
    from.browser.request<ResponseView & Problem>('POST', `/api/dispatch/${id}/brief/readers`, body);
  /** What a reader's console does: seal the brief's data key, opened with its own key, to the teammate's public key. */
  const sealedFor = (reader: Member, brief: SealedRecord, to: { keyId: string; publicKey: string }) => {
    const entry = shareRecord(brief, reader.identity, to).keys.find((k) => k.keyId === to.keyId);
    if (!entry) throw new Error('no entry made');
    return entry;
  };

  /** Rita asks for a de-escalation team of two, the brief sealed to her and every candidate with a key. */
  async function askWithBrief(people: Member[], rita: Member): Promise<{ made: ResponseView; sealed: SealedRecord }> {
    await ready();
    const brief = sealRecord({ recordId: randomUUID(), plaintext: PLACE, readers: people.map((p) => p.identity) });
    const made = await rita.browser.request<ResponseView>('POST', '/api/dispatch', visit({ brief }));
    expect(made.status).toBe(201);
    await line.sim.runUntilIdle();
    return { made: made.body, sealed: brief };
  }

  it('a yes after a timeout: the requester is told who waits, shares, and the late joiner opens the brief; every wrong share is refused by name', async () => {
    line = await startDispatchLine(kind, { dispatch: { teamMax: 3 } });
    const [rita, ana, beto, cai] = await Promise.all(
      ['Rita', 'Ana', 'Beto', 'Cai'].map((who) => enrol(line.t, line.token, line.ids[who] ?? '', who.toLowerCase())),
    );
    if (!rita || !ana || !beto || !cai) throw new Error('enrolment');
    const { made, sealed } = await askWithBrief([rita, ana, beto, cai], rita);
    // Ana and Beto (de-escalation) and Cai are asked; Beto says yes; Ana does not answer in time and loses her key.
    await line.text('Beto', 'R1 YES 10');
    line.clock.advance(4 * MINUTE);
    await line.sweep();
    expect((await view(rita, made.id)).members.find((m) => m.responderId === ana.id)?.status).toBe('timed_out');
    // Beto held a key, so his yes asked nobody to share; Ana's yes tells the requester to open the console.
    expect(line.inbox('Rita').join('\n')).not.toContain('joined the team after the brief');
    await line.text('Ana', 'R1 YES 5');
    expect(line.inbox('Ana').at(-1)).toContain('you are on the team');
    expect(line.inbox('Rita').at(-1)).toBe(
      `Kith R1: Ana joined the team after the brief was written. Open the console so it shares the brief with them: ${line.t.kith.ctx.config.publicUrl}/console/field/${made.id}`,
    );
    expect(line.inbox('Rita').at(-1)).not.toContain('Laundromat');

    const anaSees = await view(ana, made.id);
    expect(anaSees.members.find((m) => m.responderId === ana.id)?.status).toBe('accepted');
    expect(anaSees.brief).toBeNull();
    expect(anaSees.briefHeld).toBe(true);
    expect(anaSees.briefWaiting).toEqual([]); // she holds nothing to share

    const ritaSees = await view(rita, made.id);
    expect(ritaSees.briefWaiting).toEqual([
      { responderId: ana.id, name: 'Ana', keyId: ana.identity.keyId, publicKey: ana.identity.publicKey },
    ]);
    const brief = ritaSees.brief;
    if (!brief) throw new Error('Rita holds the brief');
    const entry = sealedFor(rita, brief, ana.identity);

    // Someone asked but not on the team (Cai, who timed out too) cannot share: 404, as for no such response.
    expect(
      (await share(cai, made.id, { responderId: ana.id, sealedKey: sealedFor(cai, sealed, ana.identity) })).status,
    ).toBe(404);
    // Cai is not on the team, so not a reader.
    const notOnTeam = await share(rita, made.id, {
      responderId: cai.id,
      sealedKey: sealedFor(rita, brief, cai.identity),
    });
    expect(notOnTeam.status).toBe(422);
    expect(notOnTeam.body.error.fields?.map((f) => f.field)).toEqual(['/responderId']);
    // A key sealed to someone else's public key is refused.
    const wrongKey = await share(rita, made.id, {
      responderId: ana.id,
      sealedKey: sealedFor(rita, brief, beto.identity),
    });
    expect(wrongKey.status).toBe(422);
    expect(wrongKey.body.error.fields?.map((f) => f.field)).toEqual(['/sealedKey/keyId']);
    const malformed = await share(rita, made.id, {
      responderId: ana.id,
      sealedKey: { keyId: entry.keyId, sealedKey: 'AAAA' },
    });
    expect(malformed.status).toBe(422);
    expect(malformed.body.error.fields?.map((f) => f.field)).toContain('/sealedKey/sealedKey');
    expect((await view(ana, made.id)).brief).toBeNull();

    const shared = await share(rita, made.id, { responderId: ana.id, sealedKey: entry });
    expect(shared.status).toBe(201);
    expect(shared.body.briefWaiting).toEqual([]);
    const opened = (await view(ana, made.id)).brief;
    expect(opened?.keys).toEqual([entry]);
    expect(openRecordText(opened ?? brief, ana.identity)).toBe(PLACE);
    expect(
      (
        await share(beto, made.id, {
          responderId: ana.id,
          sealedKey: sealedFor(beto, (await view(beto, made.id)).brief ?? brief, ana.identity),
        })
      ).status,
    ).toBe(409);

    // Closing deletes the brief with every key, the shared one included: nothing left to share.
    expect((await rita.browser.request('POST', `/api/dispatch/${made.id}/close`, { outcome: 'resolved' })).status).toBe(
      200,
    );
    const after = await view(rita, made.id);
    expect([after.brief, after.briefHeld, after.briefWaiting]).toEqual([null, false, []]);
    expect((await share(rita, made.id, { responderId: ana.id, sealedKey: entry })).status).toBe(404);
    const keysLeft = await line.t.kith.ctx.db.kysely
      .selectFrom('field_brief_readers')
      .select('responder_id')
      .where('response_id', '=', made.id)
      .execute();
    expect(keysLeft).toEqual([]);
  });

  it('someone who came on shift after the request is asked, says yes, and a teammate who went shares the brief with them', async () => {
    line = await startDispatchLine(kind);
    const [rita, ana, beto, eve] = await Promise.all(
      ['Rita', 'Ana', 'Beto', 'Eve'].map((who) => enrol(line.t, line.token, line.ids[who] ?? '', who.toLowerCase())),
    );
    if (!rita || !ana || !beto || !eve) throw new Error('enrolment');
    // Eve is off shift when Rita asks for a naloxone team, so the brief is not sealed to her.
    await ready();
    const brief = sealRecord({
      recordId: randomUUID(),
      plaintext: PLACE,
      readers: [rita, ana, beto].map((p) => p.identity),
    });
    const made = (
      await rita.browser.request<ResponseView>('POST', '/api/dispatch', visit({ needs: ['naloxone'], brief }))
    ).body;
    await line.sim.runUntilIdle();
    expect(line.inbox('Eve')).toEqual([]);
    await line.text('Beto', 'R1 YES 10');
    // Eve comes on shift; Ana, asked second, says no: Eve (naloxone) is now the best fit and is asked.
    await onCallAllWeek(line.t, line.token, eve.id, 'primary', 'field');
    await line.text('Ana', 'R1 NO');
    expect(line.inbox('Eve').at(-1)).toContain('R1 SI'); // in her language
    await line.text('Eve', 'R1 YES 12');
    expect(line.inbox('Rita').filter((t) => t.includes('joined the team after the brief'))).toEqual([
      expect.stringContaining('Kith R1: Eve joined'),
    ]);
    expect((await view(eve, made.id)).state).toBe('formed');

    // Beto, on the team and holding the brief, is told Eve waits (the requester is not the only one who can share).
    const betoSees = await view(beto, made.id);
    expect(betoSees.briefWaiting.map((w) => w.name)).toEqual(['Eve']);
    const entry = sealedFor(beto, betoSees.brief ?? brief, eve.identity);
    expect((await share(beto, made.id, { responderId: eve.id, sealedKey: entry })).status).toBe(201);
    expect(openRecordText((await view(eve, made.id)).brief ?? brief, eve.identity)).toBe(PLACE);
    expect((await view(rita, made.id)).briefWaiting).toEqual([]);
    // Ana said no: her key went, and she is waiting for nothing.
    expect((await view(ana, made.id)).brief).toBeNull();
    expect(keyId(eve.identity.publicKey)).toBe(entry.keyId);
  });
});
