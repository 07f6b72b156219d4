import type { LineCheckText } from './line-check-types';

export const enLineCheck: LineCheckText = {
  heading: 'Phone line check',
  intro:
    'Whether the phone provider sends the line’s calls and texts to Kith. Kith asks the provider each time this page opens.',
  checking: 'Asking the phone provider…',
  failed: 'Kith could not finish the check. Try again in a minute.',
  again: 'Check again',
  allOk: 'Everything is connected.',
  needsFixing: '{count} to fix.',
  ok: 'OK',
  fix: 'Needs fixing',
  labels: {
    credentials: 'Provider account',
    number: 'The number at the provider',
    'public-url': 'Kith’s public address',
    voice: 'Incoming calls',
    status: 'Call status',
    fallback: 'Backup message when Kith cannot answer',
    texts: 'Incoming texts',
  },
  problems: {
    'no-provider':
      'No phone provider is set up. Whoever runs the server sets the provider’s account details (KITH_PROVIDER_…) and restarts Kith.',
    refused:
      'The provider did not accept Kith’s account details. Whoever runs the server copies them again from the provider’s website and restarts Kith.',
    unreachable: 'Kith could not reach the provider. Check that the server can reach the internet.',
    'provider-error': 'The provider answered with an error. Try again in a few minutes.',
    'account-suspended':
      'The provider has suspended the account, so calls and texts will not arrive. Sort it out with the provider.',
    'account-closed': 'The provider account is closed. Use an open account.',
    'trial-account':
      'This is a trial account: the provider plays its own notice to every caller and rings only numbers checked with it. Upgrade the account at the provider.',
    'no-number': 'Kith does not know the line’s number yet. Add it under “The line” above.',
    'not-on-account':
      'The line’s number is not on this provider account. Check the number above, or use the account that has it.',
    'not-https': 'This address is not secure (https). The provider needs a secure address.',
    loopback: 'This address works only on the server itself: the provider cannot reach it.',
    private: 'This address works only on a private network: the provider cannot reach it.',
    'not-set': 'Not set yet.',
    'wrong-url': 'It goes to the wrong address.',
    'wrong-method': 'It uses the wrong method.',
    'voice-application':
      'Another app at the provider answers the calls instead. Change that in the provider’s website.',
    'sms-application': 'Another app at the provider answers the texts instead. Change that in the provider’s website.',
    trunk:
      'A phone system (SIP trunk) at the provider answers the calls instead. Change that in the provider’s website.',
    fax: 'The number is set to receive faxes. Set it to voice calls in the provider’s website.',
    'points-at-kith': 'It is on Kith’s own server: when Kith cannot answer, it cannot either. Host it somewhere else.',
    'not-checked': 'Not checked until the problems above are fixed.',
  },
  now: 'Now:',
  mustBe: 'Must be:',
  howToFix:
    'To fix the addresses, run kith provider connect on a computer signed in to Kith: it shows each change and asks first. The backup message is a page you host somewhere else, with no one’s phone number in it; the README’s “Connect a phone number” explains it.',
};
