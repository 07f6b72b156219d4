import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { writePrebuiltAssets, type PrebuiltSummary } from '../src/web/prebuilt-assets';
import { STAMP_FILE, sourceStamp } from './source-stamp.mjs';

/**
 * `npm run build [-- --outdir <dir>]`: the server compiled once into `<outdir>/main.js` (default
 * `dist/`), run as `node dist/main.js`, and the web assets bundled once into `<outdir>/assets/` with
 * brotli and gzip copies (src/web/prebuilt-assets.ts), which the compiled server finds beside itself.
 * esbuild compiles and does not type-check: `npm run typecheck` (tsc) stays the checker.
 * The output folder must sit inside the project: the server's packages stay in node_modules.
 */
const ROOT = fileURLToPath(new URL('../', import.meta.url));

export interface BuildSummary {
  outdir: string;
  ms: number;
  assets: PrebuiltSummary;
}

export async function buildKith(options: { outdir?: string } = {}): Promise<BuildSummary> {
  const started = performance.now();
  const outdir = resolve(ROOT, options.outdir ?? 'dist');
  const inside = relative(ROOT, outdir);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside))
    throw new Error(`--outdir must be a folder inside ${ROOT} (node_modules is found from there)`);
  // A stamp left by an earlier build would vouch for a half-written one.
  rmSync(join(outdir, STAMP_FILE), { force: true });
  mkdirSync(outdir, { recursive: true });
  await build({
    // The server, the thread it seals texts on (src/crypto/sealing.ts finds it beside main.js), the one
    // members' plan keys are derived on (src/crypto/plan-lock.ts), and the one that checkpoints SQLite's
    // log (src/db/checkpointer.ts).
    entryPoints: {
      main: join(ROOT, 'src', 'main.ts'),
      'seal-worker': join(ROOT, 'src', 'crypto', 'seal-worker.ts'),
      'pwhash-worker': join(ROOT, 'src', 'crypto', 'pwhash-worker.ts'),
      'checkpoint-worker': join(ROOT, 'src', 'db', 'checkpoint-worker.ts'),
    },
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Every package stays an import from node_modules: `npm ci` installs them, native ones included.
    packages: 'external',
    sourcemap: true,
    // Stack traces name src/… lines, not the bundle's (Node reads main.js.map only when one is printed).
    banner: { js: 'process.setSourceMapsEnabled(true);' },
    legalComments: 'none',
    logLevel: 'warning',
  });
  const assets = await writePrebuiltAssets(join(outdir, 'assets'));
  writeFileSync(join(outdir, STAMP_FILE), `${sourceStamp(ROOT)}\n`);
  return { outdir, ms: performance.now() - started, assets };
}

function parseOutdir(args: string[]): string | undefined {
  if (args.length === 0) return undefined;
  if (args.length === 2 && args[0] === '--outdir' && args[1]) return args[1];
  process.stderr.write('usage: npm run build [-- --outdir <folder inside the project>]\n');
  process.exit(2);
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outdir = parseOutdir(process.argv.slice(2));
  buildKith(outdir === undefined ? {} : { outdir })
    .then(({ outdir: built, ms, assets }) => {
      const { identity, br, gzip } = assets.bytes;
      process.stdout.write(
        `Built Kith into ${relative(ROOT, built)}/ in ${(ms / 1000).toFixed(1)} s: main.js, and ${assets.files} web assets ` +
          `(${kib(identity)}; ${kib(br)} as brotli, ${kib(gzip)} as gzip). Start it with: node ${relative(ROOT, built)}/main.js\n`,
      );
    })
    .catch((error: unknown) => {
      process.stderr.write(`The build failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    });
}
