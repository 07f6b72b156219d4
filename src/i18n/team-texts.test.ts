import { describe, expect, it } from 'vitest';
import { numSegments } from '../simulator/sms-segments';
import { briefingEn, briefingLanguage, briefingTextsFor } from './briefing';
import { careTeamCatalogFor, careTeamCommand, careTeamEn } from './care-team';
import { LANGUAGES, normalizeWord } from './languages';
import { MEMBER_LANGUAGES, membersCatalogFor } from './members';
import { rotaEn, rotaLanguage, rotaTextsFor } from './rota';
import { swapLanguage, swapsEn, swapTextsFor, takeCommand } from './swaps';
import { textLanguages } from './texting';

/** Every string in a catalog by its dotted path; word lists are keywords, checked on their own. */
function strings(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(path, value);
  else if (value && typeof value === 'object' && !Array.isArray(value))
    for (const [key, inner] of Object.entries(value))
      for (const [p, s] of strings(inner, `${path}.${key}`)) out.set(p, s);
  return out;
}
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** The team's own texts: each catalog, its English, and which of its strings travel by SMS. */
const CATALOGS = [
  { name: 'rota', of: rotaTextsFor, en: rotaEn, sms: ['reminder', 'gap'] },
  { name: 'swaps', of: swapTextsFor, en: swapsEn, sms: Object.keys(swapsEn) },
  { name: 'briefing', of: briefingTextsFor, en: briefingEn, sms: ['due', 'nobodyBriefed'] },
  { name: 'care-team', of: careTeamCatalogFor, en: careTeamEn, sms: Object.keys(careTeamEn) },
] as const;
const OTHERS = textLanguages().filter((code) => code !== 'en');

/** What fills a text the way a real one is filled: a day and time, a name, a console address. */
const SAMPLE: Record<string, string> = {
  program: 'Eastside Care Line',
  name: 'Alex Rivera',
  taker: 'Sam Lee',
  giver: 'Alex Rivera',
  names: 'Ana, Ben, Chris',
  role: 'phone',
  tier: 'backup',
  when: 'Sun, Mar 8, 10:00',
  until: '14:00',
  from: 'Sun, Mar 8, 10:00',
  to: 'Sun, Mar 8, 14:00',
  end: '22:00',
  hours: '72',
  code: '12',
  url: 'https://line.example.org/console',
};
const filled = (text: string) => text.replace(/\{(\w+)\}/g, (_, name: string) => SAMPLE[name] ?? name);

describe('the team’s own texts (rota, swaps, briefing, stepping back) in every language', () => {
  it('exist in every language Kith has texts in, not English standing in', () => {
    expect(OTHERS).toHaveLength(9);
    for (const code of OTHERS) {
      expect(rotaLanguage(code), code).toBe(code);
      expect(swapLanguage(code), code).toBe(code);
      expect(briefingLanguage(code), code).toBe(code);
      for (const catalog of CATALOGS) expect(catalog.of(code), `${catalog.name} ${code}`).not.toBe(catalog.en);
    }
    // A language without them (Korean has a registry entry, no catalogs) still gets English.
    expect(rotaLanguage('ko')).toBe('en');
  });

  it.each(OTHERS)('%s has every key English has, none empty, with the same placeholders', (code) => {
    for (const catalog of CATALOGS) {
      const english = strings(catalog.en);
      const mine = strings(catalog.of(code));
      expect([...mine.keys()].sort(), catalog.name).toEqual([...english.keys()].sort());
      for (const [path, text] of mine) {
        expect(text.trim(), `${catalog.name}${path}`).not.toBe('');
        expect(placeholders(text), `${code} ${catalog.name}${path}`).toEqual(placeholders(english.get(path) ?? ''));
      }
    }
  });

  it.each(OTHERS)('%s keeps its texts about as long as English’s (characters and SMS segments)', (code) => {
    for (const catalog of CATALOGS) {
      const english = strings(catalog.en);
      const mine = strings(catalog.of(code));
      for (const key of catalog.sms) {
        const path = `.${key}`;
        const en = filled(english.get(path) ?? '');
        const text = filled(mine.get(path) ?? '');
        if (en === '') continue;
        expect(text.length, `${code} ${catalog.name}${path}: ${text.length} vs ${en.length}`).toBeLessThanOrEqual(
          Math.ceil(en.length * 1.4) + 10,
        );
        // Outside the GSM alphabet a segment holds 70 characters, not 160: at most two segments more.
        expect(numSegments(text), `${code} ${catalog.name}${path}`).toBeLessThanOrEqual(numSegments(en) + 2);
        expect(numSegments(text), `${code} ${catalog.name}${path}`).toBeLessThanOrEqual(4);
      }
    }
  });

  it.each(OTHERS)('%s names its own words in the texts that ask for them, and the parsers read them', (code) => {
    const swaps = swapTextsFor(code);
    const care = careTeamCatalogFor(code);
    expect(
      swaps.takeWords.some((w) => swaps.offered.includes(`${w} S{code}`)),
      'offered names its take word',
    ).toBe(true);
    expect(
      care.backWords.some((w) => care.youSteppedBack.includes(w)),
      'step back names its back word',
    ).toBe(true);
    for (const word of swaps.takeWords) {
      expect(takeCommand(`${word} S12`), word).toBe(12);
      expect(takeCommand(` ${word.toLowerCase()} s7. `), word).toBe(7);
      expect(takeCommand(`${word} 12`), word).toBeUndefined();
    }
    for (const word of care.stepBackWords) expect(careTeamCommand(`${word.toLowerCase()}.`), word).toBe('stepBack');
    for (const word of care.backWords) expect(careTeamCommand(` ${word} `), word).toBe('back');
  });

  it('reads words typed without their accents (phones often drop them)', () => {
    expect(takeCommand('nhan S4')).toBe(4);
    expect(careTeamCommand('tro lai')).toBe('back');
    expect(careTeamCommand('tam nghi')).toBe('stepBack');
  });

  it('keeps every word a responder texts apart: from each other, from STOP/START/HELP, from members’ words', () => {
    const taken = new Set<string>();
    for (const info of LANGUAGES)
      for (const word of [...info.keywords.stop, ...info.keywords.start, ...info.keywords.help, info.keywords.choose])
        taken.add(normalizeWord(word));
    for (const code of MEMBER_LANGUAGES) {
      const m = membersCatalogFor(code);
      for (const word of [...m.leaveWords, ...m.okWords, ...m.checkWords, ...m.watchWords, ...m.planWords])
        taken.add(normalizeWord(word));
    }
    const kinds = new Map<string, string>();
    const claim = (word: string, kind: string) => {
      const plain = normalizeWord(word);
      expect(taken.has(plain), `${word} is a line keyword or a member's word`).toBe(false);
      expect(kinds.get(plain) ?? kind, `${word} is both ${kinds.get(plain) ?? ''} and ${kind}`).toBe(kind);
      kinds.set(plain, kind);
    };
    for (const code of textLanguages()) {
      for (const word of swapTextsFor(code).takeWords) claim(word, 'take');
      for (const word of careTeamCatalogFor(code).stepBackWords) claim(word, 'step back');
      for (const word of careTeamCatalogFor(code).backWords) claim(word, 'back');
    }
  });
});
