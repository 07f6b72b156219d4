import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fetchTrusting, type Fetcher } from './https-fetch';
import { freePort } from './kith';

export const DEPLOYED_CADDYFILE = fileURLToPath(new URL('../../deploy/Caddyfile', import.meta.url));

export interface RunningCaddy {
  /** https://localhost:PORT */
  url: string;
  /** A fetch that trusts this Caddy's internal root (and nothing else extra). */
  fetch: Fetcher;
  /** Everything Caddy has written to stdout and stderr so far: its whole log. */
  log(): string;
  stop(): Promise<void>;
}

/**
 * deploy/Caddyfile made runnable on loopback: the same global options and site block, with only
 * the domain, the certificate and Kith's port changed, plus test-only global options (no admin
 * endpoint, nothing written to the system's trust store, no port 80). Each change must apply
 * exactly once, so a reshaped deploy/Caddyfile fails here instead of being tested half-way.
 */
export function loopbackCaddyfile(deployed: string, ports: { https: number; http: number; kith: number }): string {
  let text = deployed;
  const once = (from: string | RegExp, to: string) => {
    const count =
      typeof from === 'string'
        ? text.split(from).length - 1
        : (text.match(new RegExp(from.source, `${from.flags}g`)) ?? []).length;
    if (count !== 1) throw new Error(`deploy/Caddyfile: expected exactly one ${String(from)}, found ${count}`);
    text = text.replace(from, to);
  };
  once(
    /^\{$/m,
    `{\n\tadmin off\n\tskip_install_trust\n\tauto_https disable_redirects\n\thttp_port ${ports.http}\n\thttps_port ${ports.https}\n`,
  );
  once('line.example.org {', `localhost:${ports.https} {\n\tbind 127.0.0.1\n\ttls internal\n`);
  once('reverse_proxy 127.0.0.1:8080 {', `reverse_proxy 127.0.0.1:${ports.kith} {`);
  return text;
}

/** A scratch HOME for Caddy, so its data (the internal CA, certificates) and autosaved config stay in the test's folder. */
export function caddyEnvironment(home: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: home,
    XDG_DATA_HOME: join(home, 'data'),
    XDG_CONFIG_HOME: join(home, 'config'),
  };
}

export function runCaddyCommand(args: string[], home: string): { status: number | null; output: string } {
  const run = spawnSync('caddy', args, { env: caddyEnvironment(home), encoding: 'utf8', timeout: 20_000 });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** Starts `caddy run` on deploy/Caddyfile, rewritten for loopback, in front of Kith at `kithPort`. */
export async function startCaddy(kithPort: number): Promise<RunningCaddy> {
  const home = mkdtempSync(join(tmpdir(), 'kith-caddy-'));
  const ports = { https: await freePort(), http: await freePort(), kith: kithPort };
  const config = join(home, 'Caddyfile');
  writeFileSync(config, loopbackCaddyfile(readFileSync(DEPLOYED_CADDYFILE, 'utf8'), ports));
  const child = spawn('caddy', ['run', '--config', config, '--adapter', 'caddyfile'], {
    env: caddyEnvironment(home),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.once('error', (error) => (output += String(error)));
  const stop = async () => {
    await stopChild(child);
    rmSync(home, { recursive: true, force: true });
  };
  try {
    const url = `https://localhost:${ports.https}`;
    const fetch = await untilServing(url, join(home, 'data/caddy/pki/authorities/local/root.crt'), child, () => output);
    return { url, fetch, log: () => output, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Caddy makes its internal CA and the certificate for localhost in the background: wait for both. */
async function untilServing(
  url: string,
  rootFile: string,
  child: ChildProcess,
  output: () => string,
): Promise<Fetcher> {
  const deadline = Date.now() + 15_000;
  let last: unknown;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.pid === undefined)
      throw new Error(`caddy did not run (${child.exitCode}):\n${output()}`);
    if (existsSync(rootFile)) {
      const fetch = fetchTrusting(readFileSync(rootFile, 'utf8'));
      try {
        await fetch(`${url}/`);
        return fetch;
      } catch (error) {
        last = error;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`caddy did not serve ${url} within 15 s (${String(last)}):\n${output()}`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(killer);
}
