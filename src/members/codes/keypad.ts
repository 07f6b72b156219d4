/**
 * A word spelled on a phone keypad's letters, as the pager era did: BLUE is 2583, GN is 46. It is how a
 * member's danger word is keyed during a call (src/members/keypad.ts). Accents are dropped (É is 3);
 * digits stay digits. A word with any other character (another script) has no keypad spelling: its
 * owner can text it, but not key it.
 */
const LETTERS: Readonly<Record<string, string>> = {
  '2': 'ABC',
  '3': 'DEF',
  '4': 'GHI',
  '5': 'JKL',
  '6': 'MNO',
  '7': 'PQRS',
  '8': 'TUV',
  '9': 'WXYZ',
};
const DIGIT_OF = new Map(Object.entries(LETTERS).flatMap(([digit, letters]) => [...letters].map((l) => [l, digit])));

export function keypadSpelling(word: string): string | undefined {
  let digits = '';
  for (const ch of word.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase()) {
    if (/\d/.test(ch)) digits += ch;
    else {
      const digit = DIGIT_OF.get(ch);
      if (digit === undefined) return undefined;
      digits += digit;
    }
  }
  return digits === '' ? undefined : digits;
}
