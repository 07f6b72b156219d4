import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { numberForms, postgresRowsText } from './canary';
import { TEST_PG_URL } from './databases';
import type { TestKith } from './kith';

/**
 * The seizure drill's tools: what an adversary takes, every way a canary could be written, and a
 * search of raw bytes that stays fast with thousands of needles.
 */

export interface Seized {
  /** Where it came from, e.g. "data/kith.db-wal" or "postgres: table files". */
  name: string;
  bytes: Buffer;
}

export interface Needle {
  canary: string;
  encoding: string;
  bytes: Buffer;
}

/** base64 of `text` as it would appear at each of the three alignments inside a longer encoded run. */
function base64Runs(bytes: Buffer, variant: 'base64' | 'base64url'): string[] {
  const runs: string[] = [];
  for (let offset = 0; offset < 3; offset++) {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString(variant);
    // Characters touched by the padding bytes before, or by whatever follows, are not part of every run.
    const start = offset === 0 ? 0 : 4;
    const end = Math.floor((offset + bytes.length) / 3) * 4;
    if (end - start >= 8) runs.push(encoded.slice(start, end));
  }
  return runs;
}

/** One text in every common encoding: UTF-8, UTF-16 (both orders), hex (both cases), base64 and base64url at every alignment. */
export function encodingsOf(canary: string, text: string = canary): Needle[] {
  const utf8 = Buffer.from(text, 'utf8');
  const utf16le = Buffer.from(text, 'utf16le');
  const utf16be = Buffer.from(utf16le).swap16();
  const needles: Needle[] = [
    { canary, encoding: 'utf-8', bytes: utf8 },
    { canary, encoding: 'utf-16le', bytes: utf16le },
    { canary, encoding: 'utf-16be', bytes: utf16be },
    { canary, encoding: 'hex', bytes: Buffer.from(utf8.toString('hex')) },
    { canary, encoding: 'HEX', bytes: Buffer.from(utf8.toString('hex').toUpperCase()) },
  ];
  for (const variant of ['base64', 'base64url'] as const) {
    for (const run of base64Runs(utf8, variant)) needles.push({ canary, encoding: variant, bytes: Buffer.from(run) });
  }
  return needles;
}

/** A phone number in every common form (E.164, national, digits only, punctuated), each in every encoding. */
export function numberNeedles(e164: string): Needle[] {
  return numberForms(e164).flatMap((form) =>
    encodingsOf(e164, form).map((n) => ({
      ...n,
      encoding: `${form === e164 ? 'E.164' : JSON.stringify(form)} as ${n.encoding}`,
    })),
  );
}

/**
 * Every needle found in every seized item. Needles are indexed by their first four bytes, so each
 * item is read once whatever the number of needles (a plain includes() per needle would read a
 * 16 MiB WAL segment a thousand times).
 */
export function search(
  items: readonly Seized[],
  needles: readonly Needle[],
): { item: string; canary: string; encoding: string }[] {
  const byPrefix = new Map<number, Needle[]>();
  for (const needle of needles) {
    if (needle.bytes.length < 4) throw new Error(`needle too short to search for: ${needle.encoding}`);
    const key = needle.bytes.readUInt32LE(0);
    byPrefix.set(key, [...(byPrefix.get(key) ?? []), needle]);
  }
  const found: { item: string; canary: string; encoding: string }[] = [];
  for (const item of items) {
    const bytes = item.bytes;
    for (let i = 0; i + 4 <= bytes.length; i++) {
      const candidates = byPrefix.get(bytes.readUInt32LE(i));
      if (candidates === undefined) continue;
      for (const needle of candidates) {
        const end = i + needle.bytes.length;
        if (end <= bytes.length && bytes.compare(needle.bytes, 0, needle.bytes.length, i, end) === 0)
          found.push({ item: item.name, canary: needle.canary, encoding: needle.encoding });
      }
    }
  }
  return found;
}

function filesUnder(dir: string, label: string): Seized[] {
  const out: Seized[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...filesUnder(full, `${label}/${name}`));
    else out.push({ name: `${label}/${name}`, bytes: readFileSync(full) });
  }
  return out;
}

/**
 * Everything an adversary could take from a running install: the data folder (every SQLite file,
 * -wal and -shm included, the secret key, the log), the configuration with its secrets, the
 * backups, and on PostgreSQL every row plus — where this process may read them — the table files
 * and the write-ahead log segments written during the drill.
 */
export async function seize(t: TestKith, backupsDir: string, since: number): Promise<Seized[]> {
  const items = [...filesUnder(t.storage.dataDir, 'data'), ...filesUnder(backupsDir, 'backups')];
  items.push({ name: 'configuration', bytes: Buffer.from(JSON.stringify(t.kith.ctx.config)) });
  if (t.storage.pgSchema) {
    items.push({ name: 'postgres: every row', bytes: Buffer.from(await postgresRowsText(t.storage.pgSchema)) });
    items.push(...(await postgresFiles(t.storage.pgSchema, since)));
  }
  return items;
}

async function postgresFiles(schema: string, since: number): Promise<Seized[]> {
  const client = new pg.Client({ connectionString: TEST_PG_URL });
  await client.connect();
  try {
    await client.query('CHECKPOINT');
    const dataDir =
      (await client.query<{ data_directory: string }>('SHOW data_directory')).rows[0]?.data_directory ?? '';
    const relations = await client.query<{ path: string }>(
      `SELECT pg_relation_filepath(c.oid) AS path FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = $1 AND c.relkind IN ('r', 'i', 't') AND pg_relation_filepath(c.oid) IS NOT NULL`,
      [schema],
    );
    const items: Seized[] = [];
    for (const { path } of relations.rows) {
      for (const name of readdirSync(join(dataDir, path, '..')).filter(
        (n) =>
          n === path.split('/').pop() ||
          n.startsWith(`${path.split('/').pop()}.`) ||
          n.startsWith(`${path.split('/').pop()}_`),
      )) {
        items.push({ name: `postgres: table file ${name}`, bytes: readFileSync(join(dataDir, path, '..', name)) });
      }
    }
    const walDir = join(dataDir, 'pg_wal');
    for (const name of readdirSync(walDir)) {
      const full = join(walDir, name);
      if (/^[0-9A-F]{24}$/.test(name) && statSync(full).mtimeMs >= since)
        items.push({ name: `postgres: WAL ${name}`, bytes: readFileSync(full) });
    }
    return items;
  } catch (error) {
    // Not running as a user who may read PostgreSQL's files: the rows above are still searched.
    if ((error as { code?: string }).code === 'EACCES') return [];
    throw error;
  } finally {
    await client.end();
  }
}
