import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, scrub } from './logger';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { lines, logger: createLogger({ level: 'debug', destination: stream }) };
}

describe('the logger never writes a number, a body or a token', () => {
  it('scrubs phone-like text in every common form', () => {
    for (const form of ['+13125550187', '3125550187', '(312) 555-0187', '312-555-0187', '312.555.0187', '+44 20 7946 0958']) {
      expect(scrub(`caller ${form} rang`)).toBe('caller [redacted-number] rang');
    }
    expect(scrub('call_Ab12 took 25 seconds')).toBe('call_Ab12 took 25 seconds');
  });

  it('redacts sensitive fields and scrubs numbers in messages and nested objects', () => {
    const { lines, logger } = capture();
    logger.info({ params: { From: '+13125550187', Body: 'I need help', Digits: '1' }, token: 'kith_secret' }, 'webhook from +13125550187');
    logger.warn({ detail: { note: 'reach me at 312 555 0187' } }, 'odd');
    const text = lines.join('');
    for (const secret of ['3125550187', '555 0187', 'I need help', 'kith_secret']) expect(text).not.toContain(secret);
    expect(text).toContain('[redacted]');
    expect(text).toContain('[redacted-number]');
  });
});
