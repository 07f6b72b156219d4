import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join, parse } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** Page scripts (`*.ts`) and stylesheets (`*.css`) directly in this folder are entry points; subfolders hold their shared parts. */
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
  /** The URL of a built asset by its plain name (`setup.js`, `kith.css`). */
  href(name: string): string;
  /** The asset served at `/assets/<file>`, where `file` carries the content hash. */
  get(file: string): Asset | undefined;
}

export const ASSET_PREFIX = '/assets/';

/**
 * Bundles every page script and stylesheet once, in memory, and names each by a hash of its
 * content: a URL never changes meaning, so browsers may keep it for a year, and a new release is
 * fetched at once. Nothing is written to disk and nothing is fetched from elsewhere.
 */
export async function buildAssets(options: { minify: boolean }): Promise<Assets> {
  const entryPoints = readdirSync(CLIENT_DIR)
    .filter((file) => /\.(ts|css)$/.test(file) && !file.endsWith('.d.ts'))
    .map((file) => join(CLIENT_DIR, file));
  const result = await build({
    entryPoints,
    outdir: '/kith-assets', // never written (write: false); esbuild names outputs under it
    entryNames: '[name]',
    write: false,
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
  for (const output of result.outputFiles) {
    const { name, ext } = parse(output.path);
    const contentType = CONTENT_TYPES[ext];
    if (!contentType) continue;
    const hash = createHash('sha256').update(output.contents).digest('base64url').slice(0, 16);
    const file = `${name}.${hash}${ext}`;
    byName.set(`${name}${ext}`, `${ASSET_PREFIX}${file}`);
    byFile.set(file, { body: Buffer.from(output.contents), contentType });
  }
  return {
    href(name) {
      const href = byName.get(name);
      if (!href) throw new Error(`No web asset named ${name} (known: ${[...byName.keys()].join(', ')})`);
      return href;
    },
    get: (file) => byFile.get(file),
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
