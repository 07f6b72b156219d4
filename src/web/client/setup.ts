/**
 * The setup page's script. The one-time setup token travels in the URL fragment, which browsers
 * never send to a server: we read it, take it out of the address bar and history at once, and
 * send it only in the body of the setup request. The answer carries the new coordinator's invite;
 * the browser goes straight on to the console's join view with it (in the fragment again), where
 * the coordinator makes their sign-in as any teammate does, and lands on the console's Home.
 */
import type { IssuedInvite } from '@server/auth/issued';
import { SETUP_FIELDS, type SetupClientText, type SetupField } from '../i18n/web-catalog';
import { byId, dropFragment, pageData, showOnly } from './shared/dom';
import { ErrorSummary, type FormProblem } from './shared/error-summary';

interface ApiError {
  error?: { code?: string; fields?: { field: string; message: string }[] };
}

const text = pageData<SetupClientText>('setup-text');
const form = byId('setup-form', HTMLFormElement);
const panels = [byId('needs-script', HTMLElement), byId('no-token', HTMLElement), byId('bad-token', HTMLElement), form];
const errors = new ErrorSummary({
  summary: byId('error-summary', HTMLElement),
  list: byId('error-summary-list', HTMLElement),
  errorPrefix: text.errorPrefix,
  titlePrefix: text.errorTitlePrefix,
});

let token = new URLSearchParams(location.hash.slice(1)).get('token')?.trim() || undefined;
dropFragment();
showOnly(token ? form : byId('no-token', HTMLElement), panels);
carryTokenAcrossLanguages();

let sending = false;
form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!sending && token) void submit(token);
});

async function submit(setupToken: string): Promise<void> {
  sending = true;
  const value = (id: string) => byId(id, HTMLInputElement).value.trim();
  const ticked = [...form.querySelectorAll<HTMLInputElement>('input[name="languages"]:checked')].map(
    (box) => box.value,
  );
  const others = value('otherLanguages')
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map(languageCode);
  const phone = value('phone');
  const body = {
    token: setupToken,
    programName: value('programName'),
    coordinator: {
      name: value('name'),
      phone: phone === '' ? null : phone,
      languages: [...ticked, ...others],
      // Giving a phone number is how someone says they will take calls (the field's hint says so).
      roles: phone === '' ? ['coordinator'] : ['coordinator', 'phone'],
    },
    // The console offers an API token later, to whoever asks for one: none is made here unseen.
    apiToken: false,
  };
  try {
    const response = await fetch('/api/setup', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      cache: 'no-store',
      credentials: 'same-origin',
    });
    if (response.status === 201) return toSignIn(((await response.json()) as { invite: IssuedInvite }).invite);
    if (response.status === 401) return showBadToken();
    const problem = response.status === 422 ? ((await response.json()) as ApiError) : undefined;
    errors.show(problem ? problemsFrom(problem, ticked.length) : [{ message: text.failed }]);
  } catch {
    errors.show([{ message: text.failed }]);
  } finally {
    sending = false;
  }
}

/** Turns the API's field pointers into this form's fields, in the form's order, once each. */
function problemsFrom(problem: ApiError, tickedCount: number): FormProblem[] {
  const named = new Set<SetupField>();
  let other = false;
  for (const { field } of problem.error?.fields ?? [{ field: '' }]) {
    const mine = formField(field, tickedCount);
    if (mine) named.add(mine);
    else other = true;
  }
  const problems: FormProblem[] = SETUP_FIELDS.filter((field) => named.has(field)).map((field) => ({
    field,
    focusId:
      field === 'languages' ? (form.querySelector<HTMLInputElement>('input[name="languages"]')?.id ?? field) : field,
    message: text.fieldErrors[field],
  }));
  return other ? [...problems, { message: text.otherProblem }] : problems;
}

function formField(pointer: string, tickedCount: number): SetupField | undefined {
  if (pointer === '/programName') return 'programName';
  if (pointer === '/coordinator/name') return 'name';
  if (pointer === '/coordinator/phone') return 'phone';
  const language = /^\/coordinator\/languages(?:\/(\d+))?$/.exec(pointer);
  if (!language) return undefined;
  // Ticked boxes come first in the list we sent; anything after them was typed in "other".
  return language[1] !== undefined && Number(language[1]) >= tickedCount ? 'otherLanguages' : 'languages';
}

/** `PT-br` → `pt-BR`: the API wants language codes written the standard way. */
function languageCode(typed: string): string {
  const [language = '', region] = typed.split('-');
  return region === undefined ? language.toLowerCase() : `${language.toLowerCase()}-${region.toUpperCase()}`;
}

/**
 * On to the console's join view on this same address (the invite link names the public address,
 * which may not be the one this browser used), with the invite in the fragment as always, and
 * `first` so it greets the person who just made the line. `replace`: Back must not lead to a
 * form whose token is spent.
 */
function toSignIn(invite: IssuedInvite): void {
  token = undefined; // used up: language links stop carrying it
  errors.clear();
  byId('created', HTMLElement).textContent = text.created;
  const fragment = new URL(invite.inviteUrl).hash.slice(1);
  location.replace(`/join#${fragment}&first=1`);
}

function showBadToken(): void {
  token = undefined;
  errors.clear();
  showOnly(byId('bad-token', HTMLElement), panels);
  byId('bad-token-heading', HTMLElement).focus();
}

/**
 * Switching language loads the page again; the token goes along in the new URL's fragment (never
 * sent to the server) and that page takes it out of the address bar in turn.
 */
function carryTokenAcrossLanguages(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
    link.addEventListener('click', (event) => {
      if (!token || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      location.assign(`${link.href}#token=${encodeURIComponent(token)}`);
    });
  }
}
