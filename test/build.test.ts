import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildKith } from '../scripts/build';
import { freePort } from './support/kith';
import { rawRequest } from './support/raw-http';

/**
 * `npm run build`'s output, started as production starts it (`node dist/main.js`): it listens, finds
 * its prebuilt assets beside itself whatever the working folder, and serves them from the brotli and
 * gzip copies made at build. Built once, into a folder of its own, so no other test's dist/ is touched.
 */
const ROOT = fileURLToPath(new URL('../', import.meta.url));
let outdir = '';
let dataDir = '';
let server: ChildProcess | undefined;
let base = '';

beforeAll(async () => {
  mkdirSync(join(ROOT, '.test-artifacts'), { recursive: true });
  outdir = mkdtempSync(join(ROOT, '.test-artifacts', 'build-'));
  dataDir = mkdtempSync(join(tmpdir(), 'kith-build-test-'));
  await buildKith({ outdir });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  // Started from another folder: the assets must be found from main.js, not from the working directory.
  server = spawn(process.execPath, [join(outdir, 'main.js')], {
    cwd: dataDir,
    env: {
      PATH: process.env.PATH ?? '',
      KITH_DATA_DIR: dataDir,
      KITH_PORT: String(port),
      KITH_LOG_LEVEL: 'warn',
      TZ: 'UTC',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const errors: string[] = [];
  server.stderr!.on('data', (chunk: Buffer) => errors.push(chunk.toString()));
  const token = await new Promise<string>((resolve, reject) => {
    server!.once('exit', (code) => reject(new Error(`node dist/main.js exited (${code}): ${errors.join('')}`)));
    createInterface({ input: server!.stdout! }).on('line', (line) => {
      const found = /#token=([\w-]+)/.exec(line)?.[1];
      if (found) resolve(found);
    });
  });
  const setup = await fetch(`${base}/api/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token, programName: 'Built Line', coordinator: { name: 'Coordinator' } }),
  });
  expect(setup.status).toBe(201);
}, 180_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  if (outdir) rmSync(outdir, { recursive: true, force: true });
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('npm run build', () => {
  it('writes the compiled server, its source map and the prebuilt assets with their manifest', () => {
    for (const file of ['main.js', 'main.js.map', 'build-stamp', 'assets/manifest.json'])
      expect(existsSync(join(outdir, file))).toBe(true);
  });

  it('starts with node, serves the chat page with its security headers, and each asset in the coding asked for', async () => {
    const page = await rawRequest(`${base}/chat`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    const html = page.decoded.toString();
    const script = /<script type="module" src="(\/assets\/chat\.[A-Z0-9]{8}\.js)">/.exec(html)?.[1];
    const style = /<link rel="stylesheet" href="(\/assets\/chat\.[A-Z0-9]{8}\.css)">/.exec(html)?.[1];
    expect(script).toBeDefined();
    expect(style).toBeDefined();
    for (const asset of [script!, style!]) {
      const identity = await rawRequest(`${base}${asset}`);
      expect(identity.status).toBe(200);
      expect(identity.headers['content-encoding']).toBeUndefined();
      expect(identity.headers.vary).toBe('Accept-Encoding');
      expect(identity.headers['x-content-type-options']).toBe('nosniff');
      expect(identity.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      for (const [accept, coding] of [
        ['gzip, deflate, br', 'br'],
        ['gzip', 'gzip'],
        ['identity', undefined],
        ['br;q=0, gzip;q=0', undefined],
      ] as const) {
        const served = await rawRequest(`${base}${asset}`, { headers: { 'accept-encoding': accept } });
        expect(served.headers['content-encoding'], `${asset} for ${accept}`).toBe(coding);
        expect(served.headers.vary).toBe('Accept-Encoding');
        expect(served.headers['content-length']).toBe(String(served.wire.length));
        expect(served.decoded.equals(identity.wire)).toBe(true);
        if (coding) expect(served.wire.length).toBeLessThan(identity.wire.length);
      }
    }
    // The crypto chunk the chat loads when someone starts typing is the big one: served as brotli.
    const chat = (await rawRequest(`${base}${script!}`)).decoded.toString();
    const chunks = [...chat.matchAll(/import\(\s*"\.\/(chunk\.[A-Z0-9]{8}\.js)"\s*\)/g)].map((m) => m[1]!);
    expect(chunks.length).toBeGreaterThan(0);
    // What the chat imports when someone starts typing, with what that imports in turn (libsodium sits in
    // a chunk of its own, shared with the plan page's worker): the largest of them is the crypto.
    const fetchChunk = (chunk: string) =>
      rawRequest(`${base}/assets/${chunk}`, { headers: { 'accept-encoding': 'br' } });
    const dynamic = await Promise.all(chunks.map(fetchChunk));
    const imported = dynamic.flatMap((c) =>
      [...c.decoded.toString().matchAll(/from\s*"\.\/(chunk\.[A-Z0-9]{8}\.js)"/g)].map((m) => m[1]!),
    );
    const fetched = [...dynamic, ...(await Promise.all(imported.map(fetchChunk)))];
    const crypto = fetched.reduce((a, b) => (b.decoded.length > a.decoded.length ? b : a));
    expect(crypto.headers['content-encoding']).toBe('br');
    expect(crypto.decoded.length).toBeGreaterThan(100_000);
    expect(crypto.wire.length).toBeLessThan(crypto.decoded.length / 3);
  });
});
