import type { Assets } from './assets';
import { html, type SafeHtml } from './html';
import { webCatalogs, type PublicCatalog } from './i18n';

export interface PageOptions {
  catalog: PublicCatalog;
  /** The switcher's languages: the team's pages offer `webCatalogs`, public ones `publicCatalogs`. */
  languages?: readonly PublicCatalog[];
  title: string;
  /** The page's script by its plain name (`setup.js`), if it has one. */
  script?: string;
  assets: Assets;
  /** The contents of `<main>`: its `<h1>` first. */
  main: SafeHtml;
  /**
   * A page whose script renders its own views (the console): `<main>` sits inside `#app`, which
   * the script replaces; what the server put in `<main>` is what shows without JavaScript.
   */
  app?: boolean;
  /** Extra `<head>` lines (the console's manifest and theme colour). */
  head?: SafeHtml;
}

/**
 * The shell every page shares: language and direction from the catalog, a skip link, a language
 * switcher in every language's own name, and exactly one `<main>`. Styles and scripts are files
 * from `/assets/` so the CSP can forbid anything inline.
 */
export function renderPage(options: PageOptions): string {
  const { catalog, assets } = options;
  const text = catalog.layout;
  const languages = (options.languages ?? webCatalogs).map(
    (other) =>
      html`<li><a href="?lang=${other.lang}" lang="${other.lang}" hreflang="${other.lang}" data-lang-switch${
        other.lang === catalog.lang ? html` aria-current="true"` : ''
      }>${other.languageName}</a></li>`,
  );
  const page = html`<!doctype html>
<html lang="${catalog.lang}" dir="${catalog.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${options.title}</title>
<link rel="stylesheet" href="${assets.href('kith.css')}">
${options.script ? html`<script type="module" src="${assets.href(options.script)}"></script>` : ''}
${options.head ?? ''}
</head>
<body>
<a class="skip-link" href="#main">${text.skipLink}</a>
<header class="site-header">
<p class="brand">${text.brand}</p>
<nav aria-label="${text.languageNav}"><ul class="language-switch">${languages}</ul></nav>
</header>
${
  options.app
    ? html`<div id="app"><main id="main" tabindex="-1">
${options.main}
</main></div>`
    : html`<main id="main" tabindex="-1">
${options.main}
</main>`
}
</body>
</html>
`;
  return page.value;
}
