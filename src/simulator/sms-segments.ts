/**
 * How many SMS segments a body costs, as carriers count them: a body entirely in the GSM 03.38
 * alphabet travels as 7-bit septets (160 alone, 153 per part once concatenated); anything else
 * forces UCS-2 (70 UTF-16 units alone, 67 per part). Kith's scenarios check `NumSegments`, so
 * packing is done the careful way: an escaped GSM character (two septets) and a surrogate pair
 * (an emoji, two units) are never split across parts, which is why counting isn't a plain division.
 */

const GSM_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
/** The extension table: each costs an escape septet plus itself. */
const GSM_EXTENDED = new Set('\f^{}\\[~]|€');

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export function smsEncoding(body: string): SmsEncoding {
  for (const ch of body) if (!GSM_BASIC.has(ch) && !GSM_EXTENDED.has(ch)) return 'UCS-2';
  return 'GSM-7';
}

export function numSegments(body: string): number {
  // An empty body (a picture alone) still travels as one message.
  if (body === '') return 1;
  const gsm = smsEncoding(body) === 'GSM-7';
  // Units per character, in iteration order (for..of yields whole code points).
  const units: number[] = [];
  for (const ch of body) units.push(gsm ? (GSM_EXTENDED.has(ch) ? 2 : 1) : ch.length);
  const total = units.reduce((a, b) => a + b, 0);
  const single = gsm ? 160 : 70;
  if (total <= single) return 1;
  const perPart = gsm ? 153 : 67;
  let parts = 1;
  let used = 0;
  for (const n of units) {
    if (used + n > perPart) {
      parts++;
      used = 0;
    }
    used += n;
  }
  return parts;
}
