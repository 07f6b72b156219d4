import { describe, expect, it } from 'vitest';
import { isPagerText, parsePager } from './pager';

describe('the pager’s words', () => {
  it('reads an alias, a word and optional minutes, in any case', () => {
    expect(parsePager('R4 YES 15')).toEqual({ alias: 'R4', word: 'YES', minutes: 15 });
    expect(parsePager('  r12 otw 10 ')).toEqual({ alias: 'R12', word: 'OTW', minutes: 10 });
    expect(parsePager('R4: ok.')).toEqual({ alias: 'R4', word: 'OK', minutes: null });
    expect(parsePager('R4 Sí 5')).toEqual({ alias: 'R4', word: 'SI', minutes: 5 });
    expect(parsePager('R4')).toEqual({ alias: 'R4', word: '', minutes: null });
    expect(parsePager('R4 yes fifteen')).toBeUndefined();
  });

  it('claims only texts that start with an R alias, leaving K7 to texting', () => {
    expect(isPagerText('R4 YES')).toBe(true);
    expect(isPagerText('r4 here')).toBe(true);
    expect(isPagerText('K7 done')).toBe(false);
    expect(isPagerText('Running late')).toBe(false);
    expect(isPagerText('R2D2')).toBe(false);
  });
});
