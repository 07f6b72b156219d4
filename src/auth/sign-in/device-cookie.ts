import type { IncomingHttpHeaders } from 'node:http';
import sodium from 'libsodium-wrappers-sumo';
import type { ServerKeys } from '../../crypto/server-keys';
import {
  DEVICE_COOKIE,
  DEVICE_COOKIE_ACCOUNTS,
  DEVICE_COOKIE_LIFETIME_MS,
  DEVICE_COOKIE_PATH,
  sameBytes,
} from '../protocol';
import { cookieValue } from '../resolve';

/**
 * Device cookies (OWASP, "Slow down online guessing attacks with device cookies"): a browser that
 * signed in as an account gets a token, MACed with a key derived from the server's root, that says
 * "this browser has signed in as this account before". Sign-in from such a browser is counted on its
 * own (src/auth/sign-in/throttle.ts) instead of against the name and the whole install, so nobody
 * can keep a responder's own phone out by failing on purpose. The cookie lets nobody in by itself.
 *
 * One entry per account: `deviceId.expiresAt.mac`, newest first, joined by `~` (a shared desk
 * may remember a few accounts). The entry names no account: the MAC covers the account it was made
 * for, so an entry only checks out against that account, and the cookie says nothing to whoever
 * reads it on a seized device beyond "this browser used Kith".
 */
export interface DeviceBinding {
  responderId: string;
  /**
   * This enrolment of the account: a reset or a burn deletes the credential, and the next one has a
   * new key pair and creation time, so every older cookie stops matching.
   */
  publicKey: string;
  createdAt: number;
  /**
   * Replaced when the responder is signed out everywhere (a lost phone), so the cookies made before,
   * the lost phone's among them, stop counting as known devices while the credential stays.
   */
  deviceEpoch: string;
}

export interface DeviceEntry {
  deviceId: string;
  expiresAt: number;
  mac: string;
}

const ENTRY = /^([A-Za-z0-9_-]{22})\.([0-9]{1,15})\.([A-Za-z0-9_-]{43})$/;
const VALUE = /^[A-Za-z0-9_.~-]{1,1000}$/;
/** Checked against when the name belongs to nobody, so the work done does not tell names apart. */
const NOBODY: DeviceBinding = { responderId: '', publicKey: '', createdAt: 0, deviceEpoch: '' };

function macOf(keys: ServerKeys, deviceId: string, expiresAt: number, binding: DeviceBinding): string {
  const input = [
    'kith/device-cookie/v1',
    deviceId,
    expiresAt,
    binding.responderId,
    binding.publicKey,
    binding.createdAt,
    binding.deviceEpoch,
  ];
  return Buffer.from(keys.index('device', input.join('\u0000')), 'hex').toString('base64url');
}

const textOf = (entry: DeviceEntry) => `${entry.deviceId}.${entry.expiresAt}.${entry.mac}`;

/** The well-formed, unexpired entries the request carries (at most a few; anything else is ignored). */
export function deviceEntries(headers: IncomingHttpHeaders, now: number): DeviceEntry[] {
  const value = cookieValue(headers, DEVICE_COOKIE, VALUE);
  if (value === undefined) return [];
  const entries: DeviceEntry[] = [];
  for (const text of value.split('~').slice(0, DEVICE_COOKIE_ACCOUNTS)) {
    const match = ENTRY.exec(text);
    if (!match?.[1] || !match[2] || !match[3]) continue;
    const expiresAt = Number(match[2]);
    if (expiresAt > now) entries.push({ deviceId: match[1], expiresAt, mac: match[3] });
  }
  return entries;
}

/**
 * The device id of an entry made for this account, if the browser holds one. A forged entry, one
 * made for another account or for an earlier enrolment of this one, and an expired one all give
 * nothing. Every entry is checked, against a stand-in when the name has no account.
 */
export function knownDevice(
  keys: ServerKeys,
  entries: readonly DeviceEntry[],
  binding: DeviceBinding | undefined,
): string | undefined {
  let found: string | undefined;
  for (const entry of entries) {
    const expected = Buffer.from(macOf(keys, entry.deviceId, entry.expiresAt, binding ?? NOBODY), 'base64url');
    const valid = sameBytes(Buffer.from(entry.mac, 'base64url'), expected);
    if (valid && binding !== undefined && found === undefined) found = entry.deviceId;
  }
  return found;
}

/** The failure counter of one device cookie: a keyed hash, so the table says nothing a cookie could be made from. */
export function deviceFailureKey(keys: ServerKeys, deviceId: string): string {
  return keys.index('device', `failures\u0000${deviceId}`);
}

/**
 * The Set-Cookie after a successful sign-in: a fresh entry for this account first (a new device id,
 * so its failure count starts at nothing), then the entries this browser keeps for other accounts.
 * HttpOnly, SameSite=Strict, Secure over https, and sent only to the sign-in endpoints.
 */
export function deviceCookie(
  keys: ServerKeys,
  entries: readonly DeviceEntry[],
  binding: DeviceBinding,
  now: number,
  publicUrl: string,
): string {
  const deviceId = Buffer.from(sodium.randombytes_buf(16)).toString('base64url');
  const expiresAt = now + DEVICE_COOKIE_LIFETIME_MS;
  const fresh: DeviceEntry = { deviceId, expiresAt, mac: macOf(keys, deviceId, expiresAt, binding) };
  const others = entries.filter((entry) => knownDevice(keys, [entry], binding) === undefined);
  const value = [fresh, ...others].slice(0, DEVICE_COOKIE_ACCOUNTS).map(textOf).join('~');
  const secure = new URL(publicUrl).protocol === 'https:' ? '; Secure' : '';
  return (
    `${DEVICE_COOKIE}=${value}; Path=${DEVICE_COOKIE_PATH}; HttpOnly; SameSite=Strict${secure}; ` +
    `Max-Age=${DEVICE_COOKIE_LIFETIME_MS / 1000}`
  );
}
