import { afterEach, describe, expect, it } from 'vitest';
import { RELAY_LIMITS } from '../../src/members/relay-gate';
import { DB_KINDS } from '../support/databases';
import { startLine, type Line } from '../support/line';
import { bodies } from '../support/texting';

const ANA = '+12025550111'; // responder on call, English
const BO = '+12025550112'; // responder off shift: one of Mo's people
const MO = '+12025550121'; // member, English
const SAM = '+12025550122'; // member, Spanish: one of Mo's people
const JO = '+12025550123'; // member, French (a draft)
const NEW = '+12025550124'; // joins by an Arabic join code
const STRANGER = '+12025550131';

interface MemberOut {
  id: string;
  number: string;
  language: string;
}

describe.each(DB_KINDS)('members: the flood gate, check-in limit and every enabled language (%s)', (kind) => {
  let line: Line;
  afterEach(async () => line?.stop());

  async function start(languages = ['en', 'es']) {
    line = await startLine(kind, {
      program: { languages, acknowledgeDraft: languages.filter((l) => l !== 'en' && l !== 'es') },
    });
    await line.addResponder({ name: 'Ana', phone: ANA, tier: 'primary' });
    await line.addResponder({ name: 'Bo', phone: BO });
  }
  const enrol = async (body: Record<string, unknown>) => {
    const created = await line.t.api<MemberOut>('POST', '/api/members', body, line.token);
    expect(created.status).toBe(201);
    if (typeof body.phone === 'string') line.sim.phone(body.phone);
    return created.body;
  };
  const text = async (from: string, body: string) => {
    const before = bodies(line, from).length;
    line.sim.phone(from).text(body);
    await line.sim.runUntilIdle();
    return bodies(line, from, before);
  };

  it('refuses a member’s relays over the limit, plainly and once, never the danger word’s alert, and opens again', async () => {
    await start();
    const mo = await enrol({ name: 'Mo', language: 'en', phone: MO });
    const sam = await enrol({ language: 'es', phone: SAM });
    await line.t.api(
      'PATCH',
      `/api/members/${mo.id}`,
      { peers: [{ memberNumber: sam.number }, { responderId: line.ids.Bo }], duressWord: 'blue' },
      line.token,
    );
    // Each GN is a text to two people: the limit allows this many.
    const allowed = Math.floor(RELAY_LIMITS.perMember.max / 2);
    for (let i = 0; i < allowed; i++) expect(await text(MO, 'GN')).toEqual(['Got it. We told your people.']);
    expect(bodies(line, SAM)).toHaveLength(allowed);
    const refused = await text(MO, 'GN');
    expect(refused).toEqual([
      'We did not pass this on: many codes were sent for you this hour. If you need someone now, call or text this number.',
    ]);
    // Said once: after that, nothing goes back either (a reply per refusal would be a flood of its own).
    expect(await text(MO, 'CALL')).toEqual([]);
    expect(bodies(line, SAM)).toHaveLength(allowed);
    // The danger word: the same (silent) answer as GN now, the cover relay refused like GN's, and the
    // team's quiet alert sent all the same.
    expect(await text(MO, 'blue')).toEqual([]);
    expect(bodies(line, SAM)).toHaveLength(allowed);
    expect(bodies(line, ANA)).toHaveLength(1);
    expect(bodies(line, ANA)[0]).toContain(`member ${mo.number} (Mo) sent their danger word`);
    // Someone posing as a member without a phone counts against that member the same way.
    const noa = await enrol({ language: 'en' });
    for (let i = 0; i < RELAY_LIMITS.perMember.max; i++) await text(STRANGER, `${noa.number} NARCAN`);
    expect(bodies(line, ANA).filter((b) => b.includes(`member ${noa.number} sent NARCAN`))).toHaveLength(
      RELAY_LIMITS.perMember.max,
    );
    expect(await text(STRANGER, `${noa.number} NARCAN`)).toEqual([expect.stringContaining('We did not pass this on')]);
    expect(bodies(line, ANA).filter((b) => b.includes(`member ${noa.number} sent NARCAN`))).toHaveLength(
      RELAY_LIMITS.perMember.max,
    );
    // An hour on, Mo's codes go through again.
    line.clock.set(line.clock.now() + RELAY_LIMITS.perMember.windowMs);
    expect(await text(MO, 'GN')).toEqual(['Got it. We told your people.']);
    expect(bodies(line, SAM)).toHaveLength(allowed + 1);
    expect(line.sim.errors).toEqual([]);
  });

  it('keeps at most three check-ins for a member, saying so plainly by text and in the API', async () => {
    await start();
    const mo = await enrol({ language: 'en', phone: MO });
    for (const time of ['1:00', '2:00', '3:00']) expect((await text(MO, `CHECK ${time}`))[0]).toContain('Check-in set');
    expect(await text(MO, 'CHECK 4:00')).toEqual([
      'You already have 3 check-ins set. Ask the team to cancel one first.',
    ]);
    const byConsole = await line.t.api(
      'POST',
      `/api/members/${mo.id}/check-ins`,
      { kind: 'watch', time: '19:00', days: 5, consent: true },
      line.token,
    );
    expect(byConsole.status).toBe(409);
    const rows = await line.t.kith.ctx.db.kysely.selectFrom('member_check_ins').select('id').execute();
    expect(rows).toHaveLength(3);
  });

  it('a member may have any language the program has enabled, and is texted in it (drafts included)', async () => {
    await start(['en', 'es', 'fr', 'ar']);
    const jo = await enrol({ name: 'Jo', language: 'fr', phone: JO });
    const mo = await enrol({ language: 'en', phone: MO });
    // Not one of the program's languages: refused, though Kith has texts in it.
    expect((await line.t.api('POST', '/api/members', { language: 'pt' }, line.token)).status).toBe(422);
    await line.t.api('PATCH', `/api/members/${mo.id}`, { peers: [{ memberNumber: jo.number }] }, line.token);
    expect(await text(MO, 'GH')).toEqual(['Got it. We told your people.']);
    expect(bodies(line, JO)).toEqual([`Kith : le membre ${mo.number} a envoyé GH : Rentre : rejoins-moi.`]);
    expect(await text(JO, 'RAPPEL 3:00')).toEqual([expect.stringContaining('Rappel enregistré')]);
    // A join code in Arabic welcomes in Arabic, with the code book in Arabic words.
    const code = await line.t.api<{ code: string }>('POST', '/api/members/join-codes', { language: 'ar' }, line.token);
    expect(code.status).toBe(201);
    const [welcome] = await text(NEW, code.body.code);
    expect(welcome).toContain('مرحبا بك في');
    expect(welcome).toContain('GN = تصبح على خير: أنا بأمان');
    // Leaving in French erases at once.
    expect(await text(JO, 'quitter')).toEqual([expect.stringContaining('Vous avez quitté')]);
    const left = await line.t.api<MemberOut[]>('GET', '/api/members', undefined, line.token);
    expect(left.body.map((m) => m.language).sort()).toEqual(['ar', 'en']);
  });
});
