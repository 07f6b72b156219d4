import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { chatConversations, conversationAs, onCallMember, readAs, replyAs } from '../../src/chat/test-fixtures';
import type { Member } from '../../src/notes/test-fixtures';
import { chatEn } from '../../src/web/i18n/chat/en';
import { publicCatalogs } from '../../src/web/i18n';
import { en } from '../../src/web/i18n/en';
import { chatEs } from '../../src/web/i18n/chat/es';
import type { ChatText } from '../../src/web/i18n/chat/types';
import { describeInChromium, expectAccessible, tabTo, type PageOptions, type TestPage } from '../support/chromium';
import type { Line } from '../support/line';
import { linePages } from '../support/line-pages';

const ANA = '+12025550111';

describeInChromium('the web chat in a real browser', () => {
  const pages = linePages();
  let line: Line | undefined;

  /** A line served at its own loopback address, Ana on call with a console key, and "Leave now" pointed at loopback. */
  async function start(): Promise<{ line: Line; ana: Member; exitUrl: string }> {
    line = await pages.start();
    const ana = await onCallMember(line, 'Ana', ANA);
    const exitUrl = `${line.t.url}/health`;
    const patched = await line.t.api('PATCH', '/api/program', { texting: { quickExitUrl: exitUrl } }, line.token);
    expect(patched.status).toBe(200);
    return { line, ana, exitUrl };
  }

  async function tab(options: Omit<PageOptions, 'clock'> = {}): Promise<TestPage> {
    if (!line) throw new Error('Start the line before opening its chat');
    return pages.tab(line, options);
  }

  /** The page as a browser without the script sees it, but with scripts on so axe can run. */
  async function withoutScript(): Promise<TestPage> {
    const opened = await tab();
    await opened.page.route('**/assets/chat.*.js', (route) => route.abort());
    return opened;
  }

  const status = (page: Page) => page.locator('#chat-status').innerText();
  const threadText = (page: Page) => page.locator('#thread').innerText();

  async function onlyConversation(ana: Member): Promise<string> {
    await expect.poll(async () => (await chatConversations(ana)).length).toBe(1);
    return (await chatConversations(ana))[0]?.id ?? '';
  }

  it('with JavaScript: words are sealed in the page, the reply is opened in the page, and only ciphertext is sent', async () => {
    const { line, ana } = await start();
    const { page, problems } = await tab();
    const bodies: string[] = [];
    page.on('request', (request) => bodies.push(request.postData() ?? ''));
    await page.goto(`${line.t.url}/chat`);
    await expect.poll(() => page.locator('h1').innerText()).toBe('Chat with Northside Care Line');
    await expect.poll(() => page.locator('#check').isHidden()).toBe(true); // replies arrive by themselves
    // Fetched once the page is idle, without waiting for the box to be focused.
    await page.locator('#chat-form[data-sealing="page"]').waitFor({ state: 'attached' });
    expect(await page.locator('#lock-note').isHidden()).toBe(true);

    await page.locator('#message').fill('I feel unsafe at home tonight');
    await page.locator('#send').click();
    await expect.poll(() => threadText(page)).toContain('I feel unsafe at home tonight');
    await expect.poll(() => status(page)).toBe(chatEn.client.waiting);
    expect(await page.locator('#message').inputValue()).toBe('');

    const id = await onlyConversation(ana);
    expect(await readAs(ana, id)).toEqual(['I feel unsafe at home tonight']);
    await line.sim.runUntilIdle();
    expect(line.sim.inbox(ANA).length).toBeGreaterThan(0); // Ana was alerted
    expect(await replyAs(ana, id, 'I am here with you. What is happening?')).toBe(201);
    await expect.poll(() => threadText(page), { timeout: 15_000 }).toContain('I am here with you. What is happening?');
    await expect.poll(() => status(page)).toBe(chatEn.client.joined);
    expect(await page.locator('.from-team .words').getAttribute('dir')).toBe('auto');

    // The words left the page only sealed.
    const posted = bodies.filter((b) => b !== '');
    expect(posted.some((b) => b.includes('"ciphertext"'))).toBe(true);
    for (const body of posted) expect(body).not.toContain('unsafe at home');
    // The key is this tab's alone: sessionStorage, never localStorage.
    expect(await page.evaluate<number>('localStorage.length')).toBe(0);
    expect(await page.evaluate<boolean>('sessionStorage.getItem("kith_chat_key") !== null')).toBe(true);
    const cookie = (await page.context().cookies()).find((c) => c.name === 'kith_chat');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/chat' });

    await ana.browser.request('POST', `/api/conversations/${id}/close`);
    await expect.poll(() => status(page), { timeout: 15_000 }).toBe(chatEn.client.closed);
    expect(problems).toEqual([]);
  });

  it('before the sealing code arrives: the page says the server will see the words, sends them at once, and the chat stays sealed to this tab', async () => {
    const { line, ana } = await start();
    const { page, problems } = await tab();
    // A slow connection, made certain: the crypto chunk (the only large one) is held until released.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/assets/chunk.*.js', async (route) => {
      const response = await route.fetch();
      if ((await response.body()).length > 100_000) await held;
      await route.fulfill({ response });
    });
    const posts: { path: string; body: string }[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST')
        posts.push({ path: new URL(request.url()).pathname, body: request.postData() ?? '' });
    });
    await page.goto(`${line.t.url}/chat`);
    // Said before anything is sent, and tied to the Send button for screen readers.
    await page.locator('#lock-note').waitFor({ state: 'visible' });
    expect(await page.locator('#lock-note').innerText()).toBe(chatEn.lockNote);
    expect(await page.locator('#send').getAttribute('aria-describedby')).toBe('lock-note');
    await expectAccessible(page, 'the chat while its sealing code is on its way');

    await page.locator('#message').fill('Can someone talk with me');
    await page.locator('#send').click();
    await expect.poll(() => threadText(page)).toContain('Can someone talk with me');
    await expect.poll(() => status(page)).toBe(chatEn.client.waiting);
    expect(posts.map((p) => p.path)).toEqual(['/chat/words']);
    const id = await onlyConversation(ana);
    expect(await readAs(ana, id)).toEqual(['Can someone talk with me']);
    // Sealed to the key this tab made with the browser's X25519, kept for libsodium.
    const kept = await page.evaluate<string>('sessionStorage.getItem("kith_chat_key") ?? ""');
    const tabPublicKey = kept.split('.')[1];
    expect((await conversationAs(ana, id)).personPublicKey).toBe(tabPublicKey);
    expect(await replyAs(ana, id, 'I am Ana. I am here.')).toBe(201);

    // libsodium arrives: the note goes, the reply opens here, and the next message is sealed in the page.
    release();
    await page.locator('#chat-form[data-sealing="page"]').waitFor({ state: 'attached' });
    expect(await page.locator('#lock-note').isHidden()).toBe(true);
    expect(await page.locator('#send').getAttribute('aria-describedby')).toBeNull();
    await expect.poll(() => threadText(page), { timeout: 15_000 }).toContain('I am Ana. I am here.');
    await page.locator('#message').fill('Thank you, Ana');
    await page.locator('#send').click();
    await expect.poll(() => posts.map((p) => p.path)).toEqual(['/chat/words', '/chat/messages']);
    expect(posts[1]?.body).not.toContain('Thank you');
    await expect
      .poll(() => readAs(ana, id))
      .toEqual(['Can someone talk with me', 'I am Ana. I am here.', 'Thank you, Ana']);
    expect(problems).toEqual([]);
  });

  it('without JavaScript: plain form posts, an honest notice, and a button that checks for replies without losing what was typed', async () => {
    const { line, ana, exitUrl } = await start();
    const { page } = await tab({ javaScriptEnabled: false });
    await page.goto(`${line.t.url}/chat`);
    await expect.poll(() => page.locator('main').innerText()).toContain(chatEn.noScriptHeading);
    await page.locator('#message').fill('I need to talk to someone, مرحبا');
    await Promise.all([page.waitForURL(/\/chat\?lang=en/), page.locator('#send').click()]);
    expect(await status(page)).toBe(chatEn.client.waiting);
    expect(await threadText(page)).toContain('I need to talk to someone, مرحبا');

    const id = await onlyConversation(ana);
    expect(await readAs(ana, id)).toEqual(['I need to talk to someone, مرحبا']);
    expect(await replyAs(ana, id, 'Hi, I am Ana. I am listening.')).toBe(201);
    await page.locator('#message').fill('half a tho');
    await page.locator('#check').click();
    await page.locator('.from-team').waitFor();
    expect(await threadText(page)).toContain('Hi, I am Ana. I am listening.');
    expect(await status(page)).toBe(chatEn.client.joined);
    expect(await page.locator('#message').inputValue()).toBe('half a tho');

    // "Leave now" is a plain link: it works without the script too.
    await page.locator('#leave').click();
    await page.waitForURL(exitUrl);
    expect((await page.context().cookies()).filter((c) => c.name === 'kith_chat')).toEqual([]);
    expect((await conversationAs(ana, id)).outcome).toBe('left');
  });

  it('Leave now, by keyboard: clears the page and the session, closes the chat and goes to the neutral page', async () => {
    const { line, ana, exitUrl } = await start();
    const { page, problems } = await tab();
    await page.goto(`${line.t.url}/chat`);
    await page.locator('#message').fill('hello');
    await page.locator('#send').click();
    await expect.poll(() => status(page)).toBe(chatEn.client.waiting);
    const id = await onlyConversation(ana);
    await expect.poll(() => page.evaluate<number>('sessionStorage.length')).toBe(1);

    // First in the keyboard order after the skip link and the language switcher.
    await page.goto(`${line.t.url}/chat`);
    await expect.poll(() => threadText(page)).toContain('hello');
    await tabTo(page, `a:${en.layout.skipLink}`);
    for (const other of publicCatalogs) await tabTo(page, `a:${other.languageName}`);
    await tabTo(page, 'leave');
    await Promise.all([page.waitForURL(exitUrl), page.keyboard.press('Enter')]);
    expect(page.url()).toBe(exitUrl);
    expect(await page.evaluate<number>('sessionStorage.length')).toBe(0);
    expect((await page.context().cookies()).filter((c) => c.name === 'kith_chat')).toEqual([]);
    expect((await conversationAs(ana, id)).outcome).toBe('left');
    expect(problems).toEqual([]);

    // The neutral page replaced the chat in the history: going back does not lead to it.
    await page.goBack();
    expect(page.url()).not.toContain('/chat');

    // Coming back on purpose starts afresh: nothing of the old chat is shown.
    await page.goto(`${line.t.url}/chat`);
    await expect.poll(() => page.locator('main').innerText()).not.toContain('hello');
    await expect.poll(() => page.locator('#thread-section').isHidden()).toBe(true);
    await expect.poll(() => status(page)).toBe('');
  });

  for (const [lang, text] of [
    ['en', chatEn],
    ['es', chatEs],
  ] as [string, ChatText][]) {
    it(`every state is accessible, in ${lang}`, async () => {
      const { line, ana } = await start();
      const { page, problems } = await tab();
      await page.goto(`${line.t.url}/chat?lang=${lang}`);
      await expect.poll(() => page.evaluate<string>('document.documentElement.lang')).toBe(lang);
      await expect.poll(() => page.locator('#leave').innerText()).toBe(text.leave);
      await expectAccessible(page, `${lang}: first screen`);

      await page.locator('#send').click();
      await expect.poll(() => page.locator('#chat-problem').innerText()).toContain(text.client.empty);
      await expectAccessible(page, `${lang}: empty message`);

      await page.locator('#message').fill('שלום, I need help');
      await page.locator('#send').click();
      await expect.poll(() => status(page)).toBe(text.client.waiting);
      await expectAccessible(page, `${lang}: waiting`);

      const id = await onlyConversation(ana);
      expect(await replyAs(ana, id, 'Hello')).toBe(201);
      await expect.poll(() => status(page), { timeout: 15_000 }).toBe(text.client.joined);
      await expectAccessible(page, `${lang}: joined`);

      await ana.browser.request('POST', `/api/conversations/${id}/block`);
      await expect.poll(() => status(page), { timeout: 15_000 }).toBe(text.client.blocked);
      expect(await page.locator('#chat-form').isHidden()).toBe(true);
      expect(await page.locator('#leave').isVisible()).toBe(true);
      await expectAccessible(page, `${lang}: blocked`);

      // Without the script: the notice, a sent message, a reply and the end of the chat.
      const plain = await withoutScript();
      await plain.page.goto(`${line.t.url}/chat?lang=${lang}`);
      await plain.page.locator('#message').fill('hola');
      await Promise.all([plain.page.waitForURL(/\/chat\?lang=/), plain.page.locator('#send').click()]);
      expect(await status(plain.page)).toBe(text.client.waiting);
      await expectAccessible(plain.page, `${lang}: waiting without the script`);
      const second = (await chatConversations(ana)).find((c) => c.id !== id)?.id ?? '';
      expect(await replyAs(ana, second, 'Hola')).toBe(201);
      await ana.browser.request('POST', `/api/conversations/${second}/close`);
      await plain.page.locator('#check').click();
      await plain.page.locator('.from-team').waitFor();
      expect(await status(plain.page)).toBe(text.client.closed);
      await expectAccessible(plain.page, `${lang}: closed without the script`);

      // Off hours: the page says so, and there is nothing to write in.
      const closed = await line.t.api('PATCH', '/api/program', { hours: { weekly: [], exceptions: [] } }, line.token);
      expect(closed.status).toBe(200);
      const later = await tab();
      await later.page.goto(`${line.t.url}/chat?lang=${lang}`);
      await expect.poll(() => later.page.locator('#closed-now').isVisible()).toBe(true);
      await expect.poll(() => later.page.locator('#chat-form').isHidden()).toBe(true);
      await expectAccessible(later.page, `${lang}: off hours`);
      expect(problems).toEqual([]);
    });
  }
});
