import { fill } from '../i18n/catalog';
import type { PlanContent, PlanField } from '../members/plans/content';
import { PLAN_FIELDS } from '../members/plans/content';
import type { PlanStatus } from '../members/plans/plans';
import type { PlanParams } from '../crypto/plan-seal';
import type { Assets } from './assets';
import { html, jsonData, type SafeHtml } from './html';
import type { PublicCatalog } from './i18n';
import type { PlanPageText } from './i18n/plan-page';
import { renderPage } from './layout';

/**
 * The member's plan page (`/plan/:token`): plain HTML forms that work without JavaScript, on a small
 * screen. The token in the address is the one-time link the member was texted (or a responder made
 * beside them). Nothing here is kept by the browser: every answer is no-store.
 */
export type PlanProblem = keyof PlanPageText['problems'];

/** What the page's script needs to lock a plan in the browser: this member's pepper only. */
export interface PlanSealing {
  pepper: string;
  boundTo: string;
  params: PlanParams;
}

/** The script's data (`#plan-data`), read by `client/plan.ts`. */
export interface PlanPageData extends PlanSealing {
  worker: string;
  sealing: PlanPageText['sealing'];
  problems: PlanPageText['problems'];
  problemHeading: string;
}

export interface PlanPageOptions {
  catalog: PublicCatalog;
  languages: readonly PublicCatalog[];
  assets: Assets;
  text: PlanPageText;
  action: string;
  zone: string;
  view:
    | { kind: 'gone' }
    | { kind: 'saved' }
    | { kind: 'destroyed' }
    | { kind: 'write'; draft?: PlanContent; problems?: PlanProblem[]; left?: number; sealing?: PlanSealing }
    | { kind: 'status'; status: PlanStatus; problems?: PlanProblem[]; left?: number };
}

export function renderPlanPage(options: PlanPageOptions): string {
  const { text: t, view } = options;
  // The script is there only to write: it locks the plan in the browser. Seeing a plan to change it
  // stays a form the server answers, so every try of a code is counted (docs/CRYPTO.md).
  const sealing = view.kind === 'write' ? view.sealing : undefined;
  const page = (main: SafeHtml) =>
    renderPage({
      catalog: options.catalog,
      languages: options.languages,
      assets: options.assets,
      title: t.title,
      main,
      ...(sealing ? { script: 'plan.js' } : {}),
    });
  if (view.kind === 'gone') return page(html`<h1>${t.gone.heading}</h1><p>${t.gone.body}</p>`);
  if (view.kind === 'saved') return page(html`<h1>${t.saved.heading}</h1><p>${t.saved.body}</p>`);
  if (view.kind === 'destroyed') return page(html`<h1>${t.destroyed.heading}</h1><p>${t.destroyed.body}</p>`);
  const summary = problemSummary(t, view.problems ?? [], view.left);
  if (view.kind === 'write')
    return page(html`<h1>${t.title}</h1>
<p>${t.intro}</p>
<p>${t.never}</p>
${summary}
${writeForm(options, view.draft)}
${sealing ? jsonData('plan-data', pageData(options, sealing)) : ''}`);
  return page(html`<h1>${t.title}</h1>
${summary}
${history(options, view.status)}
<section class="panel" aria-labelledby="open-heading">
<h2 id="open-heading">${t.open.heading}</h2>
<form method="post" action="${options.action}">
<input type="hidden" name="action" value="open">
<div class="field">
<label for="open-secret">${t.open.label}</label>
<p class="hint" id="open-secret-hint">${t.open.body}</p>
<input id="open-secret" name="secret" type="password" autocomplete="off" required maxlength="200" aria-describedby="open-secret-hint">
</div>
<button type="submit" class="button">${t.open.button}</button>
</form>
</section>
<section class="panel" aria-labelledby="destroy-heading">
<h2 id="destroy-heading">${t.destroy.heading}</h2>
<form method="post" action="${options.action}">
<input type="hidden" name="action" value="destroy">
<p id="destroy-body">${t.destroy.body}</p>
<div class="checkbox">
<input type="checkbox" id="destroy-confirm" name="confirm" value="yes" aria-describedby="destroy-body">
<label for="destroy-confirm">${t.destroy.confirm}</label>
</div>
<button type="submit" class="button">${t.destroy.button}</button>
</form>
</section>
<p>${t.never}</p>`);
}

function pageData(options: PlanPageOptions, sealing: PlanSealing): PlanPageData {
  const t = options.text;
  return {
    ...sealing,
    worker: options.assets.href('plan-worker.js'),
    sealing: t.sealing,
    problems: t.problems,
    problemHeading: t.problemHeading,
  };
}

function problemSummary(t: PlanPageText, problems: PlanProblem[], left: number | undefined): SafeHtml {
  if (problems.length === 0) return html``;
  return html`<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="problems-title">
<h2 id="problems-title">${t.problemHeading}</h2>
<ul>${problems.map((p) => html`<li>${fill(t.problems[p], { left: left ?? 0 })}</li>`)}</ul>
</div>`;
}

function writeForm(options: PlanPageOptions, draft: PlanContent | undefined): SafeHtml {
  const t = options.text;
  const field = (name: PlanField) => {
    const words = t.fields[name];
    return html`<div class="field">
<label for="plan-${name}">${words.label}</label>
${words.hint ? html`<p class="hint" id="plan-${name}-hint">${words.hint}</p>` : ''}
<textarea id="plan-${name}" name="${name}" rows="3" maxlength="1000"${
      words.hint ? html` aria-describedby="plan-${name}-hint"` : ''
    }>${draft?.[name] ?? ''}</textarea>
</div>`;
  };
  return html`<form method="post" action="${options.action}" id="plan-form">
<input type="hidden" name="action" value="write">
${PLAN_FIELDS.map(field)}
<div class="field">
<label for="plan-secret">${t.secret.label}</label>
<p class="hint" id="plan-secret-hint">${t.secret.hint}</p>
<input id="plan-secret" name="secret" type="password" autocomplete="new-password" required maxlength="200" aria-describedby="plan-secret-hint">
</div>
<div class="field">
<label for="plan-secret-again">${t.secret.again}</label>
<input id="plan-secret-again" name="again" type="password" autocomplete="new-password" required maxlength="200">
</div>
<p class="hint" id="plan-sealing-note" hidden>${t.sealing.note}</p>
<button type="submit" class="button" id="plan-save">${t.save}</button>
<div class="plan-sealing">
<progress id="plan-progress" aria-label="${t.sealing.progress}" hidden></progress>
<p id="plan-sealing" role="status"></p>
</div>
</form>`;
}

function history(options: PlanPageOptions, status: PlanStatus): SafeHtml {
  const t = options.text;
  const when = (at: number) =>
    new Intl.DateTimeFormat(options.catalog.lang, {
      timeZone: options.zone,
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(at);
  const items = status.events.map((e) => {
    const how = [t.channel[e.channel], e.scope ? t.scope[e.scope] : ''].filter((x) => x !== '').join(', ');
    const who = e.who.length > 0 ? html` — ${e.who.join(', ')}` : '';
    return html`<li><strong>${t.event[e.kind]}</strong> ${how}${who} <time datetime="${new Date(e.at).toISOString()}">${when(e.at)}</time></li>`;
  });
  return html`<section class="panel" aria-labelledby="history-heading">
<h2 id="history-heading">${t.history.heading}</h2>
${status.updatedAt === null ? '' : html`<p>${fill(t.history.changed, { time: when(status.updatedAt) })}</p>`}
<p>${fill(t.history.wrongTotal, { count: status.wrongTries })}</p>
${status.lockedUntil === null ? '' : html`<p>${fill(t.history.lockedUntil, { time: when(status.lockedUntil) })}</p>`}
${items.length === 0 ? html`<p>${t.history.none}</p>` : html`<ul class="plan-history">${items}</ul>`}
</section>`;
}
