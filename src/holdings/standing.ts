import { item, t, type HoldingItem } from './items';
import type * as repo from './repo';

/**
 * What stays while someone or something stays — owed deletions at the provider, sign-in, the
 * roster, the rota, members, the program's own settings — as the last items of the program's list.
 */
export interface Standing {
  owed: Awaited<ReturnType<typeof repo.providerDeletionCounts>>;
  signIn: Awaited<ReturnType<typeof repo.signInHoldings>>;
  team: repo.TableCount[];
  rota: repo.TableCount[];
  members: repo.TableCount[];
}

const total = (rows: readonly { count: number }[]) => rows.reduce((a, c) => a + c.count, 0);

export function standingItems({ owed, signIn, team, rota, members }: Standing): HoldingItem[] {
  const owedTotal = total(owed);
  const teamTotal = total(team);
  return [
    item(
      'providerCopies',
      'provider ids of texts and calls whose copies at the provider Kith must still delete (for the whole server)',
      [t('provider_deletions', owedTotal), ...owed.map((o) => t(`provider_deletions (${o.kind})`, o.count))],
      { waiting: owedTotal, until: 'until the provider confirms the deletion (retried for 3 days)' },
      owedTotal,
    ),
    item(
      'signIn',
      'sign-in sessions, invites, codes and challenges (hashes only)',
      signIn.tables,
      { span: signIn.expires, until: 'until their own expiry' },
      signIn.expires.count,
    ),
    item(
      'team',
      'the roster, its sign-in keys and tokens, and shifts',
      team,
      { waiting: teamTotal, until: 'while the person is on the roster' },
      teamTotal,
    ),
    item(
      'rota',
      'calendar links (hashes only), reminder choices, devices’ push subscriptions (sealed), which reminders went out, swap offers and time-away requests',
      rota,
      {
        waiting: total(rota),
        until:
          'until the link is replaced, the sign-in ends, or 2 days after the shift (or the swap’s or request’s end)',
      },
      total(rota),
    ),
    item(
      'members',
      'members (number, sealed name and phone), their people, check-ins, crisis plans (sealed under the member’s own code) and where they are open now, the code book, the place book, join codes, and keyed ids of handled texts',
      members,
      {
        waiting: total(members),
        until:
          'while they stay a member (leaving deletes it all); a plan until they destroy it, and opened only until the call, conversation or response closes; a check-in until met or told; handled texts one day',
      },
      total(members),
    ),
    item('program', 'the program’s settings, hours, messages and emergency plan', [t('programs', 1)], {
      waiting: 1,
      until: 'for as long as the program exists',
    }),
  ];
}
