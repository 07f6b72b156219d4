import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ChatGates } from '../chat/gates';
import { chatProgram } from '../chat/service';
import { CHAT_PATH } from '../chat/session';
import type { AppContext } from '../context';
import { CODINGS, chooseCoding } from '../http/codings';
import { typed } from '../http/typed';
import { DomainError } from '../platform/errors';
import { displayNumber } from '../platform/phone';
import { ASSET_PREFIX, loadAssets, type Asset } from './assets';
import { briefingPageRoutes } from './briefing-routes';
import { chatPageRoutes } from './chat-routes';
import { planPageRoutes } from './plan-routes';
import { consoleManifest, ICON_SVG, renderConsolePage } from './console-page';
import { renderFrontPage } from './front-page';
import { languageCookieAttributes, pageLanguage, publicPageLanguage } from './language';
import { renderAlreadySetUpPage, renderSetupPage } from './setup-page';

/** A year: asset URLs carry a hash of their content, so a cached copy can never be stale. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Answered as any unknown address is (src/app.ts). */
const notFound = () => new DomainError('not_found', 'Not found');

/**
 * Web pages and their assets. Pages are presentation only: they call the same JSON API as the CLI.
 * `chatGates` are the chat API's flood gates, which its page's form shares.
 */
export async function webRoutes(fastify: FastifyInstance, ctx: AppContext, chatGates: ChatGates): Promise<void> {
  const app = typed(fastify);
  const assets = await loadAssets({ minify: !ctx.config.development });
  const https = ctx.config.publicUrl.startsWith('https:');
  chatPageRoutes(fastify, ctx, assets, chatGates);
  planPageRoutes(fastify, ctx, assets);
  briefingPageRoutes(fastify, ctx, assets);

  // The same bytes for everyone and no secret inside, so always compressed when the client accepts
  // it (docs/THREAT_MODEL.md, "Compression"); the copies are made here, not by @fastify/compress.
  app.get(`${ASSET_PREFIX}:file`, {
    config: { access: 'public' },
    compress: false,
    schema: { hide: true, params: Type.Object({ file: Type.String() }) },
    handler: async (request, reply) => {
      const asset = assets.get(request.params.file);
      if (!asset) throw notFound();
      return sendAsset(request, reply.header('cache-control', IMMUTABLE), asset);
    },
  });

  const language = (request: FastifyRequest, reply: FastifyReply) => {
    const catalog = pageLanguage(request, reply, https);
    reply.type('text/html; charset=utf-8').header('vary', 'Accept-Language, Cookie');
    return catalog;
  };

  // The program the public pages serve (the chat page's own), or undefined before setup.
  const publicProgram = () => chatProgram({ db: ctx.db.kysely });

  app.get('/', {
    config: { access: 'public' },
    schema: { hide: true },
    handler: async (request, reply) => {
      const program = await publicProgram();
      const front = program && {
        name: program.name,
        number: program.phoneNumber
          ? { shown: displayNumber(program.phoneNumber, program.defaultCountry), tel: program.phoneNumber }
          : null,
        chatPath: CHAT_PATH, // web chat serves every program that exists
      };
      const catalog = publicPageLanguage(request, reply, https);
      reply.type('text/html; charset=utf-8').header('vary', 'Accept-Language, Cookie');
      return reply.send(renderFrontPage({ catalog, assets, program: front }));
    },
  });

  app.get('/setup', {
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
    app.get(path, {
      config: { access: 'public' },
      schema: { hide: true },
      handler: async (request, reply) =>
        reply.send(renderConsolePage({ catalog: language(request, reply), assets, cookieSuffix })),
    });
  }

  app.get('/manifest.webmanifest', {
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
    handler: async (_request, reply) =>
      reply.type('image/svg+xml').header('cache-control', 'public, max-age=86400').send(ICON_SVG),
  });

  // A service worker's scope is capped by where its script lives, so it is served from the root.
  const worker = assets.get(assets.href('sw.js').slice(ASSET_PREFIX.length));
  app.get('/sw.js', {
    config: { access: 'public' },
    compress: false,
    schema: { hide: true },
    handler: async (request, reply) => {
      if (!worker) throw notFound();
      // Browsers check for a new worker on each visit; no-store makes that check real.
      return sendAsset(request, reply.header('cache-control', 'no-store'), worker);
    },
  });
}

/** The asset in the best coding the client accepts; `Vary` always, so no cache hands brotli to a client that refused it. */
async function sendAsset(request: FastifyRequest, reply: FastifyReply, asset: Asset): Promise<FastifyReply> {
  reply.type(asset.contentType).header('vary', 'Accept-Encoding');
  // A tiny file has no compressed copy (it would not be smaller): then the client's next choice.
  let offered = [...CODINGS];
  for (
    let coding = chooseCoding(request.headers['accept-encoding'], offered);
    coding;
    coding = chooseCoding(request.headers['accept-encoding'], offered)
  ) {
    const encoded = await asset.encoded(coding);
    if (encoded) return reply.header('content-encoding', coding).send(encoded);
    offered = offered.filter((other) => other !== coding);
  }
  return reply.send(asset.body);
}
