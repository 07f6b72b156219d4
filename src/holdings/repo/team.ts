import { num, span, type Db, type Span } from './shared';

/** The team and its sign-ins. */

export interface TableCount {
  table: string;
  count: number;
}

/** The team's rows, by table: responders and what hangs off them, and the shifts. */
export async function teamCounts(db: Db, programId: string): Promise<TableCount[]> {
  const responders = db.selectFrom('responders').select('id').where('program_id', '=', programId);
  const count = async (table: string, query: { executeTakeFirst(): Promise<{ n: unknown } | undefined> }) => ({
    table,
    count: num((await query.executeTakeFirst())?.n),
  });
  return Promise.all([
    count(
      'responders',
      db
        .selectFrom('responders')
        .where('program_id', '=', programId)
        .select((eb) => eb.fn.countAll().as('n')),
    ),
    count(
      'credentials',
      db
        .selectFrom('credentials')
        .where('responder_id', 'in', responders)
        .select((eb) => eb.fn.countAll().as('n')),
    ),
    count(
      'passkeys',
      db
        .selectFrom('passkeys')
        .where('responder_id', 'in', responders)
        .select((eb) => eb.fn.countAll().as('n')),
    ),
    count(
      'api_tokens',
      db
        .selectFrom('api_tokens')
        .where('responder_id', 'in', responders)
        .select((eb) => eb.fn.countAll().as('n')),
    ),
    count(
      'shift_rules',
      db
        .selectFrom('shift_rules')
        .where('program_id', '=', programId)
        .select((eb) => eb.fn.countAll().as('n')),
    ),
    count(
      'shift_overrides',
      db
        .selectFrom('shift_overrides')
        .where('program_id', '=', programId)
        .select((eb) => eb.fn.countAll().as('n')),
    ),
    count(
      'queue_keys',
      db
        .selectFrom('queue_keys')
        .where('program_id', '=', programId)
        .select((eb) => eb.fn.countAll().as('n')),
    ),
    count(
      'queue_key_wraps',
      db
        .selectFrom('queue_key_wraps')
        .where('program_id', '=', programId)
        .select((eb) => eb.fn.countAll().as('n')),
    ),
  ]);
}

/**
 * Sign-in rows, by table, with the span of their own expiry times. Sessions, invites, device codes
 * and challenges are the program's team's; setup tokens and sign-in failure counters belong to the
 * installation (they name no one: a hash, or a keyed hash of a sign-in name).
 */
export async function signInHoldings(db: Db, programId: string): Promise<{ tables: TableCount[]; expires: Span }> {
  const responders = db.selectFrom('responders').select('id').where('program_id', '=', programId);
  const agg = async (
    table: string,
    query: { executeTakeFirst(): Promise<{ n: unknown; lo: unknown; hi: unknown } | undefined> },
  ) => ({ table, ...span(await query.executeTakeFirst()) });
  const parts = await Promise.all([
    agg(
      'sessions',
      db
        .selectFrom('sessions')
        .where('responder_id', 'in', responders)
        .select((eb) => [eb.fn.countAll().as('n'), eb.fn.min('expires_at').as('lo'), eb.fn.max('expires_at').as('hi')]),
    ),
    agg(
      'invites',
      db
        .selectFrom('invites')
        .where('responder_id', 'in', responders)
        .select((eb) => [eb.fn.countAll().as('n'), eb.fn.min('expires_at').as('lo'), eb.fn.max('expires_at').as('hi')]),
    ),
    agg(
      'setup_tokens',
      db
        .selectFrom('setup_tokens')
        .select((eb) => [eb.fn.countAll().as('n'), eb.fn.min('expires_at').as('lo'), eb.fn.max('expires_at').as('hi')]),
    ),
    agg(
      'webauthn_challenges',
      db
        .selectFrom('webauthn_challenges')
        .where((eb) => eb.or([eb('responder_id', 'is', null), eb('responder_id', 'in', responders)]))
        .select((eb) => [eb.fn.countAll().as('n'), eb.fn.min('expires_at').as('lo'), eb.fn.max('expires_at').as('hi')]),
    ),
    agg(
      'device_codes',
      db
        .selectFrom('device_codes')
        .where('responder_id', 'in', responders)
        .select((eb) => [eb.fn.countAll().as('n'), eb.fn.min('expires_at').as('lo'), eb.fn.max('expires_at').as('hi')]),
    ),
  ]);
  // Failure counters have a window, not an expiry: counted, with no time.
  const failures = num(
    (
      await db
        .selectFrom('sign_in_failures')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirst()
    )?.n,
  );
  parts.push({ table: 'sign_in_failures', count: failures, min: null, max: null });
  const times = parts.flatMap((p) => [p.min, p.max]).filter((t): t is number => t !== null);
  return {
    tables: parts.map((p) => ({ table: p.table, count: p.count })),
    expires: {
      count: parts.reduce((a, p) => a + p.count, 0),
      min: times.length > 0 ? Math.min(...times) : null,
      max: times.length > 0 ? Math.max(...times) : null,
    },
  };
}

/** Calendar links, reminder choices, push subscriptions, sent notices, briefing links, swaps and time-away requests (src/rota/), by table. */
export async function rotaCounts(db: Db, programId: string): Promise<TableCount[]> {
  const tables = [
    'calendar_feeds',
    'reminder_settings',
    'push_subscriptions',
    'rota_notices',
    'briefing_links',
    'shift_offers',
    'away_requests',
  ] as const;
  return Promise.all(
    tables.map(async (table) => ({
      table,
      count: num(
        (
          await db
            .selectFrom(table)
            .where('program_id', '=', programId)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirst()
        )?.n,
      ),
    })),
  );
}

/** Members and what hangs off them (src/members/), by table; texts seen belong to the whole server. */
export async function memberCounts(db: Db, programId: string): Promise<TableCount[]> {
  const count = async (query: { executeTakeFirst: () => Promise<{ n: unknown } | undefined> }): Promise<number> =>
    num((await query.executeTakeFirst())?.n);
  const own = [
    'members',
    'member_codes',
    'member_places',
    'member_join_codes',
    'member_check_ins',
    'member_plans',
    'member_plan_openings',
  ] as const;
  const owned = await Promise.all(
    own.map(async (table) => ({
      table,
      count: await count(
        db
          .selectFrom(table)
          .where('program_id', '=', programId)
          .select((eb) => eb.fn.countAll().as('n')),
      ),
    })),
  );
  const peers = await count(
    db
      .selectFrom('member_peers')
      .innerJoin('members', 'members.id', 'member_peers.member_id')
      .where('members.program_id', '=', programId)
      .select((eb) => eb.fn.countAll().as('n')),
  );
  const seen = await count(db.selectFrom('member_texts_seen').select((eb) => eb.fn.countAll().as('n')));
  // A plan's readers (of its openings), its history and its page links hang off the program's members.
  const members = db.selectFrom('members').select('id').where('program_id', '=', programId);
  const readers = await count(
    db
      .selectFrom('member_plan_readers')
      .innerJoin('member_plan_openings', 'member_plan_openings.id', 'member_plan_readers.opening_id')
      .where('member_plan_openings.program_id', '=', programId)
      .select((eb) => eb.fn.countAll().as('n')),
  );
  const byMember = async (table: 'member_plan_events' | 'member_plan_links') => ({
    table,
    count: await count(
      db
        .selectFrom(table)
        .where('member_id', 'in', members)
        .select((eb) => eb.fn.countAll().as('n')),
    ),
  });
  return [
    ...owned,
    { table: 'member_peers', count: peers },
    { table: 'member_plan_readers', count: readers },
    await byMember('member_plan_events'),
    await byMember('member_plan_links'),
    { table: 'member_texts_seen', count: seen },
  ];
}
