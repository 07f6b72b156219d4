// The words `kith provider check` and `connect` print for each check: the server answers codes, so
// the CLI and the console can each say them in their own way.
import type { LineCheckItem, RoutingChange } from './client';

const LABELS: Record<LineCheckItem['check'], string> = {
  credentials: 'Provider account',
  number: 'The number at the provider',
  'public-url': 'Kith’s public address (KITH_PUBLIC_URL)',
  voice: 'Incoming calls',
  status: 'Call status',
  fallback: 'Fallback, when Kith cannot answer',
  texts: 'Incoming texts',
};

const SETTINGS: Record<RoutingChange['setting'], string> = {
  voiceUrl: 'Incoming calls, URL',
  voiceMethod: 'Incoming calls, method',
  statusCallbackUrl: 'Call status, URL',
  statusCallbackMethod: 'Call status, method',
  voiceFallbackUrl: 'Fallback, URL',
  voiceFallbackMethod: 'Fallback, method',
  smsUrl: 'Incoming texts, URL',
  smsMethod: 'Incoming texts, method',
};

const CONNECT = 'Fix: kith provider connect';
const RESTART = 'then restart Kith';
const FALLBACK_FIX =
  'Fix: host a static page somewhere other than Kith’s server (start from docs/fallback.xml; never put responders’ numbers in it), then: kith provider connect --fallback-url https://…';
const PUBLIC_FIX = `Fix: put Kith behind HTTPS at a public address (README, "Going live") and set KITH_PUBLIC_URL to it, ${RESTART}`;

/** What is wrong, then how to put it right, in plain words. */
function explain(item: LineCheckItem): string {
  const now = item.current ?? '';
  const want = item.expected ?? '';
  switch (item.problem) {
    case null:
      return 'ok';
    case 'no-provider':
      return `no phone provider is set up. Fix: set KITH_PROVIDER_API_URL, KITH_PROVIDER_ACCOUNT_SID and KITH_PROVIDER_AUTH_TOKEN where Kith runs, ${RESTART}.`;
    case 'refused':
      return `the provider refused Kith’s account SID or auth token. Fix: copy both again from the provider’s website into KITH_PROVIDER_ACCOUNT_SID and KITH_PROVIDER_AUTH_TOKEN (SignalWire: the project ID and API token), ${RESTART}.`;
    case 'unreachable':
      return 'Kith could not reach the provider. Fix: check KITH_PROVIDER_API_URL, and that the server can reach the internet.';
    case 'provider-error':
      return `the provider answered with an error (${now}). Fix: try again in a few minutes; if it lasts, see the provider’s status page.`;
    case 'account-suspended':
      return 'the provider has suspended this account: calls and texts will not arrive. Fix: sort it out with the provider.';
    case 'account-closed':
      return `this account is closed. Fix: use the credentials of an open account, ${RESTART}.`;
    case 'trial-account':
      return 'this is a trial account: the provider plays its own notice to every caller and rings only numbers verified with it. Fix: upgrade the account at the provider.';
    case 'no-number':
      return 'Kith does not know the program’s number yet. Fix: kith program set --number +1…';
    case 'not-on-account':
      return `${now} is not on this provider account. Fix: check the number (kith program show), or use the credentials of the account that has it.`;
    case 'not-https':
      return item.check === 'fallback'
        ? `the fallback (${now}) is not an https:// address. ${FALLBACK_FIX}`
        : `${now} is not HTTPS, so calls’ and texts’ details would cross the internet unencrypted. ${PUBLIC_FIX}.`;
    case 'loopback':
      return item.check === 'fallback'
        ? `the fallback (${now}) is on this machine; the provider cannot reach it. ${FALLBACK_FIX}`
        : `${now} is this machine’s own address; the provider cannot reach it. ${PUBLIC_FIX}.`;
    case 'private':
      return item.check === 'fallback'
        ? `the fallback (${now}) is on a private network; the provider cannot reach it. ${FALLBACK_FIX}`
        : `${now} is on a private network (or only on Tor); the provider cannot reach it. ${PUBLIC_FIX}.`;
    case 'not-set':
      return item.check === 'fallback'
        ? `none is set, so if Kith is down or slow, callers hear the provider’s own error. ${FALLBACK_FIX}`
        : `not set; it must be ${want}. ${CONNECT}`;
    case 'wrong-url':
      return `goes to ${now}; it must be ${want}. ${CONNECT}`;
    case 'wrong-method':
      return `uses ${now.split(' ')[0] ?? ''}; it must be ${want}. ${CONNECT}`;
    case 'voice-application':
      return 'an application at the provider answers this number’s calls, so the number’s own URLs are not used. Fix: in the provider’s website, set the number’s calls to go to a webhook instead of the application, then: kith provider connect';
    case 'sms-application':
      return 'an application at the provider answers this number’s texts, so the number’s own URLs are not used. Fix: in the provider’s website, set the number’s messages to go to a webhook instead of the application, then: kith provider connect';
    case 'trunk':
      return 'a SIP trunk answers this number’s calls, so the number’s own URLs are not used. Fix: take the number off the trunk in the provider’s website, then: kith provider connect';
    case 'fax':
      return 'the number is set to receive faxes. Fix: set it to receive voice calls in the provider’s website, then: kith provider connect';
    case 'points-at-kith':
      return `the fallback (${now}) is on Kith’s own server: when Kith cannot answer, neither can it. ${FALLBACK_FIX}`;
    case 'not-checked':
      return 'not checked until the problems above are fixed.';
  }
}

export function checkLines(items: readonly LineCheckItem[]): string[] {
  return items.map((item) => {
    const detail = item.ok ? (item.current === null ? 'ok' : `ok (${item.current})`) : explain(item);
    return `${item.ok ? 'ok ' : 'FIX'}  ${LABELS[item.check]}: ${detail}`;
  });
}

export function changeLines(changes: readonly RoutingChange[]): string[] {
  return changes.map((c) => `  ${SETTINGS[c.setting]}: ${c.from === '' ? '(not set)' : c.from} → ${c.to}`);
}
