import type { ServerKeys } from '../crypto/server-keys';

/**
 * The keyed hash that finds a texter's conversations, opt-out and block: the number exactly as the
 * provider sent it in `From` (E.164 for every supported provider), prefixed `sms:` so it can never
 * equal a web-chat session's hash. Not scoped to a program (each row carries its `program_id`).
 * The one place this string is built: inbound texts and `kith holdings` must agree on it.
 */
export function smsSenderIndex(keys: Pick<ServerKeys, 'index'>, from: string): string {
  return keys.index('sender', `sms:${from}`);
}
