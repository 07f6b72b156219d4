import { describe, expect, it } from 'vitest';
import { takeCommand } from './swaps';

describe('TAKE S12 by text', () => {
  it('reads the number after TAKE or TOMAR and an S, in any case, with a full stop', () => {
    expect(takeCommand('TAKE S12')).toBe(12);
    expect(takeCommand('  tomar s3. ')).toBe(3);
    expect(takeCommand('Take S7!')).toBe(7);
  });

  it('leaves words meant for a person alone: no S, another word, more after it', () => {
    expect(takeCommand('take 5')).toBeUndefined();
    expect(takeCommand('TAKE S12 please')).toBeUndefined();
    expect(takeCommand('make S12')).toBeUndefined();
    expect(takeCommand('take it easy')).toBeUndefined();
  });
});
