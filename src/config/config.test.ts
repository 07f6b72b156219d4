import { describe, expect, it } from 'vitest';
import { ConfigError, isLoopbackUrl, parseConfig } from './config';

describe('configuration', () => {
  it('defaults to SQLite in ./data on loopback, with no provider', () => {
    const config = parseConfig({}, '/srv/kith');
    expect(config).toMatchObject({ dataDir: '/srv/kith/data', databaseUrl: undefined, host: '127.0.0.1', port: 8080, publicUrl: 'http://127.0.0.1:8080', provider: undefined });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('names every bad setting at once', () => {
    let error: unknown;
    try {
      parseConfig({ KITH_PORT: '99999', DATABASE_URL: 'mysql://x', KITH_LOG_LEVEL: 'loud', KITH_SECRET_KEY: 'c2hvcnQ=', KITH_PROVIDER_API_URL: 'https://api.twilio.com' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const name of ['KITH_PORT', 'DATABASE_URL', 'KITH_LOG_LEVEL', 'KITH_SECRET_KEY', 'KITH_PROVIDER_ACCOUNT_SID', 'KITH_PROVIDER_AUTH_TOKEN']) {
      expect(problems).toContain(name);
    }
  });

  it('reads a complete provider, using the auth token as signing key unless one is given', () => {
    const env = { KITH_PROVIDER_API_URL: 'https://api.twilio.com/', KITH_PROVIDER_ACCOUNT_SID: 'AC1', KITH_PROVIDER_AUTH_TOKEN: 'tok', KITH_PUBLIC_URL: 'https://line.example.org/' };
    const config = parseConfig(env);
    expect(config.provider).toEqual({ apiBaseUrl: 'https://api.twilio.com', accountSid: 'AC1', authToken: 'tok', signingKey: 'tok' });
    expect(config.publicUrl).toBe('https://line.example.org');
    expect(parseConfig({ ...env, KITH_PROVIDER_SIGNING_KEY: 'sig' }).provider?.signingKey).toBe('sig');
  });

  it('knows a loopback address (one a teammate’s phone cannot open) from a public one', () => {
    for (const url of ['http://127.0.0.1:8080', 'http://127.8.9.10', 'http://localhost:8080', 'http://kith.localhost', 'http://[::1]:8080', 'http://0.0.0.0:8080', 'http://LOCALHOST']) {
      expect(isLoopbackUrl(url), url).toBe(true);
    }
    for (const url of ['https://line.example.org', 'http://192.168.1.20:8080', 'http://10.0.0.2', 'http://127.0.0.1.example.org', 'http://localhost.example.org', 'https://abcdefabcdef.onion', 'not a url']) {
      expect(isLoopbackUrl(url), url).toBe(false);
    }
    expect(isLoopbackUrl(parseConfig({}).publicUrl)).toBe(true); // the default: the try-out on a laptop
  });
});
