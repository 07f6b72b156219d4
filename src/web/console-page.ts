import type { Assets } from './assets';
import { html, jsonData } from './html';
import type { WebCatalog } from './i18n';
import { firstWords, type ConsolePageData } from './console-data';
import { renderPage } from './layout';

export interface ConsolePageOptions {
  catalog: WebCatalog;
  assets: Assets;
  /** `; Path=/; Max-Age=…; SameSite=Strict[; Secure]`: how the script remembers a language choice. */
  cookieSuffix: string;
}

/**
 * The one page behind `/join`, `/sign-in` and `/console/…`. It carries only the visitor's language's
 * words for signing in or joining (every language's whole console made it ~100 KB, most of a first
 * visit); the rest come once someone is signed in, and switching language
 * fetches the others as script chunks and switches in place (client/console/words.ts), because
 * reloading would drop the private key, which lives only in the page's memory. Without JavaScript
 * it says why the console needs it.
 */
export function renderConsolePage({ catalog, assets, cookieSuffix }: ConsolePageOptions): string {
  const shell = catalog.console.shell;
  const data: ConsolePageData = {
    lang: catalog.lang,
    catalogs: { [catalog.lang]: { dir: catalog.dir, layout: catalog.layout, console: firstWords(catalog.console) } },
    cookieSuffix,
  };
  const main = html`<h1>${shell.appName}</h1>
<section class="panel" aria-labelledby="needs-script-heading">
<h2 id="needs-script-heading">${shell.needsScript.heading}</h2>
<p>${shell.needsScript.body}</p>
</section>
${jsonData('console-data', data)}`;
  const head = html`<link rel="manifest" href="/manifest.webmanifest">
<meta name="theme-color" content="#00703c">
<link rel="icon" href="/icon.svg" type="image/svg+xml">`;
  return renderPage({ catalog, assets, title: shell.appName, script: 'console.js', main, app: true, head });
}

/** The web app manifest: installable from the browser's menu, opening straight into the console. */
export function consoleManifest(catalog: WebCatalog): Record<string, unknown> {
  const shell = catalog.console.shell;
  return {
    name: shell.appName,
    short_name: 'Kith',
    description: shell.appDescription,
    lang: catalog.lang,
    dir: catalog.dir,
    id: '/console',
    start_url: '/console',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#00703c',
    icons: [{ src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any maskable' }],
  };
}

/** A plain mark: a rounded square and a "K". Drawn here, so nothing is fetched from elsewhere. */
export const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><rect width="512" height="512" rx="96" fill="#00703c"/><path d="M176 128h56v112l104-112h72L296 248l120 136h-74l-110-126v126h-56z" fill="#fff"/></svg>`;
