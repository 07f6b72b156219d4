import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import negotiate from '@fastify/accept-negotiator';

/** The content codings Kith sends, best first: brotli is ~15–20% smaller than gzip on our scripts. */
export const CODINGS = ['br', 'gzip'] as const;
export type Coding = (typeof CODINGS)[number];

/**
 * The coding to send for an `Accept-Encoding` header, honouring q-values (`br;q=0` refuses brotli),
 * or undefined for the bytes as they are. The same negotiator @fastify/compress uses for dynamic
 * responses (src/http/compression.ts), so a client gets the same answer from both.
 */
export function chooseCoding(
  acceptEncoding: string | undefined,
  available: readonly Coding[] = CODINGS,
): Coding | undefined {
  if (!acceptEncoding) return undefined;
  // Coding names are case-insensitive; `x-gzip` is gzip's old alias (RFC 9110 §8.4.1.3).
  const header = acceptEncoding.toLowerCase().replace(/\bx-gzip\b/g, 'gzip');
  return negotiate(header, [...available]) ?? undefined;
}

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/**
 * `max` is for the build, which compresses once per release (brotli quality 11, gzip level 9);
 * `fast` is for assets bundled in memory at start (development and tests), compressed on first use.
 */
export function encode(body: Buffer, coding: Coding, effort: 'max' | 'fast'): Promise<Buffer> {
  // zlib's thread pool: the build compresses every file at once, and a server never blocks on it.
  if (coding === 'gzip') return gzipAsync(body, { level: effort === 'max' ? 9 : 6 });
  return brotliAsync(body, {
    params: {
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_QUALITY]: effort === 'max' ? constants.BROTLI_MAX_QUALITY : 5,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
}
