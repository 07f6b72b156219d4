import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isOwnOrigin, requireOwnOrigin } from '../auth/resolve';
import type { AppContext } from '../context';
import { textDepsOf } from '../conversations/deps';
import { loadAssets } from '../web/assets';
import { chooseLanguage, languageCookie } from '../web/language';
import type { WebCatalog } from '../web/i18n';
import { CHAT_PATH, LEAVE_PATH, renderChatPage, type ChatPageOptions } from './page';
import { CHAT_BODY_LIMIT, ChatFormSchema, SealedPostSchema, type ChatForm, type SealedPostBody } from './schema';
import {
  chatGates,
  chatProgram,
  leave,
  MAX_CHAT_CHARS,
  openedFor,
  postSealed,
  postWords,
  responderReaders,
  viewFor,
  type ChatDeps,
  type ChatGates,
  type ChatRefusal,
} from './service';
import {
  chatCookie,
  clearedChatCookie,
  identityFromSession,
  newSecret,
  sameToken,
  secretFromCookie,
  sessionOf,
  type ChatSession,
} from './session';

const REFUSAL_STATUS: Record<ChatRefusal, number> = {
  blocked: 403,
  slowDown: 429,
  busy: 429,
  closedNow: 409,
  readersChanged: 409,
  duplicate: 409,
};

/**
 * The public web chat: no account, no phone number. Every route is public; a session is only the
 * random secret in the visitor's `kith_chat` cookie. Request logs keep the route pattern alone.
 */
export async function chatRoutes(app: FastifyInstance, ctx: AppContext, gates: ChatGates = chatGates()): Promise<void> {
  const deps: ChatDeps = { ...textDepsOf(ctx), gates };
  const assets = await loadAssets({ minify: !ctx.config.development });
  const secure = ctx.config.publicUrl.startsWith('https:');

  type Query = { Querystring: { lang?: unknown } };
  const languageOf = (request: FastifyRequest<Query>, reply: FastifyReply, asked?: string): WebCatalog => {
    const { catalog, chosen } = chooseLanguage({
      query: asked ?? request.query.lang,
      cookieHeader: request.headers.cookie,
      acceptLanguage: request.headers['accept-language'],
    });
    if (chosen) reply.header('set-cookie', languageCookie(catalog.lang, secure));
    return catalog;
  };

  /** The visitor's session, made (and its cookie set) on their first visit. */
  const sessionFor = (request: FastifyRequest, reply: FastifyReply): ChatSession => {
    const existing = secretFromCookie(request.headers.cookie);
    if (existing) return sessionOf(deps.keys, existing);
    const secret = newSecret();
    reply.header('set-cookie', chatCookie(secret, secure));
    return sessionOf(deps.keys, secret);
  };

  const page = async (
    reply: FastifyReply,
    catalog: WebCatalog,
    session: ChatSession,
    extra: Pick<ChatPageOptions, 'draft' | 'problem'> = {},
    status = 200,
  ) => {
    const program = await chatProgram(deps);
    if (!program) return reply.status(404).send({ error: { code: 'not_found', message: 'Not found' } });
    const view = await viewFor(deps, program, session);
    const me = await identityFromSession(session.secret);
    // Only a conversation sealed to the cookie's own key can be opened here; the script opens the rest.
    const messages =
      view.personPublicKey === me.publicKey ? openedFor(view, me) : view.messages.map((m) => ({ ...m, text: null }));
    const body = renderChatPage({
      catalog,
      assets,
      program,
      state: view.state,
      openNow: view.openNow,
      messages,
      formToken: session.formToken,
      ...extra,
    });
    return reply.status(status).type('text/html; charset=utf-8').header('vary', 'Accept-Language, Cookie').send(body);
  };

  app.get<Query>(CHAT_PATH, {
    config: { access: 'public' },
    schema: { hide: true },
    handler: async (request, reply) => page(reply, languageOf(request, reply), sessionFor(request, reply)),
  });

  /**
   * The form without JavaScript. Browsers send `Origin: null` on a form post from a page whose
   * referrer policy is no-referrer, so the Origin check cannot stand alone here: the post must also
   * carry the cookie (SameSite=Strict: never on a cross-site post) and the form token derived from it.
   */
  app.post<Query & { Body: ChatForm }>(CHAT_PATH, {
    config: { access: 'public' },
    bodyLimit: CHAT_BODY_LIMIT.form,
    schema: { hide: true, body: ChatFormSchema },
    handler: async (request, reply) => {
      const catalog = languageOf(request, reply, request.body.lang);
      const origin = request.headers.origin;
      const secret = secretFromCookie(request.headers.cookie);
      const draft = request.body.message ?? '';
      const foreign =
        (origin !== undefined && origin !== 'null' && !isOwnOrigin(origin, ctx.config)) ||
        request.headers['sec-fetch-site'] === 'cross-site';
      if (foreign || !secret || !sameToken(request.body.token ?? '', sessionOf(deps.keys, secret).formToken)) {
        return page(reply, catalog, sessionFor(request, reply), foreign ? {} : { draft, problem: 'expired' }, 403);
      }
      const session = sessionOf(deps.keys, secret);
      if (request.body.action === 'check') return page(reply, catalog, session, { draft });
      const words = draft.trim();
      if (words === '') return page(reply, catalog, session, { problem: 'empty' }, 422);
      if ([...words].length > MAX_CHAT_CHARS) return page(reply, catalog, session, { draft, problem: 'tooLong' }, 422);
      const program = await chatProgram(deps);
      if (!program) return reply.status(404).send({ error: { code: 'not_found', message: 'Not found' } });
      const result = await postWords(deps, program, session, await identityFromSession(secret), catalog.lang, words);
      if ('refused' in result)
        return page(
          reply,
          catalog,
          session,
          { draft: result.refused === 'blocked' ? '' : draft, problem: result.refused },
          REFUSAL_STATUS[result.refused],
        );
      // Post, then redirect: reloading the page cannot send the message twice.
      return reply.status(303).header('location', `${CHAT_PATH}?lang=${catalog.lang}#chat-status`).send();
    },
  });

  app.get(`${CHAT_PATH}/readers`, {
    config: { access: 'public' },
    schema: { hide: true },
    handler: async (request, reply) => {
      const program = await chatProgram(deps);
      if (!program) return reply.status(404).send({ error: { code: 'not_found', message: 'Not found' } });
      const secret = secretFromCookie(request.headers.cookie);
      return { readers: await responderReaders(deps, program, secret ? sessionOf(deps.keys, secret) : undefined) };
    },
  });

  app.get(`${CHAT_PATH}/thread`, {
    config: { access: 'public' },
    schema: { hide: true },
    handler: async (request, reply) => {
      const program = await chatProgram(deps);
      if (!program) return reply.status(404).send({ error: { code: 'not_found', message: 'Not found' } });
      const secret = secretFromCookie(request.headers.cookie);
      return viewFor(deps, program, secret ? sessionOf(deps.keys, secret) : undefined);
    },
  });

  app.post<{ Body: SealedPostBody }>(`${CHAT_PATH}/messages`, {
    config: { access: 'public' },
    bodyLimit: CHAT_BODY_LIMIT.sealed,
    schema: { hide: true, body: SealedPostSchema },
    handler: async (request, reply) => {
      // Sent by the page's script with fetch, which always carries the page's real Origin.
      requireOwnOrigin(request, ctx.config);
      const program = await chatProgram(deps);
      if (!program) return reply.status(404).send({ error: { code: 'not_found', message: 'Not found' } });
      const result = await postSealed(deps, program, sessionFor(request, reply), request.body);
      if ('refused' in result)
        return reply
          .status(REFUSAL_STATUS[result.refused])
          .send({ error: { code: result.refused, message: result.refused } });
      return reply.status(201).send({ id: request.body.id });
    },
  });

  /**
   * "Leave now": a plain link, so it works without JavaScript (a form's redirect to another site
   * would be stopped by the CSP's form-action). A cross-site link never carries the SameSite=Strict
   * cookie, so no other site can close someone's chat with it. The browser is told to forget this
   * site's cookies and storage, and is sent to the neutral page the program chose.
   */
  app.get(LEAVE_PATH, {
    config: { access: 'public' },
    schema: { hide: true },
    handler: async (request, reply) => {
      const program = await chatProgram(deps);
      const secret = secretFromCookie(request.headers.cookie);
      if (program && secret) await leave(deps, program, sessionOf(deps.keys, secret));
      return reply
        .status(303)
        .header('clear-site-data', '"cookies", "storage"')
        .header('set-cookie', clearedChatCookie(secure))
        .header('location', program?.texting.quickExitUrl ?? 'about:blank')
        .send();
    },
  });
}
