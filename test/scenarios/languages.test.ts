import { afterEach, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../support/databases';
import { COMMUNITY_NUMBER, startLine, transcript, type Line } from '../support/line';
import { bodies } from '../support/texting';

const PERSON = '+12025550190';
const ANA = '+12025550111';
const CALLER = '+12025550191';

/** English, Spanish and Arabic (a draft, acknowledged), with someone on call for texts. */
async function threeLanguages(kind: (typeof DB_KINDS)[number]): Promise<Line> {
  const line = await startLine(kind, { program: { languages: ['en', 'es', 'ar'], acknowledgeDraft: ['ar'] } });
  await line.addResponder({ name: 'Ana', phone: ANA, tier: 'primary', languages: ['en', 'ar'] });
  return line;
}

describe.each(DB_KINDS)('the person’s language first (%s)', (kind) => {
  let line: Line;
  afterEach(async () => line?.stop());

  it('answers a text written in Arabic in Arabic, offering the other languages each in its own words', async () => {
    line = await threeLanguages(kind);
    line.sim.phone(PERSON).text('مرحبا، أنا خائف ولا أعرف ماذا أفعل الليلة');
    await line.sim.runUntilIdle();
    expect(line.sim.errors).toEqual([]);
    const [first] = bodies(line, PERSON);
    expect(first).toContain('نحن لا نتصل بالشرطة أبدا');
    expect(first).toContain('أرسل مساعدة للمساعدة');
    expect(first).toContain('For English, reply ENGLISH.');
    expect(first).toContain('Para español, responda ESPAÑOL.');
    expect(first).not.toContain('We never call the police');
    expect(first).not.toContain('للعربية، أرسل عربي');
  });

  it('answers Spanish in Spanish, and a short text in the program’s default', async () => {
    line = await threeLanguages(kind);
    line.sim.phone(PERSON).text('Hola, necesito hablar con alguien por favor');
    line.sim.phone('+12025550192').text('ok');
    await line.sim.runUntilIdle();
    expect(bodies(line, PERSON)[0]).toContain('Nunca llamamos a la policía');
    expect(bodies(line, PERSON)[0]).toContain('Responda AYUDA para ayuda o PARAR');
    expect(bodies(line, '+12025550192')[0]).toContain('We never call the police');
  });

  it('reads STOP and HELP in Arabic, answering in Arabic', async () => {
    line = await threeLanguages(kind);
    line.sim.phone(PERSON).text('مساعدة');
    await line.sim.runUntilIdle();
    const help = bodies(line, PERSON);
    expect(help.join(' ')).toContain('خط دعم مجتمعي');
    line.sim.phone(PERSON).text('توقف');
    await line.sim.runUntilIdle();
    expect(bodies(line, PERSON).at(-1)).toContain('لن تصلك رسائل أخرى');
    expect(bodies(line, PERSON).at(-1)).toContain('START');
  });
});

describe.each(DB_KINDS)('the keypad menu, each language in its own voice (%s)', (kind) => {
  let line: Line;
  afterEach(async () => line?.stop());

  it('starts with the menu, each line in its own voice, then greets and speaks Arabic to who chose it', async () => {
    line = await threeLanguages(kind);
    const call = line.sim.placeCall({
      from: CALLER,
      to: COMMUNITY_NUMBER,
      caller: { press: ['3'], hangUpAfterSeconds: 60 },
    });
    await line.sim.runUntilIdle();
    expect(line.sim.errors).toEqual([]);
    const said = (fragment: string) => call.heard.find((h) => h.text.includes(fragment));
    // The menu is the first thing heard: no English greeting before it.
    expect(call.heard.slice(0, 3).map((h) => [h.text, h.language, h.voice])).toEqual([
      ['For English, press 1.', 'en-US', undefined],
      ['Para español, marque 2.', 'es-US', undefined],
      ['للعربية، اضغط 3.', 'arb', 'Polly.Zeina'],
    ]);
    // Chose Arabic: the greeting, the promises and the wait are in Arabic, in the Arabic voice, never in English.
    expect(call.heard[3]).toMatchObject({ text: 'لقد وصلت إلى Northside Care Line، خط دعم مجتمعي.', language: 'arb' });
    expect(said('هذا الخط لا يتصل بالشرطة أبدا')).toMatchObject({ language: 'arb', voice: 'Polly.Zeina' });
    expect(call.heard.slice(3).every((h) => h.language === 'arb')).toBe(true);
    expect(said('You have reached')).toBeUndefined();
  });

  it('greets in Spanish a caller who pressed 2, and rings the team as the greeting begins', async () => {
    line = await threeLanguages(kind);
    const call = line.sim.placeCall({
      from: CALLER,
      to: COMMUNITY_NUMBER,
      caller: { press: ['2'], hangUpAfterSeconds: 60 },
    });
    await line.sim.runUntilIdle();
    expect(line.sim.errors).toEqual([]);
    const afterMenu = call.heard.slice(3);
    expect(afterMenu[0]?.text).toBe('Se ha comunicado con Northside Care Line, una línea de apoyo comunitario.');
    expect(afterMenu.every((h) => h.language === 'es-US')).toBe(true);
    expect(transcript(call.heard)).not.toContain('You have reached');
    // Ana's phone rang once the caller's language was known, while the greeting and promises played.
    const ana = line.sim.calls.find((c) => c.to === ANA);
    expect(ana?.startedAt).toBeGreaterThanOrEqual(afterMenu[0]?.at ?? Infinity);
    expect(ana?.startedAt).toBeLessThan(call.heard.find((h) => h.text.includes('Estamos buscando'))?.at ?? -Infinity);
  });

  it('greets in the first language a caller who presses nothing, and still reaches a human', async () => {
    line = await threeLanguages(kind);
    const call = line.sim.placeCall({ from: CALLER, to: COMMUNITY_NUMBER, caller: { hangUpAfterSeconds: 120 } });
    await line.sim.runUntilIdle();
    expect(line.sim.errors).toEqual([]);
    expect(call.heard[0]?.text).toBe('For English, press 1.');
    expect(call.heard[3]?.text).toBe('You have reached Northside Care Line, a community support line.');
    expect(transcript(call.heard.slice(3))).toContain('never calls the police');
    expect(call.bridgedWith).toBe(line.sim.phoneLog(ANA)[0]?.sid);
  });

  it('leaves out of the menu a language the provider cannot speak, keeping the digits in order', async () => {
    line = await startLine(kind, {
      program: { languages: ['en', 'ht', 'es'], acknowledgeDraft: ['ht'] },
    });
    const call = line.sim.placeCall({
      from: CALLER,
      to: COMMUNITY_NUMBER,
      caller: { press: ['2'], hangUpAfterSeconds: 30 },
    });
    await line.sim.runUntilIdle();
    const heard = call.heard.map((h) => h.text).join(' ');
    expect(heard).toContain('For English, press 1. Para español, marque 2.');
    expect(heard).not.toContain('kreyòl'); // "Pou kreyòl, peze 2" is never said: no voice could say it
    expect(call.heard.some((h) => h.text.includes('nunca llama a la policía'))).toBe(true);
  });
});
