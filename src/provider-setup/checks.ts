/**
 * The line's connection, judged as plain data: each check says ok, or names its problem by a code
 * that the CLI and the console turn into words (and a fix) in the reader's language. Pure: the
 * service gathers what the provider says and hands it here.
 */
import type { AccountLookup, KithRouting, ProviderNumber } from '../telephony/provider';
import { hostOf, unreachableReason } from '../platform/addresses';
import type { CheckItem, CheckName, Problem } from './types';

export { CHECK_NAMES, PROBLEMS, type CheckItem, type CheckName, type Problem } from './types';

const ok = (check: CheckName, current: string | null = null): CheckItem => ({
  check,
  ok: true,
  problem: null,
  current,
  expected: null,
});
const bad = (
  check: CheckName,
  problem: Problem,
  current: string | null = null,
  expected: string | null = null,
): CheckItem => ({ check, ok: false, problem, current, expected });
const notChecked = (check: CheckName): CheckItem => bad(check, 'not-checked');

export function credentialsCheck(account: AccountLookup | undefined): CheckItem {
  if (account === undefined) return bad('credentials', 'no-provider');
  switch (account.kind) {
    case 'refused':
      return bad('credentials', 'refused');
    case 'unreachable':
      return bad('credentials', 'unreachable');
    case 'failed':
      return bad('credentials', 'provider-error', `HTTP ${account.httpStatus}`);
    case 'ok':
      if (account.status === 'suspended') return bad('credentials', 'account-suspended');
      if (account.status === 'closed') return bad('credentials', 'account-closed');
      // A trial account plays the provider's notice to every caller and rings only verified numbers.
      if (account.trial) return bad('credentials', 'trial-account');
      return ok('credentials');
  }
}

/** KITH_PUBLIC_URL: the provider must reach it over the internet, and only HTTPS keeps the webhooks' contents private. */
export function publicUrlCheck(publicUrl: string): CheckItem {
  const problem = addressProblem(publicUrl);
  return problem === undefined ? ok('public-url', publicUrl) : bad('public-url', problem, publicUrl);
}

/** Loopback or private first: an HTTPS address on this machine is no better than an HTTP one. */
function addressProblem(url: string): Problem | undefined {
  const host = hostOf(url);
  if (host === undefined) return 'not-https';
  const unreachable = unreachableReason(host);
  if (unreachable !== undefined) return unreachable;
  return url.toLowerCase().startsWith('https://') ? undefined : 'not-https';
}

const shown = (method: string, url: string): string => (url === '' ? '' : `${method || 'POST'} ${url}`);

function routeCheck(check: CheckName, url: string, method: string, wantUrl: string, wantMethod: string): CheckItem {
  const current = url === '' ? null : shown(method, url);
  const expected = shown(wantMethod, wantUrl);
  if (url === '') return bad(check, 'not-set', current, expected);
  if (url !== wantUrl) return bad(check, 'wrong-url', current, expected);
  if (method.toUpperCase() !== wantMethod) return bad(check, 'wrong-method', current, expected);
  return ok(check, current);
}

/**
 * The fallback must be set, and be a static page hosted elsewhere: the provider fetches it exactly when
 * Kith cannot answer, so one on Kith's own host fails with it. Its method is the host's business.
 */
function fallbackCheck(url: string, method: string, publicUrl: string): CheckItem {
  if (url === '') return bad('fallback', 'not-set');
  const problem = fallbackProblem(url, publicUrl);
  return problem === undefined ? ok('fallback', shown(method, url)) : bad('fallback', problem, shown(method, url));
}

/** Every check, in the order a person would fix them. Later checks are "not checked" when an earlier one leaves nothing to look at. */
export function lineChecks(input: {
  account: AccountLookup | undefined;
  programNumber: string | null;
  /** Undefined when the number was not looked up (no credentials or no number); null when the account has no such number. */
  found: ProviderNumber | null | undefined;
  publicUrl: string;
  want: KithRouting | undefined;
}): CheckItem[] {
  const credentials = credentialsCheck(input.account);
  const items: CheckItem[] = [credentials];
  if (input.programNumber === null) items.push(bad('number', 'no-number'));
  else if (input.found === undefined) items.push(notChecked('number'));
  else if (input.found === null) items.push(bad('number', 'not-on-account', input.programNumber));
  else items.push(ok('number', input.programNumber));
  items.push(publicUrlCheck(input.publicUrl));
  const found = input.found;
  if (found === null || found === undefined || input.want === undefined) {
    return [...items, ...(['voice', 'status', 'fallback', 'texts'] as const).map(notChecked)];
  }
  const r = found.routing;
  const want = input.want;
  const voiceOverride = found.overrides.find((o) => o === 'voice-application' || o === 'trunk' || o === 'fax');
  items.push(
    voiceOverride === undefined
      ? routeCheck('voice', r.voiceUrl, r.voiceMethod, want.voiceUrl, want.voiceMethod)
      : bad('voice', voiceOverride, shown(r.voiceMethod, r.voiceUrl) || null, shown(want.voiceMethod, want.voiceUrl)),
  );
  items.push(
    routeCheck(
      'status',
      r.statusCallbackUrl,
      r.statusCallbackMethod,
      want.statusCallbackUrl,
      want.statusCallbackMethod,
    ),
  );
  items.push(fallbackCheck(r.voiceFallbackUrl, r.voiceFallbackMethod, input.publicUrl));
  items.push(
    found.overrides.includes('sms-application')
      ? bad('texts', 'sms-application', shown(r.smsMethod, r.smsUrl) || null, shown(want.smsMethod, want.smsUrl))
      : routeCheck('texts', r.smsUrl, r.smsMethod, want.smsUrl, want.smsMethod),
  );
  return items;
}

/** A fallback address Kith may set: the same rules as the check, so connect never writes what check would refuse. */
export function fallbackProblem(url: string, publicUrl: string): Problem | undefined {
  const kithHost = hostOf(publicUrl);
  if (kithHost !== undefined && hostOf(url) === kithHost) return 'points-at-kith';
  return addressProblem(url);
}
