import { describe, expect, it } from 'vitest';
import { newId } from './ids';

describe('newId', () => {
  it('gives distinct 16-character base64url ids after its prefix, across many refills of its pool', () => {
    const ids = Array.from({ length: 2_000 }, () => newId('x'));
    for (const id of ids) expect(id).toMatch(/^x_[A-Za-z0-9_-]{16}$/);
    expect(new Set(ids).size).toBe(ids.length);
    // Not a constant or a counter: the characters vary at every position.
    for (let i = 2; i < 18; i++) expect(new Set(ids.map((id) => id[i])).size).toBeGreaterThan(40);
  });
});
