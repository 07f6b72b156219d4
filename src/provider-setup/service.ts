/**
 * Checking and connecting the program's number at the phone provider, through the provider's API
 * with the credentials in the server's own settings, so nobody has to copy URLs into the provider's
 * website. Nothing here is stored: every answer is asked of the provider afresh.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Clock } from '../platform/clock';
import { invalid } from '../platform/errors';
import { getProgram } from '../program/service';
import type {
  AccountLookup,
  KithRouting,
  NumberRouting,
  NumberSettingsProvider,
  ProviderNumber,
} from '../telephony/provider';
import { fallbackProblem, lineChecks } from './checks';
import type { LineCheck, Problem } from './types';

export type { LineCheck } from './types';

export interface ProviderSetupDeps {
  db: Kysely<Database>;
  clock: Clock;
  /** Undefined when no provider is configured (KITH_PROVIDER_* unset). */
  provider: NumberSettingsProvider | undefined;
  /** KITH_PUBLIC_URL: where the provider must send the number's calls and texts. */
  publicUrl: string;
}

export interface RoutingChange {
  setting: keyof NumberRouting;
  /** '' when not set now. */
  from: string;
  to: string;
}

export interface ConnectResult {
  number: string | null;
  /** What connect changes (or, without `apply`, would change), in the order shown. */
  changes: RoutingChange[];
  applied: boolean;
  /** The line as it stands afterwards (without `apply`: as it stands now). */
  check: LineCheck;
}

interface Gathered {
  account: AccountLookup | undefined;
  programNumber: string | null;
  found: ProviderNumber | null | undefined;
  want: KithRouting | undefined;
}

async function gather(deps: ProviderSetupDeps, programId: string): Promise<Gathered> {
  const program = await getProgram(deps, programId);
  const provider = deps.provider;
  const account = provider === undefined ? undefined : await provider.account();
  const usable = provider !== undefined && account?.kind === 'ok';
  const found =
    usable && program.phoneNumber !== null ? ((await provider.findNumber(program.phoneNumber)) ?? null) : undefined;
  return { account, programNumber: program.phoneNumber, found, want: provider?.kithRouting(deps.publicUrl) };
}

function judged(deps: ProviderSetupDeps, gathered: Gathered): LineCheck {
  const items = lineChecks({ ...gathered, publicUrl: deps.publicUrl });
  return { ok: items.every((item) => item.ok), number: gathered.programNumber, items };
}

export async function checkLine(deps: ProviderSetupDeps, programId: string): Promise<LineCheck> {
  return judged(deps, await gather(deps, programId));
}

/** Why a fallback address is refused, for the API's field error. */
const FALLBACK_REFUSED: Partial<Record<Problem, string>> = {
  'points-at-kith':
    'must be hosted somewhere other than Kith’s own address: the provider fetches it exactly when Kith cannot answer',
  'not-https': 'must be an https:// address',
  loopback: 'must be reachable from the internet, not only from this machine',
  private: 'must be reachable from the internet, not only from a private network',
};

/** The settings that differ from what Kith needs, each with its value now and its new value. */
function plannedChanges(routing: NumberRouting, want: KithRouting, fallbackUrl: string | undefined): RoutingChange[] {
  const target: Partial<NumberRouting> = { ...want };
  if (fallbackUrl !== undefined) {
    target.voiceFallbackUrl = fallbackUrl;
    // A static file host answers GET and often refuses POST (405); the provider's own bins take either.
    target.voiceFallbackMethod = 'GET';
  }
  const changes: RoutingChange[] = [];
  for (const [setting, to] of Object.entries(target) as [keyof NumberRouting, string][]) {
    const from = routing[setting];
    const same = setting.endsWith('Method') ? from.toUpperCase() === to : from === to;
    if (!same) changes.push({ setting, from, to });
  }
  return changes;
}

/**
 * Points the program's number at Kith: its voice, call-status and messaging URLs (all POST), and the
 * voice fallback when one is given — never one Kith makes up, since it must live elsewhere. Without
 * `apply` it only says what it would change. Changes nothing until the credentials work, the number
 * is on the account and KITH_PUBLIC_URL is a public HTTPS address: pointing a number at an address
 * the provider cannot reach would break a line that may be working now.
 */
export async function connectLine(
  deps: ProviderSetupDeps,
  programId: string,
  input: { fallbackUrl?: string; apply: boolean },
): Promise<ConnectResult> {
  if (input.fallbackUrl !== undefined) {
    const problem = fallbackProblem(input.fallbackUrl, deps.publicUrl);
    if (problem !== undefined)
      throw invalid([
        { field: '/fallbackUrl', message: FALLBACK_REFUSED[problem] ?? 'is not an address the provider can use' },
      ]);
  }
  const gathered = await gather(deps, programId);
  const before = judged(deps, gathered);
  const publicUrlOk = before.items.find((item) => item.check === 'public-url')?.ok === true;
  const { found, want } = gathered;
  if (deps.provider === undefined || found === null || found === undefined || want === undefined || !publicUrlOk) {
    return { number: gathered.programNumber, changes: [], applied: false, check: before };
  }
  const changes = plannedChanges(found.routing, want, input.fallbackUrl);
  if (!input.apply || changes.length === 0)
    return { number: gathered.programNumber, changes, applied: false, check: before };
  const updated = await deps.provider.updateNumber(
    found.ref,
    Object.fromEntries(changes.map((c) => [c.setting, c.to])),
  );
  return {
    number: gathered.programNumber,
    changes,
    applied: true,
    check: judged(deps, { ...gathered, found: updated }),
  };
}
