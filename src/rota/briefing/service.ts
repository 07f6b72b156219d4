import sodium from 'libsodium-wrappers-sumo';
import { hashToken } from '../../crypto/server-keys';
import { DomainError } from '../../platform/errors';
import { briefingDue, type BriefingState } from '../../program/briefing';
import { getPlan, type EmergencyPlan } from '../../program/emergency-plan';
import { getProgram } from '../../program/service';
import type { Program } from '../../program/types';
import { getResponder } from '../../responders/service';
import { onCallNow } from '../../shifts/service';
import type { RotaDeps } from '../deps';
import * as repo from './repo';

/**
 * The shift-start briefing (issue 17): a responder on call reads the current emergency plan, and
 * every N shifts again if the program asks, before they are rung (the rule: program/briefing.ts;
 * applied where calls, text alerts and dispatch choose whom to reach). Read and acknowledged in the
 * console, or through a one-time link texted at shift start (`links.ts`, `sweep.ts`).
 */
type Who = { programId: string; responderId: string };

export interface MyBriefing {
  plan: EmergencyPlan;
  /** Must read it before being rung (now, if on call; else at the next shift). */
  due: boolean;
  onCall: boolean;
  briefedVersion: number;
}

const isOnCall = async (deps: RotaDeps, who: Who): Promise<boolean> =>
  (await onCallNow(deps, who.programId)).entries.some((e) => e.responderId === who.responderId);

export async function myBriefing(deps: RotaDeps, who: Who): Promise<MyBriefing> {
  const [plan, state, onCall] = await Promise.all([
    getPlan(deps, who.programId),
    repo.stateOf(deps.db, who.programId, who.responderId),
    isOnCall(deps, who),
  ]);
  if (!state) throw new DomainError('not_found', 'Responder not found');
  return { plan, due: dueFor(plan, state), onCall, briefedVersion: state.briefedVersion };
}

const dueFor = (plan: EmergencyPlan, state: BriefingState): boolean =>
  briefingDue({ version: plan.version, at: plan.versionAt }, plan.everyShifts, state);

/**
 * "I have read it", for the version the reader was shown: if the plan changed since, they are
 * told to read the new one (409), so nobody confirms words they never saw.
 */
export async function acknowledgeBriefing(deps: RotaDeps, who: Who, version: number): Promise<MyBriefing> {
  const plan = await getPlan(deps, who.programId);
  if (version !== plan.version)
    throw new DomainError('conflict', 'The emergency plan changed: read the new version', [
      { field: '/version', message: `is ${plan.version} now` },
    ]);
  await repo.acknowledge(deps.db, who.programId, who.responderId, version, deps.clock.now(), await isOnCall(deps, who));
  await repo.useLinks(deps.db, who.responderId);
  deps.live.publish(who.programId, 'roster');
  return myBriefing(deps, who);
}

export interface TeamBriefings {
  version: number;
  versionAt: number | null;
  everyShifts: number;
  people: { id: string; name: string; version: number; at: number | null }[];
}

/** For coordinators: who has acknowledged which version — names, version numbers and times only. */
export async function teamBriefings(deps: RotaDeps, programId: string): Promise<TeamBriefings> {
  const [plan, rows] = await Promise.all([getPlan(deps, programId), repo.teamBriefings(deps.db, programId)]);
  return {
    version: plan.version,
    versionAt: plan.versionAt,
    everyShifts: plan.everyShifts,
    people: rows
      .filter((r) => r.status === 'active')
      .map((r) => ({ id: r.id, name: r.name, version: r.briefedVersion, at: r.briefedAt })),
  };
}

/** A link lives at most this long: a long shift, not longer. */
export const LINK_TTL_MS = 12 * 60 * 60_000;
/** Where a link leads; the token is its last part and the request log names routes, never URLs. */
export const BRIEFING_PATH = '/briefing';

/** A one-time link for one responder and version: 32 random bytes in the URL, only their hash stored. */
export async function makeBriefingLink(deps: RotaDeps, who: Who, version: number): Promise<string> {
  const token = sodium.to_base64(sodium.randombytes_buf(32), sodium.base64_variants.URLSAFE_NO_PADDING);
  const now = deps.clock.now();
  await repo.insertLink(deps.db, {
    ...who,
    version,
    tokenHash: hashToken(token),
    createdAt: now,
    expiresAt: now + LINK_TTL_MS,
  });
  return `${deps.publicUrl}${BRIEFING_PATH}/${token}`;
}

export interface LinkView {
  program: Program;
  plan: EmergencyPlan;
  responderId: string;
  /** Their first language, for the page's words. */
  language: string;
}

/** What a link shows (the current plan, whichever version it was sent for), or undefined if used or expired. */
export async function briefingByLink(deps: RotaDeps, token: string): Promise<LinkView | undefined> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
  const link = await repo.findLink(deps.db, hashToken(token), deps.clock.now());
  if (!link) return undefined;
  const [program, plan, me] = await Promise.all([
    getProgram(deps, link.programId),
    getPlan(deps, link.programId),
    getResponder(deps, link.programId, link.responderId),
  ]);
  return { program, plan, responderId: link.responderId, language: me.languages[0] ?? 'en' };
}

/** The link's one purpose: acknowledging the version shown. Used up (with its owner's other links) once it has. */
export async function acknowledgeByLink(
  deps: RotaDeps,
  token: string,
  version: number,
): Promise<'done' | 'changed' | 'gone'> {
  const view = await briefingByLink(deps, token);
  if (!view) return 'gone';
  if (view.plan.version !== version) return 'changed';
  await acknowledgeBriefing(deps, { programId: view.program.id, responderId: view.responderId }, version);
  return 'done';
}

/** Links past their time, for the rota sweep. */
export const forgetExpiredLinks = (deps: Pick<RotaDeps, 'db' | 'clock'>): Promise<number> =>
  repo.purgeLinks(deps.db, deps.clock.now());
