/**
 * The chat tab's key pair, as base64url: kept in sessionStorage (never localStorage) so switching
 * language (a reload) keeps the chat readable, and in memory when storage is off.
 *
 * It is normally made by libsodium. On a slow connection a person may press Send before libsodium
 * has arrived; the page can then make the pair with the browser's own X25519 (Web Crypto), so the
 * words the server seals for it (the no-JavaScript way, said so on the page) are sealed to a key only
 * this tab holds, and every later message and reply opens here with libsodium as usual. An X25519
 * secret key is the same 32 bytes to both (RFC 7748; each clamps it when used), which
 * src/chat/tab-key.test.ts checks against libsodium.
 */
export interface TabKey {
  secretKey: string;
  publicKey: string;
}

/** `<secret>.<public>` (base64url has no dot); an older page kept `<secret>` alone. */
const SLOT = 'kith_chat_key';

let inMemory: TabKey | undefined;

export const toB64 = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

export const fromB64 = (textB64: string) =>
  Uint8Array.from(atob(textB64.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));

/** The kept pair; `publicKey` is missing for a tab that kept only its secret (libsodium derives it). */
export function keptKey(): { secretKey: string; publicKey?: string } | undefined {
  if (inMemory) return inMemory;
  const [secretKey, publicKey] = (fromStorage(SLOT) ?? '').split('.');
  if (!secretKey) return undefined;
  return publicKey ? { secretKey, publicKey } : { secretKey };
}

export function keepKey(key: TabKey): void {
  inMemory = key;
  toStorage(SLOT, `${key.secretKey}.${key.publicKey}`);
}

/** "Leave now": the key is dropped from memory (storage is cleared with everything else). */
export function forgetKey(): void {
  inMemory = undefined;
}

/** A pair from Web Crypto's X25519, or undefined in a browser without it (it then waits for libsodium). */
export async function keyFromBrowser(): Promise<TabKey | undefined> {
  try {
    const pair = (await window.crypto.subtle.generateKey({ name: 'X25519' }, true, ['deriveBits'])) as CryptoKeyPair;
    const jwk = await window.crypto.subtle.exportKey('jwk', pair.privateKey);
    if (!jwk.d || !jwk.x || fromB64(jwk.d).length !== 32 || fromB64(jwk.x).length !== 32) return undefined;
    return { secretKey: jwk.d, publicKey: jwk.x };
  } catch {
    return undefined;
  }
}

/** Storage can be switched off (some private modes throw): the key then lives in memory alone. */
function fromStorage(slot: string): string | null {
  try {
    return sessionStorage.getItem(slot);
  } catch {
    return null;
  }
}

function toStorage(slot: string, value: string): void {
  try {
    sessionStorage.setItem(slot, value);
  } catch {
    // Memory only: a reload then starts with a new key, and earlier messages show as unreadable.
  }
}
