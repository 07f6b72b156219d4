import { afterEach, describe, expect, it } from 'vitest';
import { DB_KINDS, openTestDatabase } from '../../test/support/databases';
import { T0 } from '../../test/support/kith';
import type { ConversationState } from '../db/schema-texting';
import { ManualClock } from '../platform/clock';
import { seedProgram } from '../shifts/test-fixtures';
import { freeAlias } from './lifecycle';
import { insertConversation, type Db } from './repo';

/**
 * freeAlias draws at random and probes the partial index (migration 028) instead of reading every alias
 * held: it must still never hand out one an open conversation, or a closed one still in its grace, has.
 */
describe.each(DB_KINDS)('freeAlias (%s)', (kind) => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => close?.());

  async function opened(): Promise<{ db: Db; programId: string; add: (alias: string, shape: Shape) => Promise<void> }> {
    const test = await openTestDatabase(kind);
    close = test.close;
    const db = test.db.kysely;
    const program = await seedProgram(db, new ManualClock(T0));
    let n = 0;
    const add = async (alias: string, shape: Shape) => {
      n++;
      await insertConversation(db, row(program.id, `conv_${n}`, alias, shape));
    };
    return { db, programId: program.id, add };
  }

  it('gives 600 conversations in a row, of every kind, aliases no held conversation shares', async () => {
    const { db, programId, add } = await opened();
    const held = new Set<string>();
    for (let i = 0; i < 600; i++) {
      const alias = await freeAlias(db, programId);
      expect(held.has(alias)).toBe(false);
      // Open and taken, waiting, closed but still in its grace (number kept), or closed and forgotten.
      const shape = (['claimed', 'waiting', 'graced', 'forgotten'] as const)[i % 4] ?? 'waiting';
      await add(alias, shape);
      if (shape !== 'forgotten') held.add(alias);
    }
    expect(held.size).toBe(450);
    // 450 held cannot fit K1–K99: the pool was widened.
    expect([...held].some((alias) => Number(alias.slice(1)) >= 100)).toBe(true);
  });

  it('widens the pool only when it must: K1–K99 all held gives a longer alias, all forgotten gives a short one', async () => {
    const { db, programId, add } = await opened();
    for (let n = 1; n < 100; n++) await add(`K${n}`, 'forgotten');
    for (let i = 0; i < 20; i++) expect(Number((await freeAlias(db, programId)).slice(1))).toBeLessThan(100);
    await db.updateTable('conversations').set({ state: 'waiting', closed_at: null }).execute();
    for (let i = 0; i < 20; i++) expect(Number((await freeAlias(db, programId)).slice(1))).toBeGreaterThanOrEqual(100);
  });
});

type Shape = 'claimed' | 'waiting' | 'graced' | 'forgotten';

function row(programId: string, id: string, alias: string, shape: Shape) {
  const closed = shape === 'graced' || shape === 'forgotten';
  const state: ConversationState = closed ? 'closed' : shape;
  return {
    id,
    program_id: programId,
    alias,
    channel: 'sms' as const,
    state,
    tier: 'primary' as const,
    language: 'en',
    sender_index: shape === 'forgotten' ? null : `idx_${id}`,
    sender_sealed: null,
    sender_key_id: null,
    person_public_key: null,
    claimed_by: null,
    opened_at: T0,
    tier_since: T0,
    alerted_tier: null,
    claimed_at: null,
    first_response_at: null,
    last_activity_at: T0,
    closed_at: closed ? T0 : null,
    erase_after: null,
    outcome: closed ? 'closed' : null,
    updated_at: T0,
  };
}
