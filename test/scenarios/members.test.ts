import { afterEach, describe, expect, it } from 'vitest';
import { textDepsOf } from '../../src/conversations/deps';
import { sweepMembers } from '../../src/members/sweep';
import { DB_KINDS } from '../support/databases';
import { startLine, type Line } from '../support/line';
import { bodies } from '../support/texting';

const ANA = '+12025550111'; // responder on call, English
const BO = '+12025550112'; // responder, Spanish, off shift: one of Mo's people
const MO = '+12025550121'; // member, English
const SAM = '+12025550122'; // member, Spanish: one of Mo's people
const NEW = '+12025550123'; // joins by text

interface MemberOut {
  id: string;
  number: string;
  hasPhone: boolean;
  language: string;
}

describe.each(DB_KINDS)('members: enrol, codes, danger word, check-ins, leaving (%s)', (kind) => {
  let line: Line;
  afterEach(async () => line?.stop());

  async function start(start?: number) {
    line = await startLine(kind, { program: { languages: ['en', 'es'] }, ...(start === undefined ? {} : { start }) });
    await line.addResponder({ name: 'Ana', phone: ANA, tier: 'primary' });
    await line.addResponder({ name: 'Bo', phone: BO, languages: ['es'] });
  }
  const enrolMember = async (body: Record<string, unknown>) => {
    const created = await line.t.api<MemberOut>('POST', '/api/members', body, line.token);
    expect(created.status).toBe(201);
    line.sim.phone(typeof body.phone === 'string' ? body.phone : '+10000000000');
    return created.body;
  };
  const text = async (from: string, body: string) => {
    line.sim.phone(from).text(body);
    await line.sim.runUntilIdle();
    return bodies(line, from).at(-1);
  };
  const sweep = async () => {
    const report = await sweepMembers(textDepsOf(line.t.kith.ctx));
    await line.sim.runUntilIdle();
    return report;
  };
  const count = async (table: 'members' | 'member_peers' | 'member_check_ins') =>
    Number(
      (
        await line.t.kith.ctx.db.kysely
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const withPeople = async () => {
    const mo = await enrolMember({ name: 'Mo', language: 'en', phone: MO });
    const sam = await enrolMember({ language: 'es', phone: SAM });
    const patched = await line.t.api(
      'PATCH',
      `/api/members/${mo.id}`,
      { peers: [{ memberNumber: sam.number }, { responderId: line.ids.Bo }] },
      line.token,
    );
    expect(patched.status).toBe(200);
    return { mo, sam };
  };

  it('enrols from the console and by a join code; the number is sealed, never returned, and never in a text', async () => {
    await start();
    const mo = await enrolMember({ name: 'Mo', language: 'en', phone: '(202) 555-0121' });
    expect(mo.number).toMatch(/^\d{4}$/);
    expect(mo.hasPhone).toBe(true);
    expect(JSON.stringify(mo)).not.toContain('5550121');
    const noPhone = await enrolMember({ language: 'es' });
    expect(noPhone.hasPhone).toBe(false);
    expect(noPhone.number).not.toBe(mo.number);
    const [row] = await line.t.kith.ctx.db.kysely.selectFrom('members').selectAll().where('id', '=', mo.id).execute();
    expect(JSON.stringify(row)).not.toContain('5550121');
    expect(JSON.stringify(row)).not.toContain('Mo"');

    // Join codes: a coordinator makes one; texting it enrols the sender; revoked, it is an ordinary text.
    const code = await line.t.api<{ id: string; code: string }>(
      'POST',
      '/api/members/join-codes',
      { language: 'es' },
      line.token,
    );
    expect(code.status).toBe(201);
    const welcome = await text(NEW, code.body.code.toLowerCase());
    const number = /(\d{4})/.exec(welcome ?? '')?.[1];
    expect(welcome).toContain('Bienvenido');
    expect(welcome).toContain('GN = Buenas noches: estoy a salvo');
    expect(welcome).toContain('Nunca llamamos a la policía');
    const members = (await line.t.api<MemberOut[]>('GET', '/api/members', undefined, line.token)).body;
    expect(members.find((m) => m.number === number)).toMatchObject({ language: 'es', hasPhone: true });
    const codes = (await line.t.api<{ uses: number }[]>('GET', '/api/members/join-codes', undefined, line.token)).body;
    expect(codes[0]?.uses).toBe(1);
    expect((await line.t.api('DELETE', `/api/members/join-codes/${code.body.id}`, undefined, line.token)).status).toBe(
      204,
    );
    // A responder who is not a coordinator may enrol; only coordinators make join codes (checked by access rules).
    expect(line.sim.errors).toEqual([]);
  });

  it('a code reaches exactly the people it names, each in their language, with the place and never the number', async () => {
    await start();
    const { mo } = await withPeople();
    const anaBefore = bodies(line, ANA).length;
    const reply = await text(MO, 'gn the park');
    expect(reply).toBe('Got it. We told your people.');
    const expected = `Kith: el miembro ${mo.number} (Mo) envió GN: Buenas noches: estoy a salvo. Lugar: the park.`;
    expect(bodies(line, SAM).at(-1)).toBe(expected);
    expect(bodies(line, BO).at(-1)).toBe(expected);
    expect(bodies(line, ANA)).toHaveLength(anaBefore); // GN tells the member's people, not the team
    // NARCAN tells the team on call, in English for Ana.
    expect(await text(MO, `${mo.number} NARCAN`)).toBe('Got it. We told the team on call.');
    expect(bodies(line, ANA).at(-1)).toBe(`Kith: member ${mo.number} (Mo) sent NARCAN: Bring naloxone.`);
    for (const phone of [SAM, BO, ANA]) for (const b of bodies(line, phone)) expect(b).not.toContain('5550121');
    // Nothing about the code was stored: no conversation opened.
    const conversations = await line.t.kith.ctx.db.kysely.selectFrom('conversations').select('id').execute();
    expect(conversations).toEqual([]);
  });

  it('the danger word answers exactly as the safe code does, and quietly alerts the team on call', async () => {
    await start();
    const { mo } = await withPeople();
    const set = await line.t.api('PATCH', `/api/members/${mo.id}`, { duressWord: 'blue' }, line.token);
    expect(set.status).toBe(200);
    const normal = await text(MO, 'GN');
    const samNormal = bodies(line, SAM).at(-1);
    const anaBefore = bodies(line, ANA).length;
    const duress = await text(MO, 'Blue');
    expect(Buffer.from(duress ?? '')).toEqual(Buffer.from(normal ?? ''));
    expect(bodies(line, SAM).at(-1)).toBe(samNormal);
    const toAna = bodies(line, ANA, anaBefore);
    expect(toAna).toHaveLength(1);
    expect(toAna[0]).toContain(`member ${mo.number} (Mo) sent their danger word`);
    // A danger word may not be a code of the book.
    const clash = await line.t.api('PATCH', `/api/members/${mo.id}`, { duressWord: 'gh' }, line.token);
    expect(clash.status).toBe(422);
  });

  // Sat 31 Oct 2026, 12:00 EDT. Clocks fall back at 2:00 on Sun 1 Nov: 3:00 that night is 08:00 UTC, not 07:00.
  const BEFORE_FALL_BACK = Date.UTC(2026, 9, 31, 16, 0);
  const THREE_AM_EST = Date.UTC(2026, 10, 1, 8, 0);

  it('a check-in met by the safe code tells no one; missed, it tells the people first, then the team (across DST)', async () => {
    await start(BEFORE_FALL_BACK);
    const { mo } = await withPeople();
    const setReply = await text(MO, 'CHECK 3:00');
    expect(setReply).toContain('If we do not get GN from you by 3:00, we tell your people, then the team on call');
    expect(setReply).toContain('never tell the police or 911');
    // Met: GN before 3:00, nobody is alerted at 3:00.
    line.clock.set(THREE_AM_EST - 60 * 60_000);
    await text(MO, 'GN');
    const samBefore = bodies(line, SAM).length;
    const anaBefore = bodies(line, ANA).length;
    line.clock.set(THREE_AM_EST + 60 * 60_000);
    await sweep();
    expect(bodies(line, SAM)).toHaveLength(samBefore);
    expect(bodies(line, ANA)).toHaveLength(anaBefore);
    expect(await count('member_check_ins')).toBe(0);

    // Missed: set by a responder with Mo's consent; Mo is told plainly.
    line.clock.set(BEFORE_FALL_BACK + 60_000);
    const byConsole = await line.t.api<{ told: string }>(
      'POST',
      `/api/members/${mo.id}/check-ins`,
      { kind: 'once', time: '3:00', escalateMinutes: 30, consent: true },
      line.token,
    );
    expect(byConsole.status).toBe(201);
    await line.sim.runUntilIdle();
    expect(bodies(line, MO).at(-1)).toBe(byConsole.body.told);
    // 3:00 EDT would have been 07:00 UTC; at 07:30 UTC it is 2:30 EST: nothing yet.
    line.clock.set(THREE_AM_EST - 30 * 60_000);
    await sweep();
    expect(bodies(line, SAM)).toHaveLength(samBefore);
    line.clock.set(THREE_AM_EST);
    expect((await sweep()).peersTold).toBe(2);
    expect(bodies(line, SAM).at(-1)).toContain(`el miembro ${mo.number} no se reportó antes de las 3:00`);
    expect(bodies(line, BO).at(-1)).toContain(`"${mo.number} OK"`);
    expect(bodies(line, ANA)).toHaveLength(anaBefore);
    // A second sweep at the same moment (another instance) sends nothing again.
    expect(await sweep()).toEqual({ prompted: 0, peersTold: 0, teamTold: 0, plansClosed: 0 });
    line.clock.set(THREE_AM_EST + 30 * 60_000);
    expect((await sweep()).teamTold).toBe(1);
    expect(bodies(line, ANA).at(-1)).toContain(`member ${mo.number} (Mo) missed a check-in (3:00)`);
    expect(bodies(line, ANA).at(-1)).toContain('Never the police or 911');
    expect(await sweep()).toEqual({ prompted: 0, peersTold: 0, teamTold: 0, plansClosed: 0 });
    expect(await count('member_check_ins')).toBe(0);

    // Once more, and this time Sam has it: the team is not told.
    line.clock.set(THREE_AM_EST + 60 * 60_000);
    await text(MO, 'CHECK 5:00');
    line.clock.set(THREE_AM_EST + 2 * 60 * 60_000);
    await sweep();
    expect(await text(SAM, `${mo.number} ok`)).toBe('Gracias. No avisaremos al equipo.');
    const anaNow = bodies(line, ANA).length;
    line.clock.set(THREE_AM_EST + 4 * 60 * 60_000);
    await sweep();
    expect(bodies(line, ANA)).toHaveLength(anaNow);
  });

  it('a release watch texts each evening; two unanswered tell the team', async () => {
    await start(BEFORE_FALL_BACK);
    await enrolMember({ language: 'en', phone: MO });
    expect(await text(MO, 'WATCH 19:00 5')).toContain('We will text you each day at 19:00 for 5 days');
    const evening = (day: number) => Date.UTC(2026, 9, 31 + day, 23, 0) + (day >= 1 ? 60 * 60_000 : 0); // 19:00 EDT, then EST
    line.clock.set(evening(0));
    expect((await sweep()).prompted).toBe(1);
    expect(bodies(line, MO).at(-1)).toContain('checking on you');
    expect(await text(MO, 'ok')).toBe('Thank you. We will text again tomorrow.');
    const anaBefore = bodies(line, ANA).length;
    // Day 1 (after the change): the prompt comes at 19:00 EST; unanswered.
    line.clock.set(evening(1) - 60_000);
    expect((await sweep()).prompted).toBe(0);
    line.clock.set(evening(1));
    expect((await sweep()).prompted).toBe(1);
    line.clock.set(evening(1) + 4 * 60 * 60_000);
    await sweep();
    expect(bodies(line, ANA)).toHaveLength(anaBefore);
    // Day 2: unanswered again, and Mo named no people: the team on call hears.
    line.clock.set(evening(2));
    await sweep();
    line.clock.set(evening(2) + 4 * 60 * 60_000);
    expect((await sweep()).teamTold).toBe(1);
    expect(bodies(line, ANA).at(-1)).toContain('missed a check-in (19:00)');
    expect(await count('member_check_ins')).toBe(0);
  });

  it('LEAVE erases the member, their people, their place in others’ lists and their check-ins at once', async () => {
    await start();
    const { mo, sam } = await withPeople();
    await line.t.api('PATCH', `/api/members/${sam.id}`, { peers: [{ memberNumber: mo.number }] }, line.token);
    await text(MO, 'CHECK 3:00');
    expect(await count('member_peers')).toBe(3);
    expect(await count('member_check_ins')).toBe(1);
    expect(await text(MO, 'leave')).toBe(
      'You have left Northside Care Line. We erased your number and everything about you.',
    );
    expect(await count('members')).toBe(1);
    expect(await count('member_peers')).toBe(0);
    expect(await count('member_check_ins')).toBe(0);
    // Now Mo's texts are anyone's: GN reaches the team as an ordinary text.
    await text(MO, 'GN');
    expect((await line.t.kith.ctx.db.kysely.selectFrom('conversations').select('id').execute()).length).toBe(1);
    // Spanish LEAVE, and from the console.
    expect(await text(SAM, 'Salir')).toContain('Usted salió');
    const other = await enrolMember({ language: 'en' });
    expect((await line.t.api('DELETE', `/api/members/${other.id}`, undefined, line.token)).status).toBe(204);
    expect(await count('members')).toBe(0);
  });
});
