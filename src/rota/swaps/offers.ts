import type { Principal, Role } from '../../auth/principal';
import { DomainError, invalid, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { getProgram } from '../../program/service';
import type { Program } from '../../program/types';
import { listResponders } from '../../responders/service';
import { moveShift, whoCouldCover } from '../../shifts/moves';
import type { Interval } from '../../shifts/occurrences';
import { shiftsOfResponder } from '../../shifts/service';
import type { Tier } from '../../shifts/types';
import { parseLocalDateTime } from '../../shifts/validate';
import type { RotaDeps } from '../deps';
import * as repo from './repo';
import { tellCoordinators, tellOffered, tellOne } from './tell';

/**
 * Offering a shift, or part of one, to teammates (issue 17). Told: active teammates with the role
 * who are not on or away then and stay within every rest rule with it (`shifts/moves.ts`). The first
 * to take it gets it: one conditional update (`repo.moveOffer`) in the same transaction as the shift
 * rows it moves, so N takers at once — two instances too — make exactly one winner. When the
 * program wants a coordinator's approval the take waits as `pending`; the move happens on approval.
 * An offer lapses when its stretch starts (every read and update asks `starts_at > now`).
 */
type Who = Pick<Principal, 'programId' | 'responderId'>;

const gone = (): DomainError =>
  new DomainError('conflict', 'This shift is no longer on offer', [], undefined, { why: 'gone' });

function spanOf(program: Program, input: { start: string; end: string }): Interval {
  const start = parseLocalDateTime(input.start, program.timeZone);
  const end = parseLocalDateTime(input.end, program.timeZone);
  const problems = [
    ...('problem' in start ? [{ field: '/start', message: start.problem }] : []),
    ...('problem' in end ? [{ field: '/end', message: end.problem }] : []),
  ];
  if ('at' in start && 'at' in end && end.at <= start.at)
    problems.push({ field: '/end', message: 'must be after start' });
  if (problems.length > 0 || !('at' in start) || !('at' in end)) throw invalid(problems);
  return { start: start.at, end: end.at };
}

/** Active teammates with the role, other than the giver, who could take `span` now. */
async function eligible(deps: RotaDeps, program: Program, role: Role, span: Interval, except: string) {
  const team = (await listResponders(deps, program.id)).filter(
    (r) => r.status === 'active' && r.roles.includes(role) && r.id !== except,
  );
  const fit = new Set(
    await whoCouldCover(
      deps,
      program,
      team.map((r) => r.id),
      span,
    ),
  );
  return team.filter((r) => fit.has(r.id));
}

/** Offers `start`–`end` (the whole of one of my shifts, or a part of it) to the teammates who could take it. */
export async function offerShift(
  deps: RotaDeps,
  who: Who,
  input: { start: string; end: string },
): Promise<{ offer: repo.OfferRow; told: number }> {
  const program = await getProgram(deps, who.programId);
  const span = spanOf(program, input);
  const now = deps.clock.now();
  if (span.start <= now) throw invalid([{ field: '/start', message: 'must be later than now' }]);
  const mine = await shiftsOfResponder(deps, program.id, who.responderId, program.timeZone, span);
  const shift = mine.find((o) => o.start <= span.start && span.end <= o.end);
  if (!shift) throw invalid([{ field: '/start', message: 'must be within one of your shifts' }]);
  if (await repo.overlappingOffer(deps.db, who.responderId, span))
    throw new DomainError('conflict', 'You already offer part of this', [], undefined, { why: 'offered' });
  let offer: repo.OfferRow | undefined;
  // Two offers in the program at once may pick the same next code; the unique constraint refuses one, which tries again.
  for (let attempt = 0; !offer && attempt < 5; attempt += 1) {
    const row: repo.OfferRow = {
      id: newId('swp'),
      programId: program.id,
      code: await repo.nextCode(deps.db, program.id),
      giverId: who.responderId,
      role: shift.role,
      tier: shift.tier,
      startsAt: span.start,
      endsAt: span.end,
      state: 'open',
      takerId: null,
      createdAt: now,
    };
    try {
      await repo.insertOffer(deps.db, row);
      offer = row;
    } catch (error) {
      if (attempt === 4) throw error;
    }
  }
  if (!offer) throw gone();
  deps.live.publish(program.id, 'shifts');
  const giver = (await listResponders(deps, program.id)).find((r) => r.id === who.responderId);
  const to = await eligible(deps, program, shift.role, span, who.responderId);
  const told = await tellOffered(
    deps,
    program,
    to.map((r) => ({ id: r.id, language: r.languages[0] ?? 'en' })),
    { role: shift.role, start: span.start, end: span.end },
    { name: giver?.name ?? '', code: offer.code },
  );
  return { offer, told };
}

/** The giver takes it back, while nobody has taken it. */
export async function withdrawOffer(deps: RotaDeps, who: Who, id: string): Promise<void> {
  const now = deps.clock.now();
  const done = await repo.moveOffer(deps.db, {
    id,
    programId: who.programId,
    from: 'open',
    to: 'withdrawn',
    now,
    giverId: who.responderId,
  });
  if (!done) {
    const offer = await repo.findOffer(deps.db, who.programId, { id });
    if (!offer || offer.giverId !== who.responderId) throw notFound('Offer');
    throw gone();
  }
  deps.live.publish(who.programId, 'shifts');
}

export type TakeResult = { state: 'taken' | 'pending'; offer: repo.OfferRow };

/**
 * Takes an offer, by id (console) or code (a text). Of many at once exactly one wins; the others get
 * `conflict` with `why: gone`. Someone who cannot take it (not active, no role, on or away then, a
 * rest rule) gets `conflict` with their reason and the offer stays open.
 */
export async function takeOffer(deps: RotaDeps, who: Who, by: { id: string } | { code: number }): Promise<TakeResult> {
  const program = await getProgram(deps, who.programId);
  const offer = await repo.findOffer(deps.db, program.id, by);
  if (!offer) throw notFound('Offer');
  const now = deps.clock.now();
  if (offer.state !== 'open' || offer.startsAt <= now) throw gone();
  if (offer.giverId === who.responderId)
    throw new DomainError('conflict', 'This is your own offer', [], undefined, { why: 'own' });
  const team = await listResponders(deps, program.id);
  const me = team.find((r) => r.id === who.responderId);
  const span = { start: offer.startsAt, end: offer.endsAt };
  const role = offer.role as Role;
  if (!me || me.status !== 'active' || !me.roles.includes(role))
    throw new DomainError('conflict', 'You cannot take this shift', [], undefined, { why: 'role' });
  const claim = { id: offer.id, programId: program.id, from: 'open' as const, now, takerId: me.id };
  const names = { taker: me.name, giver: team.find((r) => r.id === offer.giverId)?.name ?? '' };
  const stretch = { role, start: span.start, end: span.end };
  if (program.care.swapsNeedApproval) {
    // Checked now so nobody waits on a take that could never be approved; checked again on approval.
    if ((await whoCouldCover(deps, program, [me.id], span)).length === 0)
      throw new DomainError('conflict', 'You cannot take this shift', [], undefined, { why: 'unfit' });
    if (!(await repo.moveOffer(deps.db, { ...claim, to: 'pending' }))) throw gone();
    deps.live.publish(program.id, 'shifts');
    await tellCoordinators(deps, program, 'takenAwaiting', stretch, names, [me.id, offer.giverId]);
    return { state: 'pending', offer: { ...offer, state: 'pending', takerId: me.id } };
  }
  const moved = await moveShift(
    deps,
    program.id,
    { giverId: offer.giverId, takerId: me.id, role, tier: offer.tier as Tier, ...span },
    (trx) => repo.moveOffer(trx, { ...claim, to: 'taken' }),
  ).catch(async (error: unknown) => {
    // The giver's shift was changed since it was offered: nothing to hand over, so the offer closes.
    if (error instanceof DomainError && error.facts?.why === 'gone')
      await repo.moveOffer(deps.db, { id: offer.id, programId: program.id, from: 'open', to: 'withdrawn', now });
    throw error;
  });
  if (!moved) throw gone();
  deps.live.publish(program.id, 'shifts');
  await tellOne(deps, program, offer.giverId, 'yourShiftTaken', stretch, names);
  await tellCoordinators(deps, program, 'taken', stretch, names, [me.id, offer.giverId]);
  return { state: 'taken', offer: { ...offer, state: 'taken', takerId: me.id } };
}

/** A coordinator says yes (the shift moves, if the taker still can) or no (it stays with the giver). */
export async function decideOffer(deps: RotaDeps, coordinator: Who, id: string, approve: boolean): Promise<void> {
  const program = await getProgram(deps, coordinator.programId);
  const offer = await repo.findOffer(deps.db, program.id, { id });
  if (!offer) throw notFound('Offer');
  const now = deps.clock.now();
  if (offer.state !== 'pending' || offer.takerId === null || offer.startsAt <= now) throw gone();
  const takerId = offer.takerId;
  const claim = {
    id,
    programId: program.id,
    from: 'pending' as const,
    now,
    decidedBy: coordinator.responderId,
  };
  const team = await listResponders(deps, program.id);
  const names = {
    taker: team.find((r) => r.id === takerId)?.name ?? '',
    giver: team.find((r) => r.id === offer.giverId)?.name ?? '',
  };
  const stretch = { role: offer.role, start: offer.startsAt, end: offer.endsAt };
  if (!approve) {
    if (!(await repo.moveOffer(deps.db, { ...claim, to: 'declined' }))) throw gone();
    deps.live.publish(program.id, 'shifts');
    await tellOne(deps, program, takerId, 'takeDeclined', stretch, names);
    await tellOne(deps, program, offer.giverId, 'yourSwapDeclined', stretch, names);
    return;
  }
  const moved = await moveShift(
    deps,
    program.id,
    {
      giverId: offer.giverId,
      takerId,
      role: offer.role as Role,
      tier: offer.tier as Tier,
      start: offer.startsAt,
      end: offer.endsAt,
    },
    (trx) => repo.moveOffer(trx, { ...claim, to: 'taken' }),
  );
  if (!moved) throw gone();
  deps.live.publish(program.id, 'shifts');
  await tellOne(deps, program, takerId, 'takeApproved', stretch, names);
  await tellOne(deps, program, offer.giverId, 'yourShiftTaken', stretch, names);
}

/** Open offers `who` could take now: not theirs, their role, and they are free and rested for it. */
export async function offersFor(deps: RotaDeps, who: Who): Promise<repo.OfferRow[]> {
  const program = await getProgram(deps, who.programId);
  const open = (await repo.offersIn(deps.db, program.id, ['open'], deps.clock.now())).filter(
    (o) => o.giverId !== who.responderId,
  );
  if (open.length === 0) return [];
  const me = (await listResponders(deps, program.id)).find((r) => r.id === who.responderId);
  if (!me || me.status !== 'active') return [];
  const out: repo.OfferRow[] = [];
  for (const offer of open) {
    if (!me.roles.includes(offer.role as Role)) continue;
    const span = { start: offer.startsAt, end: offer.endsAt };
    if ((await whoCouldCover(deps, program, [me.id], span)).length > 0) out.push(offer);
  }
  return out;
}

/** My own offers still to come: open, or waiting for a coordinator. */
export const myOffers = (deps: RotaDeps, who: Who): Promise<repo.OfferRow[]> =>
  repo.offersIn(deps.db, who.programId, ['open', 'pending'], deps.clock.now(), { giverId: who.responderId });

/** What waits for a coordinator. */
export const pendingOffers = (deps: RotaDeps, programId: string): Promise<repo.OfferRow[]> =>
  repo.offersIn(deps.db, programId, ['pending'], deps.clock.now());

/** Forgets offers and time-away requests whose stretch ended before `before` (the rota sweep, two days on). */
export const forgetEnded = (deps: Pick<RotaDeps, 'db'>, before: number): Promise<number> =>
  repo.purgeSwaps(deps.db, before);
