import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import sodium from 'libsodium-wrappers-sumo';
import { generateIdentity, ready, sealRecord } from '../src/crypto/e2e';
import { useRandomPool } from '../src/crypto/random-pool';

/**
 * `npm run bench -- --seal`: sealing one text to 20 readers (what an inbound text costs in crypto)
 * with libsodium's own randomness hook (a call into Node per 4 bytes) and with the server's pool
 * (src/crypto/random-pool.ts), alternated round by round in one process so the machine's load
 * weighs on both alike. Prints figures; never fails on them.
 */
const READERS = 20;
const ROUNDS = 10;
const SEALS_PER_ROUND = 200;

type Hook = () => number;

async function main(): Promise<void> {
  await ready();
  // The wrapper's module, where its WebAssembly looks up the hook (set once sodium is ready).
  const module = (sodium as unknown as { libsodium: { getRandomValue: Hook } }).libsodium;
  const library = module.getRandomValue;
  await useRandomPool();
  const pooled = module.getRandomValue;
  const readers = Array.from({ length: READERS }, () => generateIdentity()).map((r) => ({
    keyId: r.keyId,
    publicKey: r.publicKey,
  }));
  const seal = (i: number) => sealRecord({ recordId: `msg_${i}`, plaintext: 'a text of ordinary length', readers });

  // How many words one seal asks for: the count of calls the library's hook would make into Node.
  let words = 0;
  module.getRandomValue = () => ((words += 1), library());
  seal(0);
  const wordsPerSeal = words;

  const times = { library: [] as number[], pooled: [] as number[] };
  for (let round = 0; round < ROUNDS + 1; round++) {
    for (const [name, hook] of [
      ['library', library],
      ['pooled', pooled],
    ] as const) {
      module.getRandomValue = hook;
      const started = performance.now();
      for (let i = 0; i < SEALS_PER_ROUND; i++) seal(i);
      // Round 0 warms both up and is not counted.
      if (round > 0) times[name].push((performance.now() - started) / SEALS_PER_ROUND);
    }
  }
  module.getRandomValue = pooled;
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
  const [one, five] = loadavg();
  const lib = median(times.library);
  const pool = median(times.pooled);
  process.stdout.write(
    [
      `Kith sealing benchmark: one text sealed to ${READERS} readers, ${ROUNDS} alternating rounds of ${SEALS_PER_ROUND}`,
      `machine: ${cpus().length} cores, load average ${one?.toFixed(2)} (1 min), ${five?.toFixed(2)} (5 min)`,
      `  random words asked for per seal: ${wordsPerSeal} (the library's hook: one call into Node each)`,
      `  library hook: ${lib.toFixed(3)} ms per seal (median of rounds)`,
      `  pooled:       ${pool.toFixed(3)} ms per seal (median of rounds)`,
      `  pooled / library: ${(pool / lib).toFixed(2)}×`,
      '',
    ].join('\n'),
  );
}

await main();
