import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');

/** Starts `src/main.ts` as `npm start` does and resolves once it has printed its address. */
function boot(env: Record<string, string>): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(TSX, ['src/main.ts'], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start within 20 s:\n${output}`)), 20_000);
    const check = setInterval(() => {
      if (
        /Kith is listening on/.test(output) &&
        (/first coordinator/.test(output) || /No phone provider/.test(output))
      ) {
        clearInterval(check);
        clearTimeout(timer);
        setTimeout(() => resolve({ child, output: () => output }), 100);
      }
    }, 50);
    child.on('exit', () => {
      clearInterval(check);
      clearTimeout(timer);
      resolve({ child, output: () => output });
    });
  });
}

const stop = (child: ChildProcess) =>
  new Promise<void>((resolve) =>
    child.exitCode !== null ? resolve() : (child.once('exit', () => resolve()), child.kill('SIGTERM')),
  );

describe('npm start on a fresh machine', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kith-boot-'));
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('prints a one-time setup link (and command) on first start; after setup and a restart, it does not', async () => {
    const env = { KITH_DATA_DIR: dataDir, KITH_PORT: '0', KITH_LOG_LEVEL: 'warn' };
    const first = await boot(env);
    const url = /Kith is listening on (http:\/\/\S+) /.exec(first.output())?.[1] ?? '';
    const token = /--token (setup_\S+)/.exec(first.output())?.[1] ?? '';
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(token).not.toBe('');
    // The main instruction is a link carrying the same token in its fragment; the page it opens is served.
    expect(first.output()).toMatch(new RegExp(`^  http://127\\.0\\.0\\.1:\\d+/setup#token=${token}$`, 'm'));
    const page = await fetch(`${url}/setup`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const setup = await fetch(`${url}/api/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token, programName: 'Boot Line', coordinator: { name: 'Co' } }),
    });
    expect(setup.status).toBe(201);
    const { token: apiToken } = (await setup.json()) as { token: string };
    await stop(first.child);
    expect(statSync(join(dataDir, 'secret.key')).mode & 0o777).toBe(0o600);

    const second = await boot(env);
    expect(second.output()).not.toContain('setup_');
    expect(second.output()).not.toContain('/join#invite='); // the coordinator has a way in: their API token
    const again = /Kith is listening on (http:\/\/\S+) /.exec(second.output())?.[1] ?? '';
    const program = await fetch(`${again}/api/program`, { headers: { authorization: `Bearer ${apiToken}` } });
    expect(((await program.json()) as { name: string }).name).toBe('Boot Line');
    await stop(second.child);
  });

  it('after a setup left before the first sign-in, a restart prints a fresh invite for the coordinator', async () => {
    const env = { KITH_DATA_DIR: dataDir, KITH_PORT: '0', KITH_LOG_LEVEL: 'warn' };
    const first = await boot(env);
    const url = /Kith is listening on (http:\/\/\S+) /.exec(first.output())?.[1] ?? '';
    const token = /--token (setup_\S+)/.exec(first.output())?.[1] ?? '';
    // What the setup page sends: no API token. Then the browser is closed before the join view.
    const setup = await fetch(`${url}/api/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token, programName: 'Boot Line', coordinator: { name: 'Co' }, apiToken: false }),
    });
    expect(setup.status).toBe(201);
    await stop(first.child);

    const second = await boot(env);
    expect(second.output()).not.toContain('setup_');
    expect(second.output()).toContain('no coordinator has made a sign-in yet');
    expect(second.output()).toMatch(/^ {2}http:\/\/127\.0\.0\.1:\d+\/join#invite=inv_\S+$/m);
    await stop(second.child);
  });

  it('refuses to start with bad settings, naming each one', async () => {
    const run = await boot({ KITH_DATA_DIR: dataDir, KITH_PORT: 'eighty', DATABASE_URL: 'mysql://nope' });
    await new Promise((resolve) => (run.child.exitCode !== null ? resolve(null) : run.child.once('exit', resolve)));
    expect(run.child.exitCode).toBe(2);
    expect(run.output()).toContain('KITH_PORT');
    expect(run.output()).toContain('DATABASE_URL');
  });
});
