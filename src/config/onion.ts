import { createHash } from 'node:crypto';

/**
 * Tor onion service addresses (version 3, rend-spec-v3 §6): 56 base32 characters encoding the
 * service's ed25519 public key (32 bytes), a two-byte checksum and the version byte 3. The checksum
 * is checked too, so a mistyped address in KITH_ONION_URL stops the boot instead of silently
 * refusing every sign-in from the real one.
 */
const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
const ADDRESS = /^[a-z2-7]{56}\.onion$/;

export function isOnionV3Hostname(hostname: string): boolean {
  if (!ADDRESS.test(hostname)) return false;
  const bytes = base32Decode(hostname.slice(0, 56));
  const publicKey = bytes.subarray(0, 32);
  const checksum = bytes.subarray(32, 34);
  const version = bytes[34];
  if (version !== 3) return false;
  const expected = createHash('sha3-256').update('.onion checksum').update(publicKey).update(Uint8Array.of(3)).digest();
  return expected[0] === checksum[0] && expected[1] === checksum[1];
}

/** 56 characters × 5 bits = 280 bits = exactly 35 bytes, so there is no padding to handle. */
function base32Decode(text: string): Uint8Array {
  const out = new Uint8Array((text.length * 5) / 8);
  let bits = 0;
  let value = 0;
  let index = 0;
  for (const char of text) {
    value = (value << 5) | BASE32.indexOf(char);
    bits += 5;
    if (bits >= 8) {
      out[index++] = (value >>> (bits - 8)) & 0xff;
      bits -= 8;
    }
  }
  return out;
}
