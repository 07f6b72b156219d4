import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Scenario tests each open their own databases; running files in parallel on 2 cores is fine,
    // but PostgreSQL tests use separate schemas so they never collide.
    pool: 'forks',
    // Vitest's default on a 2-core machine is one file at a time; most files wait on PostgreSQL,
    // Chromium or a child process rather than the CPU, so two at once roughly halves the run.
    maxWorkers: 2,
    // UTC unless a run asks for another zone (the suite must pass in any: try TZ=Pacific/Kiritimati npm test).
    env: { TZ: process.env.TZ || 'UTC' },
  },
});
