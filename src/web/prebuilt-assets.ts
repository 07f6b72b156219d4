import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Asset } from './assets';
import { bundleWebAssets } from './bundle';
import { CODINGS, encode, type Coding } from '../http/codings';

/**
 * The web assets as `npm run build` leaves them in `dist/assets/`: each hashed file, its `.br` and
 * `.gz` copies (compressed once, as small as brotli and gzip can make them), and this manifest.
 * Writing and reading live together so the format cannot drift between build and server.
 */
export const PREBUILT_MANIFEST = 'manifest.json';

interface Manifest {
  /** Each entry point's plain name → its hashed file name. */
  entries: Record<string, string>;
  /** `codings` lists the compressed copies written; one that would not be smaller is left out. */
  files: { file: string; contentType: string; codings: Coding[] }[];
}

const SUFFIX: Record<Coding, string> = { br: '.br', gzip: '.gz' };

export interface PrebuiltSummary {
  files: number;
  /** Total bytes of every file as it is, and of the copies in each coding (a file without one counts as it is). */
  bytes: Record<'identity' | Coding, number>;
}

/** Bundles with `bundleWebAssets`, minified, into `dir` (emptied first: old hashed files go). */
export async function writePrebuiltAssets(dir: string): Promise<PrebuiltSummary> {
  const bundle = await bundleWebAssets({ minify: true });
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const bytes = { identity: 0, br: 0, gzip: 0 };
  const files = await Promise.all(
    bundle.files.map(async ({ file, contentType, body }) => {
      writeFileSync(join(dir, file), body);
      bytes.identity += body.length;
      const codings: Coding[] = [];
      await Promise.all(
        CODINGS.map(async (coding) => {
          const out = await encode(body, coding, 'max');
          const smaller = out.length < body.length;
          if (smaller) {
            writeFileSync(join(dir, file + SUFFIX[coding]), out);
            codings.push(coding);
          }
          bytes[coding] += smaller ? out.length : body.length;
        }),
      );
      return { file, contentType, codings: CODINGS.filter((coding) => codings.includes(coding)) };
    }),
  );
  const manifest: Manifest = { entries: { ...bundle.entries }, files };
  writeFileSync(join(dir, PREBUILT_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return { files: files.length, bytes };
}

/** Reads every prebuilt file into memory once (about a megabyte and a quarter with its copies). */
export async function readPrebuiltAssets(
  manifestPath: string,
): Promise<{ entries: Record<string, string>; byFile: Map<string, Asset> }> {
  const dir = dirname(manifestPath);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const byFile = new Map<string, Asset>();
  for (const { file, contentType, codings } of manifest.files) {
    const copies = new Map(codings.map((coding) => [coding, readFileSync(join(dir, file + SUFFIX[coding]))]));
    byFile.set(file, {
      body: readFileSync(join(dir, file)),
      contentType,
      encoded: async (coding) => copies.get(coding),
    });
  }
  return { entries: manifest.entries, byFile };
}
