import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { readContents } from '../../src/backup/contents';
import { join as joinTeam, makeEnrolment } from '../support/console-client';
import { DB_KINDS } from '../support/databases';
import { COMMUNITY_NUMBER, startLine, type Line } from '../support/line';
import { bodies } from '../support/texting';

const ANA = '+12025550111'; // responder on call, English
const BO = '+12025550112'; // responder off shift, Spanish: one of Mo's people
const MO = '+12025550121'; // member, English, with a phone
const SAM = '+12025550122'; // member, Spanish: one of Mo's people

/** Fictional places; a distinct word marks each so logs and backups can be searched for them. */
const LIBRARY = 'the Quillfeather library steps';
const KITCHEN = 'Rosa’s Marrowlane kitchen';
const BOOK = [
  { number: 1, words: LIBRARY },
  { number: 2, words: KITCHEN },
];

interface MemberOut {
  id: string;
  number: string;
}
interface ErrorOut {
  error: { fields?: { field: string }[] };
}

describe.each(DB_KINDS)('the place book: a code followed by where (%s)', (kind) => {
  let line: Line;
  afterEach(async () => line?.stop());

  async function start() {
    line = await startLine(kind, { program: { languages: ['en', 'es'] }, cheapArgon: true });
    await line.addResponder({ name: 'Ana', phone: ANA, tier: 'primary' });
    await line.addResponder({ name: 'Bo', phone: BO, languages: ['es'] });
    const enrol = async (body: Record<string, unknown>) => {
      const created = await line.t.api<MemberOut>('POST', '/api/members', body, line.token);
      expect(created.status).toBe(201);
      return created.body;
    };
    const mo = await enrol({ name: 'Mo', language: 'en', phone: MO });
    const sam = await enrol({ language: 'es', phone: SAM });
    line.sim.phone(MO);
    line.sim.phone(SAM);
    const patched = await line.t.api(
      'PATCH',
      `/api/members/${mo.id}`,
      { peers: [{ memberNumber: sam.number }, { responderId: line.ids.Bo }] },
      line.token,
    );
    expect(patched.status).toBe(200);
    return mo;
  }
  const setBook = async (places: unknown[]) =>
    line.t.api<ErrorOut>('PUT', '/api/members/places', { places }, line.token);
  const text = async (body: string) => {
    line.sim.phone(MO).text(body);
    await line.sim.runUntilIdle();
    return bodies(line, MO).at(-1);
  };
  const keyed = async (press: string[]) => {
    const call = line.sim.placeCall({ from: MO, to: COMMUNITY_NUMBER, caller: { press: ['*', ...press] } });
    await line.sim.runUntilIdle();
    expect(line.sim.errors).toEqual([]);
    return call.heard.map((h) => h.text);
  };
  const samHeard = () => bodies(line, SAM).at(-1);
  const relayEs = (number: string, place?: string) =>
    `Kith: el miembro ${number} (Mo) envió GH: Vaya a casa: reúnase conmigo.${place ? ` Lugar: ${place}.` : ''}`;

  it('only a coordinator keeps the book; every responder reads it; bad places are named', async () => {
    await start();
    const ana = await joinTeam(
      line.t,
      line.token,
      line.ids.Ana ?? '',
      await makeEnrolment('ana', 'a long passphrase here'),
    );
    // A coordinator's route refuses anyone else as if it were not there (src/auth/route-access.ts).
    expect((await ana.request('PUT', '/api/members/places', { places: BOOK })).status).toBe(404);
    expect((await ana.request('GET', '/api/members/places')).body).toEqual({ places: [] });

    const bad = await setBook([
      { number: 3, words: 'the park' },
      { number: 3, words: '   ' },
    ]);
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields?.map((f) => f.field)).toEqual(['/places/1/number', '/places/1/words']);
    expect((await setBook([{ number: 100, words: 'x' }])).status).toBe(422);

    const saved = await setBook([BOOK[1], BOOK[0]]);
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({ places: BOOK }); // in number order
    expect((await ana.request('GET', '/api/members/places')).body).toEqual({ places: BOOK });
  });

  it('by text: a place’s number relays its words to exactly the code’s people; free words still go; an unknown number is named', async () => {
    const mo = await start();
    // No book yet: "P2" is the member's own words, as before.
    expect(await text('GH P2')).toBe('Got it. We told your people.');
    expect(samHeard()).toBe(relayEs(mo.number, 'P2'));

    expect((await setBook(BOOK)).status).toBe(200);
    expect(await text('GH P2')).toBe('Got it. We told your people.');
    expect(samHeard()).toBe(relayEs(mo.number, KITCHEN));
    expect(bodies(line, BO).at(-1)).toBe(relayEs(mo.number, KITCHEN));
    // Any language's word, or the keypad's *; words after the number go with it.
    expect(await text('GH lugar 1 back door')).toBe('Got it. We told your people.');
    expect(samHeard()).toBe(relayEs(mo.number, `${LIBRARY}, back door`));
    expect(await text('GH *2')).toBe('Got it. We told your people.');
    expect(samHeard()).toBe(relayEs(mo.number, KITCHEN));
    expect(await text('GH corner store')).toBe('Got it. We told your people.');
    expect(samHeard()).toBe(relayEs(mo.number, 'corner store'));

    // A number the book lacks: said plainly, and the code still goes, without a place.
    expect(await text('GH P7')).toBe(
      'Got it. We told your people. There is no place 7 on the list, so it went without a place.',
    );
    expect(samHeard()).toBe(relayEs(mo.number));
    // The team on call heard none of it: GH tells Mo's people only.
    expect(bodies(line, ANA)).toEqual([]);
  });

  it('by keypad: *, the place’s number, then #; an unknown number is said and the code goes without a place', async () => {
    const mo = await start();
    // Without a book the prompt says nothing of places.
    expect(await keyed([mo.number, '2#'])).not.toContain(
      'To add a place, key star and its number before the pound key.',
    );
    expect(samHeard()).toBe(relayEs(mo.number));

    expect((await setBook(BOOK)).status).toBe(200);
    const heard = await keyed([mo.number, '2*1#']);
    expect(heard).toContain('Now key your code, then the pound key.');
    expect(heard).toContain('To add a place, key star and its number before the pound key.');
    expect(heard.slice(-2)).toEqual(['Got it. We told your people.', 'Goodbye.']);
    expect(samHeard()).toBe(relayEs(mo.number, LIBRARY));
    expect(bodies(line, BO).at(-1)).toBe(relayEs(mo.number, LIBRARY));

    const unknown = await keyed([mo.number, '2*9#']);
    expect(unknown.slice(-3)).toEqual([
      'Got it. We told your people.',
      'There is no place 9 on the list, so it went without a place.',
      'Goodbye.',
    ]);
    expect(samHeard()).toBe(relayEs(mo.number));
    expect(bodies(line, SAM)).toHaveLength(3);
    expect(bodies(line, ANA)).toEqual([]);
    expect(await line.t.kith.ctx.db.kysely.selectFrom('calls').select('id').execute()).toEqual([]);
  });

  it('the danger word with a place reads exactly as the safe code with that place; only the team’s quiet alert differs', async () => {
    const mo = await start();
    expect((await setBook(BOOK)).status).toBe(200);
    expect((await line.t.api('PATCH', `/api/members/${mo.id}`, { duressWord: 'blue' }, line.token)).status).toBe(200);
    const safe = await text('GN P1');
    const samSafe = samHeard();
    expect(samSafe).toBe(
      `Kith: el miembro ${mo.number} (Mo) envió GN: Buenas noches: estoy a salvo. Lugar: ${LIBRARY}.`,
    );
    expect(await text('blue P1')).toBe(safe);
    expect(samHeard()).toBe(samSafe);
    expect(bodies(line, ANA)).toHaveLength(1);
    expect(bodies(line, ANA)[0]).toContain(`member ${mo.number} (Mo) sent their danger word`);
    expect(bodies(line, ANA)[0]).not.toContain('Quillfeather');
  });

  it('places are relayed, never logged, never in a backup, and a burn deletes the book', async () => {
    const mo = await start();
    expect((await setBook(BOOK)).status).toBe(200);
    await text('GH P1');
    await keyed([mo.number, '2*2#']);
    expect(bodies(line, SAM)).toEqual([relayEs(mo.number, LIBRARY), relayEs(mo.number, KITCHEN)]);

    const log = readFileSync(line.t.logFile, 'utf8');
    for (const word of ['Quillfeather', 'Marrowlane']) expect(log).not.toContain(word);
    const backup = JSON.stringify(await readContents(line.t.kith.ctx.db.kysely, line.clock.now()));
    for (const word of ['Quillfeather', 'Marrowlane']) expect(backup).not.toContain(word);

    const burnt = await line.t.api('POST', '/api/program/burn', { confirm: 'Northside Care Line' }, line.token);
    expect(burnt.status).toBe(200);
    expect(await line.t.kith.ctx.db.kysely.selectFrom('member_places').selectAll().execute()).toEqual([]);
  });
});
