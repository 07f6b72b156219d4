/**
 * The public chat's script. The page works without it (plain form posts the server seals); with
 * it, each message is sealed here, in the visitor's browser, to the team members allowed to read
 * it and to the visitor's own key, and replies are opened here. The server never sees the words.
 *
 * The key pair lives in this tab only: in memory, and in sessionStorage so that switching language
 * (a reload) keeps the chat readable. Never localStorage: closing the tab, or "Leave now", ends it.
 */
import { fill } from '../../i18n/catalog';
import type { Identity, SealedRecord } from '@server/crypto/e2e';
import type { ChatPageData, ChatThreadView } from '../i18n/chat';
import { byId, pageData } from './shared/dom';

type E2e = typeof import('@server/crypto/e2e');

const KEY_SLOT = 'kith_chat_key';
const POLL_MS = 4000;
const LEAVE_PATH = '/chat/leave';

const data = pageData<ChatPageData>('chat-data');
const text = data.text;
const form = byId('chat-form', HTMLFormElement);
const field = byId('message', HTMLTextAreaElement);
const status = byId('chat-status', HTMLElement);
const problem = byId('chat-problem', HTMLElement);
const thread = byId('thread', HTMLOListElement);
const threadSection = byId('thread-section', HTMLElement);
const sendButton = byId('send', HTMLButtonElement);

let crypto: Promise<E2e> | undefined;
let identity: Identity | undefined;
// Set once polling starts (at the end of this file); functions above read it, so it cannot be a const there.
// eslint-disable-next-line prefer-const
let timer: number | undefined;
let sending = false;
let leaving = false;

/** libsodium is loaded only once the visitor writes or there is something to open. */
function loadCrypto(): Promise<E2e> {
  crypto ??= import('@server/crypto/e2e').then(async (e2e) => {
    await e2e.ready();
    return e2e;
  });
  return crypto;
}

const toB64 = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const fromB64 = (textB64: string) =>
  Uint8Array.from(atob(textB64.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));

/** This tab's key pair: the one kept in sessionStorage, or a new one. */
async function me(): Promise<Identity> {
  if (identity) return identity;
  const e2e = await loadCrypto();
  const kept = fromStorage();
  identity = kept ? e2e.identityFromSecretKey(fromB64(kept)) : e2e.generateIdentity();
  if (!kept) toStorage(toB64(identity.secretKey));
  return identity;
}

/** Storage can be switched off (some private modes throw): the key then lives in memory alone. */
function fromStorage(): string | null {
  try {
    return sessionStorage.getItem(KEY_SLOT);
  } catch {
    return null;
  }
}

function toStorage(value: string): void {
  try {
    sessionStorage.setItem(KEY_SLOT, value);
  } catch {
    // Memory only: a reload then starts with a new key, and earlier messages show as unreadable.
  }
}

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

async function render(view: ChatThreadView): Promise<void> {
  for (const message of view.messages) {
    const shown = thread.querySelector<HTMLLIElement>(`li[data-id="${CSS.escape(message.id)}"]`);
    if (shown && !shown.querySelector('.unreadable')) continue;
    const item = messageItem(message.id, message.direction, await open(message.record));
    if (shown) shown.replaceWith(item);
    else thread.append(item);
  }
  threadSection.hidden = thread.children.length === 0;
  setStatus(view.state === 'new' ? '' : text[view.state]);
  form.hidden = view.state === 'blocked' || (!view.openNow && (view.state === 'new' || view.state === 'closed'));
  // A blocked session will get nothing more: stop asking.
  if (view.state === 'blocked' && timer !== undefined) clearInterval(timer);
}

async function poll(): Promise<void> {
  if (leaving) return;
  try {
    const response = await fetch('/chat/thread', { cache: 'no-store', credentials: 'same-origin' });
    if (response.ok) await render((await response.json()) as ChatThreadView);
  } catch {
    // Offline for a moment: the next poll tries again.
  }
}

function newMessageId(): string {
  return `msg_${toB64(window.crypto.getRandomValues(new Uint8Array(12)))}`;
}

async function seal(id: string, words: string): Promise<SealedRecord> {
  const e2e = await loadCrypto();
  const mine = await me();
  const answer = await fetch('/chat/readers', { cache: 'no-store', credentials: 'same-origin' });
  if (!answer.ok) throw new Error('readers');
  const { readers } = (await answer.json()) as { readers: { keyId: string; publicKey: string }[] };
  return e2e.sealRecord({
    recordId: id,
    plaintext: words,
    readers: [...readers, { keyId: mine.keyId, publicKey: mine.publicKey }],
  });
}

async function send(words: string): Promise<void> {
  sending = true;
  sendButton.disabled = true;
  setStatus(text.sending);
  try {
    const id = newMessageId();
    // Sealed again once if the team on call changed between asking who reads and sending.
    for (let attempt = 1; attempt <= 2; attempt++) {
      const record = await seal(id, words);
      const response = await fetch('/chat/messages', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ id, publicKey: (await me()).publicKey, language: data.lang, record }),
        cache: 'no-store',
        credentials: 'same-origin',
      });
      if (response.status === 201) {
        field.value = '';
        showProblem('');
        thread.append(messageItem(id, 'in', words));
        threadSection.hidden = false;
        await poll();
        return;
      }
      const code =
        response.status >= 400 && response.status < 500
          ? (((await response.json()) as { error?: { code?: string } }).error?.code ?? '')
          : '';
      if (code === 'readersChanged' && attempt === 1) continue;
      showProblem(
        code === 'blocked'
          ? text.blocked
          : code === 'slowDown'
            ? text.slowDown
            : code === 'busy'
              ? text.busy
              : code === 'closedNow'
                ? text.noAnswer
                : text.failed,
      );
      await poll();
      return;
    }
  } catch {
    showProblem(text.failed);
  } finally {
    sending = false;
    sendButton.disabled = false;
  }
}

form.addEventListener('submit', (event) => {
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
  document.body.replaceChildren();
  document.title = '';
  identity?.secretKey.fill(0);
  identity = undefined;
  try {
    sessionStorage.clear();
  } catch {
    // Storage may be off; there is then nothing to clear.
  }
  location.replace(LEAVE_PATH);
}
byId('leave', HTMLAnchorElement).addEventListener('click', leaveNow);

// libsodium is the largest part of the page: fetched once someone starts to write, not before.
field.addEventListener('focus', () => void loadCrypto().catch(() => undefined), { once: true });

// With the script, new replies arrive by themselves: the "check" button is for pages without it.
byId('check', HTMLButtonElement).hidden = true;
// Messages already there are opened quietly; only what arrives after that is announced.
void poll().finally(() => {
  thread.setAttribute('aria-live', 'polite');
  thread.setAttribute('aria-relevant', 'additions');
});
timer = window.setInterval(() => void poll(), POLL_MS);
