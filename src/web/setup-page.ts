import { catalogs as callerCatalogs } from '../i18n';
import { languageInfo } from '../i18n/languages';
import { fill } from '../i18n/catalog';
import type { Assets } from './assets';
import { html, jsonData, type SafeHtml } from './html';
import type { FieldText, SetupClientText, WebCatalog } from './i18n/web-catalog';
import { renderPage } from './layout';

export interface SetupPageOptions {
  catalog: WebCatalog;
  assets: Assets;
  /** Kith's public address, for the command lines shown on the page. */
  publicUrl: string;
}

/**
 * The first-run page. The server renders every state (needs JavaScript, no token, used token, the
 * form) and the script shows one: the setup token is read from the URL fragment in the browser,
 * so it never reaches the server in a request line, a log or a Referer. Without JavaScript only
 * the first state shows, with the command-line alternative. Once the program is made, the script
 * hands the browser to the console's join view with the coordinator's invite: their sign-in is
 * made exactly as every teammate's is.
 */
export function renderSetupPage({ catalog, assets, publicUrl }: SetupPageOptions): string {
  const s = catalog.setup;
  const cli = fill(s.needsScript.cliCommand, { url: publicUrl });
  const main = html`<h1>${s.heading}</h1>
<p>${s.intro}</p>

<section id="needs-script" class="panel" aria-labelledby="needs-script-heading">
<h2 id="needs-script-heading">${s.needsScript.heading}</h2>
<p>${s.needsScript.body}</p>
<p>${s.needsScript.cliIntro}</p>
<pre><code>${cli}</code></pre>
<p>${s.needsScript.tokenHint}</p>
</section>

<section id="no-token" class="panel" aria-labelledby="no-token-heading" hidden>
<h2 id="no-token-heading" tabindex="-1">${s.noToken.heading}</h2>
<p>${s.noToken.body}</p>
</section>

<section id="bad-token" class="panel" aria-labelledby="bad-token-heading" hidden>
<h2 id="bad-token-heading" tabindex="-1">${s.badToken.heading}</h2>
<p>${s.badToken.body}</p>
<p>${s.badToken.alreadySetUp} <a href="/sign-in">${s.alreadySetUp.signIn}</a></p>
</section>

<form id="setup-form" method="post" novalidate hidden>
<div id="error-summary" class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title" hidden>
<h2 id="error-summary-title">${s.form.errorSummaryTitle}</h2>
<ul id="error-summary-list"></ul>
</div>
${textField('programName', s.form.programName, html` autocomplete="organization" maxlength="120"`)}
${textField('name', s.form.name, html` autocomplete="name" maxlength="120"`)}
${textField('phone', s.form.phone, html` autocomplete="tel" maxlength="40"`, 'tel')}
${languageChoices(catalog)}
${textField('otherLanguages', s.form.otherLanguages, html` autocomplete="off" spellcheck="false" maxlength="60"`)}
<button type="submit" class="button">${s.form.submit}</button>
<p id="created" role="status"></p>
</form>

${jsonData('setup-text', s.client satisfies SetupClientText)}`;
  return renderPage({ catalog, assets, title: s.title, script: 'setup.js', main });
}

/**
 * `GET /setup` once a program exists: whatever the link's token, setup is done, so the page says
 * so and points to sign-in instead of showing the form again. No script: nothing to do here.
 */
export function renderAlreadySetUpPage({ catalog, assets }: Omit<SetupPageOptions, 'publicUrl'>): string {
  const s = catalog.setup.alreadySetUp;
  const main = html`<h1>${s.heading}</h1>
<p>${s.body}</p>
<p><a class="button" href="/sign-in">${s.signIn}</a></p>
<p>${s.noAccount}</p>`;
  return renderPage({ catalog, assets, title: s.title, main });
}

/** Label, hint, a slot for the error (GOV.UK order), then the input. */
function textField(id: string, text: FieldText, attributes: SafeHtml, type: 'text' | 'tel' = 'text'): SafeHtml {
  return html`<div class="field" id="${id}-field">
<label for="${id}">${text.label}</label>
<p class="hint" id="${id}-hint">${text.hint}</p>
<p class="field-error" id="${id}-error" hidden></p>
<input id="${id}" name="${id}" type="${type}" aria-describedby="${id}-hint"${attributes}>
</div>`;
}

/** A checkbox for each language Kith can greet callers in, named in that language; the page's own is ticked. */
function languageChoices(catalog: WebCatalog): SafeHtml {
  const text = catalog.setup.form.languages;
  const codes = Object.keys(callerCatalogs);
  const ticked = codes.includes(catalog.lang) ? catalog.lang : codes[0];
  const boxes = codes.map(
    (code) => html`<div class="checkbox">
<input type="checkbox" id="languages-${code}" name="languages" value="${code}"${code === ticked ? html` checked` : ''}>
<label for="languages-${code}" lang="${code}">${languageInfo(code)?.nativeName ?? code}</label>
</div>`,
  );
  return html`<div class="field" id="languages-field">
<fieldset aria-describedby="languages-hint">
<legend>${text.legend}</legend>
<p class="hint" id="languages-hint">${text.hint}</p>
<p class="field-error" id="languages-error" hidden></p>
${boxes}
</fieldset>
</div>`;
}
