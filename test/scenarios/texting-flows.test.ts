import { afterEach, describe, expect, it } from 'vitest';
import { enrol } from '../../src/notes/test-fixtures';
import { DB_KINDS } from '../support/databases';
import { startLine, type Line } from '../support/line';
import { aliasIn, bodies, sweep } from '../support/texting';

const PERSON = '+12025550190';
const ANA = '+12025550111';
const BEN = '+12025550112';
const CARA = '+12025550113';
const MINUTE = 60_000;

describe.each(DB_KINDS)('texting: hand-off, release, backup tier, idle close (%s)', (kind) => {
  let line: Line;
  afterEach(async () => {
    await line?.stop();
  });

  const conversation = async () => {
    const list = await line.t.api<
      {
        id: string;
        alias: string;
        state: string;
        tier: string;
        heldBy: { name: string } | null;
        outcome: string | null;
      }[]
    >('GET', '/api/conversations', undefined, line.token);
    const [first] = list.body;
    if (!first) throw new Error('no conversation');
    return first;
  };

  it('nobody takes it: backup is alerted after the claim time, then the person is told once; a late responder can still take it', async () => {
    line = await startLine(kind, { program: { texting: { claimMinutes: 5, backupMinutes: 10 } } });
    await line.addResponder({ name: 'Ana', phone: ANA, tier: 'primary' });
    await line.addResponder({ name: 'Cara', phone: CARA, tier: 'backup' });
    line.sim.phone(PERSON).text('hello?');
    await line.sim.runUntilIdle();
    expect(bodies(line, ANA)).toHaveLength(1);
    expect(bodies(line, CARA)).toHaveLength(0);

    line.clock.advance(4 * MINUTE);
    await sweep(line);
    await line.sim.runUntilIdle();
    expect(bodies(line, CARA)).toHaveLength(0); // not yet

    line.clock.advance(2 * MINUTE);
    expect((await sweep(line)).escalated).toBe(1);
    await line.sim.runUntilIdle();
    expect(bodies(line, CARA)).toHaveLength(1);
    expect(bodies(line, CARA)[0]).toContain('waited 5 minutes');
    expect((await conversation()).tier).toBe('backup');

    line.clock.advance(11 * MINUTE);
    expect((await sweep(line)).toldNoAnswer).toBe(1);
    await line.sim.runUntilIdle();
    expect(bodies(line, PERSON).at(-1)).toContain('No one on our team can reply right now');
    // Told once, however often the sweep runs.
    line.clock.advance(MINUTE);
    await sweep(line);
    await line.sim.runUntilIdle();
    expect(bodies(line, PERSON).filter((b) => b.includes('No one on our team'))).toHaveLength(1);

    line.sim.phone(CARA).text(`${aliasIn(line, CARA)} Sorry for the wait, I'm here now.`);
    await line.sim.runUntilIdle();
    expect(bodies(line, PERSON).at(-1)).toBe("Sorry for the wait, I'm here now.");
    expect((await conversation()).heldBy?.name).toBe('Cara');
    expect(line.sim.errors).toEqual([]);
  });

  it('release puts it back and alerts again; hand-off moves it to a teammate, who is told', async () => {
    line = await startLine(kind);
    await line.addResponder({ name: 'Ana', phone: ANA, tier: 'primary' });
    await line.addResponder({ name: 'Ben', phone: BEN, tier: 'primary' });
    line.sim.phone(PERSON).text('hi');
    await line.sim.runUntilIdle();
    const alias = aliasIn(line, ANA);
    line.sim.phone(ANA).text(alias);
    await line.sim.runUntilIdle();
    expect((await conversation()).heldBy?.name).toBe('Ana');

    const benAlertsBefore = bodies(line, BEN).length;
    line.sim.phone(ANA).text(`${alias} release`);
    await line.sim.runUntilIdle();
    expect(bodies(line, ANA).at(-1)).toContain(`${alias} is back in the queue`);
    const released = await conversation();
    expect(released.state).toBe('waiting');
    expect(
      bodies(line, BEN)
        .slice(benAlertsBefore)
        .some((b) => b.includes(`new text conversation, ${alias}`)),
    ).toBe(true);

    // Ben takes it from the console API, then hands it to Ana.
    const ben = line.ids.Ben ?? '';
    const ana = line.ids.Ana ?? '';
    const benToken = (
      await line.t.api<{ token: string }>('POST', '/api/tokens', { responderId: ben, label: 't' }, line.token)
    ).body.token;
    expect((await line.t.api('POST', `/api/conversations/${released.id}/claim`, undefined, benToken)).status).toBe(200);
    // Not to someone who could not read it: the coordinator here has never signed in, so has no key.
    const coordinatorId = (
      await line.t.api<{ id: string; name: string }[]>('GET', '/api/responders', undefined, line.token)
    ).body.find((r) => r.name === 'Coordinator')?.id;
    const refused = await line.t.api<{ error: { fields: { field: string }[] } }>(
      'POST',
      `/api/conversations/${released.id}/handoff`,
      { to: coordinatorId, keys: [] },
      benToken,
    );
    expect(refused.status).toBe(422);
    expect(refused.body.error.fields[0]?.field).toBe('/to');
    await enrol(line.t, line.token, ana, 'ana');
    const handed = await line.t.api<{ heldBy: { id: string } }>(
      'POST',
      `/api/conversations/${released.id}/handoff`,
      { to: ana, keys: [] },
      benToken,
    );
    expect(handed.status).toBe(200);
    expect(handed.body.heldBy.id).toBe(ana);
    await line.sim.runUntilIdle();
    expect(bodies(line, ANA).at(-1)).toContain(`Ben handed ${alias} to you`);
    // Ben no longer holds it: his reply is refused, Ana's goes through.
    expect(
      (await line.t.api('POST', `/api/conversations/${released.id}/messages`, { text: 'still me' }, benToken)).status,
    ).toBe(409);
    line.sim.phone(ANA).text(`${alias} Ana again, I've got you.`);
    await line.sim.runUntilIdle();
    expect(bodies(line, PERSON).at(-1)).toBe("Ana again, I've got you.");
  });

  it('closes after the idle time, telling the person how to reach the line again; writing within the grace picks it up again, after it a new one opens', async () => {
    line = await startLine(kind, { program: { texting: { idleCloseMinutes: 30, numberGraceHours: 2 } } });
    await line.addResponder({ name: 'Ana', phone: ANA, tier: 'primary' });
    line.sim.phone(PERSON).text('hi');
    await line.sim.runUntilIdle();
    const first = await conversation();
    line.clock.advance(29 * MINUTE);
    expect((await sweep(line)).closedIdle).toBe(0);
    line.clock.advance(2 * MINUTE);
    expect((await sweep(line)).closedIdle).toBe(1);
    await line.sim.runUntilIdle();
    expect(bodies(line, PERSON).at(-1)).toContain('text this number any time');
    expect((await conversation()).outcome).toBe('idle');

    // Within the grace: the same conversation, alias and all, waiting again; no second disclosure.
    const alertsBefore = bodies(line, ANA).length;
    line.sim.phone(PERSON).text('sorry, me again');
    await line.sim.runUntilIdle();
    const again = await conversation();
    expect(again).toMatchObject({ id: first.id, alias: first.alias, state: 'waiting', outcome: null });
    expect(bodies(line, PERSON).filter((b) => b.includes('never call the police'))).toHaveLength(1);
    expect(bodies(line, ANA).length).toBe(alertsBefore + 1);

    // Closed again, and past the grace: the number is gone, so a new text is a new conversation.
    line.clock.advance(31 * MINUTE);
    await sweep(line);
    line.clock.advance(2 * 60 * MINUTE + 1);
    expect((await sweep(line)).erased).toBe(1);
    line.sim.phone(PERSON).text('hello again');
    await line.sim.runUntilIdle();
    const next = await conversation();
    expect(next.id).not.toBe(first.id);
    expect(next.state).toBe('waiting');
    expect(bodies(line, PERSON).filter((b) => b.includes('never call the police'))).toHaveLength(2);
  });

  it('a burst of new conversations sends a few alerts, then one digest instead of burying a phone', async () => {
    line = await startLine(kind);
    await line.addResponder({ name: 'Ana', phone: ANA, tier: 'primary' });
    for (let i = 0; i < 9; i++) line.sim.phone(`+120255502${String(i).padStart(2, '0')}`).text('hello');
    await line.sim.runUntilIdle();
    expect(bodies(line, ANA)).toHaveLength(6);
    line.clock.advance(MINUTE);
    await sweep(line);
    await line.sim.runUntilIdle();
    expect(bodies(line, ANA).at(-1)).toContain('3 more text conversations opened in the last minute');
    const list = await line.t.api<unknown[]>('GET', '/api/conversations', undefined, line.token);
    expect(list.body).toHaveLength(9);
  });

  it('a provider that will not delete a text yet is asked again by the sweep until its copy is gone', async () => {
    line = await startLine(kind, { deleteRefusedForSeconds: 60 });
    await line.addResponder({ name: 'Ana', phone: ANA, tier: 'primary' });
    line.sim.phone(PERSON).text('please delete me');
    await line.sim.runUntilIdle();
    expect(line.sim.messages.filter((m) => m.direction === 'inbound')).toHaveLength(1);
    const owed = () => line.t.kith.ctx.db.kysely.selectFrom('provider_deletions').selectAll().execute();
    // The person's text, the first reply, and Ana's alert: each refused while the provider processes it.
    expect(await owed()).toHaveLength(3);
    line.clock.advance(30_000);
    await sweep(line); // not due yet
    expect(line.sim.messages.filter((m) => m.direction === 'inbound')).toHaveLength(1);
    line.clock.advance(MINUTE);
    await sweep(line);
    expect(line.sim.messages).toEqual([]);
    expect(await owed()).toHaveLength(0);
  });

  it('a holder who works only from their phone has no key: later words are sealed to those on call who do, never to no one', async () => {
    line = await startLine(kind);
    await line.addResponder({ name: 'Ana', phone: ANA, tier: 'primary' });
    await line.addResponder({ name: 'Ben', phone: BEN, tier: 'primary' });
    await enrol(line.t, line.token, line.ids.Ben ?? '', 'ben');
    line.sim.phone(PERSON).text('first');
    await line.sim.runUntilIdle();
    line.sim.phone(ANA).text(aliasIn(line, ANA));
    await line.sim.runUntilIdle();
    line.sim.phone(PERSON).text('second');
    await line.sim.runUntilIdle();
    const db = line.t.kith.ctx.db.kysely;
    const rows = await db
      .selectFrom('conversation_messages as m')
      .innerJoin('message_readers as r', 'r.message_id', 'm.id')
      .select(['m.seq', 'r.reader'])
      .orderBy('m.seq')
      .execute();
    expect(rows).toEqual([
      { seq: 1, reader: line.ids.Ben },
      { seq: 2, reader: line.ids.Ben },
    ]);
    expect(await db.selectFrom('conversation_messages').where('sealed', 'is', null).selectAll().execute()).toEqual([]);
  });
});
