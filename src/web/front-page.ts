import { fill } from '../i18n/catalog';
import type { Assets } from './assets';
import { html } from './html';
import { publicCatalogs } from './i18n';
import type { PublicCatalog } from './i18n/web-catalog';
import { renderPage } from './layout';

/** What the front page shows of the program: its public face only (name, number, chat). */
export interface FrontProgram {
  name: string;
  /** The community number, written for people to read and dial; null before one is set. */
  number: { shown: string; tel: string } | null;
  /** Where the web chat is, when the program has one. */
  chatPath: string | null;
}

export interface FrontPageOptions {
  catalog: PublicCatalog;
  assets: Assets;
  /** Undefined before setup. */
  program: FrontProgram | undefined;
}

/**
 * `GET /`: a plain page. After setup, the program's name and how to reach it, then a way in for
 * the team; before setup, where the one-time setup link is (the server's output) — never the link
 * itself, which would let anyone who opened this page set up the line.
 */
export function renderFrontPage({ catalog, assets, program }: FrontPageOptions): string {
  const f = catalog.front;
  if (!program) {
    const main = html`<h1>${f.notSetUp.heading}</h1>
<p>${f.notSetUp.body}</p>
<p>${f.notSetUp.where}</p>
<p class="hint">${f.notSetUp.never}</p>`;
    return renderPage({ catalog, languages: publicCatalogs, assets, title: f.notSetUp.title, main });
  }
  // The number is a tel: link inside the sentence, wherever each language puts it.
  const [before = '', after = ''] = f.callOrText.split('{number}');
  const reach = program.number
    ? html`<p class="lead">${before}<a href="tel:${program.number.tel}" dir="ltr">${program.number.shown}</a>${after}</p>`
    : html`<p>${f.noNumber}</p>`;
  const main = html`<h1>${fill(f.title, { program: program.name })}</h1>
<section aria-labelledby="reach-heading">
<h2 id="reach-heading">${f.reachHeading}</h2>
${reach}
${program.chatPath ? html`<p><a href="${program.chatPath}">${f.chat}</a></p>` : ''}
</section>
<section aria-labelledby="team-heading">
<h2 id="team-heading">${f.teamHeading}</h2>
<p><a href="/sign-in">${f.signIn}</a></p>
<p>${f.noAccount}</p>
</section>`;
  return renderPage({
    catalog,
    languages: publicCatalogs,
    assets,
    title: fill(f.title, { program: program.name }),
    main,
  });
}
