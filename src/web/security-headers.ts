import type { FastifyInstance } from 'fastify';

/**
 * One strict policy for every page: scripts, styles and images only from Kith itself, never
 * inline, never from a third party (Promise 7: no CDNs, no trackers). Pages may fetch only Kith's
 * own API, may not be framed, and post forms only back to Kith.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  // libsodium runs as WebAssembly; 'wasm-unsafe-eval' allows compiling it and nothing else (no eval).
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers for HTML responses; `https` adds HSTS (a browser ignores it over plain HTTP anyway). */
export function pageHeaders(https: boolean): Record<string, string> {
  return {
    'content-security-policy': CONTENT_SECURITY_POLICY,
    // The setup link carries a secret in its fragment; no page should tell another site where it was.
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=()',
    ...(https ? { 'strict-transport-security': 'max-age=31536000' } : {}),
  };
}

/**
 * Headers on every response, in one place. Nothing is cached unless its route says so (only the
 * content-hashed page assets do); nothing is content-sniffed; HTML gets the page headers above.
 */
export function installSecurityHeaders(app: FastifyInstance, options: { publicUrl: string }): void {
  const forPages = pageHeaders(options.publicUrl.startsWith('https:'));
  app.addHook('onSend', async (_request, reply) => {
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    reply.header('x-content-type-options', 'nosniff');
    const type = reply.getHeader('content-type');
    if (typeof type === 'string' && type.startsWith('text/html')) reply.headers(forPages);
  });
}
