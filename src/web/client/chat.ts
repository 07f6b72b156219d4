/**
 * The public chat's script. The page works without it (plain form posts the server seals); with
 * it, each message is sealed here, in the visitor's browser, to the team members allowed to read
 * it and to the visitor's own key, and replies are opened here. The server never sees the words.
 *
 * The key pair lives in this tab only: in memory, and in sessionStorage so that switching language
 * (a reload) keeps the chat readable. Never localStorage: closing the tab, or "Leave now", ends it.
 */
import { fill } from '../../i18n/catalog';
import type { SealedRecord } from '@server/crypto/e2e';
import type { ChatPageData, ChatThreadView } from '../i18n/chat';
import { sessionHeaders } from './chat/carried';
import { getLineReady, lineOpened, proofHeaders } from './chat/line-ready';
import { chatNotices } from './chat/notices';
import { listenForQuickExit } from './chat/quick-exit';
import { askReadersAhead, takeReaders } from './chat/readers';
import { hasWebAssembly } from './chat/web-assembly';
import { pageKeys } from './chat/page-keys';
import { forgetKey, toB64 } from './chat/tab-key';
import { byId, pageData } from './shared/dom';

const POLL_MS = 4000;
const LEAVE_PATH = '/chat/leave';
/** How long the page gives libsodium before telling the person it is still on its way (no flash on a fast line). */
const LOCK_NOTE_AFTER_MS = 500;

const data = pageData<ChatPageData>('chat-data');
const text = data.text;
const form = byId('chat-form', HTMLFormElement);
const field = byId('message', HTMLTextAreaElement);
const status = byId('chat-status', HTMLElement);
const problem = byId('chat-problem', HTMLElement);
const thread = byId('thread', HTMLOListElement);
const threadSection = byId('thread-section', HTMLElement);
const sendButton = byId('send', HTMLButtonElement);
const lockNote = byId('lock-note', HTMLElement);
const lineNote = byId('line-ready', HTMLElement);
const { announce, withOtherWays, cookieSeen, cookieKept } = chatNotices(data);
/**
 * No WebAssembly, so no libsodium: the page leaves the form to post itself, as without JavaScript
 * (the server seals the words, and opens replies for this page), and says so.
 */
const formOnly = !hasWebAssembly();

// Set once polling starts (at the end of this file); functions above read it, so it cannot be a const there.
// eslint-disable-next-line prefer-const
let timer: number | undefined;
let sending = false;
let leaving = false;

function showLockNote(shown: boolean): void {
  if (formOnly) return;
  lockNote.hidden = !shown;
  if (shown) sendButton.setAttribute('aria-describedby', 'lock-note');
  else sendButton.removeAttribute('aria-describedby');
}

const keys = pageKeys(() => {
  showLockNote(false);
  // From here every message is sealed in this page (tests wait for this rather than for time).
  form.dataset.sealing = 'page';
});
const { loadCrypto, ownKey, me } = keys;

function showProblem(message: string): void {
  problem.replaceChildren();
  if (message === '') {
    problem.hidden = true;
    return;
  }
  const prefix = document.createElement('span');
  prefix.className = 'visually-hidden';
  prefix.textContent = `${text.errorPrefix} `;
  problem.append(prefix, message);
  problem.hidden = false;
}

/** Status changes only when the state does, so a screen reader hears "someone has joined" once. */
function setStatus(message: string): void {
  if (status.textContent !== message) status.textContent = message;
}

function messageItem(id: string, direction: 'in' | 'out', words: string | null): HTMLLIElement {
  const item = document.createElement('li');
  item.className = `message ${direction === 'in' ? 'from-person' : 'from-team'}`;
  item.dataset.id = id;
  const who = document.createElement('p');
  who.className = 'who';
  who.textContent = direction === 'in' ? text.you : text.team;
  const body = document.createElement('p');
  if (words === null) {
    body.className = 'unreadable';
    body.textContent = text.cannotShow;
  } else {
    body.className = 'words';
    body.dir = 'auto'; // a visitor's right-to-left words read correctly inside a left-to-right page
    body.textContent = words;
  }
  item.append(who, body);
  return item;
}

async function open(record: SealedRecord | null): Promise<string | null> {
  if (!record) return null;
  const e2e = await loadCrypto();
  try {
    return e2e.openRecordText(record, await me());
  } catch {
    return null;
  }
}

/** Messages already there when the page opened are not announced; those after are. */
let settled = false;

async function render(view: ChatThreadView): Promise<void> {
  cookieSeen(view.cookieKept);
  for (const message of view.messages) {
    const shown = thread.querySelector<HTMLLIElement>(`li[data-id="${CSS.escape(message.id)}"]`);
    if (shown && !shown.querySelector('.unreadable')) continue;
    if (formOnly) {
      // Only the server can open it for this page: the person is told, and the button fetches it.
      if (!shown && message.direction === 'out' && settled) announce(text.newReply);
      continue;
    }
    const words = await open(message.record);
    const item = messageItem(message.id, message.direction, words);
    if (shown) shown.replaceWith(item);
    else {
      thread.append(item);
      if (message.direction === 'out' && settled) announce(fill(text.teamWrote, { words: words ?? text.cannotShow }));
    }
  }
  threadSection.hidden = thread.children.length === 0;
  setStatus(view.state === 'new' ? '' : text[view.state]);
  const hadFocus = form.contains(document.activeElement);
  form.hidden = view.state === 'blocked' || (!view.openNow && (view.state === 'new' || view.state === 'closed'));
  // The box went away under the person's hands: focus goes to the line that says why, not to the page.
  if (form.hidden && hadFocus) status.focus();
  // A blocked session will get nothing more: stop asking.
  if (view.state === 'blocked' && timer !== undefined) clearInterval(timer);
}

async function poll(): Promise<void> {
  if (leaving) return;
  try {
    const response = await fetch('/chat/thread', {
      cache: 'no-store',
      credentials: 'same-origin',
      headers: sessionHeaders(),
    });
    if (response.ok) await render((await response.json()) as ChatThreadView);
  } catch {
    // Offline for a moment: the next poll tries again.
  }
}

function newMessageId(): string {
  return `msg_${toB64(window.crypto.getRandomValues(new Uint8Array(12)))}`;
}

/**
 * `fresh`: asked again now (the server said the readers changed). Readers asked for ahead may be out
 * of date; the server then refuses the record (`readersChanged`) and it is sealed again, fresh.
 */
async function seal(id: string, words: string, fresh: boolean): Promise<SealedRecord> {
  const e2e = await loadCrypto();
  const mine = await me();
  const readers = await takeReaders(fresh);
  return e2e.sealRecord({
    recordId: id,
    plaintext: words,
    readers: [...readers, { keyId: mine.keyId, publicKey: mine.publicKey }],
  });
}

/** "Getting the line ready" while the page does the work a new chat costs under a flood, then "ready". */
function showLine(ready: boolean): void {
  lineNote.hidden = false;
  lineNote.textContent = ready ? text.lineReady : text.lineReadying;
  if (ready) form.dataset.line = 'ready';
}

async function postJson(path: string, body: unknown): Promise<Response> {
  return fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...sessionHeaders(), ...(await proofHeaders()) },
    body: JSON.stringify(body),
    cache: 'no-store',
    credentials: 'same-origin',
  });
}

/**
 * Sealed here and posted; or, while libsodium is still on its way and the lock note has told the
 * person so, posted for the server to seal as the no-JavaScript form is — to this tab's own key, so
 * the chat stays readable here. Never the second way without the note on screen.
 */
async function post(id: string, words: string, fresh: boolean): Promise<Response> {
  if (!keys.ready() && !lockNote.hidden) {
    const { publicKey } = await ownKey();
    if (!keys.ready()) return postJson('/chat/words', { id, publicKey, language: data.lang, words });
  }
  const record = await seal(id, words, fresh);
  return postJson('/chat/messages', { id, publicKey: (await me()).publicKey, language: data.lang, record });
}

async function send(words: string): Promise<void> {
  sending = true;
  sendButton.disabled = true;
  setStatus(text.sending);
  try {
    const id = newMessageId();
    let sealedAgain = false;
    let workedAgain = false;
    // Sealed again once if the team on call changed between asking who reads and sending; and the
    // line made ready once if the server asked a new chat for a proof the page did not have yet.
    for (;;) {
      const response = await post(id, words, sealedAgain);
      if (response.status === 201) {
        lineOpened();
        lineNote.hidden = true;
        field.value = '';
        showProblem('');
        thread.append(messageItem(id, 'in', words));
        threadSection.hidden = false;
        // Back to the box for the next message, not six Tabs away.
        field.focus();
        await poll();
        return;
      }
      const code =
        response.status >= 400 && response.status < 500
          ? (((await response.json()) as { error?: { code?: string } }).error?.code ?? '')
          : '';
      if (code === 'readersChanged' && !sealedAgain) {
        sealedAgain = true;
        continue;
      }
      if (code === 'proofNeeded' && !workedAgain) {
        workedAgain = true;
        await getLineReady(undefined, showLine);
        continue;
      }
      showProblem(
        code === 'blocked'
          ? text.blocked
          : code === 'slowDown'
            ? text.slowDown
            : code === 'busy' || code === 'proofNeeded'
              ? text.busy
              : code === 'closedNow'
                ? text.noAnswer
                : withOtherWays(text.failed),
      );
      await poll();
      return;
    }
  } catch {
    showProblem(withOtherWays(text.failed));
  } finally {
    sending = false;
    sendButton.disabled = false;
    // Disabling Send dropped focus to the page: it goes back to the box, the refusal (if any) said by its alert.
    if (document.activeElement === document.body || document.activeElement === sendButton) field.focus();
  }
}

form.addEventListener('submit', (event) => {
  // Without WebAssembly the form posts itself, as without JavaScript.
  if (formOnly) return;
  event.preventDefault();
  if (sending) return;
  const words = field.value.trim();
  if (words === '') return showProblem(text.empty);
  if ([...words].length > data.maxChars) return showProblem(fill(text.tooLong, { max: data.maxChars }));
  void send(words);
});

/**
 * "Leave now": the page is emptied at once, the key and everything this tab kept are dropped, and
 * the server closes the chat, tells the browser to forget the site's cookies and storage, and
 * sends it to a neutral page, which replaces this one in the history.
 */
function leaveNow(event: Event): void {
  event.preventDefault();
  leaving = true;
  if (timer !== undefined) clearInterval(timer);
  // Without a cookie only the page knows the chat: it closes it on the way out (the link cannot carry it).
  if (!cookieKept())
    void fetch(LEAVE_PATH, { headers: sessionHeaders(), keepalive: true, redirect: 'manual' }).catch(() => undefined);
  document.body.replaceChildren();
  document.title = '';
  keys.forget();
  forgetKey();
  try {
    sessionStorage.clear();
  } catch {
    // Storage may be off; there is then nothing to clear.
  }
  location.replace(LEAVE_PATH);
}
byId('leave', HTMLAnchorElement).addEventListener('click', leaveNow);
listenForQuickExit(() => announce(text.escapeAgain), leaveNow);
byId('leave-key', HTMLElement).hidden = false;

if (formOnly) {
  lockNote.textContent = withOtherWays(text.noWasm);
  lockNote.hidden = false;
  sendButton.setAttribute('aria-describedby', 'lock-note');
  form.dataset.sealing = 'server';
}

// libsodium as soon as the page has settled (see loadCrypto), or at once if someone writes first.
const fetchCrypto = () => (formOnly ? undefined : void loadCrypto().catch(() => undefined));
const whenIdle = () =>
  'requestIdleCallback' in window ? requestIdleCallback(fetchCrypto, { timeout: 1000 }) : setTimeout(fetchCrypto, 0);
if (document.readyState === 'complete') whenIdle();
else window.addEventListener('load', whenIdle, { once: true });
field.addEventListener('focus', fetchCrypto, { once: true });
if (!formOnly) field.addEventListener('input', askReadersAhead);
window.setTimeout(() => showLockNote(!keys.ready()), LOCK_NOTE_AFTER_MS);

// Under a flood: the work a new chat costs starts now, while the person reads and writes.
lineNote.setAttribute('aria-live', 'polite');
if (data.challenge && !formOnly) void getLineReady(data.challenge, showLine).catch(() => undefined);

// With the script, new replies arrive by themselves: the "check" button is for pages without it (or without WebAssembly).
byId('check', HTMLButtonElement).hidden = !formOnly;
// Messages already there are opened quietly; only what arrives after that is announced (`announce`).
void poll().finally(() => (settled = true));
timer = window.setInterval(() => void poll(), POLL_MS);
