import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleWebAssets, type WebBundle } from './bundle';
import { encode, type Coding } from '../http/codings';
import { PREBUILT_MANIFEST, readPrebuiltAssets } from './prebuilt-assets';

export interface Asset {
  /** The bytes as they are (the identity coding). */
  readonly body: Buffer;
  readonly contentType: string;
  /** The same bytes in a content coding, or undefined where that coding would not make them smaller. */
  encoded(coding: Coding): Promise<Buffer | undefined>;
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

/** Entry names → hashed file names, and every file, as `bundle.ts` or the build produced them. */
export function assetTable(entries: Readonly<Record<string, string>>, byFile: ReadonlyMap<string, Asset>): Assets {
  return {
    href(name) {
      const file = entries[name];
      if (!file) throw new Error(`No web asset named ${name} (known: ${Object.keys(entries).join(', ')})`);
      return `${ASSET_PREFIX}${file}`;
    },
    get: (file) => byFile.get(file),
    files: () => [...byFile.keys()],
  };
}

/**
 * Bundled in memory (development and tests): each coding is made on first request, quickly rather
 * than smallest, and kept; a coding that does not shrink the file is never sent.
 */
export function assetsInMemory(bundle: WebBundle): Assets {
  const byFile = new Map<string, Asset>();
  for (const { file, body, contentType } of bundle.files) {
    const made = new Map<Coding, Promise<Buffer | undefined>>();
    const encoded = (coding: Coding) => {
      let bytes = made.get(coding);
      if (!bytes) {
        bytes = encode(body, coding, 'fast').then((out) => (out.length < body.length ? out : undefined));
        made.set(coding, bytes);
      }
      return bytes;
    };
    byFile.set(file, { body, contentType, encoded });
  }
  return assetTable(bundle.entries, byFile);
}

/** Prebuilt assets live beside the compiled server (`dist/assets/`); from `src/` there are none. */
const prebuiltManifest = fileURLToPath(new URL(`./assets/${PREBUILT_MANIFEST}`, import.meta.url));

const loaded = new Map<'prebuilt' | 'minified' | 'readable', Promise<Assets>>();

/**
 * The page scripts and styles, named by a hash of their content so browsers may keep a URL for a
 * year. The compiled server (`node dist/main.js`) reads what `npm run build` wrote next to it,
 * compressed ahead of time; run from source (`tsx`, tests) Kith bundles them in memory at start, with
 * the same `bundleWebAssets`. Once per process: tests start many servers on the same bundle.
 */
export function loadAssets(options: { minify: boolean }): Promise<Assets> {
  const prebuilt = existsSync(prebuiltManifest);
  const key = prebuilt ? 'prebuilt' : options.minify ? 'minified' : 'readable';
  let assets = loaded.get(key);
  if (!assets) {
    assets = prebuilt
      ? readPrebuiltAssets(prebuiltManifest).then(({ entries, byFile }) => assetTable(entries, byFile))
      : bundleWebAssets(options).then(assetsInMemory);
    // A failed build is not cached, so the next start tries again and reports the real error.
    assets.catch(() => loaded.delete(key));
    loaded.set(key, assets);
  }
  return assets;
}
