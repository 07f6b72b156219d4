import { sql } from 'kysely';
import type { TestKith } from './kith';

/** Every row of every table Kith keeps, read through the server's own database handle: what a seizure of the database yields. */
export async function everyRow(t: TestKith): Promise<Record<string, Record<string, unknown>[]>> {
  const db = t.kith.ctx.db.kysely;
  const tables =
    t.kind === 'sqlite'
      ? (await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table'`.execute(db)).rows.map(
          (r) => r.name,
        )
      : (
          await sql<{
            name: string;
          }>`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()`.execute(db)
        ).rows.map((r) => r.name);
  const dump: Record<string, Record<string, unknown>[]> = {};
  for (const table of tables) {
    dump[table] = (await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(table)}`.execute(db)).rows;
  }
  return dump;
}

/** Every string anywhere in the rows, including inside JSON text columns. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') {
    const nested = /^[[{]/.test(value) ? tryJson(value) : undefined;
    return nested === undefined ? [value] : [value, ...stringsIn(nested)];
  }
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Every 32-byte value hidden in a text as base64, base64url or hex: each could be a key. */
export function keysIn(text: string): Uint8Array[] {
  const found: Uint8Array[] = [];
  for (const token of text.match(/[A-Za-z0-9+/_=-]{40,}/g) ?? []) {
    for (const bytes of [
      Buffer.from(token, 'base64url'),
      Buffer.from(token, 'base64'),
      /^[0-9a-f]{64}$/.test(token) ? Buffer.from(token, 'hex') : Buffer.alloc(0),
    ]) {
      if (bytes.length === 32) found.push(new Uint8Array(bytes));
    }
  }
  return found;
}
