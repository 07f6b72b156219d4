/**
 * The line check's vocabulary, free of Node and the database so the console can import it too:
 * which checks there are, the problem codes, and the shape of an answer.
 */
export const CHECK_NAMES = ['credentials', 'number', 'public-url', 'voice', 'status', 'fallback', 'texts'] as const;
export type CheckName = (typeof CHECK_NAMES)[number];

export const PROBLEMS = [
  // credentials
  'no-provider',
  'refused',
  'unreachable',
  'provider-error',
  'account-suspended',
  'account-closed',
  'trial-account',
  // number
  'no-number',
  'not-on-account',
  // an address: KITH_PUBLIC_URL, or the fallback
  'not-https',
  'loopback',
  'private',
  // where the number sends calls, status and texts
  'not-set',
  'wrong-url',
  'wrong-method',
  'voice-application',
  'sms-application',
  'trunk',
  'fax',
  // the fallback only
  'points-at-kith',
  // an earlier check failed, so this one could not be made
  'not-checked',
] as const;
export type Problem = (typeof PROBLEMS)[number];

export interface CheckItem {
  check: CheckName;
  ok: boolean;
  problem: Problem | null;
  /** What is set now, e.g. "POST https://old.example.org/voice"; null when it does not apply. */
  current: string | null;
  /** What it must be (or, for the fallback, what it must not be); null when it does not apply. */
  expected: string | null;
}

export interface LineCheck {
  /** True when every check passed. */
  ok: boolean;
  /** The program's number, as Kith has it (a community number, never a caller's). */
  number: string | null;
  items: CheckItem[];
}
