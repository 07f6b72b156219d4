import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from './support/kith';

const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');

interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

/** Starts the real entry as `npm start` does, in its own data folder. */
function start(env: Record<string, string>): Run {
  const child = spawn(TSX, ['src/main.ts'], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

async function until(check: () => boolean, what: string, ms = 90_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`no ${what} within ${ms / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('npm start says plainly what stops it', () => {
  const dirs: string[] = [];
  const running: ChildProcess[] = [];
  const dataDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'kith-start-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(async () => {
    for (const child of running.splice(0)) {
      if (child.exitCode === null) await new Promise((resolve) => (child.once('exit', resolve), child.kill('SIGTERM')));
    }
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it(
    'logs its own listening address as it is, and a second Kith on the same port says in one line that it is in use',
    { timeout: 180_000 },
    async () => {
      const port = await freePort();
      const first = start({ KITH_DATA_DIR: dataDir(), KITH_PORT: String(port), KITH_LOG_LEVEL: 'info' });
      running.push(first.child);
      await until(() => first.stdout().includes('Kith is listening on'), 'first start');
      // The logger's phone-number scrubber once took 127.0.0.1 for a number.
      expect(first.stdout()).toContain(`"msg":"Server listening at http://127.0.0.1:${port}"`);
      expect(first.stdout()).not.toContain('[redacted');

      const second = start({ KITH_DATA_DIR: dataDir(), KITH_PORT: String(port), KITH_LOG_LEVEL: 'info' });
      running.push(second.child);
      const code = await second.exited;
      expect(code).not.toBe(0);
      expect(code).not.toBeNull();
      const said = second.stderr().trim();
      expect(said.split('\n')).toHaveLength(1);
      expect(said).toBe(
        `Kith cannot start: 127.0.0.1:${port} is already in use (another program, or another Kith, listens there). Stop it, or choose another address with KITH_PORT (and KITH_HOST), e.g. KITH_PORT=8081 npm start.`,
      );
      expect(second.stdout()).not.toMatch(/ at |Error|EADDRINUSE/);
      // The first one is untouched.
      expect(first.child.exitCode).toBeNull();
    },
  );
});
