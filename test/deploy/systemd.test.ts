import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { commandPath, describeWithCommand } from '../support/commands';

const UNIT = fileURLToPath(new URL('../../deploy/kith.service', import.meta.url));
const SHIPPED_NODE = '/usr/bin/node';

/**
 * `systemd-analyze verify` on a copy of deploy/kith.service. Verify refuses a unit whose ExecStart
 * binary is missing, and Node is not at /usr/bin/node on every machine that runs the tests (the
 * unit names Debian's path, where the server runs): so the copy names this machine's `node`
 * instead, and nothing else is changed. Verify reports mistakes (unknown keys, bad values) as
 * warnings and still exits 0, so any output at all fails the check.
 */
function verify(unitText: string): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'kith-unit-'));
  try {
    const node = commandPath('node') ?? SHIPPED_NODE;
    const file = join(dir, 'kith.service');
    writeFileSync(file, unitText.replaceAll(`ExecStart=${SHIPPED_NODE} `, `ExecStart=${node} `));
    const run = spawnSync('systemd-analyze', ['verify', file], { encoding: 'utf8', timeout: 20_000 });
    return { status: run.status, output: `${run.stdout}${run.stderr}`.trim() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The [Service] section's settings; a key given twice keeps every value. */
function serviceSettings(unitText: string): Map<string, string[]> {
  const settings = new Map<string, string[]>();
  let section = '';
  for (const raw of unitText.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('[')) section = line;
    else if (section === '[Service]') {
      const at = line.indexOf('=');
      const key = line.slice(0, at);
      settings.set(key, [...(settings.get(key) ?? []), line.slice(at + 1)]);
    }
  }
  return settings;
}

describeWithCommand('systemd-analyze', 'systemd', 'deploy/kith.service', () => {
  const shipped = readFileSync(UNIT, 'utf8');

  it('passes systemd-analyze verify without a single warning', () => {
    expect(shipped).toContain(`ExecStart=${SHIPPED_NODE} --max-semi-space-size=2 /opt/kith/dist/main.js`);
    expect(verify(shipped)).toEqual({ status: 0, output: '' });
  });

  it('the check can fail: a misspelt key or a bad value is reported', () => {
    expect(verify(shipped.replace('PrivateTmp=yes', 'PrivatTmp=yes')).output).toContain("Unknown key 'PrivatTmp'");
    expect(verify(shipped.replace('ProtectSystem=strict', 'ProtectSystem=strictly')).output).toContain('strictly');
  });

  it('runs as its own user, writes only its data folder, and keeps the hardening Node allows', () => {
    const settings = serviceSettings(shipped);
    const expected: Record<string, string> = {
      User: 'kith',
      Group: 'kith',
      WorkingDirectory: '/opt/kith',
      EnvironmentFile: '/etc/kith/kith.env',
      StateDirectory: 'kith',
      StateDirectoryMode: '0700',
      ReadWritePaths: '/var/lib/kith',
      ProtectSystem: 'strict',
      ProtectHome: 'yes',
      PrivateTmp: 'yes',
      PrivateDevices: 'yes',
      NoNewPrivileges: 'yes',
      CapabilityBoundingSet: '',
      RestrictAddressFamilies: 'AF_INET AF_INET6 AF_UNIX',
      SystemCallFilter: '@system-service',
      Restart: 'on-failure',
    };
    for (const [key, value] of Object.entries(expected)) expect(settings.get(key), key).toEqual([value]);
    expect(settings.get('Environment')?.join(' ')).toContain('KITH_DATA_DIR=/var/lib/kith');
    // V8's JIT needs memory that is written, then executed: this setting would stop Node at start.
    expect(settings.has('MemoryDenyWriteExecute')).toBe(false);
  });
});
