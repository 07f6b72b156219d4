/**
 * The chat page's crypto: libsodium, fetched once, and this tab's key pair. libsodium (~170 KB
 * compressed, most of the page's weight) is fetched once the page is idle, not when someone starts to
 * write: on slow 3G it takes seconds, and a person who writes at once should not wait for it. Until it
 * is here the page says so (the lock note) and can still send (the server seals, `/chat/words`).
 */
import type { Identity } from '@server/crypto/e2e';
import { fromB64, keepKey, keptKey, keyFromBrowser, toB64, type TabKey } from './tab-key';

type E2e = typeof import('@server/crypto/e2e');

export interface PageKeys {
  /** libsodium, initialised; a failed fetch is not kept, so the next message or reply tries again. */
  loadCrypto(): Promise<E2e>;
  /** libsodium has arrived: every message is sealed in the page from then on. */
  ready(): boolean;
  /** This tab's key pair, kept or made (by the browser's X25519 before libsodium is here). */
  ownKey(): Promise<TabKey>;
  /** This tab's identity for libsodium: the same key pair, whichever made it. */
  me(): Promise<Identity>;
  /** Wipes the opened identity from memory (leaving now). */
  forget(): void;
}

export function pageKeys(onReady: () => void): PageKeys {
  let e2eModule: Promise<E2e> | undefined;
  let cryptoReady = false;
  let tabKey: Promise<TabKey> | undefined;
  let identity: Identity | undefined;

  function loadCrypto(): Promise<E2e> {
    e2eModule ??= import('@server/crypto/e2e').then(async (e2e) => {
      await e2e.ready();
      cryptoReady = true;
      onReady();
      return e2e;
    });
    e2eModule.catch(() => (e2eModule = undefined));
    return e2eModule;
  }

  function ownKey(): Promise<TabKey> {
    tabKey ??= (async () => {
      const kept = keptKey();
      if (kept?.publicKey) return { secretKey: kept.secretKey, publicKey: kept.publicKey };
      if (kept) {
        // Kept by an older page without its public half: libsodium derives it.
        const e2e = await loadCrypto();
        return { secretKey: kept.secretKey, publicKey: e2e.identityFromSecretKey(fromB64(kept.secretKey)).publicKey };
      }
      const made = (!cryptoReady && (await keyFromBrowser())) || libsodiumKey(await loadCrypto());
      keepKey(made);
      return made;
    })();
    tabKey.catch(() => (tabKey = undefined));
    return tabKey;
  }

  async function me(): Promise<Identity> {
    if (identity) return identity;
    const e2e = await loadCrypto();
    const key = await ownKey();
    const made = e2e.identityFromSecretKey(fromB64(key.secretKey));
    // Never expected (both follow RFC 7748); if it happened, messages sealed to the key would not open.
    if (made.publicKey !== key.publicKey) throw new Error('the browser and libsodium disagree on this key');
    identity ??= made;
    return identity;
  }

  return {
    loadCrypto,
    ready: () => cryptoReady,
    ownKey,
    me,
    forget() {
      identity?.secretKey.fill(0);
      identity = undefined;
    },
  };
}

function libsodiumKey(e2e: E2e): TabKey {
  const made = e2e.generateIdentity();
  return { secretKey: toB64(made.secretKey), publicKey: made.publicKey };
}
