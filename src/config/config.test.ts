import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config';

describe('configuration', () => {
  it('defaults to SQLite in ./data on loopback, with no provider', () => {
    const config = parseConfig({}, '/srv/kith');
    expect(config).toMatchObject({
      dataDir: '/srv/kith/data',
      databaseUrl: undefined,
      host: '127.0.0.1',
      port: 8080,
      publicUrl: 'http://127.0.0.1:8080',
      provider: undefined,
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('names every bad setting at once', () => {
    let error: unknown;
    try {
      parseConfig({
        KITH_PORT: '99999',
        DATABASE_URL: 'mysql://x',
        KITH_LOG_LEVEL: 'loud',
        KITH_SECRET_KEY: 'c2hvcnQ=',
        KITH_PROVIDER_API_URL: 'https://api.twilio.com',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const name of [
      'KITH_PORT',
      'DATABASE_URL',
      'KITH_LOG_LEVEL',
      'KITH_SECRET_KEY',
      'KITH_PROVIDER_ACCOUNT_SID',
      'KITH_PROVIDER_AUTH_TOKEN',
    ]) {
      expect(problems).toContain(name);
    }
  });

  it('reads a complete provider, using the auth token as signing key unless one is given', () => {
    const env = {
      KITH_PROVIDER_API_URL: 'https://api.twilio.com/',
      KITH_PROVIDER_ACCOUNT_SID: 'AC1',
      KITH_PROVIDER_AUTH_TOKEN: 'tok',
      KITH_PUBLIC_URL: 'https://line.example.org/',
    };
    const config = parseConfig(env);
    expect(config.provider).toEqual({
      apiBaseUrl: 'https://api.twilio.com',
      accountSid: 'AC1',
      authToken: 'tok',
      signingKey: 'tok',
    });
    expect(config.publicUrl).toBe('https://line.example.org');
    expect(parseConfig({ ...env, KITH_PROVIDER_SIGNING_KEY: 'sig' }).provider?.signingKey).toBe('sig');
  });

  it('reads an onion service address, checked down to its checksum', () => {
    // The Tor Project's own onion service: a real v3 address.
    const onion = 'http://2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid.onion';
    expect(parseConfig({}).onionUrl).toBeUndefined();
    expect(parseConfig({ KITH_ONION_URL: `${onion}/` }).onionUrl).toBe(onion);
    const wrong = [
      onion.replace('wid.onion', 'wie.onion'), // one character mistyped: the checksum fails
      onion.replace('http:', 'https:'),
      `${onion}:8080`,
      `${onion}/chat`,
      'http://expyuzz4wqqyqhjn.onion', // version 2, long retired
      'http://line.example.org',
    ];
    for (const value of wrong) {
      expect(() => parseConfig({ KITH_ONION_URL: value }), value).toThrow(/KITH_ONION_URL/);
    }
  });
});
