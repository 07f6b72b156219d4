import { threadId } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { generateIdentity, keyId, openRecordText, ready } from './e2e';
import { sealOffThread, sealingThread } from './sealing';

describe('sealing off the event loop', () => {
  it('seals on a thread of its own a record every reader opens, many at once, each with its own key', async () => {
    await ready();
    const readers = Array.from({ length: 3 }, () => generateIdentity());
    const words = Array.from({ length: 20 }, (_, i) => `canary-words-${i} ✓`);
    const records = await Promise.all(
      words.map((plaintext, i) =>
        sealOffThread({
          recordId: `msg_${i}`,
          plaintext,
          readers: readers.map((r) => ({ keyId: keyId(r.publicKey), publicKey: r.publicKey })),
        }),
      ),
    );
    records.forEach((record, i) => {
      expect(record.recordId).toBe(`msg_${i}`);
      for (const reader of readers) expect(openRecordText(record, reader)).toBe(words[i]);
    });
    expect(new Set(records.map((r) => r.nonce)).size).toBe(records.length);
    const thread = sealingThread();
    expect(thread).toBeDefined();
    expect(thread).not.toBe(threadId);
  });

  it('refuses a record with no reader, as sealRecord does, and goes on sealing', async () => {
    await expect(sealOffThread({ recordId: 'msg_x', plaintext: 'x', readers: [] })).rejects.toThrow(/TypeError/);
    const me = generateIdentity();
    const record = await sealOffThread({
      recordId: 'msg_y',
      plaintext: 'y',
      readers: [{ keyId: keyId(me.publicKey), publicKey: me.publicKey }],
    });
    expect(openRecordText(record, me)).toBe('y');
  });
});
