import { isIPv4, isIPv6 } from 'node:net';

/**
 * Why the phone provider could not reach an address over the internet, or undefined when it could:
 * this machine only (loopback), a private network, or a name only Tor (.onion) or the local network
 * (.local, .internal…) resolves. Names are not looked up: a typo'd domain still passes here.
 */
export type Unreachable = 'loopback' | 'private';

const LOCAL_SUFFIXES = ['.onion', '.local', '.localdomain', '.internal', '.lan', '.home.arpa'];

export function unreachableReason(hostname: string): Unreachable | undefined {
  const host = hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return 'loopback';
  if (isIPv4(host)) return ipv4Reason(host);
  if (isIPv6(host)) {
    if (host === '::1') return 'loopback';
    if (host === '::') return 'private';
    const mapped = mappedIpv4(host);
    if (mapped !== undefined) return ipv4Reason(mapped);
    // fc00::/7 unique local, fe80::/10 link-local.
    return /^f[cd]|^fe[89ab]/.test(host) ? 'private' : undefined;
  }
  if (!host.includes('.')) return 'private';
  return LOCAL_SUFFIXES.some((suffix) => host.endsWith(suffix)) ? 'private' : undefined;
}

/** An IPv4 address written as IPv6 (`::ffff:127.0.0.1`, which URLs normalise to `::ffff:7f00:1`). */
function mappedIpv4(host: string): string | undefined {
  const dotted = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(host)?.[1];
  if (dotted !== undefined) return dotted;
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(host);
  if (hex === null) return undefined;
  const [high, low] = [parseInt(hex[1] ?? '0', 16), parseInt(hex[2] ?? '0', 16)];
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

function ipv4Reason(ip: string): Unreachable | undefined {
  const [a = 0, b = 0] = ip.split('.').map(Number);
  if (a === 127) return 'loopback';
  if (
    a === 0 ||
    a === 10 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 169 && b === 254) ||
    (a === 100 && b >= 64 && b <= 127)
  )
    return 'private';
  return undefined;
}

/**
 * A link only the machine Kith runs on can open: its host is loopback, or the unspecified address a
 * server listens on (`0.0.0.0`, `::`), which no other device can dial. The one test of it, used
 * wherever Kith shows a link someone else must open (invites), so the try-out (`npm start` on a
 * laptop) can say plainly that a teammate's phone cannot reach it.
 */
export function isLoopbackUrl(url: string): boolean {
  const host = hostOf(url);
  if (host === undefined) return false;
  return host === '0.0.0.0' || host === '::' || unreachableReason(host) === 'loopback';
}

export function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^\[|\]$/g, '');
  } catch {
    return undefined;
  }
}
