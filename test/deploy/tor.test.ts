import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/config';
import { isOnionV3Hostname } from '../../src/config/onion';
import { describeWithCommand } from '../support/commands';

const SHIPPED = readFileSync(fileURLToPath(new URL('../../deploy/torrc', import.meta.url)), 'utf8');
const SHIPPED_DIR = 'HiddenServiceDir /var/lib/tor/kith/';

/**
 * deploy/torrc with its HiddenServiceDir moved into a scratch folder, plus what keeps the test on
 * this machine: no network at all (DisableNetwork), no SOCKS port, its own DataDirectory, and an
 * empty defaults file so the system's tor settings do not apply.
 */
function scratchTorrc(dir: string): { torrc: string; defaults: string; serviceDir: string } {
  if (SHIPPED.split(SHIPPED_DIR).length !== 2) throw new Error(`deploy/torrc: expected exactly one "${SHIPPED_DIR}"`);
  const serviceDir = join(dir, 'kith');
  const torrc = join(dir, 'torrc');
  const defaults = join(dir, 'defaults');
  const extra = [`DataDirectory ${join(dir, 'data')}`, 'DisableNetwork 1', 'SocksPort 0', 'Log notice stdout'];
  writeFileSync(torrc, `${SHIPPED.replace(SHIPPED_DIR, `HiddenServiceDir ${serviceDir}/`)}\n${extra.join('\n')}\n`);
  writeFileSync(defaults, '');
  return { torrc, defaults, serviceDir };
}

describeWithCommand('tor', 'tor', 'deploy/torrc, the onion service', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('passes tor --verify-config', () => {
    dir = mkdtempSync(join(tmpdir(), 'kith-tor-'));
    const { torrc, defaults } = scratchTorrc(dir);
    const run = spawnSync('tor', ['--verify-config', '--defaults-torrc', defaults, '-f', torrc], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(run.stdout).toContain('Configuration was valid');
    expect(run.status).toBe(0);
    expect(SHIPPED).toMatch(/^HiddenServiceVersion 3$/m);
    expect(SHIPPED).toMatch(/^HiddenServicePort 80 127\.0\.0\.1:8080$/m);
  });

  it('started without a network, writes a v3 address that KITH_ONION_URL accepts, and stops', async () => {
    dir = mkdtempSync(join(tmpdir(), 'kith-tor-'));
    const { torrc, defaults, serviceDir } = scratchTorrc(dir);
    const tor = spawn('tor', ['--defaults-torrc', defaults, '-f', torrc], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    tor.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    tor.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const exited = new Promise<void>((resolve) => {
      tor.once('exit', () => resolve());
      tor.once('error', (error) => {
        output += String(error);
        resolve();
      });
    });
    try {
      const hostnameFile = join(serviceDir, 'hostname');
      const deadline = Date.now() + 15_000;
      while (!existsSync(hostnameFile) && tor.exitCode === null && tor.pid !== undefined && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 50));
      expect(existsSync(hostnameFile), output).toBe(true);
      const hostname = readFileSync(hostnameFile, 'utf8').trim();
      expect(hostname).toMatch(/^[a-z2-7]{56}\.onion$/);
      expect(isOnionV3Hostname(hostname)).toBe(true);
      expect(parseConfig({ KITH_ONION_URL: `http://${hostname}` }).onionUrl).toBe(`http://${hostname}`);
    } finally {
      tor.kill('SIGTERM');
      await exited;
    }
  });
});
