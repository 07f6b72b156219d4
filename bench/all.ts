import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * `npm run bench [-- [--quick] [--postgres] [--profile]]`: both benchmarks, one after the other —
 * the incoming call (`npm run bench:calls`, every option) and the start and first visits
 * (`npm run bench:start`, which takes `--quick` alone; the rest are about the database under load).
 *
 * One of these runs a single benchmark instead:
 * - `--call`: time to a human (`time-to-human.ts`: a whole call in the simulator's virtual time, one
 *   and two languages; no other option);
 * - `--chat [--quick] [--console]`: the chat's first message on slow 3G and the console's first
 *   visit, in Chromium (`slow-chat.ts`); `--console` measures the console's visit alone.
 * - `--flood`: issue 15's chat flood — three loops flooding `GET /chat` + `POST /chat` for 60 s while a
 *   person whose page solves the challenge starts a chat; their time to reach the team (`flood.ts`);
 * - `--ring-checks [--quick] [--postgres]`: the incoming-call webhook with the ring-time checks (a rest
 *   rule, the shift-start briefing) off and on, same rota, same run, with on/off ratios (`ring-checks.ts`);
 * - `--seal`: sealing one text to 20 readers, libsodium's randomness hook against the server's pool
 *   (`seal.ts`);
 * - `--surge [--profile] [--sqlite|--postgres]`: 50 calls and 500 texts within 5 s against a Kith
 *   child, on SQLite and PostgreSQL (`surge.ts`).
 */
const ONLY: Record<string, { file: string; options: string[] }> = {
  '--call': { file: 'time-to-human.ts', options: [] },
  '--chat': { file: 'slow-chat.ts', options: ['--quick', '--console'] },
  '--flood': { file: 'flood.ts', options: [] },
  '--ring-checks': { file: 'ring-checks.ts', options: ['--quick', '--postgres'] },
  '--seal': { file: 'seal.ts', options: [] },
  '--surge': { file: 'surge.ts', options: ['--profile', '--sqlite', '--postgres'] },
};

const args = process.argv.slice(2);
const only = Object.keys(ONLY).find((flag) => args.includes(flag));
// An option the chosen benchmark does not take is a mistake, not something to drop: it would run a full one.
const stray = only ? args.filter((arg) => arg !== only && !ONLY[only]?.options.includes(arg)) : [];
if (only && stray.length > 0) {
  const takes = ONLY[only]?.options ?? [];
  process.stderr.write(
    `${only} takes ${takes.length > 0 ? takes.join(', ') : 'no other option'}, not ${stray.join(' ')}\n`,
  );
  process.exit(2);
}
const runs: [string, string[]][] = only
  ? [[ONLY[only]?.file ?? '', args.filter((arg) => ONLY[only]?.options.includes(arg))]]
  : [
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
