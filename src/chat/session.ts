import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { ServerKeys } from '../crypto/server-keys';
import { identityFromSecretKey, ready, type Identity } from '../crypto/e2e';
import { fromB64, sodium, utf8 } from '../crypto/e2e-base';

/**
 * A chat session is one random secret in the visitor's HttpOnly cookie and nothing on the server:
 * the conversation finds it by a keyed hash of the secret (`sender_index`), and without JavaScript
 * the visitor's key pair is derived from it, so the server can open replies for them only while
 * they present the cookie. No IP address, user agent or anything else about the visitor is kept.
 */
export const CHAT_COOKIE = 'kith_chat';
/** Where the chat lives (its page and its API); the cookie is sent nowhere else. */
export const CHAT_PATH = '/chat';
/** The page's solved proof-of-work, "challenge:number", on its first message under pressure (opening.ts). */
export const PROOF_HEADER = 'kith-proof';
/**
 * Where a browser keeps no cookie, the page carries the session itself: the secret and the form
 * token the server derived from it, `secret.token`. The script sends it in this header (a custom
 * header: never on a cross-site request without a preflight the API does not grant); the form
 * without JavaScript posts both as fields. Only the server can make the token, so the pair is MACed.
 */
export const SESSION_HEADER = 'kith-chat-session';
const SECRET = /^[A-Za-z0-9_-]{43}$/;

export interface ChatSession {
  secret: string;
  /** `conversations.sender_index` and `blocked_senders.sender_index`. */
  senderIndex: string;
  /** Put in the page's forms: a cross-site page cannot know it, so it guards posts that carry no Origin. */
  formToken: string;
}

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function sessionOf(keys: ServerKeys, secret: string): ChatSession {
  return {
    secret,
    senderIndex: keys.index('sender', `chat:${secret}`),
    formToken: keys.index('sender', `chat-form:${secret}`),
  };
}

/** The visitor's session from their cookie, or (on a first visit) a new one and the cookie that carries it. */
export function sessionOrNew(
  keys: ServerKeys,
  cookieHeader: string | undefined,
  secure: boolean,
): { session: ChatSession; setCookie?: string } {
  const existing = secretFromCookie(cookieHeader);
  if (existing) return { session: sessionOf(keys, existing) };
  const secret = newSecret();
  return { session: sessionOf(keys, secret), setCookie: chatCookie(secret, secure) };
}

/** A well-formed secret, in the canonical form Kith writes it. */
function canonical(value: string | undefined): value is string {
  return value !== undefined && SECRET.test(value) && Buffer.from(value, 'base64url').toString('base64url') === value;
}

/** The secret a page carried (header `secret.token`, or the form's two fields), if its token is the server's. */
export function secretFromPage(
  keys: ServerKeys,
  secret: string | undefined,
  token: string | undefined,
): string | undefined {
  if (!canonical(secret) || token === undefined) return undefined;
  return sameToken(token, sessionOf(keys, secret).formToken) ? secret : undefined;
}

export function secretFromHeader(keys: ServerKeys, header: string | string[] | undefined): string | undefined {
  if (typeof header !== 'string') return undefined;
  const [secret, token] = header.split('.');
  return secretFromPage(keys, secret, token);
}

export function secretFromCookie(header: string | undefined): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    const value = rest.join('=');
    // Only the canonical form Kith wrote: a tampered last character decodes to other bytes (or to
    // none), so anything else is no cookie at all rather than an error.
    if (name === CHAT_COOKIE && canonical(value)) return value;
  }
  return undefined;
}

export function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** HttpOnly, SameSite=Strict, only for /chat; no Max-Age, so it ends when the browser closes. */
export function chatCookie(secret: string, secure: boolean): string {
  return `${CHAT_COOKIE}=${secret}; Path=${CHAT_PATH}; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}

export function clearedChatCookie(secure: boolean): string {
  return `${CHAT_COOKIE}=; Path=${CHAT_PATH}; HttpOnly; SameSite=Strict; Max-Age=0${secure ? '; Secure' : ''}`;
}

/**
 * The no-JavaScript visitor's key pair: keyed BLAKE2b of the cookie's secret, with a label that
 * keeps this use apart from the sender index. Only someone holding the cookie can make it again.
 */
export async function identityFromSession(secret: string): Promise<Identity> {
  await ready();
  const secretKey = sodium.crypto_generichash(32, utf8('kith/chat-key/v1'), fromB64(secret));
  return identityFromSecretKey(secretKey);
}
