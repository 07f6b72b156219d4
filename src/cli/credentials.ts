import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { UsageError } from './command';

export const DEFAULT_URL = 'http://127.0.0.1:8080';

export interface SavedCredentials {
  url: string;
  token: string;
}

export interface Connection {
  url: string;
  token: string | undefined;
  /** Warnings worth telling the person (a loose file mode, a token sent in the clear). */
  warnings: string[];
}

type Env = Record<string, string | undefined>;

export function credentialsPath(env: Env): string {
  const base = env.XDG_CONFIG_HOME?.trim() || join(env.HOME?.trim() || homedir(), '.config');
  return join(base, 'kith', 'cli.json');
}

export function normaliseUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`"${text}" is not a web address; write it like https://line.example.org`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new UsageError('The Kith address must start with http:// or https://');
  return url.toString().replace(/\/+$/, '');
}

export function readCredentials(env: Env): { saved: SavedCredentials | undefined; warnings: string[] } {
  const path = credentialsPath(env);
  if (!existsSync(path)) return { saved: undefined, warnings: [] };
  const warnings: string[] = [];
  // The file holds a coordinator's key to the roster; others on the machine must not read it.
  if (process.platform !== 'win32' && (statSync(path).mode & 0o077) !== 0) {
    warnings.push(`${path} can be read by other people on this computer; fix it with: chmod 600 ${path}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new UsageError(`${path} is not readable JSON; sign in again with: kith login --url URL --token TOKEN`);
  }
  const { url, token } = (parsed ?? {}) as { url?: unknown; token?: unknown };
  if (typeof url !== 'string' || typeof token !== 'string') {
    throw new UsageError(
      `${path} is missing the address or token; sign in again with: kith login --url URL --token TOKEN`,
    );
  }
  return { saved: { url, token }, warnings };
}

/** Writes the file readable by its owner only, via a temp file so a crash never leaves half a token. */
export function saveCredentials(env: Env, credentials: SavedCredentials): string {
  const path = credentialsPath(env);
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
  chmodSync(temp, 0o600); // the umask can narrow the mode above, never widen it; be explicit anyway
  renameSync(temp, path);
  return path;
}

export function removeCredentials(env: Env): string | undefined {
  const path = credentialsPath(env);
  if (!existsSync(path)) return undefined;
  rmSync(path);
  return path;
}

function isLoopback(url: string): boolean {
  const host = new URL(url).hostname;
  return host === 'localhost' || host === '[::1]' || host.startsWith('127.');
}

/**
 * Flags win, then KITH_URL / KITH_TOKEN, then the saved file. The saved token is only ever sent to
 * the address it was saved with: pointing --url at another server must not hand it our token.
 */
export function resolveConnection(
  flags: { url?: string | undefined; token?: string | undefined },
  env: Env,
): Connection {
  const explicitUrl = flags.url ?? (env.KITH_URL?.trim() || undefined);
  let token = flags.token ?? (env.KITH_TOKEN?.trim() || undefined);
  // Only touch the file when it has something to add, so a broken file never blocks explicit flags.
  const { saved, warnings }: ReturnType<typeof readCredentials> =
    explicitUrl !== undefined && token !== undefined ? { saved: undefined, warnings: [] } : readCredentials(env);
  const url = normaliseUrl(explicitUrl ?? saved?.url ?? DEFAULT_URL);
  if (token === undefined && saved && normaliseUrl(saved.url) === url) token = saved.token;
  if (token !== undefined && url.startsWith('http:') && !isLoopback(url)) {
    warnings.push(
      `${url} is not encrypted (http://), so your token crosses the network readable; use https:// if you can`,
    );
  }
  return { url, token, warnings };
}
