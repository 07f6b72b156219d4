// `prestart`: builds Kith when dist/ is missing or was built from other sources, so the README's
// `npm ci && npm start` still works in one line on a fresh clone (dist/ is not in git). An
// up-to-date build costs one hash of the sources (a fraction of a second), not a rebuild.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STAMP_FILE, sourceStamp } from './source-stamp.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = join(root, 'dist');

function builtStamp() {
  try {
    return readFileSync(join(dist, STAMP_FILE), 'utf8').trim();
  } catch {
    return undefined;
  }
}

const built = builtStamp();
const fresh = built !== undefined && existsSync(join(dist, 'main.js')) && built === sourceStamp(root);
if (!fresh) {
  process.stdout.write(
    built === undefined
      ? 'No build yet: building Kith (npm run build)…\n'
      : 'The sources changed since the last build: building Kith again…\n',
  );
  // The build itself is TypeScript; tsx runs it, as `npm run build` does.
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'build.ts')], {
    cwd: root,
    stdio: 'inherit',
  });
  process.exit(result.status ?? 1);
}
