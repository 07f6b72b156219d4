/**
 * The responder's private key lives here, in this page's memory only: never in localStorage,
 * IndexedDB or a cookie, so a seized phone holds no key once the tab is closed, and reloading
 * asks for the passphrase again. libsodium is loaded only when it is first needed (signing in,
 * joining, notes): it is the largest part of the console and a phone on a slow network should not
 * wait for it just to see who is on call.
 */
import type { Identity } from '@server/crypto/e2e';

export type E2e = typeof import('@server/crypto/e2e');

let loading: Promise<E2e> | undefined;

export function loadCrypto(): Promise<E2e> {
  loading ??= import('@server/crypto/e2e').then(async (e2e) => {
    await e2e.ready();
    return e2e;
  });
  return loading;
}

let identity: Identity | undefined;
const listeners = new Set<() => void>();

export function currentIdentity(): Identity | undefined {
  return identity;
}

export function rememberIdentity(next: Identity): void {
  identity = next;
  for (const listener of listeners) listener();
}

/** Zeroes the secret key's bytes before letting go of them: a heap snapshot finds nothing. */
export function forgetIdentity(): void {
  if (identity) identity.secretKey.fill(0);
  identity = undefined;
  for (const listener of listeners) listener();
}

export function onIdentityChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Lets the browser paint a "working" message before Argon2id holds the main thread for seconds. */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
