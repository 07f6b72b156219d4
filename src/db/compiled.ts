import type { CompiledQuery, Compilable, Kysely, QueryResult } from 'kysely';

/** Stands in for a value while a query is compiled once; replaced by the real value on each run. */
class Slot {
  constructor(readonly name: string | number) {}
}

interface Prepared {
  readonly compiled: CompiledQuery;
  /** For each parameter of the compiled query, the name (or position) of the value that fills it. */
  readonly names: readonly (string | number)[];
}

const prepared = new WeakMap<object, Map<string, Prepared>>();

/**
 * A query Kysely builds and compiles once per database handle and shape (`key`), then runs with new
 * values: on a hot path, building and compiling the same query on every request costs more than
 * running it (see docs/PERFORMANCE.md). `build` gets `slot(name)`, a stand-in for each value; every
 * parameter of the compiled query must come from a slot, or the query is refused (a value baked in
 * at compile time would be silently reused). Only for queries whose SQL text never depends on the
 * values — a list's length goes in the key.
 *
 * Values come by name (`slot('programId')` and `{ programId }`) or, for a many-row statement, by
 * position (`slot(7)` and an array): a batch of calls binds 19 values a call, and making a string key
 * for each was a measurable part of the incoming call (docs/PERFORMANCE.md).
 */
export async function runCompiled<DB, R>(
  db: Kysely<DB>,
  key: string,
  build: (slot: <T>(name: string | number) => T) => Compilable<R>,
  values: Readonly<Record<string, unknown>> | readonly unknown[],
): Promise<QueryResult<R>> {
  let byKey = prepared.get(db);
  if (!byKey) {
    byKey = new Map();
    prepared.set(db, byKey);
  }
  let entry = byKey.get(key);
  if (!entry) {
    const compiled = build(<T>(name: string | number) => new Slot(name) as T).compile();
    const names = compiled.parameters.map((parameter) => {
      if (!(parameter instanceof Slot)) throw new Error(`query ${key}: a parameter is not a slot`);
      return parameter.name;
    });
    entry = { compiled, names };
    byKey.set(key, entry);
  }
  const parameters = entry.names.map((name) => valueOf(key, values, name));
  return db.executeQuery<R>({ ...entry.compiled, parameters });
}

function valueOf(key: string, values: Readonly<Record<string, unknown>> | readonly unknown[], name: string | number) {
  if (Array.isArray(values)) {
    if (typeof name !== 'number' || name >= values.length) throw new Error(`query ${key}: no value at ${name}`);
    return values[name];
  }
  if (typeof name === 'number' || !(name in values)) throw new Error(`query ${key}: no value for ${name}`);
  return (values as Readonly<Record<string, unknown>>)[name];
}
