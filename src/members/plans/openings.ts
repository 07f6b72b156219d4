import type { SealedRecord } from '../../crypto/e2e';
import { truncateWal } from '../../db/erase';
import type { MemberDeps } from '../types';
import type { Scope } from './plans';
import * as repo from './repo';
import type { ScopeKind } from './repo';

/**
 * Where a plan is open (plans.ts `unlockFor` makes the openings): what a responder may read now, and
 * the deletions when what it was opened for closes, or when a call opened by keypad has been taken.
 */

/** A plan opened to this responder for something still open: the record with their own key only. */
export interface OpenedPlan {
  id: string;
  memberNumber: string;
  scope: Scope;
  openedAt: number;
  record: SealedRecord;
}

/**
 * The plans this responder can read now. An opening whose call, conversation or response has closed
 * is deleted here, at once, as well as by the sweep: readable until it closes, then not.
 */
export async function openedFor(deps: MemberDeps, programId: string, responderId: string): Promise<OpenedPlan[]> {
  const rows = await repo.openingsFor(deps.db, programId, responderId);
  const closed: string[] = [];
  const open: OpenedPlan[] = [];
  for (const row of rows) {
    const scope = { kind: row.scope_kind as ScopeKind, id: row.scope_id };
    const state = await repo.scopeNow(deps.db, programId, scope.kind, scope.id);
    await narrowOnceTaken(deps, row.id, scope.kind, state);
    if (!state?.open || !state.responders.includes(responderId)) {
      if (!state?.open) closed.push(row.id);
      continue;
    }
    const body = JSON.parse(row.sealed) as Pick<SealedRecord, 'v' | 'alg' | 'nonce' | 'ciphertext'>;
    open.push({
      id: row.id,
      memberNumber: row.number,
      scope,
      openedAt: row.opened_at,
      record: { ...body, recordId: row.id, keys: [{ keyId: row.key_id, sealedKey: row.sealed_key }] },
    });
  }
  if ((await repo.dropOpenings(deps.db, closed)) > 0) await truncateWal(deps.db);
  return open;
}

/**
 * A plan opened by keypad for a call still ringing was sealed to everyone who might be rung; once one
 * of them has taken the call, the others' sealed keys are deleted (at the next read, or the sweep).
 */
async function narrowOnceTaken(
  deps: MemberDeps,
  openingId: string,
  kind: ScopeKind,
  state: { open: boolean; responders: string[] } | undefined,
): Promise<void> {
  const taker = state?.responders[0];
  if (
    kind === 'call' &&
    state?.open &&
    taker !== undefined &&
    (await repo.narrowReaders(deps.db, openingId, taker)) > 0
  )
    await truncateWal(deps.db);
}

/** The sweep: openings of closed calls, conversations and responses, and expired page links. */
export async function closeFinished(deps: MemberDeps): Promise<number> {
  const closed: string[] = [];
  for (const row of await repo.openingsOfProgram(deps.db)) {
    const state = await repo.scopeNow(deps.db, row.program_id, row.scope_kind as ScopeKind, row.scope_id);
    await narrowOnceTaken(deps, row.id, row.scope_kind as ScopeKind, state);
    if (!state?.open) closed.push(row.id);
  }
  await repo.dropExpiredLinks(deps.db, deps.clock.now());
  const dropped = await repo.dropOpenings(deps.db, closed);
  if (dropped > 0) await truncateWal(deps.db);
  return dropped;
}
