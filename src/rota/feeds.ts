import sodium from 'libsodium-wrappers-sumo';
import type { Principal } from '../auth/principal';
import { hashToken } from '../crypto/server-keys';
import type { FeedScope } from '../db/schema-rota';
import { DomainError, notFound } from '../platform/errors';
import { newId } from '../platform/ids';
import { DAY, instantAtWall, localDayWall } from '../platform/wall-time';
import { getProgram } from '../program/service';
import { getResponder } from '../responders/service';
import { shiftsOfProgram, teamDirectory } from '../shifts/service';
import type { RotaDeps } from './deps';
import { calendarText, type CalendarEvent } from './ics';
import { rotaTextsFor, fillRota } from '../i18n/rota';
import * as repo from './repo';

/** Where a feed is served; the token is the last part, so a proxy that logs paths should log routes only. */
export const CALENDAR_PATH = '/calendar';
/** From a week back (so a shift just done stays in view) to about two months ahead. */
const PAST_DAYS = 7;
const AHEAD_DAYS = 62;

export interface FeedLinks {
  mine: { createdAt: number } | null;
  rota: { createdAt: number } | null;
}

function mayHave(principal: Principal, scope: FeedScope): void {
  if (scope === 'rota' && !principal.roles.includes('coordinator'))
    throw new DomainError('forbidden', 'Only coordinators have a feed of the whole team’s shifts');
}

/** Which of my links exist (never the links themselves: only their hashes are kept). */
export async function feedLinks(deps: RotaDeps, principal: Principal): Promise<FeedLinks> {
  const rows = await repo.feedsOf(deps.db, principal.responderId);
  const of = (scope: FeedScope) => {
    const row = rows.find((r) => r.scope === scope);
    return row ? { createdAt: row.createdAt } : null;
  };
  return { mine: of('mine'), rota: principal.roles.includes('coordinator') ? of('rota') : null };
}

/**
 * A new private link: 32 random bytes in the URL, only their hash stored. Making one revokes the
 * last (a calendar app holding the old link gets 404 from now on). Shown once.
 */
export async function makeFeedLink(deps: RotaDeps, principal: Principal, scope: FeedScope): Promise<{ url: string }> {
  mayHave(principal, scope);
  const token = sodium.to_base64(sodium.randombytes_buf(32), sodium.base64_variants.URLSAFE_NO_PADDING);
  await repo.replaceFeed(deps.db, {
    id: newId('cal'),
    programId: principal.programId,
    responderId: principal.responderId,
    scope,
    tokenHash: hashToken(token),
    createdAt: deps.clock.now(),
  });
  return { url: `${deps.publicUrl}${CALENDAR_PATH}/${token}.ics` };
}

export async function revokeFeedLink(deps: RotaDeps, principal: Principal, scope: FeedScope): Promise<void> {
  mayHave(principal, scope);
  if (!(await repo.deleteFeed(deps.db, principal.responderId, scope))) throw notFound('Calendar link');
}

/**
 * The feed for a token: shift times, role and tier and the program's name, and in the rota feed the
 * teammates' names. Nothing about calls or callers. An unknown or revoked token, or a rota link of
 * someone who is no longer a coordinator, is not found: the answer never says which.
 */
export async function feedFor(deps: RotaDeps, token: string): Promise<string> {
  const row = /^[A-Za-z0-9_-]{43}$/.test(token) ? await repo.feedByHash(deps.db, hashToken(token)) : undefined;
  if (!row) throw notFound('Calendar');
  const me = await getResponder(deps, row.programId, row.responderId).catch(() => undefined);
  if (!me || (row.scope === 'rota' && !me.roles.includes('coordinator'))) throw notFound('Calendar');
  const program = await getProgram(deps, row.programId);
  const zone = program.timeZone;
  const now = deps.clock.now();
  const today = localDayWall(now, zone);
  const window = {
    start: instantAtWall(zone, today - PAST_DAYS * DAY),
    end: instantAtWall(zone, today + AHEAD_DAYS * DAY),
  };
  const words = rotaTextsFor(me.languages[0] ?? 'en');
  const all = await shiftsOfProgram(deps, row.programId, zone, window);
  const names = row.scope === 'rota' ? await teamDirectory(deps, row.programId) : new Map<string, { name: string }>();
  const events: CalendarEvent[] = all
    .filter((o) => row.scope === 'rota' || o.responderId === me.id)
    .map((o) => {
      const values = {
        program: program.name,
        role: words.roles[o.role],
        tier: words.tiers[o.tier],
        name: names.get(o.responderId)?.name ?? '',
      };
      return {
        // Stable per occurrence: the same shift keeps its identity from one refresh to the next.
        uid: `${o.sourceId}-${o.start}-${o.responderId}@kith`,
        start: o.start,
        end: o.end,
        summary: fillRota(row.scope === 'rota' ? words.rotaShift : words.myShift, values),
      };
    });
  return calendarText({
    name: row.scope === 'rota' ? fillRota(words.rotaName, { program: program.name }) : program.name,
    stamp: now,
    events,
  });
}
