import type { CompiledQuery, Compilable, Kysely, QueryResult } from 'kysely';

/** Stands in for a value while a query is compiled once; replaced by the real value on each run. */
class Slot {
  constructor(readonly name: string) {}
}

interface Prepared {
  readonly compiled: CompiledQuery;
  /** For each parameter of the compiled query, the name of the value that fills it. */
  readonly names: readonly string[];
}

const prepared = new WeakMap<object, Map<string, Prepared>>();

/**
 * A query Kysely builds and compiles once per database handle and shape (`key`), then runs with new
 * values: on a hot path, building and compiling the same query on every request costs more than
 * running it (see docs/PERFORMANCE.md). `build` gets `slot(name)`, a stand-in for each value; every
 * parameter of the compiled query must come from a slot, or the query is refused (a value baked in
 * at compile time would be silently reused). Only for queries whose SQL text never depends on the
 * values — a list's length goes in the key.
 */
export async function runCompiled<DB, R>(
  db: Kysely<DB>,
  key: string,
  build: (slot: <T>(name: string) => T) => Compilable<R>,
  values: Readonly<Record<string, unknown>>,
): Promise<QueryResult<R>> {
  let byKey = prepared.get(db);
  if (!byKey) {
    byKey = new Map();
    prepared.set(db, byKey);
  }
  let entry = byKey.get(key);
  if (!entry) {
    const compiled = build(<T>(name: string) => new Slot(name) as T).compile();
    const names = compiled.parameters.map((parameter) => {
      if (!(parameter instanceof Slot)) throw new Error(`query ${key}: a parameter is not a slot`);
      return parameter.name;
    });
    entry = { compiled, names };
    byKey.set(key, entry);
  }
  const parameters = entry.names.map((name) => {
    if (!(name in values)) throw new Error(`query ${key}: no value for ${name}`);
    return values[name];
  });
  return db.executeQuery<R>({ ...entry.compiled, parameters });
}
