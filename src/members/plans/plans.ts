import { argonPolicy } from '../../crypto/argon-policy';
import { keyId, ready, sealRecord } from '../../crypto/e2e';
import { lockPlan, parseStoredPlan, secretProblem, unlockPlan } from '../../crypto/plan-lock';
import { hashToken } from '../../crypto/server-keys';
import { truncateWal } from '../../db/erase';
import { DomainError, invalid, notFound } from '../../platform/errors';
import { newId, newSecretToken } from '../../platform/ids';
import type { Program } from '../../program/types';
import { findMemberRow, type MemberRow } from '../service';
import type { MemberDeps } from '../types';
import { cleanContent, contentFrom, contentText, type PlanContent } from './content';
import * as repo from './repo';
import type { ScopeKind } from './repo';

/**
 * Members' crisis plans (docs/CRYPTO.md, "Members' plans"): written by the member, locked under their
 * own code or phrase; unlocked only by it, for one call, conversation or field response, and then
 * sealed to the responders on it until it closes. Every try is counted and shown to the member; five
 * wrong tries in an hour lock the plan for the rest of that hour.
 */
export const MAX_WRONG = 5;
export const TRY_WINDOW_MS = 60 * 60_000;
/** A link to the plan page lasts long enough to write a plan slowly, and not much longer. */
export const LINK_MS = 60 * 60_000;

export type Channel = 'page' | 'sms' | 'keypad' | 'phrase';

export interface Scope {
  kind: ScopeKind;
  id: string;
}

export type TryResult =
  | { ok: true; content: PlanContent }
  | { ok: false; why: 'none' | 'locked'; lockedUntil?: number }
  | { ok: false; why: 'wrong'; triesLeft: number; lockedUntil?: number };

/** The pepper: a keyed hash of the member's id under the server's `plan` subkey. */
const pepperOf = (deps: MemberDeps, memberId: string) => deps.keys.index('plan', memberId);

export async function writePlan(
  deps: MemberDeps,
  member: MemberRow,
  input: Partial<Record<string, string>>,
  secret: string,
  channel: 'page',
): Promise<void> {
  const content = cleanContent(input);
  if (secretProblem(secret))
    throw invalid([
      { field: '/secret', message: 'must be a code of 6 to 12 digits, or a phrase of at least 12 characters' },
    ]);
  const sealed = await lockPlan({
    secret,
    plaintext: contentText(content),
    boundTo: member.id,
    pepper: pepperOf(deps, member.id),
    params: argonPolicy().enrol,
  });
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    await repo.putPlan(trx, { member_id: member.id, program_id: member.program_id, sealed, now });
    await repo.addEvent(trx, event(member.id, 'written', channel, null, [], now));
  });
}

/**
 * A plan the member's browser sealed (the plan page's script): the server gets the stored form only,
 * never the words or the code, so it can check the shape and the parameters and nothing else. The
 * parameters must be the ones the page was handed, so a page cannot store a plan cheaper to guess.
 */
export async function writeSealedPlan(deps: MemberDeps, member: MemberRow, sealed: string): Promise<void> {
  const stored = parseStoredPlan(sealed);
  const asked = argonPolicy().enrol;
  if (!stored || stored.opslimit !== asked.opslimit || stored.memlimit !== asked.memlimit)
    throw invalid([{ field: '/sealed', message: 'must be a plan sealed with the parameters this page gave' }]);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    await repo.putPlan(trx, {
      member_id: member.id,
      program_id: member.program_id,
      sealed: JSON.stringify(stored),
      now,
    });
    await repo.addEvent(trx, event(member.id, 'written', 'page', null, [], now));
  });
}

/**
 * What the plan page's script needs to seal in the browser: the pepper (for this member only, handed
 * to their one-time link), the id the plan is bound to, and the parameters.
 */
export const sealingFor = (deps: MemberDeps, member: MemberRow) => ({
  pepper: pepperOf(deps, member.id),
  boundTo: member.id,
  params: argonPolicy().enrol,
});

function event(
  memberId: string,
  kind: 'written' | 'opened' | 'wrong' | 'locked',
  channel: Channel,
  scope: ScopeKind | null,
  who: string[],
  at: number,
): repo.EventRow {
  return { id: newId('mpe'), member_id: memberId, kind, channel, scope_kind: scope, who: JSON.stringify(who), at };
}

/**
 * One try of a code: claimed and counted first, derived off the server's thread, then either
 * refunded (right) or left counted (wrong). Recorded for the member either way.
 */
export async function tryCode(
  deps: MemberDeps,
  member: MemberRow,
  secret: string,
  channel: Channel,
  scope: ScopeKind | null = null,
): Promise<TryResult> {
  const now = deps.clock.now();
  const claimed = await deps.db
    .transaction()
    .execute((trx) => repo.claimTry(trx, member.id, now, TRY_WINDOW_MS, MAX_WRONG));
  if (claimed === 'none') return { ok: false, why: 'none' };
  const plan = await repo.findPlan(deps.db, member.id);
  if (!plan) return { ok: false, why: 'none' };
  if (claimed === 'locked') {
    await repo.addEvent(deps.db, event(member.id, 'locked', channel, scope, [], now));
    return { ok: false, why: 'locked', ...(plan.locked_until ? { lockedUntil: plan.locked_until } : {}) };
  }
  const text = await unlockPlan({ secret, sealed: plan.sealed, boundTo: member.id, pepper: pepperOf(deps, member.id) });
  if (text === undefined) {
    await repo.addEvent(deps.db, event(member.id, 'wrong', channel, scope, [], now));
    return {
      ok: false,
      why: 'wrong',
      triesLeft: Math.max(0, MAX_WRONG - plan.wrong_in_window),
      ...(plan.locked_until ? { lockedUntil: plan.locked_until } : {}),
    };
  }
  await repo.refundTry(deps.db, member.id);
  return { ok: true, content: contentFrom(text) };
}

/** The member reading their own plan on their page (to see or change it). */
export async function readOwnPlan(deps: MemberDeps, member: MemberRow, secret: string): Promise<TryResult> {
  const result = await tryCode(deps, member, secret, 'page');
  if (result.ok) await repo.addEvent(deps.db, event(member.id, 'opened', 'page', null, [], deps.clock.now()));
  return result;
}

export interface Unlocked {
  /** The names of the responders it was sealed to (those on it who have a key). */
  readers: string[];
}

/**
 * Unlocking for one call, conversation or field response: the plan is re-sealed to the current
 * public keys of the responders on it (X25519 sealed boxes, as a brief is to its team), and the
 * member's "opened" event names them. Unlocking again for the same one re-seals it to whoever is on
 * it now. A scope that is closed, or another program's, is refused before any try is counted.
 */
export async function unlockFor(
  deps: MemberDeps,
  program: Program,
  member: MemberRow,
  secret: string,
  scope: Scope,
  channel: Exclude<Channel, 'page'>,
  /** Sealed to these instead of those on it now: a call still ringing has no one on it yet (keypad.ts). */
  readers?: readonly string[],
): Promise<({ ok: true } & Unlocked) | Exclude<TryResult, { ok: true }>> {
  const now0 = await repo.scopeNow(deps.db, program.id, scope.kind, scope.id);
  if (!now0?.open) throw notFound('Open call, conversation or response');
  const result = await tryCode(deps, member, secret, channel, scope.kind);
  if (!result.ok) return result;
  await ready();
  const on = (await repo.scopeNow(deps.db, program.id, scope.kind, scope.id)) ?? now0;
  const people = (await repo.readersOf(deps.db, [...(readers ?? on.responders)])).filter(
    (p): p is { id: string; name: string; publicKey: string } => p.publicKey !== null,
  );
  const now = deps.clock.now();
  if (people.length === 0) {
    await repo.addEvent(deps.db, event(member.id, 'opened', channel, scope.kind, [], now));
    return { ok: true, readers: [] };
  }
  const id = newId('mpo');
  const record = sealRecord({
    recordId: id,
    plaintext: contentText(result.content),
    readers: people.map((p) => ({ keyId: keyId(p.publicKey), publicKey: p.publicKey })),
  });
  const byKey = new Map(record.keys.map((k) => [k.keyId, k.sealedKey]));
  await deps.db.transaction().execute(async (trx) => {
    await repo.putOpening(
      trx,
      {
        id,
        program_id: program.id,
        member_id: member.id,
        scope_kind: scope.kind,
        scope_id: scope.id,
        sealed: JSON.stringify({ v: 1, alg: record.alg, nonce: record.nonce, ciphertext: record.ciphertext }),
        opened_at: now,
      },
      people.map((p) => ({
        responder_id: p.id,
        key_id: keyId(p.publicKey),
        sealed_key: byKey.get(keyId(p.publicKey)) ?? '',
      })),
    );
    await repo.addEvent(
      trx,
      event(
        member.id,
        'opened',
        channel,
        scope.kind,
        people.map((p) => p.name),
        now,
      ),
    );
  });
  deps.live.publish(program.id, 'members');
  return { ok: true, readers: people.map((p) => p.name) };
}

export async function destroyPlan(deps: MemberDeps, member: MemberRow): Promise<boolean> {
  const gone = await deps.db.transaction().execute((trx) => repo.destroyPlan(trx, member.id));
  // On SQLite the old pages sit in the write-ahead log until a checkpoint: nothing of the plan may stay.
  await truncateWal(deps.db);
  if (gone) deps.live.publish(member.program_id, 'members');
  return gone;
}

export interface PlanEvent {
  kind: 'written' | 'opened' | 'wrong' | 'locked';
  channel: Channel;
  scope: ScopeKind | null;
  who: string[];
  at: number;
}

export interface PlanStatus {
  exists: boolean;
  updatedAt: number | null;
  wrongTries: number;
  lockedUntil: number | null;
  events: PlanEvent[];
}

/** What the member sees about their plan: never its words without their code. */
export async function planStatus(deps: MemberDeps, member: MemberRow): Promise<PlanStatus> {
  const plan = await repo.findPlan(deps.db, member.id);
  const now = deps.clock.now();
  return {
    exists: plan !== undefined,
    updatedAt: plan?.updated_at ?? null,
    wrongTries: plan?.wrong_total ?? 0,
    lockedUntil: plan?.locked_until && plan.locked_until > now ? plan.locked_until : null,
    events: (await repo.eventsOf(deps.db, member.id)).map((e) => ({
      kind: e.kind as PlanEvent['kind'],
      channel: e.channel as Channel,
      scope: e.scope_kind as ScopeKind | null,
      who: JSON.parse(e.who) as string[],
      at: e.at,
    })),
  };
}

export const hasPlan = async (deps: MemberDeps, memberId: string) =>
  (await repo.findPlan(deps.db, memberId)) !== undefined;

/** A one-time link to the member's plan page; only the hash of its token is stored. */
export async function makeLink(deps: MemberDeps, member: MemberRow): Promise<{ url: string; expiresAt: number }> {
  const token = newSecretToken('plan');
  const expiresAt = deps.clock.now() + LINK_MS;
  await repo.putLink(deps.db, { token_hash: hashToken(token), member_id: member.id, expires_at: expiresAt });
  return { url: `${deps.publicUrl.replace(/\/$/u, '')}/plan/${token}`, expiresAt };
}

/** The member a live link belongs to, or undefined (unknown, used or expired look alike). */
export async function memberOfLink(deps: MemberDeps, token: string): Promise<MemberRow | undefined> {
  const link = await repo.findLink(deps.db, hashToken(token), deps.clock.now());
  return link ? findMemberRowAny(deps, link.member_id) : undefined;
}

/** Written or destroyed: the link is spent. */
export const spendLink = (deps: MemberDeps, token: string) => repo.dropLink(deps.db, hashToken(token));

async function findMemberRowAny(deps: MemberDeps, memberId: string): Promise<MemberRow | undefined> {
  const programId = await repo.programOfMember(deps.db, memberId);
  return programId === undefined ? undefined : findMemberRow(deps, programId, memberId);
}

export function lockedError(): DomainError {
  return new DomainError('rate_limited', 'Too many wrong tries: the plan is locked for now');
}
