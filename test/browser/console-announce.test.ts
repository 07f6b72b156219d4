import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { ready } from '../../src/crypto/e2e';
import { Visitor } from '../../src/chat/test-fixtures';
import { fill } from '../../src/i18n/catalog';
import type { ResponseView } from '../../src/dispatch/types';
import { LEAVE_PATH } from '../../src/web/chat-page';
import { en } from '../../src/web/i18n/en';
import { chromiumTabs, describeInChromium, expectAccessible, focused } from '../support/chromium';
import { CONSOLE_PASSPHRASE, goToView, joinByInvite } from '../support/console-page';
import { enrolInNode } from '../support/enrol-in-node';
import { startLine } from '../support/line';
import { startDispatchLine, visit } from '../support/dispatch';

const t = en.console;
const d = t.dispatch;
const x = t.texts;
const said = x.announce;
const PERSON = '+12025550191';
const OTHER = '+12025550192';
const ANA = '+12025550121';
const BEN = '+12025550122';

/** What the console's one live region says now. */
function announced(page: Page): Promise<string> {
  return page.locator('#console-announcer').innerText();
}

/** Marks what the region holds now, so a repeat of the same words can be told from the old one. */
async function markAnnouncement(page: Page): Promise<void> {
  await page.evaluate(`document.querySelector('#console-announcer p').setAttribute('data-heard', '')`);
}

/** From now on, every announcement the region gets is kept in the page, in order (`heard`). */
async function recordAnnouncements(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    const heard = (window.kithHeard = []);
    new MutationObserver((changes) => {
      for (const change of changes)
        for (const node of change.addedNodes) if (node.textContent) heard.push(node.textContent);
    }).observe(document.getElementById('console-announcer'), { childList: true });
  })()`);
}

function heard(page: Page): Promise<string[]> {
  return page.evaluate<string[]>('window.kithHeard');
}

/** Whether the region holds a new announcement (a fresh element), whatever its words. */
function freshAnnouncement(page: Page): Promise<number> {
  return page.locator('#console-announcer p:not([data-heard])').count();
}

describeInChromium('the console tells screen-reader users what changed, and keeps focus sensible', () => {
  const tabs = chromiumTabs();
  beforeAll(async () => ready());

  it('joining focuses the new heading; waiting, a new message (twice), STOP, the person leaving, a teammate closing and a teammate joining are said in the one live region; leaving puts focus on the heading', async () => {
    const l = tabs.stopAfter(await startLine('sqlite', { ownAddress: true, cheapArgon: true }));
    const anaId = await l.addResponder({
      name: 'Ana Ruiz',
      phone: ANA,
      tier: 'primary',
      roles: ['phone', 'coordinator'],
    });
    const benId = await l.addResponder({ name: 'Ben Ortiz', phone: BEN });
    const { page } = await tabs.open({ clock: l.clock });

    // Joining by keyboard: the form goes, and focus lands on the page's new heading, not the page.
    const invite = await l.t.api<{ inviteUrl: string }>('POST', `/api/responders/${anaId}/invite`, undefined, l.token);
    await page.goto(invite.body.inviteUrl);
    await page.locator('#sign-in-name').fill('ana.r');
    await page.locator('#passphrase').fill(CONSOLE_PASSPHRASE);
    await page.locator('#confirm').fill(CONSOLE_PASSPHRASE);
    await page.locator('#confirm').press('Enter');
    await page.getByRole('heading', { level: 1, name: t.join.doneHeading }).waitFor({ timeout: 20_000 });
    await expect.poll(() => focused(page)).toBe(`h1:${t.join.doneHeading}`);
    await page.getByRole('button', { name: t.join.goHome }).press('Enter');
    const home = fill(t.home.heading, { name: 'Ana Ruiz' });
    await page.getByRole('heading', { level: 1, name: home }).waitFor();
    await expect.poll(() => focused(page)).toBe(`h1:${home}`);
    expect(await page.locator('#console-announcer').getAttribute('role')).toBe('status');

    // Home: someone texts, then a second person; each count is said.
    l.sim.phone(PERSON).text('hello, is anyone there');
    await l.sim.runUntilIdle();
    await expect.poll(() => announced(page)).toBe(fill(said.waiting.one, { count: '1' }));
    await expectAccessible(page, 'home, a waiting count said');
    l.sim.phone(OTHER).text('hi');
    await l.sim.runUntilIdle();
    await expect.poll(() => announced(page)).toBe(fill(said.waiting.other, { count: '2' }));

    // Texts: taking one is Ana's own doing (no announcement of her own step), then the person writes.
    await goToView(page, t.shell.nav.texts, x.heading);
    await page.locator('.conversation[data-state="waiting"]').first().getByRole('button', { name: x.take }).click();
    await page.locator('#reply-text').waitFor();
    await page.locator('.message[data-direction="in"]').first().waitFor();
    await markAnnouncement(page);
    l.sim.phone(PERSON).text('are you still there');
    await l.sim.runUntilIdle();
    await expect.poll(() => freshAnnouncement(page)).toBe(1);
    expect(await announced(page)).toBe(said.newMessage);
    // The same words again are a new announcement, so they are read again.
    await markAnnouncement(page);
    l.sim.phone(PERSON).text('hello?');
    await l.sim.runUntilIdle();
    await expect.poll(() => freshAnnouncement(page)).toBe(1);
    expect(await announced(page)).toBe(said.newMessage);
    // What the person wrote never goes into the region, only that they wrote.
    expect(await page.locator('#console-announcer').innerText()).not.toContain('hello');
    await expectAccessible(page, 'a conversation, a new message said');

    // The person texts STOP: that the conversation closed, and why, is said.
    l.sim.phone(PERSON).text('STOP');
    await l.sim.runUntilIdle();
    await expect.poll(() => announced(page)).toBe(said.stopped);

    // A web chat: Ana takes it and starts a reply; the person presses "Leave now".
    const visitor = new Visitor(l.t.url, l.t.url);
    await visitor.open();
    expect((await visitor.postSealed('is this private?')).status).toBe(201);
    await l.sim.runUntilIdle();
    await page.getByRole('link', { name: x.conversation.allTexts }).click();
    await page.getByRole('heading', { level: 1, name: x.heading }).waitFor();
    const chat = page.locator('.conversation[data-state="waiting"]').filter({ hasText: x.channel.chat });
    await chat.getByRole('button', { name: x.take }).click();
    const reply = page.locator('#reply-text');
    await reply.waitFor();
    await reply.focus();
    await page.keyboard.type('I am here');
    const heading = await page.getByRole('heading', { level: 1 }).innerText();
    expect((await visitor.request('GET', LEAVE_PATH)).status).toBe(303);
    await expect.poll(() => announced(page)).toBe(said.left);
    await expect.poll(() => page.locator('#reply-text').count()).toBe(0);
    await expect.poll(() => focused(page)).toBe(`h1:${heading}`);
    await expectAccessible(page, 'a conversation the person left');

    // The second person's text: Ana takes it, and another coordinator closes it from elsewhere.
    await page.getByRole('link', { name: x.conversation.allTexts }).click();
    await page.getByRole('heading', { level: 1, name: x.heading }).waitFor();
    await page.locator('.conversation[data-state="waiting"]').getByRole('button', { name: x.take }).click();
    await page.locator('#reply-text').waitFor();
    const conversationId = new URL(page.url()).pathname.split('/').pop() ?? '';
    const closed = await l.t.api('POST', `/api/conversations/${conversationId}/close`, undefined, l.token);
    expect(closed.status).toBeLessThan(300);
    await expect.poll(() => announced(page)).toBe(said.closed);

    // The team roster: Ben finishes joining elsewhere, and that is said by name.
    await goToView(page, t.shell.nav.team, t.coordinate.team.heading);
    // The roster's first load must come before Ben joins: a change is said only between two loads.
    await page.locator(`#responder-${benId}`).waitFor();
    await enrolInNode(l, benId, 'ben.o');
    await expect.poll(() => announced(page)).toBe(fill(t.coordinate.team.joined, { name: 'Ben Ortiz' }));
    await expectAccessible(page, 'the team, a teammate joined');
  }, 60_000);

  it('at 400% text size, home, texts and a conversation reflow: nothing scrolls sideways', async () => {
    const l = tabs.stopAfter(await startLine('sqlite', { ownAddress: true, cheapArgon: true }));
    const anaId = await l.addResponder({ name: 'Ana Ruiz', phone: ANA, tier: 'primary' });
    const { page } = await tabs.open({ clock: l.clock, viewport: { width: 640, height: 800 } });
    await joinByInvite(page, l.t, l.token, anaId, 'ana.r');
    l.sim.phone(PERSON).text('hello, is anyone there');
    await l.sim.runUntilIdle();
    await textAt400(page);
    await page.locator('.texts-waiting').waitFor();
    await expectNoOverflow(page, 'home');

    await goToView(page, t.shell.nav.texts, x.heading);
    await page.locator('.conversation[data-state="waiting"]').waitFor();
    await expectNoOverflow(page, 'texts');

    await page.locator('.conversation[data-state="waiting"]').getByRole('button', { name: x.take }).click();
    await page.locator('#reply-text').waitFor();
    await page.locator('.message[data-direction="in"] .message-words').waitFor();
    await expectNoOverflow(page, 'a conversation');
    await expectAccessible(page, 'a conversation at 400% text size');
  }, 60_000);

  it('on a field response, a teammate’s new status is said; my own is not', async () => {
    const l = tabs.stopAfter(await startDispatchLine('sqlite', { ownAddress: true, cheapArgon: true }));
    const { page } = await tabs.open({ clock: l.clock });
    await joinByInvite(page, l.t, l.token, l.ids.Ana ?? '', 'ana');
    const rita = await enrolInNode(l, l.ids.Rita ?? '', 'rita');
    const beto = await enrolInNode(l, l.ids.Beto ?? '', 'beto');
    const asked = await rita.client.request<ResponseView>('POST', '/api/dispatch', visit());
    expect(asked.status).toBe(201);
    const { id, alias } = asked.body;
    await l.sim.runUntilIdle();
    await l.text('Ana', `${alias} YES 10`);
    await l.text('Beto', `${alias} YES 10`);

    await goToView(page, d.nav, d.board.heading);
    await page.getByRole('link', { name: fill(d.board.responseLink, { alias }) }).click();
    await page.getByRole('heading', { level: 1, name: fill(d.response.heading, { alias }) }).waitFor();
    await page.locator('li[data-status="accepted"]').first().waitFor();
    await recordAnnouncements(page);
    const moved = await beto.client.request('POST', `/api/dispatch/${id}/status`, { status: 'on_the_way' });
    expect(moved.status).toBeLessThan(300);
    // With the time Beto gave ("about 10 minutes away") after his status.
    const betoSaid = fill(d.response.teammateStatus, { name: 'Beto', status: d.memberStatus.on_the_way });
    await expect.poll(() => announced(page)).toContain(betoSaid.slice(0, -1));

    // Ana's own step is said by the view's status, not a second time in the live region; Beto's next one is.
    await page.getByRole('button', { name: d.response.onMyWay, exact: true }).click();
    await page.getByRole('status').filter({ hasText: d.response.statusSaved }).waitFor();
    expect(
      (await beto.client.request('POST', `/api/dispatch/${id}/status`, { status: 'on_scene' })).status,
    ).toBeLessThan(300);
    const here = fill(d.response.teammateStatus, { name: 'Beto', status: d.memberStatus.on_scene });
    await expect.poll(() => announced(page)).toBe(here);
    expect(await heard(page)).toEqual([expect.stringContaining(betoSaid.slice(0, -1)), here]);
    await expectAccessible(page, 'a field response, a teammate’s status said');
  }, 60_000);
});

/**
 * Text at 400% of the browser's size, as a reader's setting makes it. The test's window is 640 px
 * wide: at 400% that is a 160 px page at normal size, narrower than WCAG's reflow case (320 px).
 */
async function textAt400(page: Page): Promise<void> {
  await page.evaluate(`document.documentElement.style.fontSize = '400%'`);
  expect(await page.evaluate<string>('getComputedStyle(document.body).fontSize')).toBe('72px'); // 1.125rem of 64px
}

/** No sideways scrolling; on failure, what sticks out. */
async function expectNoOverflow(page: Page, state: string): Promise<void> {
  // Where each wide element is, never what it says: a message's words stay out of the test's output.
  const wider = await page.evaluate<string[]>(`(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > width + 1 ||
        (e.scrollWidth > e.clientWidth + 1 && !e.closest('.visually-hidden')))
      .map((e) => e.tagName.toLowerCase() + '#' + e.id + '.' + e.className + ' to ' + Math.round(e.getBoundingClientRect().right) + ' px')
      .slice(0, 8);
  })()`);
  const scrollWidth = await page.evaluate<number>('document.documentElement.scrollWidth');
  const innerWidth = await page.evaluate<number>('window.innerWidth');
  expect(scrollWidth, `${state}: wider than the window: ${wider.join(', ')}`).toBeLessThanOrEqual(innerWidth);
}
