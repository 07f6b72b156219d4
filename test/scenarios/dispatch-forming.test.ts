import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { generateIdentity, keyId, openRecordText, ready, sealRecord } from '../../src/crypto/e2e';
import { answer } from '../../src/dispatch/formation';
import { dispatchDepsOf, type ResponseView } from '../../src/dispatch/types';
import { getProgram } from '../../src/program/service';
import { enrol } from '../../src/notes/test-fixtures';
import { DB_KINDS } from '../support/databases';
import { PHONES, startDispatchLine, visit, type DispatchLine, type Who } from '../support/dispatch';

const MINUTE = 60_000;

interface Problem {
  error: { code: string; message: string; fields?: { field: string; message: string }[] };
}

describe.each(DB_KINDS)('forming a field team (%s)', (kind) => {
  let line: DispatchLine;
  afterEach(async () => {
    await line?.stop();
  });

  const ask = (body: Record<string, unknown>, who: Who = 'Rita') =>
    line.t.api<ResponseView & Problem>('POST', '/api/dispatch', body, line.tokens[who]);
  const view = async (id: string, who: Who = 'Rita') =>
    (await line.t.api<ResponseView>('GET', `/api/dispatch/${id}`, undefined, line.tokens[who])).body;
  const status = (v: ResponseView, who: Who) => v.members.find((m) => m.responderId === line.ids[who])?.status;
  const texted = () => line.sim.messages.filter((m) => Object.values(PHONES).includes(m.to as (typeof PHONES)[Who]));

  it('without the person’s consent to a visit: 422 naming /agreed, nothing stored, nobody texted', async () => {
    line = await startDispatchLine(kind);
    const refused = await ask(visit({ agreed: ['accompaniment'] }));
    expect(refused.status).toBe(422);
    expect(refused.body.error.fields).toEqual([
      { field: '/agreed', message: 'Ask the person whether they agree to a visit first' },
    ]);
    const unknown = await ask(visit({ needs: ['helicopter'] }));
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.fields?.[0]?.field).toBe('/needs/0');
    await line.sim.runUntilIdle();
    expect(texted()).toEqual([]);
    expect(line.sim.inbox(PHONES.Ana)).toEqual([]);
    expect((await line.t.api<ResponseView[]>('GET', '/api/dispatch', undefined, line.tokens.Rita)).body).toEqual([]);
  });

  it('asks the best fit first (the Spanish-speaking naloxone carrier), forms at teamMin, and serves the brief only to the requester and those who said yes', async () => {
    line = await startDispatchLine(kind);
    const [rita, beto, ana] = await Promise.all([
      enrol(line.t, line.token, line.ids.Rita ?? '', 'rita'),
      enrol(line.t, line.token, line.ids.Beto ?? '', 'beto'),
      enrol(line.t, line.token, line.ids.Ana ?? '', 'ana'),
    ]);
    const candidates = await line.t.api<
      { id: string; name: string; publicKey: string | null; keyId: string | null; role: string }[]
    >('GET', '/api/dispatch/candidates?needs=naloxone,language&language=es', undefined, line.tokens.Rita);
    expect(candidates.status).toBe(200);
    expect(candidates.body.map((c) => c.name)).toEqual(['Beto', 'Ana', 'Cai', 'Dee', 'Sam']);
    expect(candidates.body.map((c) => c.role)).toEqual(['field', 'field', 'field', 'field', 'support']);
    expect(candidates.body[0]?.keyId).toBe(keyId(beto.identity.publicKey));
    expect(JSON.stringify(candidates.body)).not.toContain('55501');

    await ready();
    const place = 'Corner of 5th and Elm, blue door; bring water';
    const readers = [
      rita.identity,
      ...candidates.body
        .filter((c) => c.publicKey)
        .map((c) => ({ keyId: keyId(c.publicKey ?? ''), publicKey: c.publicKey ?? '' })),
    ];
    const brief = sealRecord({
      recordId: randomUUID(),
      plaintext: place,
      readers: readers.map((r) => ({ keyId: r.keyId, publicKey: r.publicKey })),
    });
    // A key for someone who is neither the requester nor a candidate is refused.
    const stranger = generateIdentity();
    const wrong = await ask(
      visit({
        needs: ['naloxone', 'language'],
        language: 'es',
        brief: sealRecord({ recordId: randomUUID(), plaintext: place, readers: [stranger] }),
      }),
    );
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.fields?.[0]?.field).toBe('/brief/keys/0/keyId');

    const made = await ask(
      visit({ needs: ['naloxone', 'language'], language: 'es', agreed: ['visit', 'naloxone'], brief }),
    );
    expect(made.status).toBe(201);
    expect(made.body.alias).toBe('R1');
    expect(made.body.state).toBe('forming');
    expect(made.body.brief?.keys).toHaveLength(1);
    expect(openRecordText(made.body.brief ?? brief, rita.identity)).toBe(place);
    await line.sim.runUntilIdle();
    // Teams of two: Beto (both needs) and Ana are asked; Cai and Dee wait; Sam is asked to support.
    expect(line.inbox('Beto')).toEqual([
      `Kith R1: crisis team needed (naloxone, Spanish). Reply R1 YES and your minutes away (R1 YES 15), or R1 NO. Console: ${line.t.kith.ctx.config.publicUrl}/console/field/${made.body.id}`,
    ]);
    expect(line.inbox('Ana')).toHaveLength(1);
    expect(line.inbox('Cai')).toEqual([]);
    expect(line.inbox('Eve')).toEqual([]); // off shift, though she speaks Spanish and carries naloxone
    expect(line.inbox('Sam')[0]).toContain('support person');
    // The pager never carries the place.
    expect(line.sim.messages.map((m) => m.body).join(' ')).not.toContain('Elm');

    // Asked but not yet answered: Beto holds a key, but is not served the brief.
    const before = await beto.browser.request<ResponseView>('GET', `/api/dispatch/${made.body.id}`);
    expect(before.body.brief).toBeNull();

    await line.text('Beto', 'r1 yes 15');
    expect(line.inbox('Beto').at(-1)).toContain('you are on the team');
    let v = await view(made.body.id);
    expect(v.state).toBe('forming');
    expect(v.members.find((m) => m.responderId === line.ids.Beto)).toMatchObject({
      status: 'accepted',
      etaMinutes: 15,
    });
    const after = await beto.browser.request<ResponseView>('GET', `/api/dispatch/${made.body.id}`);
    expect(after.body.brief?.keys).toHaveLength(1);
    expect(openRecordText(after.body.brief ?? brief, beto.identity)).toBe(place);

    const yes = await ana.browser.request<ResponseView>('POST', `/api/dispatch/${made.body.id}/answer`, {
      accept: true,
      etaMinutes: 20,
    });
    expect(yes.status).toBe(200);
    expect(yes.body.state).toBe('formed');
    expect(yes.body.checkInDueAt).toBe(line.clock.now() + 30 * MINUTE);
    await line.sim.runUntilIdle();
    expect(line.inbox('Rita').at(-1)).toContain('Kith R1: the team is formed (2 going)');
    expect(line.inbox('Beto').at(-1)).toContain('the team is formed');
    // Someone not on it sees the board, never the brief.
    v = await view(made.body.id, 'Cai');
    expect(v.brief).toBeNull();
    expect(v.members.map((m) => m.name)).toEqual(expect.arrayContaining(['Beto', 'Ana', 'Sam']));
    expect(JSON.stringify(v)).not.toContain('55501');
  });

  it('declines and timeouts ask the next candidate until the team forms', async () => {
    line = await startDispatchLine(kind);
    const made = await ask(visit({ needs: ['first-aid'] }));
    const id = made.body.id;
    await line.sim.runUntilIdle();
    // Dee (first aid) first, then the one who has gone out least recently (nobody has: roster order) — Ana.
    expect(line.inbox('Dee')).toHaveLength(1);
    expect(line.inbox('Ana')).toHaveLength(1);
    expect(line.inbox('Beto')).toEqual([]);

    await line.text('Dee', 'R1 NO');
    expect(line.inbox('Dee').at(-1)).toContain('noted that you cannot go');
    expect(line.inbox('Beto')).toHaveLength(1); // the next is asked at once
    expect(status(await view(id), 'Dee')).toBe('declined');

    // Ana, Beto and Sam say nothing; after askMinutes they time out and Cai is asked (nobody else is on
    // shift); with no other support person on shift, the coordinator hears there is none.
    line.clock.advance(3 * MINUTE);
    const report = await line.sweep();
    expect(report.timedOut).toBe(3);
    expect(line.inbox('Cora').at(-1)).toContain('no support person is on shift');
    expect(line.inbox('Ana').at(-1)).toContain('no answer in time');
    expect(line.inbox('Cai')).toHaveLength(1);
    // A late yes after a timeout still counts while there is room.
    await line.text('Ana', 'R1 YES 12');
    expect(line.inbox('Ana').at(-1)).toContain('you are on the team');
    await line.text('Cai', 'R1 yes 8');
    const v = await view(id);
    expect(v.state).toBe('formed');
    expect(Object.fromEntries(v.members.map((m) => [m.name, m.status]))).toEqual({
      Ana: 'accepted',
      Beto: 'timed_out',
      Cai: 'accepted',
      Dee: 'declined',
      Sam: 'timed_out',
    });
    expect(line.inbox('Rita').at(-1)).toContain('the team is formed (2 going)');
  });

  it('no team possible: everyone asked is released, the requester is told, and the program’s guidance is shown', async () => {
    line = await startDispatchLine(kind, { dispatch: { teamMin: 3, teamMax: 3 } });
    const made = await ask(visit());
    const id = made.body.id;
    await line.sim.runUntilIdle();
    await line.text('Ana', 'R1 YES 10');
    // Nobody else answers; asks time out, the next are asked, until the program's formMinutes pass.
    for (let minute = 3; minute <= 15; minute += 3) {
      line.clock.advance(3 * MINUTE);
      await line.sweep();
    }
    const v = await view(id);
    expect(v.state).toBe('no_team');
    expect(v.closedAt).toBeGreaterThanOrEqual(v.formBy);
    expect(v.members.every((m) => ['released', 'declined', 'timed_out'].includes(m.status))).toBe(true);
    expect(v.guidance.noTeam).toContain('No team could go right now');
    expect(v.guidance.noTeam).not.toMatch(/911|police/i);
    expect(line.inbox('Rita').at(-1)).toBe(
      `Kith R1: no team could be formed in time. The console shows what to do now: ${line.t.kith.ctx.config.publicUrl}/console/field/${id}`,
    );
    expect(line.inbox('Ana').at(-1)).toContain('no longer needed');
    expect(line.inbox('Sam').at(-1)).toContain('no answer in time');
    // Over: a late yes is told it is not open, and the alias is free again.
    await line.text('Cai', 'R1 YES 5');
    expect(line.inbox('Cai').at(-1)).toContain('not open');
    expect((await ask(visit())).body.alias).toBe('R1');
  });

  it('two members accept the last place at the same moment: exactly one gets it', async () => {
    line = await startDispatchLine(kind);
    const id = (await ask(visit())).body.id;
    await line.sim.runUntilIdle();
    await line.text('Ana', 'R1 YES 5'); // Ana and Beto were asked; Ana takes the first of two places
    // Beto does not answer in time, so Cai is asked for the last place; then Beto's late yes and
    // Cai's yes arrive at the same moment.
    line.clock.advance(3 * MINUTE);
    await line.sweep();
    expect(status(await view(id), 'Beto')).toBe('timed_out');
    const [beto, cai] = await Promise.all([
      line.t.api<ResponseView>('POST', `/api/dispatch/${id}/answer`, { accept: true, etaMinutes: 7 }, line.tokens.Beto),
      line.t.api<ResponseView>('POST', `/api/dispatch/${id}/answer`, { accept: true, etaMinutes: 6 }, line.tokens.Cai),
    ]);
    expect([beto.status, cai.status]).toEqual([200, 200]);
    const v = await view(id);
    expect(v.state).toBe('formed');
    expect(v.members.filter((m) => m.role === 'field' && m.status === 'accepted')).toHaveLength(2);
    expect([status(v, 'Beto'), status(v, 'Cai')].sort()).toEqual(['accepted', 'released']);
    await line.sim.runUntilIdle();
    // The one who lost answered in the console, and its answer shows them let go (whoever was still
    // only asked when the team filled is also texted so); the team and the requester hear it formed once.
    const loser: Who = status(v, 'Beto') === 'released' ? 'Beto' : 'Cai';
    expect(status((loser === 'Beto' ? beto : cai).body, loser)).toBe('released');
    expect(line.inbox('Rita').filter((t) => t.includes('the team is formed'))).toHaveLength(1);
  });

  it('a yes by text once the team is full is thanked and let go', async () => {
    line = await startDispatchLine(kind);
    const id = (await ask(visit())).body.id;
    await line.sim.runUntilIdle();
    await line.text('Ana', 'R1 YES 5');
    line.clock.advance(3 * MINUTE);
    await line.sweep(); // Beto did not answer in time; Cai is asked
    await line.text('Cai', 'R1 YES 6'); // the second of two places: the team is full
    await line.text('Beto', 'R1 YES 9');
    await line.sim.runUntilIdle();
    expect(line.inbox('Beto').at(-1)).toContain('the team is full');
    expect(status(await view(id), 'Beto')).toBe('released');
  });

  it('five answers for the last two places in the same instant, straight to the domain: exactly two get them', async () => {
    line = await startDispatchLine(kind);
    const id = (await ask(visit())).body.id;
    await line.sim.runUntilIdle();
    const deps = dispatchDepsOf(line.t.kith.ctx);
    const db = line.t.kith.ctx.db.kysely;
    const now = line.clock.now();
    // Everyone on the field roster holds an ask at once (as if asked one after another while the first were slow).
    const field: Who[] = ['Ana', 'Beto', 'Cai', 'Dee', 'Eve'];
    await db.deleteFrom('field_members').where('response_id', '=', id).where('role', '=', 'field').execute();
    await db
      .insertInto('field_members')
      .values(
        field.map((who) => ({
          response_id: id,
          responder_id: line.ids[who] ?? '',
          role: 'field' as const,
          status: 'asked' as const,
          eta_minutes: null,
          asked_at: now,
          answer_by: now + 3 * MINUTE,
          answered_at: null,
          updated_at: now,
        })),
      )
      .execute();
    const program = await getProgram(deps, line.programId);
    const results = await Promise.all(
      field.map((who) =>
        answer(
          deps,
          program,
          { responderId: line.ids[who] ?? '', programId: line.programId, coordinator: false },
          id,
          true,
          5,
        ),
      ),
    );
    expect(results.map((r) => r.result).sort()).toEqual(['accepted', 'accepted', 'full', 'full', 'full']);
    const v = await view(id);
    expect(v.members.filter((m) => m.role === 'field' && m.status === 'accepted')).toHaveLength(2);
    expect(v.state).toBe('formed');
  });
});
