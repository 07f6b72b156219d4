import { beforeAll, describe, expect, it } from 'vitest';
import { generateIdentity, openSharedKey, ready, WrongKeyError, wrapSharedKey } from './e2e';

describe('a shared key pair sealed to each member (the web chat queue key)', () => {
  beforeAll(ready);

  it('opens for the member it was sealed to, as the same pair', () => {
    const queue = generateIdentity();
    const ana = generateIdentity();
    const wrap = wrapSharedKey(queue, ana);
    expect(wrap.memberKeyId).toBe(ana.keyId);
    const opened = openSharedKey(wrap, ana, queue);
    expect(opened.keyId).toBe(queue.keyId);
    expect(Buffer.from(opened.secretKey).equals(Buffer.from(queue.secretKey))).toBe(true);
  });

  it('refuses another member’s key, and a wrap of some other pair passed off as the queue key', () => {
    const queue = generateIdentity();
    const ana = generateIdentity();
    const ben = generateIdentity();
    expect(() => openSharedKey(wrapSharedKey(queue, ana), ben, queue)).toThrow(WrongKeyError);
    expect(() => openSharedKey({ ...wrapSharedKey(queue, ana), memberKeyId: ben.keyId }, ben, queue)).toThrow(
      WrongKeyError,
    );
    const other = generateIdentity();
    expect(() => openSharedKey(wrapSharedKey(other, ana), ana, queue)).toThrow(WrongKeyError);
  });
});
