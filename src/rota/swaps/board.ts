import type { Principal, Role } from '../../auth/principal';
import { formatInstant } from '../../platform/wall-time';
import { getProgram } from '../../program/service';
import { teamDirectory } from '../../shifts/service';
import type { Tier } from '../../shifts/types';
import type { RotaDeps } from '../deps';
import { myAway, pendingAway } from './away';
import type { AwayReason } from './reasons';
import { myOffers, offersFor, pendingOffers } from './offers';
import type { AwayRow, OfferRow } from './repo';
import type { AwayView, MySwapsView, OfferView, PendingView } from './schema';

/** Swaps and time away as the console shows them: names from the roster (never a number), times in the program's zone. */
type Names = Map<string, { name: string }>;

const person = (names: Names, id: string) => ({ id, name: names.get(id)?.name ?? '' });

export function offerView(o: OfferRow, names: Names, zone: string): OfferView {
  return {
    id: o.id,
    code: o.code,
    giver: person(names, o.giverId),
    role: o.role as Role,
    tier: o.tier as Tier,
    start: formatInstant(o.startsAt, zone),
    end: formatInstant(o.endsAt, zone),
    state: o.state,
    taker: o.takerId === null ? null : person(names, o.takerId),
  };
}

export function awayView(
  a: AwayRow & { gaps?: { start: number; end: number }[] },
  names: Names,
  zone: string,
): AwayView {
  return {
    id: a.id,
    responder: person(names, a.responderId),
    start: formatInstant(a.startsAt, zone),
    end: formatInstant(a.endsAt, zone),
    reason: a.reason as AwayReason | null,
    state: a.state,
    gaps: (a.gaps ?? []).map((g) => ({ start: formatInstant(g.start, zone), end: formatInstant(g.end, zone) })),
  };
}

/** For my Home: what I could take, what I offer, what I asked. */
export async function mySwaps(deps: RotaDeps, who: Principal): Promise<MySwapsView> {
  const program = await getProgram(deps, who.programId);
  const [toTake, mine, away, names] = await Promise.all([
    offersFor(deps, who),
    myOffers(deps, who),
    myAway(deps, who),
    teamDirectory(deps, who.programId),
  ]);
  const zone = program.timeZone;
  return {
    timeZone: zone,
    toTake: toTake.map((o) => offerView(o, names, zone)),
    mine: mine.map((o) => offerView(o, names, zone)),
    away: away.map((a) => awayView(a, names, zone)),
    awayNeedsApproval: program.care.awayNeedsApproval,
  };
}

/** For coordinators: takes and time away that wait for a yes or no. */
export async function pending(deps: RotaDeps, programId: string): Promise<PendingView> {
  const program = await getProgram(deps, programId);
  const [offers, away, names] = await Promise.all([
    pendingOffers(deps, programId),
    pendingAway(deps, programId),
    teamDirectory(deps, programId),
  ]);
  const zone = program.timeZone;
  return {
    timeZone: zone,
    offers: offers.map((o) => offerView(o, names, zone)),
    away: away.map((a) => awayView(a, names, zone)),
  };
}
