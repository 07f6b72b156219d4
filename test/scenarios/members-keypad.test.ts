import { afterEach, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../support/databases';
import { COMMUNITY_NUMBER, startLine, transcript, type Line } from '../support/line';
import { bodies } from '../support/texting';

const ANA = '+12025550111'; // responder on call, English
const BO = '+12025550112'; // responder off shift, Spanish: one of Mo's people
const MO = '+12025550121'; // member, English, with a phone
const SAM = '+12025550122'; // member, Spanish: one of Mo's people
const BORROWED = '+12025550131'; // a phone that is no member's

interface MemberOut {
  id: string;
  number: string;
}

describe.each(DB_KINDS)('members key codes during a call (%s)', (kind) => {
  let line: Line;
  afterEach(async () => line?.stop());

  async function start() {
    line = await startLine(kind, { program: { languages: ['en', 'es'] } });
    await line.addResponder({ name: 'Ana', phone: ANA, tier: 'primary' });
    await line.addResponder({ name: 'Bo', phone: BO, languages: ['es'] });
  }
  const enrol = async (body: Record<string, unknown>) => {
    const created = await line.t.api<MemberOut>('POST', '/api/members', body, line.token);
    expect(created.status).toBe(201);
    return created.body;
  };
  const withPeople = async () => {
    const mo = await enrol({ name: 'Mo', language: 'en', phone: MO });
    const sam = await enrol({ language: 'es', phone: SAM });
    line.sim.phone(SAM);
    const patched = await line.t.api(
      'PATCH',
      `/api/members/${mo.id}`,
      { peers: [{ memberNumber: sam.number }, { responderId: line.ids.Bo }] },
      line.token,
    );
    expect(patched.status).toBe(200);
    return { mo, sam };
  };
  /** A call that presses * at the menu, then keys each entry at the next prompt. */
  const keyed = async (from: string, press: string[]) => {
    const call = line.sim.placeCall({
      from,
      to: COMMUNITY_NUMBER,
      caller: { press: ['*', ...press], hangUpAfterSeconds: 120 },
    });
    await line.sim.runUntilIdle();
    expect(line.sim.errors).toEqual([]);
    return call;
  };
  const calls = async () => line.t.kith.ctx.db.kysely.selectFrom('calls').select('id').execute();

  it('relays a keyed code exactly as the text would, to the same people, leaving no call record and ringing no one', async () => {
    await start();
    const { mo } = await withPeople();
    const call = await keyed(MO, [mo.number, '1#']);
    const heard = call.heard.map((h) => h.text);
    // The menu says nothing of members; * is theirs to know.
    expect(transcript(call.heard.slice(0, 2))).not.toMatch(/member/i);
    expect(heard).toContain('Members: key your member number.');
    expect(heard).toContain('Miembros: marque su número de miembro.');
    expect(heard).toContain('Now key your code, then the pound key.');
    expect(heard).toContain('Got it. We told your people.');
    expect(heard.at(-1)).toBe('Goodbye.');
    const relayed = `Kith: el miembro ${mo.number} (Mo) envió GN: Buenas noches: estoy a salvo.`;
    expect(bodies(line, SAM)).toEqual([relayed]);
    expect(bodies(line, BO)).toEqual([relayed]);
    // Not a call for the team: no one was rung, and nothing of it is kept.
    expect(line.sim.calls.filter((c) => c.to === ANA)).toEqual([]);
    expect(await calls()).toEqual([]);
    expect(bodies(line, ANA)).toEqual([]);
    // The same code texted reaches the same people in the same words.
    line.sim.phone(MO).text('GN');
    await line.sim.runUntilIdle();
    expect(bodies(line, SAM)).toEqual([relayed, relayed]);
  });

  it('a member with a phone is recognised only from it; a member without one from any phone, in their language', async () => {
    await start();
    const { mo } = await withPeople();
    // Mo's number from a borrowed phone: the same words as a number that is no one's, three tries; then
    // this is a call like any other: the greeting, and the team is rung.
    const wrong = await keyed(BORROWED, [mo.number, '0000', mo.number]);
    const heard = wrong.heard.map((h) => h.text);
    expect(heard.filter((t) => t === 'We did not find that member number.')).toHaveLength(3);
    expect(heard).not.toContain('Now key your code, then the pound key.');
    expect(heard).toContain('You have reached Northside Care Line, a community support line.');
    expect(line.sim.calls.filter((c) => c.to === ANA)).toHaveLength(1);
    expect(bodies(line, SAM)).toEqual([]);
    expect(await calls()).toHaveLength(1);

    // Noa gave no phone: any phone will do. NARCAN (4) tells the team on call, in English for Ana;
    // Noa hears the result in Spanish.
    const noa = await enrol({ language: 'es' });
    const call = await keyed(BORROWED, [noa.number, '9#', '4#']);
    const said = call.heard.map((h) => [h.text, h.language]);
    expect(said).toContainEqual(['Ese no es uno de los códigos.', 'es-US']);
    expect(said).toContainEqual(['Recibido. Avisamos al equipo de guardia.', 'es-US']);
    expect(bodies(line, ANA)).toEqual([`Kith: member ${noa.number} sent NARCAN: Bring naloxone.`]);
    expect(await calls()).toHaveLength(1); // the borrowed phone's first call, which reached the team

    for (const phone of [SAM, BO, ANA]) for (const b of bodies(line, phone)) expect(b).not.toContain('5550121');
  });

  it('a * pressed by mistake keeps no one from a human: silence after it goes on to the greeting and the team', async () => {
    await start();
    await withPeople();
    const call = await keyed(BORROWED, ['']);
    const heard = call.heard.map((h) => h.text);
    expect(heard).toContain('Members: key your member number.');
    expect(heard).toContain('You have reached Northside Care Line, a community support line.');
    expect(call.bridgedWith).toBe(line.sim.phoneLog(ANA)[0]?.sid);
    expect(await calls()).toHaveLength(1);
  });

  it('the danger word keyed as its spelling sounds exactly like the safe code, and quietly alerts the team', async () => {
    await start();
    const { mo } = await withPeople();
    expect((await line.t.api('PATCH', `/api/members/${mo.id}`, { duressWord: 'blue' }, line.token)).status).toBe(200);
    const safe = await keyed(MO, [mo.number, '1#']);
    const samSafe = bodies(line, SAM).at(-1);
    const duress = await keyed(MO, [mo.number, '2583#']); // B-L-U-E on the keypad's letters
    expect(duress.heard.map((h) => [h.text, h.language, h.voice])).toEqual(
      safe.heard.map((h) => [h.text, h.language, h.voice]),
    );
    expect(bodies(line, SAM)).toEqual([samSafe, samSafe]);
    expect(bodies(line, ANA)).toHaveLength(1);
    expect(bodies(line, ANA)[0]).toContain(`member ${mo.number} (Mo) sent their danger word`);
    // A danger word whose keypad spelling keys a code is refused: GN's twin could not be told from it.
    const book = await line.t.api<{ codes: Record<string, unknown>[] }>(
      'GET',
      '/api/members/codes',
      undefined,
      line.token,
    );
    expect(book.body.codes.map((c) => c.keys)).toEqual(['1', '2', '3', '4']);
    const codes = book.body.codes.map((c, i) => (i === 1 ? { ...c, keys: '23' } : c));
    expect((await line.t.api('PUT', '/api/members/codes', { codes }, line.token)).status).toBe(200);
    expect((await line.t.api('PATCH', `/api/members/${mo.id}`, { duressWord: 'ad' }, line.token)).status).toBe(422);
    // Two codes may not share keys.
    const clash = book.body.codes.map((c, i) => (i === 1 ? { ...c, keys: '1' } : c));
    expect((await line.t.api('PUT', '/api/members/codes', { codes: clash }, line.token)).status).toBe(422);
  });
});
