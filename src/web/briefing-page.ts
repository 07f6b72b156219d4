import { DateTime } from 'luxon';
import { BRIEFING_LANGUAGES, briefingTextsFor } from '../i18n/briefing';
import { fillRota } from '../i18n/rota';
import type { EmergencyPlan } from '../program/emergency-plan';
import type { Assets } from './assets';
import { html, type SafeHtml } from './html';
import { publicCatalogs } from './i18n';
import { renderPage } from './layout';

export type BriefingPageState = 'read' | 'changed' | 'done' | 'gone';

export interface BriefingPageOptions {
  assets: Assets;
  /** One of `BRIEFING_LANGUAGES` (src/i18n/briefing.ts): the page's words, `lang` and `dir` follow it. */
  lang: string;
  state: BriefingPageState;
  /** The form's own address (the link), for `read` and `changed`. */
  action?: string;
  program?: { name: string; timeZone: string };
  plan?: EmergencyPlan;
}

/** The plan as written: paragraphs at blank lines, line breaks kept; every word escaped. */
function planText(text: string): SafeHtml[] {
  return text
    .split(/\n\s*\n/)
    .filter((p) => p.trim() !== '')
    .map((p) => {
      const lines = p.split('\n');
      return html`<p>${lines.map((line, i) => html`${i > 0 ? html`<br>` : ''}${line}`)}</p>`;
    });
}

/**
 * The one-time briefing link's page: the emergency plan and one button, a plain form that works
 * without JavaScript (no script at all). Words from src/i18n/briefing.ts (ten languages, eight draft).
 */
export function renderBriefingPage(o: BriefingPageOptions): string {
  const words = briefingTextsFor(o.lang).page;
  const catalog = publicCatalogs.find((c) => c.lang === o.lang) ?? publicCatalogs[0];
  if (!catalog) throw new Error('no web catalog');
  const languages = publicCatalogs.filter((c) => BRIEFING_LANGUAGES.includes(c.lang));
  let body: SafeHtml;
  if (o.state === 'gone') body = html`<p role="status">${words.gone}</p>`;
  else if (o.state === 'done') body = html`<p role="status">${words.done}</p>`;
  else {
    const plan = o.plan;
    const program = o.program;
    if (!plan || !program || !o.action) throw new Error('a briefing page to read needs its plan');
    const saved =
      plan.versionAt === null
        ? ''
        : DateTime.fromMillis(plan.versionAt, { zone: program.timeZone })
            .setLocale(o.lang)
            .toLocaleString(DateTime.DATETIME_MED);
    const paragraphs = planText(plan.text);
    body = html`${o.state === 'changed' ? html`<p role="alert">${words.changed}</p>` : ''}
<p>${fillRota(words.intro, { program: program.name })}</p>
<p>${fillRota(words.version, { version: plan.version, time: saved })}</p>
<section class="plan-text" aria-label="${words.title}">${paragraphs.length > 0 ? paragraphs : html`<p>${words.empty}</p>`}</section>
<form method="post" action="${o.action}">
<input type="hidden" name="version" value="${plan.version}">
<input type="hidden" name="lang" value="${o.lang}">
<button type="submit" class="button">${words.button}</button>
</form>`;
  }
  return renderPage({
    catalog,
    languages,
    title: words.title,
    assets: o.assets,
    main: html`<h1>${words.title}</h1>
${body}`,
  });
}
