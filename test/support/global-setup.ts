import { randomBytes } from 'node:crypto';
import { dropRunSchemas } from './databases';

/**
 * Once per `vitest run`, before any worker starts: marks this run, so the PostgreSQL schemas its
 * workers keep for reuse (`databases.ts`) can be dropped at the end without touching those of another
 * run against the same server (two checkouts testing at once, say).
 */
export default function setup(): () => Promise<void> {
  const mark = randomBytes(4).toString('hex');
  process.env.KITH_TEST_RUN = mark;
  return async () => {
    await dropRunSchemas(mark).catch(() => undefined); // no PostgreSQL (a run of SQLite-only files) is fine
  };
}
