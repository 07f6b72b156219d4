/**
 * The responder console's entry point. The server renders the page shell with the visitor's
 * language's words for signing in as JSON; the whole words come once someone is signed in, and
 * switching language fetches the other language's (console/words.ts) and re-renders in place, never
 * reloading the page, so the key held in memory is never lost.
 */
import { render } from 'preact';
import type { ConsolePageData } from '../console-data';
import { App } from './console/app';
import { interceptLinks } from './console/router';
import { loadConsoleWords, type ConsoleWords } from './console/words';
import { pageData, byId } from './shared/dom';

const data = pageData<ConsolePageData>('console-data');
const root = byId('app', HTMLElement);
let lang = data.lang;

/** Each language's whole words, once fetched: on signing in, or on switching to it. */
const whole: Record<string, ConsoleWords> = {};

function show(): void {
  const catalog = whole[lang] ?? data.catalogs[lang];
  if (!catalog) return;
  document.documentElement.lang = lang;
  document.documentElement.dir = catalog.dir;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
    if (link.lang === lang) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
  const skip = document.querySelector('.skip-link');
  if (skip) skip.textContent = catalog.layout.skipLink;
  document.querySelector('.site-header nav')?.setAttribute('aria-label', catalog.layout.languageNav);
  // No key: the same App re-renders with the new words, so a half-written note survives the switch.
  render(<App first={catalog.console} text={whole[lang]?.console} lang={lang} loadText={loadWhole} />, root);
}

/** The whole words of the page's language, for a signed-in console; rejects when they cannot be fetched. */
async function loadWhole(): Promise<void> {
  const wanted = lang;
  const words = whole[wanted] ?? (await loadConsoleWords(wanted));
  if (!words) throw new Error('the console words could not be fetched');
  whole[wanted] = words;
  if (lang === wanted) show();
}

/** The last language asked for: a slow fetch for an earlier choice does not undo a later one. */
let asked = lang;

async function switchTo(next: string): Promise<void> {
  asked = next;
  const words = whole[next] ?? (await loadConsoleWords(next));
  // Offline and never fetched: the page stays in its language rather than reload and drop the key.
  if (!words || asked !== next) return;
  whole[next] = words;
  lang = next;
  document.cookie = `kith_lang=${lang}${data.cookieSuffix}`;
  show();
}

// Language links reload other pages; here they switch in place, so the key in memory stays.
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
  link.addEventListener('click', (event) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void switchTo(link.lang);
  });
}

interceptLinks(root);
// Opening another invite link while on /join changes only the fragment, which reloads nothing by
// itself; start again so the new invite is read (and taken out of the address bar) like the first.
window.addEventListener('hashchange', () => {
  if (location.hash.startsWith('#invite=')) location.reload();
});
show();

if ('serviceWorker' in navigator) {
  // Lets the console open on a flaky connection and be installed; it never stores API answers.
  void navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
}
