import { describe, expect, it } from 'vitest';
import { memberKeypadEn, memberKeypadFor } from './member-keypad';
import { MEMBER_LANGUAGES, membersCatalogFor, membersEn, plainWord } from './members';
import { textLanguages } from './texting';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const WORD_KINDS = ['leaveWords', 'okWords', 'checkWords', 'watchWords'] as const;

describe('member texts in every language Kith has texts in', () => {
  it('exist for each, and each says what English says with the same placeholders', () => {
    expect([...MEMBER_LANGUAGES].sort()).toEqual([...textLanguages()].sort());
    for (const language of MEMBER_LANGUAGES) {
      const catalog = membersCatalogFor(language);
      for (const [key, english] of Object.entries(membersEn)) {
        if (typeof english !== 'string') continue;
        const words = catalog[key as keyof typeof catalog];
        expect(typeof words, `${language}.${key}`).toBe('string');
        expect(placeholders(words as string), `${language}.${key}`).toEqual(placeholders(english));
      }
      for (const [key, english] of Object.entries(memberKeypadEn))
        expect(placeholders(memberKeypadFor(language)[key as keyof typeof memberKeypadEn])).toEqual(
          placeholders(english),
        );
      // Every escalation still says it never goes to the police.
      expect(catalog.checkInSet).toContain('911');
      expect(catalog.missedTeam).toContain('911');
    }
  });

  it('recognise words members type without one kind of word being another (LEAVE erases at once)', () => {
    const kinds = new Map<string, string>();
    for (const language of MEMBER_LANGUAGES)
      for (const kind of WORD_KINDS)
        for (const word of membersCatalogFor(language)[kind]) {
          const plain = plainWord(word);
          expect(kinds.get(plain) ?? kind, `${language}: ${word}`).toBe(kind);
          kinds.set(plain, kind);
          expect(word).not.toMatch(/\s/u); // one word: texts are split on spaces
        }
    // Never a default code either.
    for (const code of ['GN', 'GH', 'CALL', 'NARCAN']) expect(kinds.has(code)).toBe(false);
    // A place word goes before a number (P2, LUGAR 2): one word, without digits, in every language.
    for (const language of MEMBER_LANGUAGES) {
      const places = membersCatalogFor(language).placeWords;
      expect(places.length, language).toBeGreaterThan(0);
      for (const word of places) expect(word, `${language}: ${word}`).toMatch(/^[^\s\d*]+$/u);
    }
  });
});
