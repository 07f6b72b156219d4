import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { chatConversations, onCallMember, readAs, Visitor } from '../../src/chat/test-fixtures';
import { PRESSURE } from '../../src/chat/pressure';
import { PROOF } from '../../src/chat/proof';
import type { Member } from '../../src/notes/test-fixtures';
import { chatEn } from '../../src/web/i18n/chat/en';
import { chatEs } from '../../src/web/i18n/chat/es';
import { en } from '../../src/web/i18n/en';
import { describeInChromium, expectAccessible, focused, tabTo, type TestPage } from '../support/chromium';
import { goToView, joinByInvite } from '../support/console-page';
import type { Line } from '../support/line';
import { linePages } from '../support/line-pages';

const ANA = '+12025550111';
const x = en.console.texts;

describeInChromium('the web chat under a flood, in a real browser', () => {
  const pages = linePages();
  let line: Line | undefined;

  /** A line under pressure: as many new-chat attempts as the threshold, from sessions that then go quiet. */
  async function underPressure(): Promise<{ line: Line; ana: Member }> {
    line = await pages.start();
    const ana = await onCallMember(line, 'Ana', ANA);
    for (let i = 0; i < PRESSURE.threshold; i++) {
      const junk = new Visitor(line.t.url);
      await junk.open();
      await junk.postForm('junk');
    }
    return { line, ana };
  }

  async function tab(options: { javaScriptEnabled?: boolean } = {}): Promise<TestPage> {
    if (!line) throw new Error('Start the line first');
    return pages.tab(line, options);
  }

  const status = (page: Page) => page.locator('#chat-status').innerText();

  async function personsChat(ana: Member, words: string): Promise<string | undefined> {
    for (const chat of await chatConversations(ana)) if ((await readAs(ana, chat.id))[0] === words) return chat.id;
    return undefined;
  }

  it('with JavaScript: the page says it is getting the line ready, solves the challenge, and the person reaches the team', async () => {
    const { line, ana } = await underPressure();
    const { page, problems } = await tab();
    await page.goto(`${line.t.url}/chat?lang=es`);
    const note = page.locator('#line-ready');
    // Said while the work runs or once it is done, never the no-JavaScript wait.
    await expect
      .poll(() => note.innerText())
      .toMatch(new RegExp(`^(${escape(chatEs.client.lineReadying)}|${escape(chatEs.client.lineReady)})$`));
    await expectAccessible(page, 'the chat getting the line ready');
    await page.locator('#chat-form[data-line="ready"]').waitFor({ state: 'attached' });
    expect(await note.innerText()).toBe(chatEs.client.lineReady);

    await page.locator('#message').fill('necesito hablar con alguien');
    await page.locator('#send').click();
    await expect.poll(() => status(page)).toBe(chatEs.client.waiting);
    await expect.poll(() => personsChat(ana, 'necesito hablar con alguien')).toBeDefined();
    expect(await note.isHidden()).toBe(true);
    expect(problems).toEqual([]);
  });

  it('without JavaScript: the page says how long, refuses a send before then keeping the words, and takes it after', async () => {
    const { line, ana } = await underPressure();
    const { page } = await tab({ javaScriptEnabled: false });
    await page.goto(`${line.t.url}/chat`);
    const wait = chatEn.client.lineWait.replace('{seconds}', String(PROOF.ticketWaitMs / 1000));
    await expect.poll(() => page.locator('#line-ready').innerText()).toBe(wait);
    await page.locator('#message').fill('is anyone there');
    await page.locator('#send').click();
    await expect.poll(() => page.locator('#chat-problem').innerText()).toContain('still getting the line ready');
    expect(await page.locator('#message').inputValue()).toBe('is anyone there');

    // The same two states as a browser without the script sees them, with scripts on so axe can run.
    const checked = await tab();
    await checked.page.route('**/assets/chat.*.js', (route) => route.abort());
    await checked.page.goto(`${line.t.url}/chat`);
    await expect.poll(() => checked.page.locator('#line-ready').innerText()).toBe(wait);
    await expectAccessible(checked.page, 'the chat without its script, getting the line ready');
    await checked.page.locator('#message').fill('hello');
    await checked.page.locator('#send').click();
    await expect
      .poll(() => checked.page.locator('#chat-problem').innerText())
      .toContain('still getting the line ready');
    await expectAccessible(checked.page, 'the chat without its script, sent too early');

    line.clock.advance(PROOF.ticketWaitMs);
    await Promise.all([page.waitForURL(/\/chat\?lang=en/), page.locator('#send').click()]);
    expect(await status(page)).toBe(chatEn.client.waiting);
    await expect.poll(() => personsChat(ana, 'is anyone there')).toBeDefined();
  });

  it('a coordinator closes every chat that wrote only once, by keyboard, after a confirmation; the result is announced', async () => {
    const { line } = await underPressure();
    const coordinatorId = await line.addResponder({
      name: 'Cleo Park',
      phone: '+12025550113',
      tier: 'primary',
      roles: ['phone', 'coordinator'],
    });
    const { page, problems } = await tab();
    await joinByInvite(page, line.t, line.token, coordinatorId, 'cleo.p');
    await goToView(page, en.console.shell.nav.texts, x.heading);
    const count = x.silent.count.other.replace('{count}', String(PRESSURE.threshold - 1));
    await page.getByText(count).waitFor();
    await expectAccessible(page, 'texts with silent chats');

    await expect.poll(() => focused(page)).toBe(`h1:${x.heading}`);
    await tabTo(page, 'close-silent');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('confirm-silent-heading');
    await expectAccessible(page, 'texts, asked to close silent chats');
    await tabTo(page, `button:${x.silent.confirm}`);
    await page.keyboard.press('Enter');
    const closed = x.silent.closed.other.replace('{count}', String(PRESSURE.threshold - 1));
    await page.getByRole('status').filter({ hasText: closed }).waitFor();
    await page.getByText(x.waitingNone).waitFor();
    await expectAccessible(page, 'texts after closing silent chats');
    expect(problems).toEqual([]);
  });
});

function escape(words: string): string {
  return words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
