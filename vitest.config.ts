import { statSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Longest first, so a run never ends with one worker on a slow file while the other has nothing
 * left: the browser, load and abuse tests (half a minute or more each), then the scenario and API tests that
 * start real servers, then the rest; larger files first within each group. Vitest's own order
 * uses the last run's timings, which a fresh clone (CI) does not have.
 */
class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const group = (file: string): number =>
      /\/test\/(browser|load|abuse)\//.test(file) ? 0 : /\/test\/scenarios\/|\.api\.test\.ts$/.test(file) ? 1 : 2;
    const size = (file: string): number => statSync(file).size;
    return [...files].sort((a, b) => group(a.moduleId) - group(b.moduleId) || size(b.moduleId) - size(a.moduleId));
  }
}

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // expect.poll answers as soon as its check holds; Vitest's 1 s default made a loaded machine's slow
    // moment (two workers, a browser and a PostgreSQL) fail a test whose page was only late, not wrong.
    expect: { poll: { timeout: 10_000 } },
    // Scenario tests each open their own databases; running files in parallel on 2 cores is fine,
    // but PostgreSQL tests use separate schemas so they never collide.
    pool: 'forks',
    // One module cache per worker rather than per file: importing the server afresh for each file cost
    // a third of the run. The little module state tests can set is reset before each file there.
    isolate: false,
    setupFiles: ['test/support/between-files.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    // Vitest's default on a 2-core machine is one file at a time; most files wait on PostgreSQL,
    // Chromium or a child process rather than the CPU, so two at once roughly halves the run.
    maxWorkers: 2,
    sequence: { sequencer: SlowestFirst },
    env: {
      // UTC unless a run asks for another zone (the suite must pass in any: try TZ=Pacific/Kiritimati npm test).
      TZ: process.env.TZ || 'UTC',
      // The tests' PostgreSQL sessions (and the load test's Kith child, which inherits this) commit
      // without waiting for the WAL to reach disk. Nothing a test does can tell: a commit is visible
      // at once either way, and only a crash of the PostgreSQL server itself could lose one, which no
      // test causes. It saves an fsync per commit, thousands of them in a run.
      PGOPTIONS: process.env.PGOPTIONS ?? '-c synchronous_commit=off',
    },
  },
});
