// What a build is built from, as one hash: `npm start` rebuilds when it differs from the stamp the
// last build left (scripts/build-if-stale.mjs). Plain JavaScript so that check needs no TypeScript
// loader: it runs before every start.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const STAMP_FILE = 'build-stamp';

/** Folders whose files go into the build (tests excepted), and the files that pin its tools and packages. */
const SOURCE_FOLDERS = ['src', 'scripts'];
const SOURCE_FILES = ['package.json', 'package-lock.json', 'tsconfig.json'];

/**
 * A hash of the sources' paths and contents (not their times: a checkout or a copy changes those).
 * @param {string} root the project folder
 * @returns {string}
 */
export function sourceStamp(root) {
  const files = SOURCE_FOLDERS.flatMap((folder) =>
    readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !/\.test\.tsx?$/.test(entry.name))
      .map((entry) => relative(root, join(entry.parentPath ?? entry.path, entry.name))),
  );
  const hash = createHash('sha256');
  for (const file of [...files.sort(), ...SOURCE_FILES]) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}
