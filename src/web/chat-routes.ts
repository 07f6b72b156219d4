import type { FastifyInstance, FastifyReply } from 'fastify';
import { isOwnOrigin } from '../auth/resolve';
import type { ChatDeps, ChatGates } from '../chat/gates';
import { CHAT_BODY_LIMIT, ChatFormSchema, ChatQuerySchema } from '../chat/schema';
import { challengeBits, sourceKey } from '../chat/opening';
import { PROOF } from '../chat/proof';
import { chatProgram, leave, MAX_CHAT_CHARS, postWords, requireChatProgram } from '../chat/service';
import {
  CHAT_PATH,
  clearedChatCookie,
  identityFromSession,
  sameToken,
  SESSION_HEADER,
  secretFromCookie,
  secretFromHeader,
  secretFromPage,
  sessionOf,
  sessionOrNew,
  type ChatSession,
} from '../chat/session';
import { openedFor, viewFor } from '../chat/view';
import type { AppContext } from '../context';
import { quickExitLocation } from '../program/texting';
import { textDepsOf } from '../conversations/deps';
import { statusOf } from '../http/errors';
import { typed } from '../http/typed';
import type { Assets } from './assets';
import { LEAVE_PATH, renderChatPage, type ChatPageOptions } from './chat-page';
import type { PublicCatalog } from './i18n';
import { publicPageLanguage } from './language';

/**
 * The public chat's page: the same chat as src/chat's API, for a visitor with or without JavaScript.
 * Without it the form posts here and the page comes back; with it, the page's script uses the API.
 * `gates` are the API's own, so the form is no way around a flood limit.
 */
export function chatPageRoutes(fastify: FastifyInstance, ctx: AppContext, assets: Assets, gates: ChatGates): void {
  const app = typed(fastify);
  const deps: ChatDeps = { ...textDepsOf(ctx), gates };
  const secure = ctx.config.publicUrl.startsWith('https:');

  /** The visitor's session, made (and its cookie set) on their first visit. */
  const sessionFor = (cookieHeader: string | undefined, reply: FastifyReply): ChatSession => {
    const { session, setCookie } = sessionOrNew(deps.keys, cookieHeader, secure);
    if (setCookie) reply.header('set-cookie', setCookie);
    return session;
  };

  /**
   * Under pressure (or when a post was refused for want of a proof): the ticket for the form — the
   * one it sent while still usable — and a challenge for the script (src/chat/opening.ts).
   */
  const gateFor = (
    session: ChatSession,
    problem: ChatPageOptions['problem'],
    sent?: string,
  ): ChatPageOptions['gate'] => {
    const now = deps.clock.now();
    if (problem !== 'proofNeeded' && problem !== 'notYet' && !gates.pressure.underPressure(now)) return undefined;
    const kept = sent === undefined ? undefined : gates.proofs.ticketWait(sent, session.senderIndex, now);
    const ticket = kept === undefined ? gates.proofs.ticket(session.senderIndex, now) : (sent ?? '');
    const wait = kept ?? PROOF.ticketWaitMs;
    return {
      ticket,
      waitSeconds: Math.ceil(wait / 1000),
      challenge: gates.proofs.challenge(session.senderIndex, challengeBits(gates, now), now),
    };
  };

  const page = async (
    reply: FastifyReply,
    catalog: PublicCatalog,
    session: ChatSession,
    extra: Partial<Pick<ChatPageOptions, 'draft' | 'problem' | 'cookieKept' | 'refreshOff' | 'again'>> = {},
    status = 200,
    sentTicket?: string,
  ) => {
    const program = await requireChatProgram(deps);
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
      secret: session.secret,
      ...extra,
      cookieKept: extra.cookieKept ?? true,
      // A chat already open needs no proof for what follows.
      gate: ['waiting', 'noAnswer', 'joined'].includes(view.state)
        ? undefined
        : gateFor(session, extra.problem, sentTicket),
    });
    return reply.status(status).type('text/html; charset=utf-8').header('vary', 'Accept-Language, Cookie').send(body);
  };

  app.get(CHAT_PATH, {
    config: { access: 'public' },
    schema: { hide: true, querystring: ChatQuerySchema },
    handler: async (request, reply) =>
      page(reply, publicPageLanguage(request, reply, secure), sessionFor(request.headers.cookie, reply), {
        refreshOff: request.query.refresh === 'off',
        again: request.query.again === '1' ? 1 : 2,
      }),
  });

  /**
   * The form without JavaScript. Browsers send `Origin: null` on a form post from a page whose
   * referrer policy is no-referrer, so the Origin check cannot stand alone here: the post must also
   * carry the cookie (SameSite=Strict: never on a cross-site post) and the form token derived from it.
   * A browser that keeps no cookie posts the session the page carries instead (its secret and that
   * same token); the answer is then the page itself, not a redirect, which would lose the session.
   */
  app.post(CHAT_PATH, {
    config: { access: 'public' },
    bodyLimit: CHAT_BODY_LIMIT.form,
    schema: { hide: true, body: ChatFormSchema },
    handler: async (request, reply) => {
      const catalog = publicPageLanguage(request, reply, secure, request.body.lang);
      const origin = request.headers.origin;
      const { body } = request;
      const cookieSecret = secretFromCookie(request.headers.cookie);
      const cookieKept = cookieSecret !== undefined;
      const secret = cookieSecret ?? secretFromPage(deps.keys, body.session, body.token);
      const draft = body.message ?? '';
      const foreign =
        (origin !== undefined && origin !== 'null' && !isOwnOrigin(origin, ctx.config)) ||
        request.headers['sec-fetch-site'] === 'cross-site';
      if (foreign || !secret || !sameToken(body.token ?? '', sessionOf(deps.keys, secret).formToken)) {
        const session = sessionFor(request.headers.cookie, reply);
        return page(reply, catalog, session, foreign ? {} : { draft, problem: 'expired' }, 403);
      }
      const session = sessionOf(deps.keys, secret);
      const ticket = body.ticket;
      const kept = { cookieKept, refreshOff: body.refresh === 'off' };
      if (body.action === 'check') return page(reply, catalog, session, { ...kept, draft }, 200, ticket);
      const words = draft.trim();
      if (words === '') return page(reply, catalog, session, { ...kept, problem: 'empty' }, 422);
      if ([...words].length > MAX_CHAT_CHARS)
        return page(reply, catalog, session, { ...kept, draft, problem: 'tooLong' }, 422);
      const program = await requireChatProgram(deps);
      const me = await identityFromSession(secret);
      const entry = { source: sourceKey(deps.keys, request.ip), ticket };
      const result = await postWords(deps, program, session, me, catalog.lang, words, undefined, entry);
      if ('refused' in result) {
        const problem = result.refused;
        const shown = { ...kept, draft: problem === 'blocked' ? '' : draft, problem };
        // The same status the API answers this refusal with.
        return page(reply, catalog, session, shown, statusOf(problem), ticket);
      }
      // Without a cookie the page carries the session, so it is answered here (a reload asks before posting again).
      if (!cookieKept) return page(reply, catalog, session, kept);
      // Post, then redirect: reloading the page cannot send the message twice.
      const off = kept.refreshOff ? '&refresh=off' : '';
      return reply.status(303).header('location', `${CHAT_PATH}?lang=${catalog.lang}${off}#chat-status`).send();
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
      // The page's script sends the session it carries too, for a browser that keeps no cookie.
      const secret =
        secretFromCookie(request.headers.cookie) ?? secretFromHeader(deps.keys, request.headers[SESSION_HEADER]);
      if (program && secret) await leave(deps, program, sessionOf(deps.keys, secret));
      return (
        reply
          .status(303)
          .header('clear-site-data', '"cookies", "storage"')
          .header('set-cookie', clearedChatCookie(secure))
          // Normalised again here: an address stored before normalising must not make this a 500.
          .header('location', quickExitLocation(program?.texting))
          .send()
      );
    },
  });
}
