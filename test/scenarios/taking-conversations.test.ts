import { afterEach, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../support/databases';
import { startLine, type Line } from '../support/line';
import { aliasIn, bodies } from '../support/texting';

const PERSON = '+12025550190';
const SECOND_PERSON = '+12025550191';
const ANA = '+12025550111';
const PAT = '+12025550112';
const OLI = '+12025550113';
const BEA = '+12025550114';

interface Summary {
  id: string;
  alias: string;
  state: string;
  heldBy: { id: string } | null;
}

async function tokenFor(line: Line, responderId: string): Promise<string> {
  const made = await line.t.api<{ token: string }>('POST', '/api/tokens', { responderId, label: 'test' }, line.token);
  if (made.status !== 201) throw new Error(`token: ${made.status}`);
  return made.body.token;
}

async function conversations(line: Line): Promise<Summary[]> {
  return (await line.t.api<Summary[]>('GET', '/api/conversations', undefined, line.token)).body;
}

/**
 * Only someone who may answer takes a conversation (docs/TEXTING.md): on call for texts now, active,
 * not on a break — or a coordinator. Paused, off-shift and on-break members are refused both in the
 * console API and from their own phones, and the conversation keeps waiting for those on call.
 */
describe.each(DB_KINDS)('who may take a conversation (%s)', (kind) => {
  let line: Line;
  afterEach(async () => {
    await line?.stop();
  });

  it('refuses paused, off-shift and on-break members; on-call and coordinators take it', async () => {
    line = await startLine(kind);
    const ana = await line.addResponder({ name: 'Ana', phone: ANA, tier: 'primary' });
    const pat = await line.addResponder({ name: 'Pat', phone: PAT, tier: 'primary', status: 'paused' });
    const oli = await line.addResponder({ name: 'Oli', phone: OLI }); // no shift
    const bea = await line.addResponder({ name: 'Bea', phone: BEA, tier: 'primary' });
    const [patToken, oliToken, beaToken, anaToken] = await Promise.all(
      [pat, oli, bea, ana].map((id) => tokenFor(line, id)),
    );
    expect((await line.t.api('POST', '/api/me/break', undefined, beaToken)).status).toBe(200);

    line.sim.phone(PERSON).text('placeholder one');
    await line.sim.runUntilIdle();
    const [first] = await conversations(line);
    if (!first) throw new Error('no conversation');

    // The console API: each is refused with the same clear code, and the conversation keeps waiting.
    for (const token of [patToken, oliToken, beaToken]) {
      const refused = await line.t.api<{ error: { code: string } }>(
        'POST',
        `/api/conversations/${first.id}/claim`,
        undefined,
        token,
      );
      expect(refused.status).toBe(403);
      expect(refused.body.error.code).toBe('not_on_call');
    }
    expect((await conversations(line)).find((c) => c.id === first.id)?.state).toBe('waiting');

    // Their own phones: the off-shift and on-break members are told why; the paused one is not a
    // responder to the line at all (their text is a person's). Nobody took it.
    for (const phone of [OLI, BEA]) {
      line.sim.phone(phone).text(`${first.alias} placeholder two`);
      await line.sim.runUntilIdle();
      expect(bodies(line, phone).at(-1)).toContain('not on call for texts now');
    }
    line.sim.phone(PAT).text(`${first.alias}`);
    await line.sim.runUntilIdle();
    const after = (await conversations(line)).find((c) => c.id === first.id);
    expect(after?.state).toBe('waiting');
    expect(bodies(line, PERSON)).toHaveLength(1); // only the first reply: nobody "joined", no words relayed

    // The coordinator (not on call) takes it from the console.
    const taken = await line.t.api<Summary>('POST', `/api/conversations/${first.id}/claim`, undefined, line.token);
    expect(taken.status).toBe(200);
    expect(taken.body.state).toBe('claimed');

    // Ana, on call, takes a second one from her phone and another through the console.
    line.sim.phone(SECOND_PERSON).text('placeholder three');
    await line.sim.runUntilIdle();
    const alias = aliasIn(line, ANA);
    line.sim.phone(ANA).text(alias);
    await line.sim.runUntilIdle();
    expect(bodies(line, ANA).at(-1)).toContain(`${alias} is yours`);
    const byAlias = (await conversations(line)).find((c) => c.alias === alias);
    expect(byAlias?.heldBy?.id).toBe(ana);
    // Taking again what she already holds is harmless.
    const again = await line.t.api('POST', `/api/conversations/${byAlias?.id ?? ''}/claim`, undefined, anaToken);
    expect(again.status).toBe(200);
    expect(line.sim.errors).toEqual([]);
  });
});
