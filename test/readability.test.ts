import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { describe, expect, it } from 'vitest';
import { en as voice } from '../src/i18n/en';
import { memberKeypadEn } from '../src/i18n/member-keypad';
import { membersEn } from '../src/i18n/members';
import { textEn } from '../src/i18n/texting';
import { chatEn } from '../src/web/i18n/chat/en';
import { en as pages } from '../src/web/i18n/en';

/**
 * Issue 16: what a person in crisis hears or reads in English is plain, grade 6 or lower by the
 * Flesch–Kincaid grade. Each catalog is scored as one passage (the formula is meant for passages; a
 * lone word such as "midnight" scores grade 8). wooorm's `flesch-kincaid` and `syllable` do the
 * arithmetic and the syllable counts; sentences and words are split here.
 */
const GRADE_AT_MOST = 6;

/**
 * Every sentence a catalog holds, placeholders dropped (they are filled with names and times); labels
 * under four words ("Send", "Leave now") are left out, so they do not pull the score down.
 */
function wordsOf(catalog: unknown): string[] {
  if (typeof catalog === 'string') {
    const sentence = catalog.replace(/\{\w+\}/g, '').trim();
    return sentence.split(/\s+/).length >= 4 ? [sentence] : [];
  }
  if (catalog && typeof catalog === 'object') return Object.values(catalog).flatMap(wordsOf);
  return [];
}

function grade(passage: string[]): number {
  const text = passage.map((s) => (/[.!?…]$/.test(s) ? s : `${s}.`)).join(' ');
  const words = text.match(/[\p{L}’']+/gu) ?? [];
  return fleschKincaid({
    sentence: text.split(/[.!?…]+(?:\s|$)/).filter((s) => s.trim() !== '').length,
    word: words.length,
    syllable: words.reduce((n, word) => n + syllable(word), 0),
  });
}

describe('caller-facing English is plain', () => {
  const catalogs: Record<string, unknown> = {
    'what a caller hears': voice,
    'texts to a person': textEn,
    'the chat page': chatEn,
    'the front page': pages.front,
    // Issue 18: a member reads these, often in a crisis of their own.
    'texts to a member': membersEn,
    // What a member hears keying a code or their plan on a call.
    'a member on the keypad': memberKeypadEn,
  };
  for (const [name, catalog] of Object.entries(catalogs)) {
    it(`${name}: grade ${GRADE_AT_MOST} or lower`, () => {
      const passage = wordsOf(catalog);
      expect(passage.length).toBeGreaterThan(3); // the catalog was really read
      const scored = grade(passage);
      console.log(`readability: ${name}, ${passage.length} strings, grade ${scored.toFixed(1)}`);
      expect(scored).toBeLessThanOrEqual(GRADE_AT_MOST);
    });
  }

  it('the score can fail: a passage of long words scores far above grade 6', () => {
    expect(
      grade([
        'Notwithstanding institutional considerations, comprehensive psychiatric evaluation necessitates documentation.',
      ]),
    ).toBeGreaterThan(12);
  });
});
