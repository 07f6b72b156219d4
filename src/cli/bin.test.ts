import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('bin/kith.mjs', () => {
  const kith = (...args: string[]) =>
    spawnSync(process.execPath, ['bin/kith.mjs', ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, XDG_CONFIG_HOME: '/nonexistent-kith-test' },
      timeout: 30_000,
    });

  it('runs as a real process with help and exit codes', () => {
    const help = kith('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: kith <command> [options]');
    expect(help.stdout).toContain('shifts schedule');

    const typo = kith('respnders');
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain('There is no command "respnders"');
  });
});
