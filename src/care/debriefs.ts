import { mayReadDebrief, mayWriteDebrief } from '../access/policy';
import { keyId, ready, type SealedKey, type SealedRecord } from '../crypto/e2e';
import { checkSealedBody, checkSealedKey } from '../notes/sealed';
import { invalid, notFound, type FieldProblem } from '../platform/errors';
import type { Actor, DispatchDeps } from '../dispatch/types';
import * as repo from './repo';

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
  const keys = await repo.publicKeysOf(deps.db, responderIds);
  await ready();
  return new Map([...keys].map(([responderId, publicKey]) => [responderId, keyId(publicKey)]));
}

function withMyKey(sealed: string | null, mine: string | undefined): SealedRecord | null {
  if (sealed === null || mine === undefined) return null;
  const record = JSON.parse(sealed) as SealedRecord;
  const key = record.keys.find((k) => k.keyId === mine);
  return key ? { ...record, keys: [key] } : null;
}

/** Mine to hold and mine to attend, newest response first. */
export async function myDebriefs(deps: DispatchDeps, who: Actor): Promise<DebriefView[]> {
  const rows = (await repo.debriefRows(deps.db, who.programId, { participant: who.responderId })).filter((row) =>
    mayReadDebrief(who, { responderId: row.responder_id, supportId: row.support_id }),
  );
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
  const [row] = await repo.debriefRows(deps.db, who.programId, { responseId, responderId });
  if (!row || !mayWriteDebrief(who, { responderId: row.responder_id, supportId: row.support_id }))
    throw notFound('Debrief');
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
  await repo.markDebriefDone(deps.db, { responseId, responderId }, { doneAt: row.done_at ?? now, sealed, now });
  deps.live.publish(who.programId, 'dispatch');
  const [view] = (await myDebriefs(deps, who)).filter(
    (d) => d.responseId === responseId && d.responderId === responderId,
  );
  if (!view) throw notFound('Debrief');
  return view;
}
