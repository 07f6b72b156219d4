import { describe, expect, it } from 'vitest';
import { catalogs } from './index';
import { LANGUAGES, callerReady, isDraft, languageInfo, normalizeWord, sayVoiceFor } from './languages';
import { hasTextCatalog, textCatalogFor, textEn } from './texting';

/** Every string in a catalog, by its dotted path. */
function strings(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(path, value);
  else if (value && typeof value === 'object')
    for (const [key, inner] of Object.entries(value))
      for (const [p, s] of strings(inner, `${path}.${key}`)) out.set(p, s);
  return out;
}
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function sameShape(mine: unknown, english: unknown): void {
  const theirs = strings(english);
  for (const [path, text] of strings(mine)) {
    expect(text.trim(), path).not.toBe('');
    expect(placeholders(text), path).toEqual(placeholders(theirs.get(path) ?? ''));
  }
}

describe('the language registry', () => {
  it('says a catalog exists exactly where one does', () => {
    for (const info of LANGUAGES) {
      expect(info.status.voice !== undefined, `${info.code} voice`).toBe(Object.hasOwn(catalogs, info.code));
      expect(info.status.texts !== undefined, `${info.code} texts`).toBe(hasTextCatalog(info.code));
    }
    expect(Object.keys(catalogs).every((code) => languageInfo(code))).toBe(true);
  });

  it('offers at least Arabic beside English and Spanish, right to left, as an honest draft', () => {
    expect(callerReady('ar')).toBe(true);
    expect(isDraft('ar')).toBe(true);
    expect(languageInfo('ar')?.dir).toBe('rtl');
    expect(isDraft('es')).toBe(false);
    expect(callerReady('de')).toBe(false);
    expect(callerReady('fr')).toBe(true);
  });

  it('speaks each language in a voice the provider documents, and owns up where it has none', () => {
    expect(sayVoiceFor('ar')).toEqual({ language: 'arb', voice: 'Polly.Zeina' });
    expect(sayVoiceFor('es')).toEqual({ language: 'es-US' });
    expect(sayVoiceFor('tl').language).toBe('fil-PH');
    expect(languageInfo('ht')?.say).toBeNull();
  });

  it('gives every language distinct keywords that survive normalising', () => {
    for (const info of LANGUAGES) {
      const words = [...info.keywords.stop, ...info.keywords.start, ...info.keywords.help, info.keywords.choose];
      const normalized = words.map(normalizeWord);
      expect(new Set(normalized).size, info.code).toBe(words.length);
      expect(
        normalized.every((w) => w !== ''),
        info.code,
      ).toBe(true);
    }
  });
});

describe('caller catalogs', () => {
  it.each(Object.keys(catalogs))('%s speaks every line English does, with the same placeholders', (code) => {
    sameShape(catalogs[code], catalogs.en);
  });

  it.each(LANGUAGES.filter((l) => hasTextCatalog(l.code)).map((l) => [l.code, l] as const))(
    '%s texts say everything English does, and name the language’s own HELP and STOP words',
    (code, info) => {
      const text = textCatalogFor(code);
      sameShape(text, textEn);
      const said = normalizeWord(text.firstReply);
      expect(
        info.keywords.help.some((w) => said.includes(normalizeWord(w))),
        'help word',
      ).toBe(true);
      expect(
        info.keywords.stop.some((w) => said.includes(normalizeWord(w))),
        'stop word',
      ).toBe(true);
      expect(normalizeWord(text.languageOffer)).toContain(normalizeWord(info.keywords.choose));
      // After an English STOP carriers let texts through again only after START: the texts say so.
      expect(text.stopped).toContain('START');
    },
  );
});
