import { resolve } from 'node:path';
import { isOnionV3Hostname } from './onion';

/**
 * Kith's whole configuration, parsed once at start from the environment. Nothing else in
 * the code reads `process.env`: take a `Config` instead. Bad values fail the boot with
 * every bad variable named at once.
 */
export interface ProviderConfig {
  /** Base of the provider's REST API, e.g. https://api.twilio.com or https://SPACE.signalwire.com/api/laml */
  readonly apiBaseUrl: string;
  readonly accountSid: string;
  readonly authToken: string;
  /** Key used to sign webhooks. Twilio: the auth token. SignalWire: the signing key. */
  readonly signingKey: string;
}

export interface Config {
  readonly dataDir: string;
  /** `postgres://…` for PostgreSQL; absent means the embedded SQLite file in `dataDir`. */
  readonly databaseUrl: string | undefined;
  readonly host: string;
  readonly port: number;
  /** The URL the phone provider uses to reach Kith. Webhook signatures are checked against it. */
  readonly publicUrl: string;
  /**
   * The line's Tor onion service (`http://<56 characters>.onion`), if it has one: a second origin
   * the console and chat pages may be used from (CSRF checks accept it). Passkeys stay bound to
   * `publicUrl`'s domain, so at the onion address only the passphrase and device codes sign in.
   */
  readonly onionUrl: string | undefined;
  readonly logLevel: string;
  /** Base64 32-byte key; absent means a key file in `dataDir` (created on first start). */
  readonly secretKey: string | undefined;
  readonly provider: ProviderConfig | undefined;
  /** `NODE_ENV=development`: page scripts are served unminified, with source maps. */
  readonly development: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Kith cannot start; fix these settings:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export function parseConfig(env: Env, cwd = process.cwd()): Config {
  const problems: string[] = [];
  const text = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };

  const portText = text('KITH_PORT') ?? '8080';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    problems.push(`KITH_PORT must be a whole number from 0 to 65535 (got "${portText}")`);
  }
  const host = text('KITH_HOST') ?? '127.0.0.1';

  const publicUrl = (text('KITH_PUBLIC_URL') ?? `http://${host}:${port}`).replace(/\/+$/, '');
  // A default built from a bad port is not a second problem worth naming.
  if (text('KITH_PUBLIC_URL') !== undefined && !isHttpUrl(publicUrl))
    problems.push('KITH_PUBLIC_URL must be an http(s) URL such as https://line.example.org');

  const onionUrl = parseOnionUrl(text('KITH_ONION_URL'), problems);

  const databaseUrl = text('DATABASE_URL');
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must start with postgres:// (leave it unset for the embedded SQLite database)');
  }

  const logLevel = text('KITH_LOG_LEVEL') ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`KITH_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);

  const secretKey = text('KITH_SECRET_KEY');
  if (secretKey !== undefined && Buffer.from(secretKey, 'base64').length !== 32) {
    problems.push('KITH_SECRET_KEY must be 32 bytes in base64 (generate one with: openssl rand -base64 32)');
  }

  const provider = parseProvider(text, problems);

  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze({
    dataDir: resolve(cwd, text('KITH_DATA_DIR') ?? 'data'),
    databaseUrl,
    host,
    port,
    publicUrl,
    onionUrl,
    logLevel,
    secretKey,
    provider,
    development: text('NODE_ENV') === 'development',
  });
}

function parseProvider(text: (name: string) => string | undefined, problems: string[]): ProviderConfig | undefined {
  const names = ['KITH_PROVIDER_API_URL', 'KITH_PROVIDER_ACCOUNT_SID', 'KITH_PROVIDER_AUTH_TOKEN'] as const;
  const given = names.filter((n) => text(n) !== undefined);
  if (given.length === 0) return undefined;
  const missing = names.filter((n) => text(n) === undefined);
  if (missing.length > 0) {
    problems.push(`phone provider settings are incomplete; also set ${missing.join(', ')}`);
    return undefined;
  }
  const apiBaseUrl = (text('KITH_PROVIDER_API_URL') as string).replace(/\/+$/, '');
  if (!isHttpUrl(apiBaseUrl))
    problems.push('KITH_PROVIDER_API_URL must be an http(s) URL such as https://api.twilio.com');
  const authToken = text('KITH_PROVIDER_AUTH_TOKEN') as string;
  return Object.freeze({
    apiBaseUrl,
    accountSid: text('KITH_PROVIDER_ACCOUNT_SID') as string,
    authToken,
    signingKey: text('KITH_PROVIDER_SIGNING_KEY') ?? authToken,
  });
}

/**
 * Only the bare origin of a version 3 onion service over http: Tor already encrypts and
 * authenticates the connection end to end, and the address (with its checksum) is checked so a
 * typo fails the boot rather than every sign-in from the onion address.
 */
function parseOnionUrl(value: string | undefined, problems: string[]): string | undefined {
  if (value === undefined) return undefined;
  const url = value.replace(/\/+$/, '');
  const match = /^http:\/\/([^/:?#]+)$/.exec(url);
  if (!match?.[1] || !isOnionV3Hostname(match[1])) {
    problems.push(
      "KITH_ONION_URL must be your onion service's address, http://<56 letters and digits>.onion, exactly as tor wrote it in the hostname file of its HiddenServiceDir",
    );
    return undefined;
  }
  return url;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
