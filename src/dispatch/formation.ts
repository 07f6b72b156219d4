import { dispatchCatalogFor } from '../i18n/dispatch';
import type { FieldMemberStatus, FieldRole } from '../db/schema-dispatch';
import { DomainError, notFound } from '../platform/errors';
import type { Program } from '../program/types';
import { askToShare } from './brief';
import { candidatesFor, onCallCoordinators } from './candidates';
import * as repo from './repo';
import { needsWords, page, pageAll } from './tell';
import { OPEN_STATES, WENT, type Actor, type DispatchDeps } from './types';

const MINUTE = 60_000;

/** Members holding a place or an ask: the people a team is counted from. */
const PENDING_OR_WENT: readonly FieldMemberStatus[] = ['asked', ...WENT];

function ask(
  deps: DispatchDeps,
  program: Program,
  row: repo.ResponseRow,
  role: FieldRole,
  ids: string[],
): Promise<void> {
  return pageAll(deps, program, ids, role === 'field' ? 'ask' : 'askSupport', row, (language) => ({
    urgency: dispatchCatalogFor(language)[row.urgency],
    needs: needsWords(language, row),
  }));
}

/**
 * Asks as many more people for `role` as the team still has room for (field: up to `teamMax` asked or
 * gone; support: one), best candidates first, in one transaction with the response locked so two
 * declines at once cannot both fill the same gap. Texts after commit. Whom it asked.
 */
export async function askMore(
  deps: DispatchDeps,
  program: Program,
  responseId: string,
  role: FieldRole,
): Promise<string[]> {
  const now = deps.clock.now();
  const { teamMax, askMinutes } = program.dispatch;
  const asked = await deps.db.transaction().execute(async (trx) => {
    const row = await repo.lockResponse(trx, program.id, responseId);
    // Field people are asked only while forming (a formed team is enough); a support person while open.
    if (!row || !OPEN_STATES.includes(row.state) || (role === 'field' && row.state !== 'forming')) return undefined;
    const members = await repo.teamOf(trx, responseId);
    const holding = members.filter((m) => m.role === role && PENDING_OR_WENT.includes(m.status)).length;
    const room = (role === 'field' ? teamMax : 1) - holding;
    if (room <= 0) return { row, ids: [] as string[], none: false };
    const exclude = new Set([row.requested_by, ...members.map((m) => m.responder_id)]);
    const wanted = { needs: JSON.parse(row.needs) as string[], language: row.language };
    const chosen = (await candidatesFor({ db: trx, clock: deps.clock }, program, role, wanted, exclude)).slice(0, room);
    for (const person of chosen)
      await repo.insertMember(trx, {
        responseId,
        responderId: person.id,
        role,
        now,
        answerBy: now + askMinutes * MINUTE,
      });
    return { row, ids: chosen.map((c) => c.id), none: chosen.length === 0 && holding === 0 };
  });
  if (!asked) return [];
  await ask(deps, program, asked.row, role, asked.ids);
  // Nobody to hold the team: the coordinators hear it, so someone can step in (docs/DISPATCH.md).
  if (role === 'support' && asked.none)
    await pageAll(deps, program, await onCallCoordinators(deps, program), 'noSupport', asked.row);
  if (asked.ids.length > 0) deps.live.publish(program.id, 'dispatch');
  return asked.ids;
}

/** A new response: the best `teamMax` field candidates are asked at once, and a support person. */
export async function startForming(deps: DispatchDeps, program: Program, responseId: string): Promise<void> {
  await askMore(deps, program, responseId, 'field');
  await askMore(deps, program, responseId, 'support');
}

export type AnswerResult = 'accepted' | 'declined' | 'full' | 'unchanged';

export interface AnswerOutcome {
  result: AnswerResult;
  role: FieldRole;
  alias: string;
}

interface Answered {
  row: repo.ResponseRow;
  role: FieldRole;
  result: AnswerResult;
  formedNow: boolean;
  /** Asked people let go because the team filled up. */
  released: string[];
}

/**
 * A yes or a no, from the console or the pager. The last place goes to exactly one person: the
 * count and the write happen in one transaction with the response row locked (PostgreSQL) or under
 * SQLite's single writer, so a second yes at the same moment sees the first and is told the team is full.
 */
export async function answer(
  deps: DispatchDeps,
  program: Program,
  actor: Actor,
  responseId: string,
  accept: boolean,
  etaMinutes: number | null,
): Promise<AnswerOutcome> {
  const now = deps.clock.now();
  const { teamMin, teamMax, checkInMinutes } = program.dispatch;
  const done = await deps.db.transaction().execute(async (trx): Promise<Answered> => {
    const row = await repo.lockResponse(trx, program.id, responseId);
    if (!row) throw notFound('Response');
    const me = await repo.member(trx, responseId, actor.responderId);
    if (!me) throw notFound('Response');
    if (!OPEN_STATES.includes(row.state))
      throw new DomainError('conflict', 'This response is no longer forming a team');
    const key = { responseId, responderId: actor.responderId };
    const base = { row, role: me.role, formedNow: false, released: [] as string[] };
    if (!accept) {
      if (WENT.includes(me.status))
        throw new DomainError(
          'conflict',
          'You are already on the team; tell the team and the coordinator if you cannot go',
        );
      if (me.status === 'declined') return { ...base, result: 'unchanged' };
      await repo.moveMember(trx, key, [me.status], { status: 'declined', now, answered: true });
      await repo.dropBriefKey(trx, responseId, actor.responderId);
      return { ...base, result: 'declined' };
    }
    if (WENT.includes(me.status)) {
      if (etaMinutes !== null) await repo.moveMember(trx, key, [me.status], { status: me.status, now, etaMinutes });
      return { ...base, result: 'unchanged' };
    }
    const members = await repo.teamOf(trx, responseId);
    const going = members.filter((m) => m.role === me.role && WENT.includes(m.status)).length;
    const places = me.role === 'field' ? teamMax : 1;
    if (going >= places) {
      // A late yes: thanked and let go, so nobody travels to a team that is already full.
      await repo.moveMember(trx, key, [me.status], { status: 'released', now, answered: true });
      await repo.dropBriefKey(trx, responseId, actor.responderId);
      return { ...base, result: 'full' };
    }
    await repo.moveMember(trx, key, [me.status], { status: 'accepted', now, etaMinutes, answered: true });
    let formedNow = false;
    if (me.role === 'field' && row.state === 'forming' && going + 1 >= teamMin) {
      // The check-in clock starts when the team is formed (docs/DISPATCH.md "Forming a team" 4).
      await repo.markFormed(trx, responseId, now, now + checkInMinutes * MINUTE);
      formedNow = true;
    }
    const released: string[] = [];
    if (going + 1 >= places) {
      for (const other of members.filter(
        (m) => m.role === me.role && m.status === 'asked' && m.responder_id !== actor.responderId,
      )) {
        await repo.moveMember(trx, { responseId, responderId: other.responder_id }, ['asked'], {
          status: 'released',
          now,
        });
        await repo.dropBriefKey(trx, responseId, other.responder_id);
        released.push(other.responder_id);
      }
    }
    return { ...base, result: 'accepted', formedNow, released };
  });

  const { row } = done;
  // The answerer is not texted here: the pager replies to their text, and the console shows the view.
  await pageAll(deps, program, done.released, 'full', row);
  if (done.formedNow) await tellFormed(deps, program, responseId);
  if (done.result === 'accepted') await askToShare(deps, program, responseId, actor.responderId);
  if (done.result === 'declined') await askMore(deps, program, responseId, done.role);
  deps.live.publish(program.id, 'dispatch');
  return { result: done.result, role: done.role, alias: row.alias };
}

/** The requester and everyone on the team (support included) hear that the team is formed. */
async function tellFormed(deps: DispatchDeps, program: Program, responseId: string): Promise<void> {
  const row = await repo.findResponse(deps.db, program.id, responseId);
  if (!row) return;
  const members = await repo.membersOf(deps.db, [responseId]);
  const going = members.filter((m) => m.role === 'field' && WENT.includes(m.status)).length;
  const team = members.filter((m) => WENT.includes(m.status)).map((m) => m.responder_id);
  await pageAll(deps, program, [row.requested_by, ...team], 'formed', row, () => ({
    count: going,
    minutes: program.dispatch.checkInMinutes,
  }));
}

/** Someone asked did not answer within `askMinutes`: they are thanked, and the next candidate is asked. */
export async function timeOut(
  deps: DispatchDeps,
  program: Program,
  row: repo.ResponseRow,
  member: repo.MemberRow,
): Promise<boolean> {
  const now = deps.clock.now();
  const moved = await deps.db.transaction().execute(async (trx) => {
    const ok = await repo.moveMember(trx, { responseId: row.id, responderId: member.responder_id }, ['asked'], {
      status: 'timed_out',
      now,
    });
    if (ok) await repo.dropBriefKey(trx, row.id, member.responder_id);
    return ok;
  });
  if (!moved) return false;
  await page(deps, program, member.responder_id, 'timedOut', row);
  await askMore(deps, program, row.id, member.role);
  deps.live.publish(program.id, 'dispatch');
  return true;
}

/**
 * `formMinutes` passed without `teamMin` yeses: the response ends as `no_team`. Everyone asked or
 * waiting to go is released and told; the brief and its keys are deleted; the requester is told
 * plainly, and the console shows the program's no-team guidance. Never "call 911".
 */
export async function noTeam(deps: DispatchDeps, program: Program, responseId: string): Promise<boolean> {
  const now = deps.clock.now();
  const ended = await deps.db.transaction().execute(async (trx) => {
    const row = await repo.lockResponse(trx, program.id, responseId);
    if (!row || row.state !== 'forming') return undefined;
    await repo.markNoTeam(trx, responseId, now);
    const held = (await repo.teamOf(trx, responseId)).filter((m) => PENDING_OR_WENT.includes(m.status));
    await repo.moveAll(trx, responseId, PENDING_OR_WENT, 'released', now);
    await repo.dropBrief(trx, responseId, now);
    return { row, released: held.map((h) => h.responder_id) };
  });
  if (!ended) return false;
  await pageAll(deps, program, ended.released, 'released', ended.row);
  await page(deps, program, ended.row.requested_by, 'noTeam', ended.row);
  deps.live.publish(program.id, 'dispatch');
  return true;
}
