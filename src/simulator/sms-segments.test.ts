import { describe, expect, it } from 'vitest';
import { numSegments, smsEncoding } from './sms-segments';

describe('SMS segments', () => {
  it('GSM-7: 160 septets fit one segment, then 153 per part', () => {
    expect(numSegments('a'.repeat(160))).toBe(1);
    expect(numSegments('a'.repeat(161))).toBe(2);
    expect(numSegments('a'.repeat(306))).toBe(2);
    expect(numSegments('a'.repeat(307))).toBe(3);
    expect(smsEncoding('Café à Ñoño, ¿qué?')).toBe('GSM-7');
  });

  it('GSM-7 extension characters cost two septets and are never split across parts', () => {
    expect(numSegments('€'.repeat(80))).toBe(1);
    expect(numSegments('€'.repeat(81))).toBe(2);
    // 152 septets, then an escaped pair that would straddle the 153-septet boundary.
    expect(numSegments(`${'a'.repeat(152)}€${'a'.repeat(152)}`)).toBe(3);
  });

  it('UCS-2: 70 units fit one segment, then 67 per part; one non-GSM character switches the whole body', () => {
    expect(smsEncoding(`${'a'.repeat(100)}ç`)).toBe('UCS-2');
    expect(numSegments('ש'.repeat(70))).toBe(1);
    expect(numSegments('ש'.repeat(71))).toBe(2);
    expect(numSegments('ש'.repeat(134))).toBe(2);
    expect(numSegments('ש'.repeat(135))).toBe(3);
  });

  it('emoji take two units and a surrogate pair is never split', () => {
    expect(numSegments('👋'.repeat(35))).toBe(1);
    expect(numSegments('👋'.repeat(36))).toBe(2);
    // 66 units then an emoji: it moves whole to the next part.
    expect(numSegments(`${'ש'.repeat(66)}👋${'ש'.repeat(66)}`)).toBe(3);
  });

  it('an empty body (a picture alone) is one message', () => {
    expect(numSegments('')).toBe(1);
  });
});
