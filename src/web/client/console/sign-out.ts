/**
 * Signing out leaves nothing private in the browser: the session ends on the server (whose
 * answer also carries `Clear-Site-Data`), the key's bytes are zeroed, and every store a script can
 * reach — localStorage, sessionStorage, IndexedDB, Cache Storage — is emptied. The console keeps
 * nothing in them on purpose; this is the belt to that pair of braces.
 */
import { api } from './api';
import { forgetIdentity } from './keys';

export async function signOut(): Promise<void> {
  try {
    await api('DELETE', '/api/session');
  } finally {
    forgetIdentity();
    await clearBrowserStorage();
  }
}

export async function clearBrowserStorage(): Promise<void> {
  try {
    localStorage.clear();
    sessionStorage.clear();
  } catch {
    // Storage may be disabled (private browsing settings): then there is nothing in it either.
  }
  if ('caches' in window) {
    for (const name of await caches.keys()) await caches.delete(name);
  }
  if ('databases' in indexedDB) {
    for (const database of await indexedDB.databases()) {
      if (database.name) indexedDB.deleteDatabase(database.name);
    }
  }
}
