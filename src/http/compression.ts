import compress from '@fastify/compress';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CODINGS } from './codings';
import { LANGUAGE_COOKIE } from './cookies';

/**
 * Compresses dynamic answers (HTML pages, public JSON such as the OpenAPI document) with brotli,
 * then gzip, where the client accepts it. @fastify/compress (the Fastify team's own plugin): it
 * negotiates q-values, adds `Vary: accept-encoding`, leaves `text/event-stream` and bodies under
 * 1 KiB alone, and passes through what a route already encoded (the prebuilt assets).
 *
 * BREACH. Over HTTPS, compression turns content into length: an attacker who can make a browser
 * send requests with words of their choosing reflected in the answer, and who can watch the
 * encrypted lengths (a shared Wi-Fi, a hostile network), learns a secret elsewhere in that answer a
 * character at a time. So an answer is compressed only when it can hold no secret:
 *  - it answers a GET or HEAD (every token, invite, device code, setup answer and wrapped key is
 *    minted or handed back by a POST, and POSTs echo the fields they were sent in their errors);
 *  - the request carried no credential: no `Authorization`, no cookie but the language preference
 *    (a session, the web chat's cookie, any cookie added later). What a credential unlocks —
 *    the console's API, a chat's form token and words — is exactly what the attack is after, and a
 *    SameSite cookie does not stop a same-site attacker (another site on a sibling subdomain);
 *  - the answer sets no cookie but the language preference (the chat page mints its cookie and the
 *    form token bound to it in the same answer).
 * What remains is the same for everyone who asks, so its compressed length tells nothing a
 * stranger could not fetch. The content-hashed scripts and styles are compressed always (their
 * route opts out of this plugin and serves copies made at build). docs/THREAT_MODEL.md has the
 * same reasoning; src/http/compression.test.ts holds it.
 */
export async function installCompression(app: FastifyInstance): Promise<void> {
  // Before the plugin's own onRoute hook, which reads `compress`: a route that answers no GET or HEAD
  // can never be compressed (below), so it carries none of the plugin's hooks nor this file's. The
  // provider's webhooks are all POSTs, and each hook is work on every call and text (issue 14).
  app.addHook('onRoute', (route) => {
    if (route.compress !== undefined) return;
    if (!readsOnly(route.method)) {
      route.compress = false;
      return;
    }
    route.onSend = [...hooksOf(route.onSend), optOutWhereSecret];
  });
  await app.register(compress, {
    encodings: [...CODINGS],
    threshold: 1024,
    // Nothing posts compressed bodies to Kith; inflating them would only let a small request become a big one.
    globalDecompression: false,
  });
}

/**
 * Runs before the plugin's onSend on the same route (it was added first): the plugin's documented
 * per-request opt-out is the `x-no-compression` request header.
 */
async function optOutWhereSecret(request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
  if (!mayCompress(request, reply)) request.headers['x-no-compression'] = 'secret-bearing';
  return payload;
}

function readsOnly(method: string | string[]): boolean {
  return (Array.isArray(method) ? method : [method]).every((m) => m === 'GET' || m === 'HEAD');
}

function hooksOf<T>(hooks: T | T[] | undefined): T[] {
  return hooks === undefined ? [] : Array.isArray(hooks) ? hooks : [hooks];
}

/** Whether this answer could hold a secret worth attacking (see above): only when it could not. */
export function mayCompress(request: FastifyRequest, reply: FastifyReply): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (request.headers.authorization !== undefined) return false;
  if (cookieNames(request.headers.cookie).some((name) => name !== LANGUAGE_COOKIE)) return false;
  const setCookie = reply.getHeader('set-cookie');
  const set = setCookie === undefined ? [] : Array.isArray(setCookie) ? setCookie : [String(setCookie)];
  return set.every((cookie) => cookieNames(cookie.split(';', 1)[0]).every((name) => name === LANGUAGE_COOKIE));
}

function cookieNames(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(';')
    .map((part) => part.split('=', 1)[0]!.trim())
    .filter((name) => name !== '');
}
