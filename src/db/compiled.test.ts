import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCompiled } from './compiled';

interface Scratch {
  things: { id: number; name: string; size: number };
}

/** The compile-once helper on a real SQLite: values by name and by position, and what it refuses. */
describe('runCompiled', () => {
  const db = new Kysely<Scratch>({ dialect: new SqliteDialect({ database: new SQLite(':memory:') }) });
  beforeAll(async () => {
    await db.schema
      .createTable('things')
      .ifNotExists()
      .addColumn('id', 'integer')
      .addColumn('name', 'text')
      .addColumn('size', 'integer')
      .execute();
  });
  afterEach(async () => {
    await db.deleteFrom('things').execute();
  });

  it('binds values by name or by position, and reuses the compiled statement with new ones', async () => {
    const insertTwo = (values: unknown[]) =>
      runCompiled(
        db,
        'things.insert.2',
        (slot) =>
          db
            .insertInto('things')
            .values([0, 1].map((i) => ({ id: slot(i * 3), name: slot(i * 3 + 1), size: slot(i * 3 + 2) }))),
        values,
      );
    await insertTwo([1, 'one', 10, 2, 'two', 20]);
    await insertTwo([3, 'three', 30, 4, 'four', 40]);
    const bigger = (min: number) =>
      runCompiled(
        db,
        'things.bigger',
        (slot) => db.selectFrom('things').select(['id', 'name']).where('size', '>', slot<number>('min')).orderBy('id'),
        { min },
      );
    expect((await bigger(15)).rows).toEqual([
      { id: 2, name: 'two' },
      { id: 3, name: 'three' },
      { id: 4, name: 'four' },
    ]);
    expect((await bigger(35)).rows).toEqual([{ id: 4, name: 'four' }]);
  });

  it('refuses a missing value, a value of the wrong kind, and a value baked in at compile time', async () => {
    await expect(
      runCompiled(
        db,
        'things.short',
        (slot) => db.selectFrom('things').selectAll().where('id', '=', slot<number>(2)),
        [1, 2],
      ),
    ).rejects.toThrow('query things.short: no value at 2');
    await expect(
      runCompiled(
        db,
        'things.named',
        (slot) => db.selectFrom('things').selectAll().where('id', '=', slot<number>('id')),
        [1],
      ),
    ).rejects.toThrow('query things.named: no value at id');
    await expect(
      runCompiled(
        db,
        'things.byName',
        (slot) => db.selectFrom('things').selectAll().where('id', '=', slot<number>('id')),
        {},
      ),
    ).rejects.toThrow('query things.byName: no value for id');
    await expect(
      runCompiled(db, 'things.baked', () => db.selectFrom('things').selectAll().where('id', '=', 7), {}),
    ).rejects.toThrow('query things.baked: a parameter is not a slot');
  });
});
