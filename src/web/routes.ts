import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context';
import { ASSET_PREFIX, loadAssets } from './assets';
import { chooseLanguage, languageCookie } from './language';
import { renderSetupPage } from './setup-page';

/** A year: asset URLs carry a hash of their content, so a cached copy can never be stale. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Web pages and their assets. Pages are presentation only: they call the same JSON API as the CLI. */
export async function webRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const assets = await loadAssets({ minify: !ctx.config.development });
  const https = ctx.config.publicUrl.startsWith('https:');

  app.get<{ Params: { file: string } }>(`${ASSET_PREFIX}:file`, {
    config: { access: 'public' },
    schema: { hide: true },
    handler: async (request, reply) => {
      const asset = assets.get(request.params.file);
      if (!asset) return reply.status(404).send({ error: { code: 'not_found', message: 'Not found' } });
      return reply.type(asset.contentType).header('cache-control', IMMUTABLE).send(asset.body);
    },
  });

  app.get<{ Querystring: { lang?: unknown } }>('/setup', {
    config: { access: 'public' },
    schema: { hide: true },
    handler: async (request, reply) => {
      const { catalog, chosen } = chooseLanguage({
        query: request.query.lang,
        cookieHeader: request.headers.cookie,
        acceptLanguage: request.headers['accept-language'],
      });
      if (chosen) reply.header('set-cookie', languageCookie(catalog.lang, https));
      return reply
        .type('text/html; charset=utf-8')
        .header('vary', 'Accept-Language, Cookie')
        .send(renderSetupPage({ catalog, assets, publicUrl: ctx.config.publicUrl }));
    },
  });
}
