import { MAX_CHAT_CHARS, type ChatRefusal } from '../chat/service';
import { CHAT_PATH } from '../chat/session';
import type { ChatState } from '../chat/view';
import { catalogFor, fill } from '../i18n';
import { displayNumber } from '../platform/phone';
import { describeHours, listFormat } from '../program/hours';
import type { Program } from '../program/types';
import type { Assets } from './assets';
import { html, jsonData, type SafeHtml } from './html';
import { publicCatalogs, type PublicCatalog } from './i18n';
import { chatTextFor, type ChatClientText, type ChatPageData, type ChatText } from './i18n/chat';
import { renderPage } from './layout';

/** "Leave now": a plain link on every state of the page (see chat-routes.ts). */
export const LEAVE_PATH = `${CHAT_PATH}/leave`;
/**
 * Without JavaScript, how often the page of an open chat reloads itself (`<meta http-equiv=refresh>`
 * in `<noscript>`: the CSP has no say over it, and a page with its script ignores it). Long enough to
 * write a short message; the page says so and offers to stop it. The address alternates `again=1`
 * and `again=2`: a refresh to the page's own address, which ends in `#chat-status`, would only
 * scroll to it (a same-document navigation), never reload.
 */
export const REFRESH_SECONDS = 30;

export interface ShownMessage {
  id: string;
  direction: 'in' | 'out';
  /** Null: sealed to a key this page cannot open here (the script may still open it). */
  text: string | null;
}

export interface ChatPageOptions {
  catalog: PublicCatalog;
  assets: Assets;
  program: Program;
  state: ChatState;
  openNow: boolean;
  messages: ShownMessage[];
  /** Ties the form to the visitor's cookie (see chat-routes.ts). */
  formToken: string;
  /** The session's secret: the page carries it (with `formToken`) for a browser that keeps no cookie. */
  secret: string;
  /** The browser sent the cookie back; false: the page alone carries the chat, so it must not reload. */
  cookieKept: boolean;
  /** The visitor asked the page without JavaScript not to reload itself. */
  refreshOff?: boolean;
  /** Which self-reload this page came from (1 or 2; see `REFRESH_SECONDS`). */
  again?: number;
  /** What was typed, kept across "check for new replies" and a refused send. */
  draft?: string;
  /** Why the last post was not taken, or that it was empty or too long. */
  problem?: ChatRefusal | 'empty' | 'tooLong' | 'expired';
  /**
   * Under pressure (src/chat/opening.ts): the form's ticket and the seconds until it is valid (the
   * page without JavaScript), and the challenge the script solves instead.
   */
  gate?: { ticket: string; waitSeconds: number; challenge: string };
}

/** The status line for a state; a new chat has none. */
export function statusText(text: ChatClientText, state: ChatState): string {
  if (state === 'new') return '';
  return text[state];
}

function problemText(
  text: ChatClientText,
  problem: NonNullable<ChatPageOptions['problem']>,
  gate: ChatPageOptions['gate'],
): string {
  if (problem === 'tooLong') return fill(text.tooLong, { max: MAX_CHAT_CHARS });
  if (problem === 'notYet' || problem === 'proofNeeded')
    return fill(text[problem], { seconds: Math.max(1, gate?.waitSeconds ?? 0) });
  if (problem === 'readersChanged' || problem === 'duplicate') return text.failed;
  if (problem === 'closedNow') return text.noAnswer;
  return text[problem];
}

/** The program's promises, from the same facts as the first SMS reply: police, who reads, scope, hours, keeping. */
function promises(chat: ChatText, program: Program, lang: string): SafeHtml {
  const hours = describeHours(program.hours, lang);
  const voice = catalogFor(lang);
  const helpsWith = program.respondsTo.map((s) => voice.scope[s]);
  const scope = [
    helpsWith.length > 0 ? `${voice.scopeIntro} ${listFormat(lang).format(helpsWith)}.` : '',
    program.respondsTo.includes('emergency') ? '' : voice.notEmergencyService,
  ]
    .filter(Boolean)
    .join(' ');
  const kept = fill(chat.keptFor, { hours: program.texting.numberGraceHours });
  return html`<section class="panel" aria-labelledby="promises-heading">
<h2 id="promises-heading">${chat.promisesHeading}</h2>
<ul class="promises">
<li><strong>${chat.neverPolice}</strong></li>
<li>${chat.whoReads}</li>
${scope ? html`<li>${scope}</li>` : ''}
<li>${fill(chat.hours, { hours })}</li>
<li>${fill(chat.kept, { kept: kept.charAt(0).toUpperCase() + kept.slice(1) })}</li>
<li>${chat.noAccount}</li>
</ul>
</section>`;
}

/** Without JavaScript, while a chat is open: how replies show up (the page reloads itself, or the button). */
function noScriptReplies(chat: ChatText, lang: string, reloads: boolean, live: boolean, cookieKept: boolean): SafeHtml {
  if (!live || !cookieKept) return html``;
  const off = `${CHAT_PATH}?lang=${lang}&refresh=off#chat-status`;
  const said = reloads
    ? html`${fill(chat.autoRefresh, { seconds: REFRESH_SECONDS })} <a href="${off}" id="stop-refresh">${chat.stopRefresh}</a>`
    : html`${chat.pressCheck}`;
  return html`<noscript><p class="hint" id="replies-note">${said}</p></noscript>`;
}

function thread(chat: ChatText, messages: ShownMessage[]): SafeHtml {
  const items = messages.map(
    (m) => html`<li class="message ${m.direction === 'in' ? 'from-person' : 'from-team'}" data-id="${m.id}">
<p class="who">${m.direction === 'in' ? chat.you : chat.team}</p>
${m.text === null ? html`<p class="unreadable">${chat.cannotShow}</p>` : html`<p class="words" dir="auto">${m.text}</p>`}
</li>`,
  );
  return html`<section aria-labelledby="thread-heading" id="thread-section"${messages.length === 0 ? html` hidden` : ''}>
<h2 id="thread-heading">${chat.threadHeading}</h2>
<ol id="thread" class="thread">${items}</ol>
</section>`;
}

/**
 * The public chat. Without JavaScript it is a plain form the server answers with this page again;
 * with it, `client/chat.ts` takes the same form over and seals each message in the browser. The
 * "Leave now" link comes first, in every state, and works without JavaScript too.
 */
export function renderChatPage(o: ChatPageOptions): string {
  const chat = chatTextFor(o.catalog.lang);
  const text = chat.client;
  const hours = describeHours(o.program.hours, o.catalog.lang);
  const canWrite =
    o.state !== 'blocked' && (o.openNow || o.state === 'waiting' || o.state === 'noAnswer' || o.state === 'joined');
  const status = statusText(text, o.state);
  const problem = o.problem ? problemText(text, o.problem, o.gate) : '';
  const otherWays = o.program.phoneNumber
    ? fill(chat.otherWays, { number: displayNumber(o.program.phoneNumber, o.program.defaultCountry) })
    : '';
  const data: ChatPageData = {
    lang: o.catalog.lang,
    maxChars: MAX_CHAT_CHARS,
    text,
    challenge: o.gate?.challenge,
    otherWays,
  };
  const live = ['waiting', 'noAnswer', 'joined'].includes(o.state);
  const reloads = live && o.cookieKept && !o.refreshOff;
  const reload = html`<noscript><meta http-equiv="refresh" content="${REFRESH_SECONDS}; url=${CHAT_PATH}?lang=${o.catalog.lang}&again=${o.again === 1 ? 2 : 1}#chat-status"></noscript>`;
  // Said once, by the problem line, when the post was refused for it.
  const gateNote =
    o.gate && o.problem !== 'notYet' && o.problem !== 'proofNeeded'
      ? fill(text.lineWait, { seconds: Math.max(1, o.gate.waitSeconds) })
      : '';
  const main = html`<div class="quick-exit-row">
<a id="leave" class="button warning-button quick-exit" href="${LEAVE_PATH}" aria-describedby="leave-hint">${chat.leave}</a>
</div>
<p id="leave-hint" class="hint leave-hint">${chat.leaveHint} <span id="leave-key" hidden>${chat.leaveKey}</span></p>
<div id="chat-page">
<h1>${fill(chat.heading, { program: o.program.name })}</h1>
${promises(chat, o.program, o.catalog.lang)}
${!o.openNow && !canWrite && o.state !== 'blocked' ? html`<p class="warning" id="closed-now"><strong>${fill(chat.closedNow, { hours })}</strong></p>` : ''}
<noscript><section class="panel" aria-labelledby="no-script-heading"><h2 id="no-script-heading">${chat.noScriptHeading}</h2><p>${chat.noScript}</p></section></noscript>
${thread(chat, o.messages)}
${noScriptReplies(chat, o.catalog.lang, reloads, live, o.cookieKept)}
<p id="cookie-note" class="warning"${o.cookieKept ? html` hidden` : ''}>${o.cookieKept ? '' : `${chat.noCookiesForm} ${otherWays}`.trim()}</p>
<p id="chat-status" class="chat-status" role="status" tabindex="-1">${status}</p>
<p id="chat-news" class="visually-hidden" role="status"></p>
<p id="chat-problem" class="field-error" role="alert"${problem ? '' : html` hidden`}>${problem ? html`<span class="visually-hidden">${chat.errorPrefix} </span>${problem}` : ''}</p>
<form id="chat-form" method="post" action="${CHAT_PATH}" novalidate${canWrite ? '' : html` hidden`}>
<input type="hidden" name="token" value="${o.formToken}">
<input type="hidden" name="lang" value="${o.catalog.lang}">
<input type="hidden" name="session" value="${o.secret}">
${o.refreshOff ? html`<input type="hidden" name="refresh" value="off">` : ''}
${o.gate ? html`<input type="hidden" name="ticket" value="${o.gate.ticket}">` : ''}
<p id="line-ready" class="hint line-ready"${gateNote ? '' : html` hidden`}>${gateNote}</p>
<div class="field">
<label for="message">${chat.messageLabel}</label>
<p class="hint" id="message-hint">${chat.messageHint}</p>
<textarea id="message" name="message" rows="4" dir="auto" maxlength="${MAX_CHAT_CHARS}" aria-describedby="message-hint" autocomplete="off">${o.draft ?? ''}</textarea>
</div>
<div class="button-row">
<button type="submit" class="button" name="action" value="send" id="send">${chat.send}</button>
<button type="submit" class="button secondary" name="action" value="check" id="check">${chat.check}</button>
</div>
<p id="lock-note" class="hint lock-note" hidden>${chat.lockNote}</p>
</form>
</div>
${jsonData('chat-data', data)}`;
  return renderPage({
    languages: publicCatalogs,
    catalog: o.catalog,
    assets: o.assets,
    title: chat.title,
    script: 'chat.js',
    main,
    head: html`<link rel="stylesheet" href="${o.assets.href('chat.css')}">${reloads ? reload : ''}`,
  });
}
