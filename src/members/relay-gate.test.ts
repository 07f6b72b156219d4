import { describe, expect, it } from 'vitest';
import { RelayGate } from './relay-gate';

const HOUR = 3_600_000;

describe('the members’ relay gate', () => {
  const small = () => new RelayGate({ perMember: { max: 4, windowMs: HOUR }, perProgram: { max: 6, windowMs: HOUR } });

  it('refuses a relay whole when it would pass a member’s limit, tells once, then stays quiet', () => {
    const gate = small();
    expect(gate.admit('p', 'm1', 3, 0)).toBe('ok');
    expect(gate.admit('p', 'm1', 2, 1)).toBe('refused'); // 5 > 4: none of the two goes
    expect(gate.admit('p', 'm1', 1, 2)).toBe('ok'); // but one more fits
    expect(gate.admit('p', 'm1', 1, 3)).toBe('quiet');
    expect(gate.refusals('m1')).toBe(2);
    expect(gate.admit('p', 'm1', 4, HOUR)).toBe('ok'); // a new window
  });

  it('holds the program’s limit across members, so many member numbers cannot add up to a flood', () => {
    const gate = small();
    expect(gate.admit('p', 'm1', 3, 0)).toBe('ok');
    expect(gate.admit('p', 'm2', 3, 0)).toBe('ok');
    expect(gate.admit('p', 'm3', 1, 0)).toBe('refused');
    expect(gate.admit('other', 'm4', 3, 0)).toBe('ok'); // another program is counted apart
  });

  it('counts what must go (a danger word’s alert) without ever refusing it', () => {
    const gate = small();
    gate.count('p', 'm1', 10, 0);
    expect(gate.admit('p', 'm1', 1, 0)).toBe('refused');
  });
});
