import { mayReadBrief, mayShareBrief } from '../access/policy';
import { keyId, ready, type SealedRecord } from '../crypto/e2e';
import { checkSealedKey } from '../notes/sealed';
import { DomainError, invalid, notFound } from '../platform/errors';
import type { Program } from '../program/types';
import { responseFacts } from './facts';
import * as repo from './repo';
import { page } from './tell';
import { OPEN_STATES, WENT, type Actor, type DispatchDeps } from './types';

/**
 * The brief after the request: who may read it, and sharing it with someone who joined the team
 * after it was sealed. The brief is sealed in the requester's browser to the people who could be
 * asked at that moment; someone who came on shift later, or whose yes came after a timeout (their
 * key was deleted when they stopped being asked), or who has a new key since, is on the team but
 * cannot open it. A reader's console seals the brief's data key to them, as a note's reader shares
 * a note: the server checks the key is theirs and never sees the data key (docs/DISPATCH.md).
 */

/** The brief as stored: a SealedRecord without its keys (each reader's key is a row of its own). */
interface StoredBrief {
  v: 1;
  alg: SealedRecord['alg'];
  recordId: string;
  nonce: string;
  ciphertext: string;
}

export function storedBrief(record: Pick<SealedRecord, 'alg' | 'recordId' | 'nonce' | 'ciphertext'>): string {
  const body: StoredBrief = {
    v: 1,
    alg: record.alg,
    recordId: record.recordId,
    nonce: record.nonce,
    ciphertext: record.ciphertext,
  };
  return JSON.stringify(body);
}

/** The stored brief with one reader's key: what that reader's browser opens. */
export function briefFor(sealed: string, key: { keyId: string; sealedKey: string }): SealedRecord {
  const body = JSON.parse(sealed) as StoredBrief;
  return {
    v: body.v,
    alg: body.alg,
    recordId: body.recordId,
    nonce: body.nonce,
    ciphertext: body.ciphertext,
    keys: [{ keyId: key.keyId, sealedKey: key.sealedKey }],
  };
}

/** Someone on the team who cannot open the brief yet, with the public key to share it to. */
export interface BriefWaiter {
  responderId: string;
  name: string;
  keyId: string;
  publicKey: string;
}

/**
 * Who may read the brief but holds no key to it under their current public key. Those who have
 * never signed in have no key at all and cannot be shared with; they are left out.
 */
export async function waitingForBrief(
  deps: Pick<DispatchDeps, 'db'>,
  row: repo.ResponseRow,
  members: (repo.MemberRow & { name: string })[],
): Promise<BriefWaiter[]> {
  if (!row.brief_sealed || !OPEN_STATES.includes(row.state)) return [];
  const readers = [row.requested_by, ...members.filter((m) => WENT.includes(m.status)).map((m) => m.responder_id)];
  await ready();
  const waiting: BriefWaiter[] = [];
  for (const responderId of new Set(readers)) {
    const person = await repo.responderBasics(deps.db, responderId);
    if (!person?.publicKey) continue;
    const current = keyId(person.publicKey);
    const held = await repo.briefKeyOf(deps.db, row.id, responderId);
    if (held?.keyId !== current)
      waiting.push({ responderId, name: person.name, keyId: current, publicKey: person.publicKey });
  }
  return waiting;
}

/**
 * A reader shares the brief with a teammate waiting for it: their key, sealed in the reader's
 * browser to the teammate's current public key. Anyone who cannot read the brief themselves gets
 * 404, as for no such response; a response over, or with no brief, is 409.
 */
export async function shareBrief(
  deps: DispatchDeps,
  actor: Actor,
  responseId: string,
  share: { responderId: string; sealedKey: { keyId: string; sealedKey: string } },
): Promise<void> {
  const shapeProblems = checkSealedKey(share.sealedKey, '/sealedKey');
  await ready();
  await deps.db.transaction().execute(async (trx) => {
    const row = await repo.lockResponse(trx, actor.programId, responseId);
    const members = row ? await repo.membersOf(trx, [row.id]) : [];
    const askerHoldsKey = row ? (await repo.briefKeyOf(trx, row.id, actor.responderId)) !== undefined : false;
    if (!row || !mayShareBrief(actor, { ...responseFacts(row, members, actor.responderId), askerHoldsKey }))
      throw notFound('Response');
    if (!OPEN_STATES.includes(row.state) || !row.brief_sealed)
      throw new DomainError('conflict', 'The brief is gone: the response is over, or was asked for without one');
    const problems = [...shapeProblems];
    const person = await repo.responderBasics(trx, share.responderId);
    if (!person || !mayReadBrief(share, responseFacts(row, members, share.responderId)))
      problems.push({ field: '/responderId', message: 'is not on this team' });
    else if (!person.publicKey)
      problems.push({ field: '/responderId', message: 'has not signed in yet, so has no key to share to' });
    else if (share.sealedKey.keyId !== keyId(person.publicKey))
      problems.push({ field: '/sealedKey/keyId', message: 'must be the id of their current public key' });
    if (problems.length > 0) throw invalid(problems);
    const held = await repo.briefKeyOf(trx, row.id, share.responderId);
    if (held?.keyId === share.sealedKey.keyId)
      throw new DomainError('conflict', 'They can already read the brief', [
        { field: '/responderId', message: 'already reads the brief' },
      ]);
    await repo.dropBriefKey(trx, row.id, share.responderId);
    await repo.insertBriefReaders(trx, row.id, [
      { responderId: share.responderId, keyId: share.sealedKey.keyId, sealedKey: share.sealedKey.sealedKey },
    ]);
  });
  deps.live.publish(actor.programId, 'dispatch');
}

/**
 * Someone just joined a team whose brief they cannot open: the requester is texted to open the
 * console, which shares it on its own. Without this, a late joiner would wait until some reader
 * happened to look. Nothing is sent when there is no brief or the joiner already holds a key.
 */
export async function askToShare(
  deps: DispatchDeps,
  program: Program,
  responseId: string,
  joinerId: string,
): Promise<boolean> {
  const row = await repo.findResponse(deps.db, program.id, responseId);
  if (!row?.brief_sealed) return false;
  const waiting = await waitingForBrief(deps, row, await repo.membersOf(deps.db, [row.id]));
  const joiner = waiting.find((w) => w.responderId === joinerId);
  if (!joiner || joiner.responderId === row.requested_by) return false;
  return page(deps, program, row.requested_by, 'lateJoiner', row, () => ({ name: joiner.name }));
}
