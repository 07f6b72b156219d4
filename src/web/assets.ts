import { readdirSync } from 'node:fs';
import { join, parse } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * Page scripts (`*.ts`, `*.tsx`) and stylesheets (`*.css`) directly in this folder are entry points;
 * subfolders hold their shared parts. Code more than one page needs, or that only some moments need
 * (libsodium, loaded when someone signs in or opens a note), is split into `chunk.<hash>.js` files.
 */
const CLIENT_DIR = fileURLToPath(new URL('./client/', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export interface Asset {
  readonly body: Buffer;
  readonly contentType: string;
}

export interface Assets {
  /** The URL of a built entry point by its plain name (`setup.js`, `console.js`, `kith.css`). */
  href(name: string): string;
  /** The asset served at `/assets/<file>`, where `file` carries the content hash. */
  get(file: string): Asset | undefined;
  /** Every built file name, for the service worker's list of what to keep offline. */
  files(): string[];
}

export const ASSET_PREFIX = '/assets/';

/**
 * Bundles every page script and stylesheet once, in memory, and names each by a hash of its
 * content: a URL never changes meaning, so browsers may keep it for a year, and a new release is
 * fetched at once. Nothing is written to disk and nothing is fetched from elsewhere.
 */
export async function buildAssets(options: { minify: boolean }): Promise<Assets> {
  const entryPoints = readdirSync(CLIENT_DIR)
    .filter((file) => /\.(tsx?|css)$/.test(file) && !file.endsWith('.d.ts'))
    .map((file) => join(CLIENT_DIR, file));
  const result = await build({
    entryPoints,
    outdir: '/kith-assets', // never written (write: false); esbuild names outputs under it
    // esbuild's own content hashes; a chunk's hash covers what it imports, so a URL never changes meaning.
    entryNames: '[name].[hash]',
    chunkNames: 'chunk.[hash]',
    metafile: true,
    write: false,
    splitting: true,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    bundle: true,
    format: 'esm',
    target: 'es2020',
    minify: options.minify,
    sourcemap: options.minify ? false : 'inline',
    legalComments: 'none',
    logLevel: 'silent',
  });
  const byName = new Map<string, string>();
  const byFile = new Map<string, Asset>();
  // The metafile names outputs relative to the working directory; match them by file name.
  const entryOf = new Map(Object.entries(result.metafile.outputs).map(([path, output]) => [parse(path).base, output.entryPoint]));
  for (const output of result.outputFiles) {
    const { base, ext } = parse(output.path);
    const contentType = CONTENT_TYPES[ext];
    if (!contentType) continue;
    byFile.set(base, { body: Buffer.from(output.contents), contentType });
    const entry = entryOf.get(base);
    if (entry) byName.set(`${parse(entry).name}${ext}`, `${ASSET_PREFIX}${base}`);
  }
  return {
    href(name) {
      const href = byName.get(name);
      if (!href) throw new Error(`No web asset named ${name} (known: ${[...byName.keys()].join(', ')})`);
      return href;
    },
    get: (file) => byFile.get(file),
    files: () => [...byFile.keys()],
  };
}

const built = new Map<boolean, Promise<Assets>>();

/** Builds once per process (tests start many servers; the bundle is the same for all of them). */
export function loadAssets(options: { minify: boolean }): Promise<Assets> {
  let assets = built.get(options.minify);
  if (!assets) {
    assets = buildAssets(options);
    // A failed build is not cached, so the next start tries again and reports the real error.
    assets.catch(() => built.delete(options.minify));
    built.set(options.minify, assets);
  }
  return assets;
}
