import { describe, expect, it } from 'vitest';
import { DISPATCH_DEFAULTS, validateDispatch } from './dispatch';

describe('dispatch settings', () => {
  it('accepts the defaults, whose guidance never sends anyone to the police', () => {
    expect(validateDispatch(DISPATCH_DEFAULTS)).toEqual([]);
    for (const text of [
      ...Object.values(DISPATCH_DEFAULTS.noTeamGuidance),
      ...Object.values(DISPATCH_DEFAULTS.policeGuidance),
    ])
      expect(text).not.toMatch(/911|988/);
    expect(Object.keys(DISPATCH_DEFAULTS.noTeamGuidance).sort()).toEqual(['en', 'es']);
  });

  it('names each bad field: sizes, times, a team max below its min, repeated ids', () => {
    const fields = validateDispatch({
      ...DISPATCH_DEFAULTS,
      teamMin: 3,
      teamMax: 2,
      askMinutes: 0,
      formMinutes: 200,
      checkInMinutes: 4,
      needs: ['naloxone', 'naloxone'],
    }).map((p) => p.field);
    expect(fields).toEqual([
      '/dispatch/askMinutes',
      '/dispatch/formMinutes',
      '/dispatch/checkInMinutes',
      '/dispatch/teamMax',
      '/dispatch/needs',
    ]);
    expect(validateDispatch({ ...DISPATCH_DEFAULTS, askMinutes: 10, formMinutes: 5 }).map((p) => p.field)).toEqual([
      '/dispatch/formMinutes',
    ]);
  });
});
