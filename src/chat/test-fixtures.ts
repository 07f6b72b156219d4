import {
  generateIdentity,
  keyId,
  openRecordText,
  ready,
  sealRecord,
  type Identity,
  type SealedRecord,
} from '../crypto/e2e';
import { identityOf, type Member } from '../notes/test-fixtures';
import { solve } from './proof';
import { PROOF_HEADER, SESSION_HEADER } from './session';
import {
  acceptBody,
  Browser,
  inviteToken,
  makeEnrolment,
  OWN_ORIGIN,
  type BrowserResult,
} from '../../test/support/console-client';
import type { Line } from '../../test/support/line';

/**
 * Test helpers for the web chat: a visitor's browser without a real browser (a cookie jar, the
 * page's Origin, the page's form token) that posts either the way the page's script does (sealed
 * here) or the way a plain form does (words in the body), and a responder who answers from the console.
 */

export interface ThreadView {
  state: string;
  openNow: boolean;
  personPublicKey: string | null;
  messages: { id: string; direction: 'in' | 'out'; at: number; record: SealedRecord | null }[];
}

export interface Answer<T = unknown> {
  status: number;
  headers: Headers;
  text: string;
  json: T;
}

let counter = 0;
/** A message id of the form the page's script makes. */
export function chatMessageId(): string {
  counter += 1;
  return `msg_${`test${String(counter).padStart(6, '0')}`.padEnd(16, 'x')}`;
}

export class Visitor {
  cookie: string | undefined;
  token = '';
  /** The session's secret, as the page carries it in its form. */
  secret = '';
  /** The form's ticket, when the page gave one (under pressure, src/chat/opening.ts). */
  ticket: string | undefined;
  /** A solved proof-of-work, sent with every API post until the chat is open (as the page's script does). */
  work: string | undefined;
  /** Every request body this visitor sent, for "the words were never sent" checks. */
  readonly sent: string[] = [];
  identity: Identity | undefined;
  /** A browser that keeps no cookie: its page carries the session instead (`carried`, src/chat/session.ts). */
  keepsCookies = true;
  /** The page's `secret.token`, sent as the page's script sends it when set. */
  carried: string | undefined;

  constructor(
    readonly base: string,
    readonly origin: string | null = OWN_ORIGIN,
  ) {}

  async request<T = unknown>(
    method: string,
    path: string,
    body?: { json?: unknown; form?: Record<string, string> },
    origin: string | null = this.origin,
  ): Promise<Answer<T>> {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = `kith_chat=${this.cookie}`;
    if (this.work) headers[PROOF_HEADER] = this.work;
    if (this.carried) headers[SESSION_HEADER] = this.carried;
    if (origin !== null) headers.origin = origin;
    let payload: string | undefined;
    if (body?.json !== undefined) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(body.json);
    } else if (body?.form !== undefined) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      payload = new URLSearchParams(body.form).toString();
    }
    if (payload !== undefined) this.sent.push(payload);
    const response = await fetch(`${this.base}${path}`, { method, headers, body: payload, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const match = /^kith_chat=([^;]*)/.exec(line);
      if (match && this.keepsCookies) this.cookie = /max-age=0/i.test(line) ? undefined : match[1];
    }
    const text = await response.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, text, json: json as T };
  }

  /** Opens the page: the session cookie and the form token. */
  async open(lang = 'en'): Promise<Answer> {
    const page = await this.request('GET', `/chat?lang=${lang}`);
    this.token = /name="token" value="([^"]+)"/.exec(page.text)?.[1] ?? '';
    this.ticket = /name="ticket" value="([^"]+)"/.exec(page.text)?.[1];
    this.secret = /name="session" value="([^"]+)"/.exec(page.text)?.[1] ?? '';
    return page;
  }

  /** As the page's script under pressure: a challenge asked for and solved (in Node, with the same SHA-256). */
  async solveChallenge(): Promise<void> {
    const { json } = await this.request<{ challenge: string }>('GET', '/chat/challenge');
    this.work = `${json.challenge}:${solve(json.challenge)}`;
  }

  /** As a browser without JavaScript posts the form: `Origin: null` under the page's no-referrer policy. */
  async postForm(message: string, action: 'send' | 'check' = 'send'): Promise<Answer> {
    const form = {
      token: this.token,
      lang: 'en',
      action,
      message,
      ...(this.ticket ? { ticket: this.ticket } : {}),
      ...(this.keepsCookies ? {} : { session: this.secret }),
    };
    const answer = await this.request('POST', '/chat', { form }, 'null');
    // The page sent back carries the ticket to send next (the same one while its wait runs).
    if (answer.status !== 303) this.ticket = /name="ticket" value="([^"]+)"/.exec(answer.text)?.[1];
    return answer;
  }

  async readers(): Promise<{ keyId: string; publicKey: string }[]> {
    return (await this.request<{ readers: { keyId: string; publicKey: string }[] }>('GET', '/chat/readers')).json
      .readers;
  }

  /** As the page's script: sealed here to the readers and to this visitor's own key. */
  async postSealed(words: string, id = chatMessageId()): Promise<Answer<{ id?: string; error?: { code: string } }>> {
    await ready();
    this.identity ??= generateIdentity();
    const me = this.identity;
    const record = sealRecord({
      recordId: id,
      plaintext: words,
      readers: [...(await this.readers()), { keyId: me.keyId, publicKey: me.publicKey }],
    });
    return this.request('POST', '/chat/messages', { json: { id, publicKey: me.publicKey, language: 'en', record } });
  }

  /** As the page's script before libsodium has arrived: the words, for the server to seal to this visitor's key. */
  async postEarly(words: string, id = chatMessageId()): Promise<Answer<{ id?: string; error?: { code: string } }>> {
    await ready();
    this.identity ??= generateIdentity();
    return this.request('POST', '/chat/words', {
      json: { id, publicKey: this.identity.publicKey, language: 'en', words },
    });
  }

  async thread(): Promise<ThreadView> {
    return (await this.request<ThreadView>('GET', '/chat/thread')).json;
  }

  /** What this visitor can read of their thread with their own key. */
  async words(): Promise<(string | null)[]> {
    await ready();
    const me = this.identity;
    return (await this.thread()).messages.map((m) => {
      if (!m.record || !me) return null;
      try {
        return openRecordText(m.record, me);
      } catch {
        return null;
      }
    });
  }
}

export interface ConversationAnswer {
  id: string;
  channel: string;
  state: string;
  outcome: string | null;
  personPublicKey: string | null;
  thread: { id: string; direction: string; record: SealedRecord | null }[];
}

/** A console stand-in whose Origin is the server's own public URL, whichever that is (ownAddress or not). */
class ConsoleBrowser extends Browser {
  constructor(
    base: string,
    private readonly origin: string,
  ) {
    super(base);
  }

  override request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    options: { origin?: string | null } = {},
  ): Promise<BrowserResult<T>> {
    return super.request<T>(method, path, body, {
      origin: options.origin === undefined ? this.origin : options.origin,
    });
  }
}

/** An enrolled responder on call (primary tier, unless `spec` says otherwise) with a console session. */
export async function onCallMember(
  line: Line,
  name: string,
  phone: string,
  spec: Omit<Parameters<Line['addResponder']>[0], 'name' | 'phone'> = { tier: 'primary' },
): Promise<Member> {
  const id = await line.addResponder({ ...spec, name, phone });
  const enrolment = await makeEnrolment(name.toLowerCase(), `${name} walks by the river at dawn`);
  const invited = await line.t.api<{ inviteUrl: string }>(
    'POST',
    `/api/responders/${id}/invite`,
    undefined,
    line.token,
  );
  const origin = new URL(invited.body.inviteUrl).origin;
  const browser = new ConsoleBrowser(line.t.url, origin);
  const accepted = await browser.request(
    'POST',
    '/api/invites/accept',
    acceptBody(inviteToken(invited.body.inviteUrl), enrolment),
  );
  if (accepted.status !== 201) throw new Error(`accept failed: ${accepted.status}`);
  return { id, browser, identity: await identityOf(enrolment), enrolment };
}

export async function chatConversations(member: Member): Promise<{ id: string; channel: string; state: string }[]> {
  return (await member.browser.request<{ id: string; channel: string; state: string }[]>('GET', '/api/conversations'))
    .body;
}

export async function conversationAs(member: Member, id: string): Promise<ConversationAnswer> {
  return (await member.browser.request<ConversationAnswer>('GET', `/api/conversations/${id}`)).body;
}

/** What the console does: take the chat, then seal a reply to the visitor and to oneself in the browser. */
export async function replyAs(member: Member, conversationId: string, words: string): Promise<number> {
  await ready();
  const conversation = await conversationAs(member, conversationId);
  if (conversation.state === 'waiting')
    await member.browser.request('POST', `/api/conversations/${conversationId}/claim`);
  const person = (await conversationAs(member, conversationId)).personPublicKey ?? '';
  const id = chatMessageId();
  const record = sealRecord({
    recordId: id,
    plaintext: words,
    readers: [member.identity, { keyId: keyId(person), publicKey: person }],
  });
  return (await member.browser.request('POST', `/api/conversations/${conversationId}/messages`, { id, record })).status;
}

/** The words of a conversation as a responder's console opens them. */
export async function readAs(member: Member, conversationId: string): Promise<(string | null)[]> {
  await ready();
  return (await conversationAs(member, conversationId)).thread.map((m) =>
    m.record ? openRecordText(m.record, member.identity) : null,
  );
}
