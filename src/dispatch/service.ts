import { mayWriteResponse, type ResponseFacts } from '../access/policy';
import type { Principal } from '../auth/principal';
import { keyId, ready } from '../crypto/e2e';
import { notFound } from '../platform/errors';
import { getProgram } from '../program/service';
import { shareBrief } from './brief';
import { candidatesFor } from './candidates';
import { responseFacts } from './facts';
import { answer } from './formation';
import { checkIn, raiseBackup, setStatus, type OutStatus } from './out';
import * as repo from './repo';
import { requestFieldResponse, type FieldRequest } from './request';
import { actorOf, OUT, WENT, type Actor, type CandidateView, type DispatchDeps, type ResponseView } from './types';
import { viewOf, viewsOf } from './view';

/**
 * Field dispatch as the console asks for it: each call takes the signed-in principal, does one thing
 * and answers with the response view as that principal sees it (docs/DISPATCH.md). Care (src/care)
 * also comes here for the facts and state changes of a response it closes.
 */

const DAY = 24 * 60 * 60_000;

/** The program, and my language for the program's guidance. */
async function context(deps: DispatchDeps, principal: Principal) {
  const [program, me] = await Promise.all([
    getProgram(deps, principal.programId),
    repo.responderBasics(deps.db, principal.responderId),
  ]);
  return { program, language: me?.languages[0] ?? program.languages[0] ?? 'en' };
}

/** Any responder of the program sees a response; the brief only where they may read it (view.ts). */
export async function responseView(deps: DispatchDeps, principal: Principal, id: string): Promise<ResponseView> {
  const { program, language } = await context(deps, principal);
  const row = await repo.findResponse(deps.db, principal.programId, id);
  if (!row) throw notFound('Response');
  return viewOf(deps, program, row, principal.responderId, language);
}

/** Open responses, then those that ended in the last day. */
export async function board(deps: DispatchDeps, principal: Principal): Promise<ResponseView[]> {
  const { program, language } = await context(deps, principal);
  const rows = await repo.boardRows(deps.db, principal.programId, deps.clock.now() - DAY);
  return viewsOf(deps, program, rows, principal.responderId, language);
}

export async function requestResponse(
  deps: DispatchDeps,
  principal: Principal,
  input: FieldRequest,
): Promise<ResponseView> {
  const { program } = await context(deps, principal);
  const row = await requestFieldResponse(deps, program, actorOf(principal), input);
  return responseView(deps, principal, row.id);
}

/** Who would be asked (field, then support), best first, with the public keys to seal the brief to. */
export async function candidates(
  deps: DispatchDeps,
  principal: Principal,
  query: { needs?: string | undefined; language?: string | undefined },
): Promise<CandidateView[]> {
  const { program } = await context(deps, principal);
  const wanted = {
    needs: (query.needs ?? '').split(',').filter((n) => n !== ''),
    language: query.language ?? null,
  };
  const exclude = new Set([principal.responderId]);
  const [field, support] = await Promise.all([
    candidatesFor(deps, program, 'field', wanted, exclude),
    candidatesFor(deps, program, 'support', wanted, exclude),
  ]);
  await ready();
  const seen = new Set<string>();
  const listed = [
    ...field.map((c) => ({ c, role: 'field' as const })),
    ...support.map((c) => ({ c, role: 'support' as const })),
  ];
  return listed
    .filter(({ c }) => !seen.has(c.id) && seen.add(c.id))
    .map(({ c, role }) => ({
      id: c.id,
      name: c.name,
      skills: c.skills,
      languages: c.languages,
      publicKey: c.publicKey,
      keyId: c.publicKey ? keyId(c.publicKey) : null,
      role,
    }));
}

export async function answerAsk(
  deps: DispatchDeps,
  principal: Principal,
  id: string,
  reply: { accept: boolean; etaMinutes?: number | undefined },
): Promise<ResponseView> {
  const { program } = await context(deps, principal);
  await answer(deps, program, actorOf(principal), id, reply.accept, reply.etaMinutes ?? null);
  return responseView(deps, principal, id);
}

export async function changeStatus(
  deps: DispatchDeps,
  principal: Principal,
  id: string,
  change: { status: OutStatus; etaMinutes?: number | undefined },
): Promise<ResponseView> {
  const { program } = await context(deps, principal);
  await setStatus(deps, program, actorOf(principal), id, change.status, change.etaMinutes ?? null);
  return responseView(deps, principal, id);
}

export async function checkInTeam(deps: DispatchDeps, principal: Principal, id: string): Promise<ResponseView> {
  const { program } = await context(deps, principal);
  await checkIn(deps, program, actorOf(principal), id);
  return responseView(deps, principal, id);
}

export async function needBackup(deps: DispatchDeps, principal: Principal, id: string): Promise<ResponseView> {
  const { program } = await context(deps, principal);
  await raiseBackup(deps, program, actorOf(principal), id);
  return responseView(deps, principal, id);
}

export async function shareBriefWith(
  deps: DispatchDeps,
  principal: Principal,
  id: string,
  share: Parameters<typeof shareBrief>[3],
): Promise<ResponseView> {
  await shareBrief(deps, actorOf(principal), id, share);
  return responseView(deps, principal, id);
}

// For care (src/care), which sits above dispatch: a response's facts and the change of state that closes it.

export interface ReachableResponse {
  id: string;
  alias: string;
  state: string;
  requestedBy: string;
  closedAt: number | null;
}

/** The access policy's facts about a response of the actor's program, for the actor; undefined if there is none. */
export async function responseFactsFor(
  deps: Pick<DispatchDeps, 'db'>,
  who: Actor,
  id: string,
): Promise<ResponseFacts | undefined> {
  const row = await repo.findResponse(deps.db, who.programId, id);
  if (!row) return undefined;
  const me = await repo.member(deps.db, id, who.responderId);
  return responseFacts(row, me ? [me] : [], who.responderId);
}

/**
 * The response, if the actor may act on it (the access policy: a coordinator, its requester, or a
 * member who said yes). Anyone else gets "not found", exactly as for a response that does not exist.
 */
export async function reachableResponse(
  deps: Pick<DispatchDeps, 'db'>,
  who: Actor,
  id: string,
): Promise<ReachableResponse> {
  const row = await repo.findResponse(deps.db, who.programId, id);
  if (!row) throw notFound('Response');
  const me = await repo.member(deps.db, id, who.responderId);
  if (!mayWriteResponse(who, responseFacts(row, me ? [me] : [], who.responderId))) throw notFound('Response');
  return { id: row.id, alias: row.alias, state: row.state, requestedBy: row.requested_by, closedAt: row.closed_at };
}

/** Inside the caller's transaction: the response, locked, and who went (field) and who supported. */
export async function lockTeam(
  db: repo.Db,
  programId: string,
  id: string,
): Promise<{ row: repo.ResponseRow; went: string[]; support: string | undefined } | undefined> {
  const row = await repo.lockResponse(db, programId, id);
  if (!row) return undefined;
  const members = await repo.teamOf(db, id);
  return {
    row,
    went: members.filter((m) => m.role === 'field' && WENT.includes(m.status)).map((m) => m.responder_id),
    support: members.find((m) => m.role === 'support' && WENT.includes(m.status))?.responder_id,
  };
}

/**
 * Inside the caller's transaction: members still out become clear, those still asked are released;
 * the brief's body and every reader's key are deleted with the outcome — the brief was for the time out.
 */
export async function endAsClosed(db: repo.Db, id: string, outcome: string, now: number): Promise<void> {
  await repo.moveAll(db, id, OUT, 'clear', now);
  await repo.moveAll(db, id, ['asked'], 'released', now);
  await repo.dropBrief(db, id, now);
  await repo.markClosed(db, id, outcome, now);
}

/** Field responses joined, for the load view (src/load/): per responder, yeses that went out in [from, to). */
export async function fieldResponsesJoined(
  deps: Pick<DispatchDeps, 'db'>,
  programId: string,
  window: { from: number; to: number },
): Promise<Map<string, number>> {
  return new Map((await repo.joinedCounts(deps.db, programId, window)).map((r) => [r.responderId, r.count]));
}
