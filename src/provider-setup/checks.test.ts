import { describe, expect, it } from 'vitest';
import { unreachableReason } from '../platform/addresses';
import { credentialsCheck, fallbackProblem, publicUrlCheck } from './checks';

describe('the line checks, as plain data', () => {
  it('an account that is suspended, closed or a trial cannot run a crisis line', () => {
    expect(credentialsCheck({ kind: 'ok', status: 'active', trial: false })).toMatchObject({ ok: true, problem: null });
    expect(credentialsCheck({ kind: 'ok', status: 'suspended', trial: false }).problem).toBe('account-suspended');
    expect(credentialsCheck({ kind: 'ok', status: 'closed', trial: false }).problem).toBe('account-closed');
    expect(credentialsCheck({ kind: 'ok', status: 'active', trial: true }).problem).toBe('trial-account');
    expect(credentialsCheck({ kind: 'unreachable' }).problem).toBe('unreachable');
    expect(credentialsCheck({ kind: 'failed', httpStatus: 503 })).toMatchObject({
      problem: 'provider-error',
      current: 'HTTP 503',
    });
    expect(credentialsCheck(undefined).problem).toBe('no-provider');
  });

  it('KITH_PUBLIC_URL must be HTTPS and reachable from the internet', () => {
    expect(publicUrlCheck('https://line.example.org').ok).toBe(true);
    expect(publicUrlCheck('https://line.example.org:8443/kith').ok).toBe(true);
    expect(publicUrlCheck('http://line.example.org').problem).toBe('not-https');
    // On this machine, HTTPS or not, is the first thing to fix.
    for (const url of [
      'http://127.0.0.1:8080',
      'https://localhost',
      'https://[::1]:8443',
      'https://127.3.2.1',
      'https://[::ffff:127.0.0.1]',
    ])
      expect(publicUrlCheck(url).problem).toBe('loopback');
    for (const url of [
      'https://10.1.2.3',
      'https://192.168.1.20',
      'https://172.20.0.5',
      'https://kith.local',
      'https://abcdefghijklmnop.onion',
      'https://kith',
      'https://[fd00::1]',
    ])
      expect(publicUrlCheck(url).problem).toBe('private');
    expect(unreachableReason('172.32.0.1')).toBeUndefined();
    expect(unreachableReason('203.0.113.7')).toBeUndefined();
  });

  it('a fallback must live on another host, over HTTPS, on the internet', () => {
    const kith = 'https://line.example.org';
    expect(fallbackProblem('https://handler.twilio.com/twiml/EH123', kith)).toBeUndefined();
    expect(fallbackProblem('https://LINE.example.org/fallback.xml', kith)).toBe('points-at-kith');
    expect(fallbackProblem('http://static.example.net/f.xml', kith)).toBe('not-https');
    expect(fallbackProblem('https://127.0.0.1/f.xml', kith)).toBe('loopback');
  });
});
