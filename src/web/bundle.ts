import { readdirSync } from 'node:fs';
import { join, parse, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One bundled file, named by its content hash (`console.AB12CD34.js`, `chunk.EF56GH78.js`). */
export interface BundledFile {
  readonly file: string;
  readonly contentType: string;
  readonly body: Buffer;
}

export interface WebBundle {
  readonly files: readonly BundledFile[];
  /** Each entry point's plain name (`console.js`, `kith.css`) → its hashed file name. */
  readonly entries: Readonly<Record<string, string>>;
}

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * What the browser gets, decided in one place: `npm run build` writes this bundle to disk and the
 * development server and the tests hold it in memory, so the two can never bundle differently.
 *
 * Page scripts (`*.ts`, `*.tsx`) and stylesheets (`*.css`) directly in `client/` are entry points;
 * subfolders hold their shared parts. Code more than one page needs, or that only some moments need
 * (libsodium, loaded when someone signs in or opens a note), is split into `chunk.<hash>.js` files.
 * Nothing is fetched from elsewhere.
 */
export async function bundleWebAssets(options: { minify: boolean }): Promise<WebBundle> {
  // Imported here, not at the top: the compiled server serves prebuilt files and never loads esbuild.
  const { build } = await import('esbuild');
  const clientDir = fileURLToPath(new URL('./client/', import.meta.url));
  const entryPoints = readdirSync(clientDir)
    .filter((file) => /\.(tsx?|css)$/.test(file) && !file.endsWith('.d.ts'))
    .map((file) => join(clientDir, file));
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
  const pageEntries = new Set(entryPoints);
  const files: BundledFile[] = [];
  const entries: Record<string, string> = {};
  // The metafile names outputs relative to the working directory; match them by file name.
  const entryOf = new Map(
    Object.entries(result.metafile.outputs).map(([path, output]) => [parse(path).base, output.entryPoint]),
  );
  for (const output of result.outputFiles) {
    const { base, ext } = parse(output.path);
    const contentType = CONTENT_TYPES[ext];
    if (!contentType) continue;
    files.push({ file: base, contentType, body: Buffer.from(output.contents) });
    const entry = entryOf.get(base);
    // Page entry points only: a view loaded by route is an entry to esbuild too, and two views may
    // share a file name (notes/list, texts/list).
    if (entry && pageEntries.has(resolve(entry))) entries[`${parse(entry).name}${ext}`] = base;
  }
  return { files, entries };
}
