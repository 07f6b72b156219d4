import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { TEST_PG_URL } from './databases';

/** Every way a US number is commonly written, so a leak in any form is caught. */
export function numberForms(e164: string): string[] {
  const digits = e164.replace(/\D/g, '');
  const national = digits.slice(-10);
  const [area, exchange, line] = [national.slice(0, 3), national.slice(3, 6), national.slice(6)];
  return [
    e164,
    digits,
    national,
    `(${area}) ${exchange}-${line}`,
    `${area}-${exchange}-${line}`,
    `${area} ${exchange} ${line}`,
    `${area}.${exchange}.${line}`,
  ];
}

/** Files under `dir` (recursively) whose bytes contain any form, in UTF-8 or UTF-16. */
export function filesContaining(dir: string, forms: string[]): string[] {
  const hits: string[] = [];
  const needles = forms.flatMap((f) => [Buffer.from(f, 'utf8'), Buffer.from(f, 'utf16le')]);
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else {
        const bytes = readFileSync(full);
        if (needles.some((n) => bytes.includes(n))) hits.push(full);
      }
    }
  };
  walk(dir);
  return hits;
}

/** Every row of every table in a PostgreSQL schema, as JSON text. */
export async function postgresRowsText(schema: string): Promise<string> {
  const client = new pg.Client({ connectionString: TEST_PG_URL });
  await client.connect();
  try {
    const tables = await client.query<{ table_name: string }>(
      'SELECT table_name FROM information_schema.tables WHERE table_schema = $1',
      [schema],
    );
    let text = '';
    for (const { table_name } of tables.rows) {
      const rows = await client.query(`SELECT row_to_json(t)::text AS row FROM "${schema}"."${table_name}" t`);
      text += rows.rows.map((r: { row: string }) => r.row).join('\n');
    }
    return text;
  } finally {
    await client.end();
  }
}
