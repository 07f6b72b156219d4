import type { BrowserContext, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { chatConversations, conversationAs, onCallMember, readAs, replyAs } from '../../src/chat/test-fixtures';
import type { Member } from '../../src/notes/test-fixtures';
import { REFRESH_SECONDS } from '../../src/web/chat-page';
import { chatEn } from '../../src/web/i18n/chat/en';
import { chatEs } from '../../src/web/i18n/chat/es';
import type { ChatText } from '../../src/web/i18n/chat/types';
import { describeInChromium, expectAccessible, focused, type PageOptions } from '../support/chromium';
import type { Line } from '../support/line';
import { linePages } from '../support/line-pages';

const ANA = '+12025550111';
/** The line's number as the chat page writes it (test/support/line.ts's COMMUNITY_NUMBER, nationally). */
const SHOWN_NUMBER = '(202) 555-0100';

/**
 * A browser that keeps no cookie (its settings, or a privacy extension): every request goes to the
 * server from here, with the page's own headers, and every `Set-Cookie` is dropped on the way back.
 * Fetched with Node rather than `route.fetch`, which would keep the cookie in the context's jar.
 */
async function blockCookies(context: BrowserContext, base: string): Promise<void> {
  await context.route(`${base}/**`, async (route) => {
    const request = route.request();
    const headers = Object.fromEntries(
      Object.entries(await request.allHeaders()).filter(
        ([name]) => !['host', 'cookie', 'content-length'].includes(name),
      ),
    );
    const answer = await fetch(request.url(), {
      method: request.method(),
      headers,
      body: request.postDataBuffer() ?? undefined,
      redirect: 'manual',
    });
    const kept: Record<string, string> = {};
    answer.headers.forEach((value, name) => {
      // Node has already decoded the body; the cookie is what this browser never keeps.
      if (!['set-cookie', 'content-encoding', 'content-length'].includes(name)) kept[name] = value;
    });
    await route.fulfill({ status: answer.status, headers: kept, body: Buffer.from(await answer.arrayBuffer()) });
  });
}

describeInChromium('the web chat never fails silently', () => {
  const pages = linePages();

  async function start(): Promise<{ line: Line; ana: Member; exitUrl: string }> {
    const line = await pages.start();
    const ana = await onCallMember(line, 'Ana', ANA);
    const exitUrl = `${line.t.url}/health`;
    const patched = await line.t.api('PATCH', '/api/program', { texting: { quickExitUrl: exitUrl } }, line.token);
    expect(patched.status).toBe(200);
    return { line, ana, exitUrl };
  }

  const open = (line: Line, options: Omit<PageOptions, 'clock'> = {}) => pages.tab(line, options);
  const status = (page: Page) => page.locator('#chat-status').innerText();
  const threadText = (page: Page) => page.locator('#thread').innerText();

  async function onlyConversation(ana: Member): Promise<string> {
    await expect.poll(async () => (await chatConversations(ana)).length).toBe(1);
    return (await chatConversations(ana))[0]?.id ?? '';
  }

  for (const [lang, text] of [
    ['en', chatEn],
    ['es', chatEs],
  ] as [string, ChatText][]) {
    it(`cookies blocked, JavaScript on (${lang}): one conversation, replies arrive, the page says what a reload would lose`, async () => {
      const { line, ana } = await start();
      const { page, problems } = await open(line);
      await blockCookies(page.context(), line.t.url);
      await page.goto(`${line.t.url}/chat?lang=${lang}`);
      await expect.poll(() => page.locator('#cookie-note').innerText()).toContain(text.client.noCookies);
      expect(await page.locator('#cookie-note').innerText()).toContain(SHOWN_NUMBER);
      await expect.poll(() => page.locator('#chat-news').innerText()).toBe(text.client.noCookies);

      await page.locator('#message').fill('first message');
      await page.locator('#send').click();
      await expect.poll(() => status(page)).toBe(text.client.waiting);
      await page.locator('#message').fill('second message');
      await page.locator('#send').click();
      await expect.poll(() => threadText(page)).toContain('second message');
      const id = await onlyConversation(ana);
      await expect.poll(() => readAs(ana, id)).toEqual(['first message', 'second message']);
      expect(await page.context().cookies()).toEqual([]);

      expect(await replyAs(ana, id, 'Ana here, I read you')).toBe(201);
      await expect.poll(() => threadText(page), { timeout: 15_000 }).toContain('Ana here, I read you');
      await expect.poll(() => status(page)).toBe(text.client.joined);
      await expectAccessible(page, `${lang}: cookies blocked, with the script`);

      // "Leave now" closes the chat the page carried, though no cookie could tell the server which.
      await page.locator('#leave').click();
      await expect.poll(async () => (await conversationAs(ana, id)).outcome).toBe('left');
      expect(await chatConversations(ana)).toHaveLength(1);
      expect(problems).toEqual([]);
    });

    it(`cookies blocked, JavaScript off (${lang}): the form carries the chat and says so`, async () => {
      const { line, ana } = await start();
      const { page } = await open(line, { javaScriptEnabled: false });
      await blockCookies(page.context(), line.t.url);
      await page.goto(`${line.t.url}/chat?lang=${lang}`);
      await page.locator('#message').fill('hello without cookies');
      await page.locator('#send').click();
      await expect.poll(() => status(page)).toBe(text.client.waiting);
      expect(await page.locator('#chat-problem').isHidden()).toBe(true);
      expect(await page.locator('#cookie-note').innerText()).toBe(`${text.noCookiesForm} ${fillNumber(text)}`);
      // No self-reload: the page alone holds the chat, and reloading it would lose it.
      expect(await page.locator('meta[http-equiv="refresh"]').count()).toBe(0);

      await page.locator('#message').fill('and again');
      await page.locator('#send').click();
      await expect.poll(() => threadText(page)).toContain('and again');
      const id = await onlyConversation(ana);
      expect(await readAs(ana, id)).toEqual(['hello without cookies', 'and again']);
      expect(await replyAs(ana, id, 'I am with you')).toBe(201);
      await page.locator('#message').fill('half writ');
      await page.locator('#check').click();
      await expect.poll(() => threadText(page)).toContain('I am with you');
      expect(await page.locator('#message').inputValue()).toBe('half writ');
      expect(await chatConversations(ana)).toHaveLength(1);

      // The same page as axe sees it (scripts on so it can run, the chat's own script held back).
      const checked = await open(line);
      await blockCookies(checked.page.context(), line.t.url);
      // An empty script rather than a refused one, which the console would report as an error.
      await checked.page.route('**/assets/chat.*.js', (route) =>
        route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }),
      );
      await checked.page.goto(`${line.t.url}/chat?lang=${lang}`);
      await checked.page.locator('#message').fill('checking');
      await checked.page.locator('#send').click();
      await expect.poll(() => checked.page.locator('#cookie-note').isVisible()).toBe(true);
      await expectAccessible(checked.page, `${lang}: cookies blocked, without the script`);
      expect(checked.problems).toEqual([]);
    });

    it(`no WebAssembly (${lang}): the page falls back to the form the server seals, and says so`, async () => {
      const { line, ana } = await start();
      const { page, problems } = await open(line);
      await page.addInitScript('delete globalThis.WebAssembly');
      await page.goto(`${line.t.url}/chat?lang=${lang}`);
      await page.locator('#chat-form[data-sealing="server"]').waitFor({ state: 'attached' });
      expect(await page.locator('#lock-note').innerText()).toBe(`${text.client.noWasm} ${fillNumber(text)}`);
      expect(await page.locator('#send').getAttribute('aria-describedby')).toBe('lock-note');
      expect(await page.locator('#check').isVisible()).toBe(true);
      await expectAccessible(page, `${lang}: no WebAssembly`);

      await page.locator('#message').fill('no wasm here');
      await Promise.all([page.waitForURL(/\/chat\?lang=/), page.locator('#send').click()]);
      await expect.poll(() => status(page)).toBe(text.client.waiting);
      const id = await onlyConversation(ana);
      expect(await readAs(ana, id)).toEqual(['no wasm here']);
      expect(await threadText(page)).toContain('no wasm here');

      // A reply: announced by the page's polling, read with the button.
      await page.locator('#chat-form[data-sealing="server"]').waitFor({ state: 'attached' });
      expect(await replyAs(ana, id, 'Reply for you')).toBe(201);
      await expect.poll(() => page.locator('#chat-news').innerText(), { timeout: 15_000 }).toBe(text.client.newReply);
      await Promise.all([page.waitForURL(/\/chat/), page.locator('#check').click()]);
      await expect.poll(() => threadText(page)).toContain('Reply for you');
      await expect.poll(() => status(page)).toBe(text.client.joined);
      await expectAccessible(page, `${lang}: no WebAssembly, a reply`);
      expect(problems).toEqual([]);
    });

    it(`JavaScript off (${lang}): the waiting page reloads itself, says so, and the reload can be stopped`, async () => {
      const { line } = await start();
      const { page } = await open(line, { javaScriptEnabled: false });
      await page.goto(`${line.t.url}/chat?lang=${lang}`);
      // Nothing to wait for yet: no reload.
      expect(await page.locator('meta[http-equiv="refresh"]').count()).toBe(0);
      await page.locator('#message').fill('waiting here');
      await Promise.all([page.waitForURL(/\/chat\?lang=/), page.locator('#send').click()]);
      expect(await status(page)).toBe(text.client.waiting);
      const refresh = page.locator('meta[http-equiv="refresh"]');
      expect(await refresh.getAttribute('content')).toBe(
        `${REFRESH_SECONDS}; url=/chat?lang=${lang}&again=1#chat-status`,
      );
      const said = text.autoRefresh.replace('{seconds}', String(REFRESH_SECONDS));
      expect(await page.locator('#replies-note').innerText()).toBe(`${said} ${text.stopRefresh}`);

      await Promise.all([page.waitForURL(/#chat-status$/), page.locator('#stop-refresh').click()]);
      expect(await refresh.count()).toBe(0);
      expect(await page.locator('#replies-note').innerText()).toBe(text.pressCheck);
      // Sending keeps the choice.
      await page.locator('#message').fill('still here');
      await Promise.all([page.waitForURL(/refresh=off/), page.locator('#send').click()]);
      expect(await refresh.count()).toBe(0);
      expect(await threadText(page)).toContain('still here');
    });
  }

  it('JavaScript off: the self-reload really happens, again and again, and shows a reply', async () => {
    const { line, ana } = await start();
    const { page } = await open(line, { javaScriptEnabled: false });
    // The page's own interval, shortened on the way in so the test does not sit through it.
    await page.route(/\/chat(\?.*)?$/, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(`content="${REFRESH_SECONDS};`, 'content="1;');
      await route.fulfill({ response, body });
    });
    await page.goto(`${line.t.url}/chat`);
    await page.locator('#message').fill('are you there');
    await Promise.all([page.waitForURL(/\/chat\?lang=/), page.locator('#send').click()]);
    await page.waitForURL(/again=1#chat-status$/);
    await page.waitForURL(/again=2#chat-status$/);
    const id = await onlyConversation(ana);
    expect(await replyAs(ana, id, 'Yes, I am here')).toBe(201);
    await expect.poll(() => threadText(page), { timeout: 15_000 }).toContain('Yes, I am here');
  });

  it('by keyboard: focus goes back to the box after Send; Escape twice leaves, said first, any other key in between starts again', async () => {
    const { line, ana, exitUrl } = await start();
    const { page, problems } = await open(line);
    await page.goto(`${line.t.url}/chat`);
    await expect.poll(() => page.locator('#leave-hint').innerText()).toBe(`${chatEn.leaveHint} ${chatEn.leaveKey}`);
    await page.locator('#message').focus();
    await page.keyboard.type('hello by keyboard');
    await page.keyboard.press('Tab'); // to Send
    expect(await focused(page)).toBe('send');
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page)).toBe(chatEn.client.waiting);
    await expect.poll(() => focused(page)).toBe('message');
    const id = await onlyConversation(ana);

    // A reply is announced politely, words and all.
    expect(await replyAs(ana, id, 'Ana is here')).toBe(201);
    await expect
      .poll(() => page.locator('#chat-news').innerText(), { timeout: 15_000 })
      .toBe(chatEn.client.teamWrote.replace('{words}', 'Ana is here'));
    expect(await page.locator('#chat-news').getAttribute('role')).toBe('status');

    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#chat-news').innerText()).toBe(chatEn.client.escapeAgain);
    await page.keyboard.press('a'); // another key: Escape must be pressed twice again
    await page.keyboard.press('Escape');
    expect(page.url()).toContain('/chat');
    expect((await conversationAs(ana, id)).outcome).not.toBe('left');
    await Promise.all([page.waitForURL(exitUrl), page.keyboard.press('Escape')]);
    expect((await conversationAs(ana, id)).outcome).toBe('left');
    expect(await page.evaluate<number>('sessionStorage.length')).toBe(0);
    expect(problems).toEqual([]);
  });

  it('when the box goes away (the chat was blocked), focus goes to the line that says why; closing is said politely', async () => {
    const { line, ana } = await start();
    const { page, problems } = await open(line);
    await page.goto(`${line.t.url}/chat`);
    await page.locator('#message').fill('hello');
    await page.locator('#send').click();
    await expect.poll(() => status(page)).toBe(chatEn.client.waiting);
    await expect.poll(() => focused(page)).toBe('message');
    const id = await onlyConversation(ana);
    expect(await replyAs(ana, id, 'Hello')).toBe(201);
    await expect.poll(() => status(page), { timeout: 15_000 }).toBe(chatEn.client.joined);
    expect((await ana.browser.request('POST', `/api/conversations/${id}/close`)).status).toBe(200);
    await expect.poll(() => status(page), { timeout: 15_000 }).toBe(chatEn.client.closed);
    expect(await page.locator('#chat-status').getAttribute('role')).toBe('status');
    expect(await focused(page)).toBe('message'); // the box stays: a new chat can be started
    await ana.browser.request('POST', `/api/conversations/${id}/block`);
    await expect.poll(() => status(page), { timeout: 15_000 }).toBe(chatEn.client.blocked);
    await expect.poll(() => focused(page)).toBe('chat-status');
    await expectAccessible(page, 'blocked, focus on the status');
    expect(problems).toEqual([]);
  });

  it('at 400% text size (the browser setting, not zoom): nothing runs off the side and "Leave now" covers at most a fifth', async () => {
    const { line } = await start();
    const { page, problems } = await open(line, { viewport: { width: 1280, height: 1024 } });
    // Chromium's own "font size" setting, as a person sets it: 16 px × 4.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 64, fixed: 52 } });
    await page.goto(`${line.t.url}/chat`);
    await expect.poll(() => page.evaluate<string>('getComputedStyle(document.documentElement).fontSize')).toBe('64px');
    await page.locator('#message').fill('large text');
    await page.locator('#send').click();
    await expect.poll(() => status(page)).toBe(chatEn.client.waiting);
    expect(await page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
    const covered = await page.evaluate<number>(`(() => {
      const r = document.querySelector('.quick-exit-row').getBoundingClientRect();
      return Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0)) / innerHeight;
    })()`);
    expect(covered).toBeLessThanOrEqual(0.2);
    expect(problems).toEqual([]);
  });

  for (const [lang, text] of [
    ['en', chatEn],
    ['es', chatEs],
  ] as [string, ChatText][]) {
    it(`at 400% (${lang}): nothing runs off the side, the languages wrap, and "Leave now" covers at most a fifth`, async () => {
      const { line } = await start();
      // 1280 × 1024 at 400%: the page gets 320 × 256 CSS pixels (WCAG 1.4.10's reflow case).
      const { page, problems } = await open(line, { viewport: { width: 320, height: 256 } });
      await page.goto(`${line.t.url}/chat?lang=${lang}`);
      await page.locator('#message').fill('a message long enough to wrap more than once at this size');
      await page.locator('#send').click();
      await expect.poll(() => status(page)).toBe(text.client.waiting);
      const fits = () => page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth');
      expect(await fits()).toBe(true);
      // Every language stays on screen (the list wraps rather than run off the side).
      const offScreen = await page.evaluate<number>(
        `[...document.querySelectorAll('.language-switch a')].filter((a) => a.getBoundingClientRect().right > innerWidth).length`,
      );
      expect(offScreen).toBe(0);

      // Scrolled to the end, the bar covers no more than a fifth of what can be seen.
      await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
      const covered = await page.evaluate<number>(`(() => {
        const r = document.querySelector('.quick-exit-row').getBoundingClientRect();
        return Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0)) / innerHeight;
      })()`);
      expect(covered).toBeLessThanOrEqual(0.2);
      await expectAccessible(page, `${lang}: 400%`);

      // On an ordinary screen the bar still stays in reach while the chat scrolls.
      await page.setViewportSize({ width: 1280, height: 1024 });
      expect(await page.evaluate<string>(`getComputedStyle(document.querySelector('.quick-exit-row')).position`)).toBe(
        'sticky',
      );
      expect(problems).toEqual([]);
    });
  }
});

function fillNumber(text: ChatText): string {
  return text.otherWays.replace('{number}', SHOWN_NUMBER);
}
