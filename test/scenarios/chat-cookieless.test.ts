import { afterEach, describe, expect, it } from 'vitest';
import { chatConversations, onCallMember, readAs, Visitor } from '../../src/chat/test-fixtures';
import { chatEn } from '../../src/web/i18n/chat/en';
import { DB_KINDS } from '../support/databases';
import { startLine, type Line } from '../support/line';

const ANA = '+12025550111';

/** A browser that keeps no cookie: the page carries the session (src/chat/session.ts), never two chats for one person. */
describe.each(DB_KINDS)('web chat without cookies (%s)', (kind) => {
  let line: Line;
  afterEach(async () => {
    await line?.stop();
  });

  async function cookieless(): Promise<Visitor> {
    const visitor = new Visitor(line.t.url);
    visitor.keepsCookies = false;
    await visitor.open();
    expect(visitor.cookie).toBeUndefined();
    expect(visitor.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    return visitor;
  }

  it('the script: every call carries the page’s session, so all messages are one conversation, and the page learns no cookie came', async () => {
    line = await startLine(kind);
    const ana = await onCallMember(line, 'Ana', ANA);
    const visitor = await cookieless();
    visitor.carried = `${visitor.secret}.${visitor.token}`;
    expect((await visitor.postSealed('one')).status).toBe(201);
    expect((await visitor.postEarly('two')).status).toBe(201);
    expect((await visitor.postSealed('three')).status).toBe(201);
    const conversations = await chatConversations(ana);
    expect(conversations).toHaveLength(1);
    expect(await readAs(ana, conversations[0]?.id ?? '')).toEqual(['one', 'two', 'three']);
    const thread = (await visitor.request<{ state: string; cookieKept: boolean }>('GET', '/chat/thread')).json;
    expect(thread).toMatchObject({ state: 'waiting', cookieKept: false });

    // A secret without the server's token for it is no session: it reaches nobody's chat.
    const forger = new Visitor(line.t.url);
    forger.keepsCookies = false;
    forger.carried = `${visitor.secret}.${'0'.repeat(64)}`;
    expect((await forger.thread()).state).toBe('new');
    forger.carried = visitor.secret;
    expect((await forger.thread()).state).toBe('new');

    // With a cookie the page works as before, and says so.
    const usual = new Visitor(line.t.url);
    await usual.open();
    expect((await usual.request<{ cookieKept: boolean }>('GET', '/chat/thread')).json.cookieKept).toBe(true);
  });

  it('the form: the session in its fields keeps one conversation, answered with the page (no redirect that would lose it)', async () => {
    line = await startLine(kind);
    const ana = await onCallMember(line, 'Ana', ANA);
    const visitor = await cookieless();
    const first = await visitor.postForm('hello from a cookieless browser');
    expect(first.status).toBe(200);
    // Up to its first quotation mark, which the page escapes.
    expect(first.text).toContain(`<p id="cookie-note" class="warning">${chatEn.noCookiesForm.split('"')[0]}`);
    expect(first.text).toContain(chatEn.client.waiting);
    expect(first.text).not.toContain('http-equiv="refresh"');
    expect((await visitor.postForm('second')).status).toBe(200);
    const checked = await visitor.postForm('', 'check');
    expect(checked.text).toContain('second');
    const conversations = await chatConversations(ana);
    expect(conversations).toHaveLength(1);
    expect(await readAs(ana, conversations[0]?.id ?? '')).toEqual(['hello from a cookieless browser', 'second']);

    // Another token, or another site, is refused as before.
    const wrong = await visitor.request(
      'POST',
      '/chat',
      { form: { token: 'f'.repeat(64), session: visitor.secret, lang: 'en', action: 'send', message: 'x' } },
      'null',
    );
    expect(wrong.status).toBe(403);
    expect(wrong.text).toContain(chatEn.client.expired.slice(0, 40));
    const foreign = await visitor.request(
      'POST',
      '/chat',
      { form: { token: visitor.token, session: visitor.secret, lang: 'en', action: 'send', message: 'x' } },
      'https://evil.example',
    );
    expect(foreign.status).toBe(403);
    expect(await readAs(ana, conversations[0]?.id ?? '')).toHaveLength(2);
  });
});
