import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { chatProgram } from '../chat/service';
import { CHAT_PATH } from '../chat/page';
import type { AppContext } from '../context';
import { displayNumber } from '../platform/phone';
import { ASSET_PREFIX, loadAssets } from './assets';
import { consoleManifest, ICON_SVG, renderConsolePage } from './console-page';
import { chooseLanguage, languageCookie, languageCookieAttributes } from './language';
import { renderFrontPage } from './front-page';
import { renderAlreadySetUpPage, renderSetupPage } from './setup-page';

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

  type PageRequest = { Querystring: { lang?: unknown } };
  const language = (request: FastifyRequest<PageRequest>, reply: FastifyReply) => {
    const { catalog, chosen } = chooseLanguage({
      query: request.query.lang,
      cookieHeader: request.headers.cookie,
      acceptLanguage: request.headers['accept-language'],
    });
    if (chosen) reply.header('set-cookie', languageCookie(catalog.lang, https));
    reply.type('text/html; charset=utf-8').header('vary', 'Accept-Language, Cookie');
    return catalog;
  };

  // The program the public pages serve (the chat page's own), or undefined before setup.
  const publicProgram = () => chatProgram({ db: ctx.db.kysely });

  app.get<PageRequest>('/', {
    config: { access: 'public' },
    schema: { hide: true },
    handler: async (request, reply) => {
      const program = await publicProgram();
      const front = program && {
        name: program.name,
        number: program.phoneNumber ? { shown: displayNumber(program.phoneNumber, program.defaultCountry), tel: program.phoneNumber } : null,
        chatPath: CHAT_PATH, // web chat serves every program that exists
      };
      return reply.send(renderFrontPage({ catalog: language(request, reply), assets, program: front }));
    },
  });

  app.get<PageRequest>('/setup', {
    config: { access: 'public' },
    schema: { hide: true },
    handler: async (request, reply) => {
      const catalog = language(request, reply);
      // Set up already (the link was used): say so and point to sign-in, never the form again.
      if (await publicProgram()) return reply.send(renderAlreadySetUpPage({ catalog, assets }));
      return reply.send(renderSetupPage({ catalog, assets, publicUrl: ctx.config.publicUrl }));
    },
  });

  // The console is one page with its own views; every address inside it gets the same shell.
  const cookieSuffix = languageCookieAttributes(https);
  for (const path of ['/join', '/sign-in', '/console', '/console/*']) {
    app.get<PageRequest>(path, {
      config: { access: 'public' },
      schema: { hide: true },
      handler: async (request, reply) => reply.send(renderConsolePage({ catalog: language(request, reply), assets, cookieSuffix })),
    });
  }

  app.get<PageRequest>('/manifest.webmanifest', {
    config: { access: 'public' },
    schema: { hide: true },
    handler: async (request, reply) => {
      const catalog = language(request, reply);
      return reply.type('application/manifest+json; charset=utf-8').send(JSON.stringify(consoleManifest(catalog)));
    },
  });

  app.get('/icon.svg', {
    config: { access: 'public' },
    schema: { hide: true },
    handler: async (_request, reply) => reply.type('image/svg+xml').header('cache-control', 'public, max-age=86400').send(ICON_SVG),
  });

  // A service worker's scope is capped by where its script lives, so it is served from the root.
  const worker = assets.get(assets.href('sw.js').slice(ASSET_PREFIX.length));
  app.get('/sw.js', {
    config: { access: 'public' },
    schema: { hide: true },
    handler: async (_request, reply) => {
      if (!worker) return reply.status(404).send({ error: { code: 'not_found', message: 'Not found' } });
      // Browsers check for a new worker on each visit; no-store makes that check real.
      return reply.type(worker.contentType).header('cache-control', 'no-store').send(worker.body);
    },
  });
}
