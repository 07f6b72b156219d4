import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppContext } from '../context';
import { typed } from '../http/typed';
import { briefingLanguage } from '../i18n/briefing';
import { rotaDepsOf } from '../rota/deps';
import { acknowledgeByLink, BRIEFING_PATH, briefingByLink } from '../rota/briefing/service';
import type { Assets } from './assets';
import { renderBriefingPage, type BriefingPageState } from './briefing-page';

const Params = Type.Object({ token: Type.String({ maxLength: 100 }) });
const Query = Type.Object({ lang: Type.Optional(Type.String({ maxLength: 10 })) });
const Form = Type.Object({
  version: Type.Optional(Type.String({ maxLength: 10 })),
  lang: Type.Optional(Type.String({ maxLength: 10 })),
});

/**
 * The one-time link texted at shift start (src/rota/briefing/): the plan and "I have read it", a
 * plain form, no JavaScript. The token is the credential, good for this one acknowledgement until
 * it expires; the request log names the route, never the URL, and nothing here logs. Opening the
 * link uses nothing up (a phone's link preview must not acknowledge for anyone): only the post does.
 */
export function briefingPageRoutes(fastify: FastifyInstance, ctx: AppContext, assets: Assets): void {
  const app = typed(fastify);
  const deps = rotaDepsOf(ctx);

  const send = async (
    reply: FastifyReply,
    token: string,
    state: BriefingPageState,
    asked: string | undefined,
    status: number,
  ) => {
    const view = state === 'gone' || state === 'done' ? undefined : await briefingByLink(deps, token);
    const lang = briefingLanguage(asked ?? view?.language ?? 'en');
    const shown: BriefingPageState = view || state === 'done' ? state : 'gone';
    return reply
      .status(shown === 'gone' ? 404 : status)
      .type('text/html; charset=utf-8')
      .header('cache-control', 'private, no-store')
      .header('referrer-policy', 'no-referrer')
      .send(
        renderBriefingPage({
          assets,
          lang,
          state: shown,
          action: `${BRIEFING_PATH}/${token}`,
          ...(view ? { program: view.program, plan: view.plan } : {}),
        }),
      );
  };

  app.get(`${BRIEFING_PATH}/:token`, {
    config: { access: 'public' },
    schema: { hide: true, params: Params, querystring: Query },
    handler: async (request, reply) => {
      const view = await briefingByLink(deps, request.params.token);
      const asked = request.query.lang ?? view?.language;
      return send(reply, request.params.token, view ? 'read' : 'gone', asked, 200);
    },
  });

  app.post(`${BRIEFING_PATH}/:token`, {
    config: { access: 'public' },
    bodyLimit: 1024,
    schema: { hide: true, params: Params, body: Form },
    handler: async (request, reply) => {
      const version = Number(request.body.version);
      const token = request.params.token;
      if (!Number.isInteger(version)) return send(reply, token, 'read', request.body.lang, 422);
      const result = await acknowledgeByLink(deps, token, version);
      return send(reply, token, result, request.body.lang, result === 'changed' ? 409 : 200);
    },
  });
}
