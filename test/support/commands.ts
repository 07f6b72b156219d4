import { spawnSync } from 'node:child_process';
import { beforeAll, describe } from 'vitest';

/** The absolute path of a program on PATH, or undefined where it is not installed. */
export function commandPath(name: string): string | undefined {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  const path = found.stdout.trim();
  return found.status === 0 && path !== '' ? path : undefined;
}

/**
 * `describe` for tests of the deploy/ parts, which drive a real system program (caddy, tor,
 * systemd-analyze). As with Chromium (test/support/chromium.ts): on a developer's machine without
 * it they are skipped with a message saying how to get it; in CI (`CI` set) they run, and fail.
 */
export function describeWithCommand(command: string, debianPackage: string, name: string, body: () => void): void {
  const missing = commandPath(command) === undefined;
  if (missing && !process.env.CI) {
    console.warn(
      `Skipping "${name}": ${command} is missing (install it with: apt-get install ${debianPackage}; .ci/run does).`,
    );
    describe.skip(`${name} (skipped: no ${command})`, body);
    return;
  }
  describe(name, () => {
    // In CI every test here fails with this one clear reason, rather than each with its own symptom.
    if (missing) {
      beforeAll(() => {
        throw new Error(
          `${command} is missing: these checks need Debian's ${debianPackage} package (.ci/run installs it)`,
        );
      });
    }
    body();
  });
}
