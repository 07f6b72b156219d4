import { num, span, type Db, type Span } from './shared';

/** Field responses and their care. */

export interface FieldHoldings {
  /** Sealed briefs and their readers' keys: only responses still open hold them. */
  briefs: number;
  briefKeys: number;
  /** Follow-up numbers held, sealed. */
  contacts: number;
  /** Debrief words, by when their response ended. */
  debriefWords: Span;
  /** Each table: rows of open responses, and of ended ones by when the response ended. */
  tables: Record<
    'field_responses' | 'field_members' | 'field_events' | 'debriefs' | 'follow_ups',
    { open: number; ended: Span }
  >;
}

const ENDED = ['closed', 'no_team'] as const;

export async function fieldHoldings(db: Db, programId: string): Promise<FieldHoldings> {
  const responses = () => db.selectFrom('field_responses').where('field_responses.program_id', '=', programId);
  const endedSpan = async (
    table: 'field_members' | 'field_events' | 'debriefs' | 'follow_ups' | null,
    onlySealedDebriefs = false,
  ): Promise<Span> => {
    let query = responses().where('field_responses.state', 'in', [...ENDED]);
    if (table !== null) query = query.innerJoin(table, `${table}.response_id`, 'field_responses.id');
    if (onlySealedDebriefs)
      query = query.innerJoin('debriefs as d', 'd.response_id', 'field_responses.id').where('d.sealed', 'is not', null);
    const row = await query
      .select((eb) => {
        const at = eb.fn.coalesce('field_responses.closed_at', 'field_responses.updated_at');
        return [eb.fn.countAll().as('n'), eb.fn.min(at).as('lo'), eb.fn.max(at).as('hi')];
      })
      .executeTakeFirst();
    return span(row);
  };
  const open = async (table: 'field_members' | 'field_events' | 'debriefs' | 'follow_ups' | null): Promise<number> => {
    let query = responses().where('field_responses.state', 'not in', [...ENDED]);
    if (table !== null) query = query.innerJoin(table, `${table}.response_id`, 'field_responses.id');
    return num((await query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst())?.n);
  };
  const tables = ['field_members', 'field_events', 'debriefs', 'follow_ups'] as const;
  const [briefs, briefKeys, contacts, debriefWords, responsesOpen, responsesEnded, ...children] = await Promise.all([
    responses()
      .where('brief_sealed', 'is not', null)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst(),
    responses()
      .innerJoin('field_brief_readers as r', 'r.response_id', 'field_responses.id')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst(),
    responses()
      .where('contact_sealed', 'is not', null)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst(),
    endedSpan(null, true),
    open(null),
    endedSpan(null),
    ...tables.flatMap((t) => [open(t), endedSpan(t)]),
  ]);
  const child = (i: number) => ({ open: children[2 * i] as number, ended: children[2 * i + 1] as Span });
  return {
    briefs: num(briefs?.n),
    briefKeys: num(briefKeys?.n),
    contacts: num(contacts?.n),
    debriefWords,
    tables: {
      field_responses: { open: responsesOpen, ended: responsesEnded },
      field_members: child(0),
      field_events: child(1),
      debriefs: child(2),
      follow_ups: child(3),
    },
  };
}
