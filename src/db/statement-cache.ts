import type SQLite from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/**
 * Kysely's SQLite driver prepares every statement afresh each time it runs; preparing costs about
 * as much as running on Kith's hot path (see docs/PERFORMANCE.md). Queries are built from a fixed
 * set of shapes with bound parameters, so their SQL text repeats: prepare each text once.
 */
export function withStatementCache(sqlite: SQLite.Database, limit = 500): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string): SqliteStatement {
      const cached = cache.get(sql);
      if (cached) return cached;
      const statement = sqlite.prepare(sql) as unknown as SqliteStatement;
      // Shapes are bounded in practice; the limit only guards against an unexpected flood of one-offs.
      if (cache.size >= limit) cache.delete(cache.keys().next().value as string);
      cache.set(sql, statement);
      return statement;
    },
  };
}
