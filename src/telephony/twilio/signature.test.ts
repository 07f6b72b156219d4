import { describe, expect, it } from 'vitest';
import { computeSignature, isValidSignature } from './signature';

describe('Twilio webhook signature', () => {
  // The worked example from Twilio's security documentation (public test values).
  const token = '12345';
  const url = 'https://mycompany.com/myapp.php?foo=1&bar=2';
  const params = {
    CallSid: 'CA1234567890ABCDE',
    Caller: '+12349013030',
    Digits: '1234',
    From: '+12349013030',
    To: '+18005551212',
  };

  it('matches the documented example', () => {
    expect(computeSignature(token, url, params)).toBe('0/KCTR6DLpKmkAf8muzZqo1nDgQ=');
  });

  it('refuses a tampered parameter, a different URL, a wrong key and a missing signature', () => {
    const good = computeSignature(token, url, params);
    expect(isValidSignature(token, url, params, good)).toBe(true);
    expect(isValidSignature(token, url, { ...params, Digits: '1' }, good)).toBe(false);
    expect(isValidSignature(token, 'https://evil.example/myapp.php?foo=1&bar=2', params, good)).toBe(false);
    expect(isValidSignature('other', url, params, good)).toBe(false);
    expect(isValidSignature(token, url, params, undefined)).toBe(false);
  });
});
