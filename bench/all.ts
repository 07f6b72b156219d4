import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * `npm run bench [-- [--quick] [--postgres] [--profile]]`: both benchmarks, one after the other —
 * the incoming call (`npm run bench:calls`, every option) and the start and first visits
 * (`npm run bench:start`, which takes `--quick` alone; the rest are about the database under load).
 * `npm run bench -- --seal`: sealing one text to 20 readers, the library's randomness against the
 * server's pool (bench/seal.ts). `npm run bench -- --surge [--profile]`: 50 calls and 500 texts
 * within 5 s against a Kith child, on SQLite and PostgreSQL (bench/surge.ts). Each runs alone.
 */
const args = process.argv.slice(2);
const only = (flag: string): [string, string[]][] | undefined => {
  if (!args.includes(flag)) return undefined;
  return [[`${flag.slice(2)}.ts`, args.filter((arg) => arg !== flag)]];
};
const runs: [string, string[]][] = only('--surge') ??
  only('--seal') ?? [
    ['incoming-call.ts', args],
    ['start.ts', args.filter((arg) => arg === '--quick')],
  ];
let failed = false;
for (const [file, runArgs] of runs) {
  const script = fileURLToPath(new URL(file, import.meta.url));
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...runArgs], { stdio: 'inherit' });
  if (result.status !== 0) failed = true;
  // A bad option is the same mistake for the next one: stop here.
  if (result.status === 2) break;
  process.stdout.write('\n');
}
process.exit(failed ? 1 : 0);
