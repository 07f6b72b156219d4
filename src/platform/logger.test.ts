import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, listeningAddresses, scrub } from './logger';

function capture(ownAddresses?: string[]) {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return {
    lines,
    logger: createLogger({ level: 'debug', destination: stream, ...(ownAddresses ? { ownAddresses } : {}) }),
  };
}

describe('the logger never writes a number, a body or a token', () => {
  it('scrubs phone-like text in every common form', () => {
    for (const form of [
      '+13125550187',
      '3125550187',
      '(312) 555-0187',
      '312-555-0187',
      '312.555.0187',
      '+44 20 7946 0958',
    ]) {
      expect(scrub(`caller ${form} rang`)).toBe('caller [redacted-number] rang');
    }
    expect(scrub('call_Ab12 took 25 seconds')).toBe('call_Ab12 took 25 seconds');
  });

  it('redacts sensitive fields and scrubs numbers in messages and nested objects', () => {
    const { lines, logger } = capture();
    logger.info(
      { params: { From: '+13125550187', Body: 'I need help', Digits: '1' }, token: 'kith_secret' },
      'webhook from +13125550187',
    );
    logger.warn({ detail: { note: 'reach me at 312 555 0187' } }, 'odd');
    const text = lines.join('');
    for (const secret of ['3125550187', '555 0187', 'I need help', 'kith_secret']) expect(text).not.toContain(secret);
    expect(text).toContain('[redacted]');
    expect(text).toContain('[redacted-number]');
  });
});

describe('addresses are not phone numbers, and only the server’s own are written', () => {
  it('still scrubs real phone numbers in many formats', () => {
    const forms = [
      '+12025550111',
      '+1 202 555 0111',
      '+1-202-555-0111',
      '(202) 555-0111',
      '202.555.0111',
      '202 555 0111',
      '2025550111',
      '+44 20 7946 0958',
      '+52 55 1234 5678',
      '+49 30 901820',
      '+33 1 23 45 67 89',
      '+81 3-1234-5678',
      '0044 20 7946 0958',
    ];
    for (const form of forms)
      expect(scrub(`ring ${form} now`, new Set(['127.0.0.1'])), form).toBe('ring [redacted-number] now');
  });

  it('writes the server’s own listening address as it is, port and all', () => {
    const own = new Set(listeningAddresses('127.0.0.1'));
    expect(scrub('Server listening at http://127.0.0.1:8080', own)).toBe('Server listening at http://127.0.0.1:8080');
    expect(scrub('Server listening at http://[::1]:8080', new Set(listeningAddresses('localhost')))).toBe(
      'Server listening at http://[::1]:8080',
    );
  });

  it('never writes anyone else’s address, and takes none of them for a phone number', () => {
    const own = new Set(['127.0.0.1']);
    expect(scrub('from 203.0.113.77:51234 via http://198.51.100.2:8443/x', own)).toBe(
      'from [redacted-ip] via http://[redacted-ip]/x',
    );
    expect(scrub('from 2001:db8::42 and [2001:db8::1]:443 and ::ffff:203.0.113.9', own)).toBe(
      'from [redacted-ip] and [redacted-ip] and [redacted-ip]',
    );
    expect(scrub('listening at http://127.0.0.1:8080')).toBe('listening at http://[redacted-ip]');
    // Times and ids with colons are neither.
    expect(scrub('at 10:00:00 for call_Ab12', own)).toBe('at 10:00:00 for call_Ab12');
    expect(scrub('It came from 2001:db8::7.', own)).toBe('It came from [redacted-ip].');
  });

  it('logs the listening line with the address and hides a client’s in the same logger', () => {
    const { lines, logger } = capture(listeningAddresses('127.0.0.1'));
    logger.info('Server listening at http://127.0.0.1:8080');
    logger.info({ remoteAddress: '203.0.113.77' }, 'a request from 203.0.113.77 for +1 (202) 555-0111');
    const text = lines.join('');
    expect(text).toContain('Server listening at http://127.0.0.1:8080');
    for (const secret of ['203.0.113.77', '555-0111']) expect(text).not.toContain(secret);
    expect(text).toContain('[redacted-ip]');
    expect(text).toContain('[redacted-number]');
  });
});
