import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireOwnOrigin } from '../auth/resolve';
import type { AppContext } from '../context';
import { textDepsOf } from '../conversations/deps';
import { typed } from '../http/typed';
import type { ChatDeps, ChatGates } from './gates';
import { challengeBits, sourceKey, type Entry } from './opening';
import { CHAT_BODY_LIMIT, SealedPostSchema, WordsPostSchema } from './schema';
import { checkedWords, postSealed, postWords, refusal, requireChatProgram } from './service';
import {
  CHAT_PATH,
  PROOF_HEADER,
  SESSION_HEADER,
  secretFromCookie,
  secretFromHeader,
  sessionOf,
  sessionOrNew,
  type ChatSession,
} from './session';
import { responderReaders, viewFor } from './view';

/**
 * The public web chat's API, for the chat page's script: no account, no phone number. Every route is
 * public; a session is only the random secret in the visitor's `kith_chat` cookie. Request logs keep
 * the route pattern alone. The page itself (and the form that works without JavaScript) is
 * src/web/chat-routes.ts; `gates` are shared with it, so the form is no way around a flood limit.
 */
export function chatRoutes(fastify: FastifyInstance, ctx: AppContext, gates: ChatGates): void {
  const app = typed(fastify);
  const deps: ChatDeps = { ...textDepsOf(ctx), gates };
  const secure = ctx.config.publicUrl.startsWith('https:');
  /** The cookie's session, or (a browser that keeps no cookie) the one the page carries in a header. */
  const sessionIn = (request: FastifyRequest): ChatSession | undefined => {
    const secret =
      secretFromCookie(request.headers.cookie) ?? secretFromHeader(deps.keys, request.headers[SESSION_HEADER]);
    return secret ? sessionOf(deps.keys, secret) : undefined;
  };
  /** The carried session, or a new one with its cookie. */
  const sessionFor = (request: FastifyRequest, reply: FastifyReply): ChatSession => {
    const carried = sessionIn(request);
    if (carried) return carried;
    const { session, setCookie } = sessionOrNew(deps.keys, undefined, secure);
    if (setCookie) reply.header('set-cookie', setCookie);
    return session;
  };
  /** What a new chat shows at the gate: the source's keyed hash (never the address) and the page's proof. */
  const entryOf = (request: FastifyRequest): Entry => {
    const work = request.headers[PROOF_HEADER];
    return { source: sourceKey(deps.keys, request.ip), work: typeof work === 'string' ? work : undefined };
  };

  /**
   * A proof-of-work challenge for this session, at the difficulty the line's pressure asks for now
   * (src/chat/opening.ts). The page asks when its first message was refused as `proofNeeded`.
   */
  app.get(`${CHAT_PATH}/challenge`, {
    config: { access: 'public' },
    schema: { hide: true },
    handler: async (request, reply) => {
      const session = sessionFor(request, reply);
      const now = deps.clock.now();
      return { challenge: gates.proofs.challenge(session.senderIndex, challengeBits(gates, now), now) };
    },
  });

  app.get(`${CHAT_PATH}/readers`, {
    config: { access: 'public' },
    schema: { hide: true },
    handler: async (request) => {
      const program = await requireChatProgram(deps);
      return { readers: await responderReaders(deps, program, sessionIn(request)) };
    },
  });

  app.get(`${CHAT_PATH}/thread`, {
    config: { access: 'public' },
    schema: { hide: true },
    // `cookieKept`: whether this browser sent the cookie back, so the page can say what a reload would lose.
    handler: async (request) => ({
      ...(await viewFor(deps, await requireChatProgram(deps), sessionIn(request))),
      cookieKept: secretFromCookie(request.headers.cookie) !== undefined,
    }),
  });

  app.post(`${CHAT_PATH}/messages`, {
    config: { access: 'public' },
    bodyLimit: CHAT_BODY_LIMIT.sealed,
    schema: { hide: true, body: SealedPostSchema },
    handler: async (request, reply) => {
      // Sent by the page's script with fetch, which always carries the page's real Origin.
      requireOwnOrigin(request, ctx.config);
      const program = await requireChatProgram(deps);
      const session = sessionFor(request, reply);
      const result = await postSealed(deps, program, session, request.body, entryOf(request));
      if ('refused' in result) throw refusal(result.refused);
      return reply.status(201).send({ id: request.body.id });
    },
  });

  /**
   * The page's script on a slow connection, before its sealing code has arrived: the words are
   * sealed here as the no-JavaScript form's are, to the readers and to the key the page made for
   * itself (so it opens the replies later, as with any sealed message). The page says so first.
   */
  app.post(`${CHAT_PATH}/words`, {
    config: { access: 'public' },
    bodyLimit: CHAT_BODY_LIMIT.words,
    schema: { hide: true, body: WordsPostSchema },
    handler: async (request, reply) => {
      requireOwnOrigin(request, ctx.config);
      const { id, publicKey, language, words } = request.body;
      const checked = await checkedWords(publicKey, words);
      const program = await requireChatProgram(deps);
      const session = sessionFor(request, reply);
      const result = await postWords(deps, program, session, { publicKey }, language, checked, id, entryOf(request));
      if ('refused' in result) throw refusal(result.refused);
      return reply.status(201).send({ id });
    },
  });
}
