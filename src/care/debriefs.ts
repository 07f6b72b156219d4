import { keyId, ready, type SealedKey, type SealedRecord } from '../crypto/e2e';
import { checkSealedBody, checkSealedKey } from '../notes/sealed';
import { invalid, notFound, type FieldProblem } from '../platform/errors';
import type { Actor, DispatchDeps } from '../dispatch/types';

/**
 * Debriefs after a field response: one per field member who went, held by the support person (or a
 * coordinator). Tracked as done or not; the words, if any, are sealed in the browser to the two
 * participants — the server stores the whole SealedRecord and hands each participant it with their
 * own key only. Nobody else, a coordinator included, ever gets the record.
 */

export interface DebriefView {
  responseId: string;
  alias: string;
  responderId: string;
  responderName: string;
  supportId: string | null;
  supportName: string | null;
  /** `hold`: I am the support person (or coordinator) holding it; `attend`: it is my debrief. */
  mine: 'hold' | 'attend';
  closedAt: number | null;
  doneAt: number | null;
  /** The words, with my key only; null when none were written or my key is not among the readers. */
  record: SealedRecord | null;
}

/** The record id a debrief's words are sealed under (its associated data): they cannot be moved to another. */
export function debriefRecordId(responseId: string, responderId: string): string {
  return `debrief.${responseId}.${responderId}`;
}

async function currentKeyIds(deps: DispatchDeps, responderIds: string[]): Promise<Map<string, string>> {
  if (responderIds.length === 0) return new Map();
  const rows = await deps.db
    .selectFrom('credentials')
    .select(['responder_id', 'public_key'])
    .where('responder_id', 'in', responderIds)
    .execute();
  await ready();
  return new Map(rows.filter((r) => r.public_key !== null).map((r) => [r.responder_id, keyId(r.public_key)]));
}

function withMyKey(sealed: string | null, mine: string | undefined): SealedRecord | null {
  if (sealed === null || mine === undefined) return null;
  const record = JSON.parse(sealed) as SealedRecord;
  const key = record.keys.find((k) => k.keyId === mine);
  return key ? { ...record, keys: [key] } : null;
}

async function debriefRows(deps: DispatchDeps, who: Actor, filter: { responseId?: string; responderId?: string }) {
  let query = deps.db
    .selectFrom('debriefs')
    .innerJoin('field_responses', 'field_responses.id', 'debriefs.response_id')
    .innerJoin('responders as member', 'member.id', 'debriefs.responder_id')
    .leftJoin('responders as support', 'support.id', 'debriefs.support_id')
    .selectAll('debriefs')
    .select([
      'field_responses.alias as alias',
      'field_responses.closed_at as closedAt',
      'member.name as responderName',
      'support.name as supportName',
    ])
    .where('field_responses.program_id', '=', who.programId)
    .where((eb) =>
      eb.or([eb('debriefs.responder_id', '=', who.responderId), eb('debriefs.support_id', '=', who.responderId)]),
    );
  if (filter.responseId !== undefined) query = query.where('debriefs.response_id', '=', filter.responseId);
  if (filter.responderId !== undefined) query = query.where('debriefs.responder_id', '=', filter.responderId);
  return query
    .orderBy('field_responses.closed_at', 'desc')
    .orderBy('debriefs.response_id')
    .orderBy('debriefs.responder_id')
    .execute();
}

/** Mine to hold and mine to attend, newest response first. */
export async function myDebriefs(deps: DispatchDeps, who: Actor): Promise<DebriefView[]> {
  const rows = await debriefRows(deps, who, {});
  const mine = (await currentKeyIds(deps, [who.responderId])).get(who.responderId);
  return rows.map((row) => ({
    responseId: row.response_id,
    alias: row.alias,
    responderId: row.responder_id,
    responderName: row.responderName,
    supportId: row.support_id,
    supportName: row.supportName,
    mine: row.support_id === who.responderId ? 'hold' : 'attend',
    closedAt: row.closedAt,
    doneAt: row.done_at,
    record: withMyKey(row.sealed, mine),
  }));
}

/**
 * Marks a debrief done, with its words if any were written: only its holder or its member can. The
 * record must be sealed under `debriefRecordId` to exactly the participants' current keys.
 */
export async function markDebriefDone(
  deps: DispatchDeps,
  who: Actor,
  responseId: string,
  responderId: string,
  record: SealedRecord | undefined,
): Promise<DebriefView> {
  const [row] = await debriefRows(deps, who, { responseId, responderId });
  if (!row) throw notFound('Debrief');
  let sealed = row.sealed;
  if (record !== undefined) {
    const participants = [row.responder_id, ...(row.support_id === null ? [] : [row.support_id])];
    const keys = await currentKeyIds(deps, participants);
    const problems: FieldProblem[] = checkSealedBody(record, debriefRecordId(responseId, responderId));
    record.keys.forEach((key: SealedKey, i) => problems.push(...checkSealedKey(key, `/record/keys/${i}`)));
    const wanted = new Set(participants.map((p) => keys.get(p)));
    if (wanted.has(undefined))
      problems.push({
        field: '/record/keys',
        message: 'every participant must have signed in to the console once, so the words can be sealed to them',
      });
    const given = new Set(record.keys.map((k) => k.keyId));
    if (given.size !== record.keys.length || given.size !== wanted.size || [...given].some((k) => !wanted.has(k))) {
      problems.push({
        field: '/record/keys',
        message:
          'must hold exactly one key for each participant (the member and the person holding the debrief), and no one else',
      });
    }
    if (problems.length > 0) throw invalid(problems);
    sealed = JSON.stringify({
      v: record.v,
      alg: record.alg,
      recordId: record.recordId,
      nonce: record.nonce,
      ciphertext: record.ciphertext,
      keys: record.keys.map((k) => ({ keyId: k.keyId, sealedKey: k.sealedKey })),
    });
  }
  const now = deps.clock.now();
  await deps.db
    .updateTable('debriefs')
    .set({ done_at: row.done_at ?? now, sealed, updated_at: now })
    .where('response_id', '=', responseId)
    .where('responder_id', '=', responderId)
    .execute();
  deps.live.publish(who.programId, 'dispatch');
  const [view] = (await myDebriefs(deps, who)).filter(
    (d) => d.responseId === responseId && d.responderId === responderId,
  );
  if (!view) throw notFound('Debrief');
  return view;
}
