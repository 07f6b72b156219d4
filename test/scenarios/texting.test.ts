import { afterEach, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../support/databases';
import { startLine, type Line } from '../support/line';
import { aliasIn, bodies } from '../support/texting';

const PERSON = '+12025550190';
const ANA = '+12025550111';
const BEN = '+12025550112';

describe.each(DB_KINDS)('texting the line (%s)', (kind) => {
  let line: Line;
  afterEach(async () => {
    await line?.stop();
  });

  it('a first text gets the disclosures once, alerts who is on call, and the first to answer takes it', async () => {
    line = await startLine(kind);
    await line.addResponder({ name: 'Ana', phone: ANA, tier: 'primary' });
    await line.addResponder({ name: 'Ben', phone: BEN, tier: 'primary' });
    const person = line.sim.phone(PERSON);

    person.text('hi, is anyone there?');
    await line.sim.runUntilIdle();
    expect(line.sim.errors).toEqual([]);
    const first = bodies(line, PERSON);
    expect(first).toHaveLength(1);
    expect(first[0]).toContain('never call the police');
    expect(first[0]).toContain('Para español, responda ESPAÑOL.');
    const alias = aliasIn(line, ANA);
    expect(aliasIn(line, BEN)).toBe(alias);
    // Content is not relayed by default: the alert says nothing of what was written.
    expect(bodies(line, ANA).join(' ')).not.toContain('anyone there');

    person.text('I am scared');
    await line.sim.runUntilIdle();
    expect(bodies(line, PERSON)).toHaveLength(1); // no second disclosure

    line.sim.phone(ANA).text(`${alias} I'm here. I'm Ana. What's happening?`);
    await line.sim.runUntilIdle();
    const toPerson = bodies(line, PERSON, 1);
    expect(toPerson[0]).toContain('Someone from our team is here');
    expect(toPerson[1]).toBe("I'm here. I'm Ana. What's happening?");
    expect(bodies(line, BEN).at(-1)).toContain(`${alias} was taken by Ana`);
    expect(bodies(line, ANA).at(-1)).toContain(`${alias} is yours`);

    // Ben is too late: told it is not his.
    line.sim.phone(BEN).text(`${alias} hello?`);
    await line.sim.runUntilIdle();
    expect(bodies(line, BEN).at(-1)).toContain('not open, or is someone else’s');
    expect(bodies(line, PERSON)).toHaveLength(3);

    // Ana closes from her phone; the person is told how to reach the line again.
    line.sim.phone(ANA).text(`${alias} done`);
    await line.sim.runUntilIdle();
    expect(bodies(line, PERSON).at(-1)).toContain('text this number any time');
    expect(line.sim.errors).toEqual([]);
    // The provider holds no copy of any text: each was deleted once its status was final.
    expect(line.sim.messages.filter((m) => m.body.includes('scared') || m.body.includes("I'm here"))).toEqual([]);
  });
});

describe.each(DB_KINDS)('texting through the console API (%s)', (kind) => {
  let line: Line;
  afterEach(async () => {
    await line?.stop();
  });

  it('two responders claim at once: exactly one wins; the holder replies; the list shows no number', async () => {
    line = await startLine(kind);
    const ana = await line.addResponder({ name: 'Ana', phone: ANA, tier: 'primary' });
    await line.addResponder({ name: 'Ben', phone: BEN, tier: 'primary' });
    line.sim.phone(PERSON).text('can someone talk');
    await line.sim.runUntilIdle();
    const list = await line.t.api<{ id: string; alias: string; state: string }[]>(
      'GET',
      '/api/conversations',
      undefined,
      line.token,
    );
    expect(list.status).toBe(200);
    expect(list.body).toHaveLength(1);
    expect(JSON.stringify(list.body)).not.toContain('555019');
    const id = list.body[0]?.id ?? '';
    // Ana and the coordinator (a responder too, though not on call) race for it.
    const anaToken = await tokenFor(line, ana);
    const results = await Promise.all([
      line.t.api('POST', `/api/conversations/${id}/claim`, undefined, anaToken),
      line.t.api('POST', `/api/conversations/${id}/claim`, undefined, line.token),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results[0]?.status === 200 ? anaToken : line.token;
    const sent = await line.t.api<{ sent: boolean }>(
      'POST',
      `/api/conversations/${id}/messages`,
      { text: 'I am here with you.' },
      winner,
    );
    expect(sent.status).toBe(201);
    expect(sent.body.sent).toBe(true);
    await line.sim.runUntilIdle();
    expect(bodies(line, PERSON).at(-1)).toBe('I am here with you.');
    const loser = winner === anaToken ? line.token : anaToken;
    expect((await line.t.api('POST', `/api/conversations/${id}/messages`, { text: 'me too' }, loser)).status).toBe(409);
  });
});

async function tokenFor(line: Line, responderId: string): Promise<string> {
  const made = await line.t.api<{ token: string }>('POST', '/api/tokens', { responderId, label: 'test' }, line.token);
  if (made.status !== 201) throw new Error(`token: ${made.status} ${JSON.stringify(made.body)}`);
  return made.body.token;
}
