import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { openRecordText, ready, type SealedRecord } from '../../src/crypto/e2e';
import { Visitor } from '../../src/chat/test-fixtures';
import { en } from '../../src/web/i18n/en';
import { es } from '../../src/web/i18n/es';
import {
  describeInChromium,
  expectAccessible,
  focused,
  sharedChromium,
  releaseChromium,
  openPage,
  tabTo,
  type TestPage,
} from '../support/chromium';
import { CONSOLE_PASSPHRASE, goToView, joinByInvite } from '../support/console-page';
import { enrolInNode } from '../support/enrol-in-node';
import { startLine, type Line } from '../support/line';
import { bodies } from '../support/texting';

const t = en.console;
const x = t.texts;
const c = x.conversation;
const PERSON = '+12025550190';
const ANA = '+12025550111';
const BEN = '+12025550112';

/** What the person writes: it must reach the page only sealed, and be opened there. */
const CANARY = 'willow-canary-3b8e';
const WORDS = `I can't sleep and I don't feel safe, ${CANARY}`;
const LATER = `it's a photo of the door, ${CANARY}`;
/** What Ana replies: in the clear in exactly one request, the reply itself, as the API requires for SMS. */
const REPLY_CANARY = 'harbor-canary-71d4';
const REPLY = `I'm here with you. Are you somewhere safe right now? ${REPLY_CANARY}`;

/** A web chat: both sides are sealed in browsers, so neither ever crosses the wire in the clear. */
const CHAT_CANARY = 'meadow-canary-c2a9';
const CHAT_WORDS = `hello? is this private? ${CHAT_CANARY}`;
const CHAT_REPLY_CANARY = 'ember-canary-0f5b';
const CHAT_REPLY = `Yes, only our team can read this. ${CHAT_REPLY_CANARY}`;

interface Sent {
  method: string;
  url: string;
  body: string;
}

/** Every request the page sends (URL and body), and every answer's body but the event stream's. */
function recordTraffic(page: Page): { sent: Sent[]; answers(): Promise<string> } {
  const sent: Sent[] = [];
  const answers: string[] = [];
  const pending: Promise<void>[] = [];
  page.on('request', (request) =>
    sent.push({ method: request.method(), url: request.url(), body: request.postData() ?? '' }),
  );
  page.on('response', (response) => {
    if ((response.headers()['content-type'] ?? '').includes('text/event-stream')) return;
    pending.push(
      response.text().then(
        (text) => void answers.push(text),
        () => undefined, // a redirect or an aborted load has no body to read
      ),
    );
  });
  return {
    sent,
    async answers() {
      await Promise.all(pending);
      return answers.join('\n');
    },
  };
}

describeInChromium('texting in the responder console, in a real browser', () => {
  let browser: Browser;
  let line: Line | undefined;
  let tab: TestPage | undefined;
  beforeAll(async () => {
    await ready();
    browser = await sharedChromium();
  });
  afterAll(releaseChromium);
  afterEach(async () => {
    await tab?.close();
    await line?.stop();
    tab = line = undefined;
  });

  it('a text waits live, is taken by keyboard, read opened in the browser and answered to the person’s phone; close and block ask first; a web chat reply is sealed here', async () => {
    line = await startLine('sqlite', { ownAddress: true, cheapArgon: true });
    const l = line;
    const anaId = await l.addResponder({ name: 'Ana Ruiz', phone: ANA, tier: 'primary' });
    tab = await openPage(browser, { clock: line.clock });
    const { page, problems } = tab;
    const traffic = recordTraffic(page);

    // Ana sets up her sign-in (so texts are sealed to her key) and opens Texts: nobody waits.
    await joinByInvite(page, l.t, l.token, anaId, 'ana.r');
    await goToView(page, t.shell.nav.texts, x.heading);
    await page.getByText(x.waitingNone).waitFor();
    await page.evaluate('window.kithNotReloaded = true');

    // A person texts the community number: the conversation appears without a reload.
    l.sim.phone(PERSON).text(WORDS);
    await l.sim.runUntilIdle();
    expect(l.sim.errors).toEqual([]);
    const card = page.locator('.conversation[data-state="waiting"]');
    await card.waitFor();
    expect(await page.evaluate('window.kithNotReloaded')).toBe(true);
    const alias = await card.locator('.card-title a').innerText();
    expect(alias).toMatch(/^K\d+$/);
    const cardText = await card.innerText();
    expect(cardText).toContain(`${x.channel.sms} · Language: English`);
    expect(cardText).toMatch(/Waiting since .+ \(/);
    expect(await page.locator('main').innerText()).not.toContain('555');
    await expectAccessible(page, 'texts, one waiting');

    // Taken by keyboard alone: from the heading, the alias's link, then its "Take it" button.
    await expect.poll(() => focused(page)).toBe(`h1:${x.heading}`);
    await tabTo(page, `a:${alias}`);
    await tabTo(page, `button:${x.take}`);
    expect(await page.locator(':focus').getAttribute('aria-label')).toBe(`Take it: ${alias}`);
    await page.keyboard.press('Enter');
    const heading = `Conversation ${alias}`;
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await expect.poll(() => page.url()).toMatch(/\/console\/texts\/conv_[A-Za-z0-9_-]+$/);
    await expect.poll(() => focused(page)).toBe(`h1:${heading}`);
    await expect.poll(() => page.title()).toBe(`${heading}${t.shell.titleSuffix}`);

    // The person's words, opened here with the key in memory, with who wrote them.
    const inbound = page.locator('.message[data-direction="in"]');
    await expect.poll(() => inbound.locator('.message-words').innerText()).toBe(WORDS);
    expect(await inbound.locator('.message-byline').innerText()).toMatch(new RegExp(`^${c.fromPerson}, `));
    expect(await page.locator('main .lead').innerText()).toBe(`${x.channel.sms}. ${c.state.mine}`);

    // A reply by keyboard: past "All texts" to the reply box, then Send.
    await tabTo(page, `a:${c.allTexts}`);
    await tabTo(page, 'reply-text');
    await page.keyboard.type(REPLY);
    await tabTo(page, `button:${c.send}`);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: c.sent }).waitFor();
    expect(await page.locator('#reply-text').inputValue()).toBe('');
    await l.sim.runUntilIdle();
    expect(bodies(l, PERSON).at(-1)).toBe(REPLY);
    expect(bodies(l, PERSON).some((body) => body.includes('Someone from our team is here'))).toBe(true);

    // The reply shows as Ana's, opened here too, and its delivery follows the provider's callbacks live.
    const outbound = page.locator('.message[data-direction="out"]');
    await expect.poll(() => outbound.locator('.message-words').innerText()).toBe(REPLY);
    expect(await outbound.locator('.message-byline').innerText()).toMatch(new RegExp(`^${c.fromYou}, `));
    await expect
      .poll(() => outbound.locator('.message-delivery').innerText())
      .toBe(`Delivery: ${c.deliveryState.delivered}`);

    // A picture is counted, never kept; the words with it are opened like the rest.
    l.sim.phone(PERSON).text(LATER, { media: 1 });
    await l.sim.runUntilIdle();
    await expect.poll(() => inbound.count()).toBe(2);
    expect(await inbound.nth(1).locator('.message-words').innerText()).toBe(LATER);
    expect(await inbound.nth(1).locator('.message-media').innerText()).toBe(c.pictures.one);
    expect(await page.evaluate('window.kithNotReloaded')).toBe(true);
    await expectAccessible(page, 'a conversation, taken and answered');

    // Closing asks first, in the page; cancelling puts the keyboard back on the button.
    await page.getByRole('button', { name: c.close, exact: true }).click();
    await page.getByRole('heading', { level: 3, name: c.closeHeading }).waitFor();
    await expect.poll(() => focused(page)).toBe('confirm-close-heading');
    await expectAccessible(page, 'asked to close');
    await page.getByRole('button', { name: t.coordinate.common.cancel }).click();
    await expect.poll(() => focused(page)).toBe('close');

    // Spanish, in place: the key stays in memory, so the words stay open.
    await page.getByRole('link', { name: 'Español' }).click();
    const esHeading = `Conversación ${alias}`;
    await page.getByRole('heading', { level: 1, name: esHeading }).waitFor();
    await expect.poll(() => inbound.first().locator('.message-words').innerText()).toBe(WORDS);
    expect(await inbound.nth(1).locator('.message-media').innerText()).toBe(es.console.texts.conversation.pictures.one);
    expect(await page.evaluate<string>('document.documentElement.lang')).toBe('es');
    expect(await page.evaluate('window.kithNotReloaded')).toBe(true);
    await expectAccessible(page, 'a conversation in Spanish');
    await page.getByRole('link', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();

    // Back on the list it is Ana's now; nobody waits.
    await page.getByRole('link', { name: c.allTexts }).click();
    await page.getByRole('heading', { level: 1, name: x.heading }).waitFor();
    await page.getByText(x.waitingNone).waitFor();
    await expect.poll(() => page.locator('.conversation[data-state="claimed"]').innerText()).toContain(x.heldByYou);

    // Blocking asks first too, as a warning; once confirmed the conversation is closed.
    await page.locator('.conversation[data-state="claimed"] .card-title a').click();
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await page.getByRole('button', { name: c.block, exact: true }).click();
    await expect.poll(() => focused(page)).toBe('confirm-block-heading');
    await expect.poll(() => page.locator('.confirm-panel.danger').innerText()).toContain(c.blockBody);
    await expectAccessible(page, 'asked to block');
    await page.getByRole('button', { name: c.blockConfirm }).click();
    await page.getByRole('status').filter({ hasText: c.blocked }).waitFor();
    await expect.poll(() => page.locator('main .lead').innerText()).toBe(`${x.channel.sms}. ${c.state.closed}`);
    expect(await page.locator('#reply-text').count()).toBe(0);
    expect(await page.getByRole('button', { name: c.block, exact: true }).count()).toBe(0);
    await page.getByRole('link', { name: c.allTexts }).click();
    await page.locator('.conversation[data-state="closed"]').waitFor();

    // Web chat: the visitor's page seals what they write; Ana's reply is sealed here, to them and to her.
    const visitor = new Visitor(l.t.url, l.t.url);
    expect((await visitor.open()).status).toBe(200);
    expect((await visitor.postSealed(CHAT_WORDS)).status).toBe(201);
    await l.sim.runUntilIdle();
    const chat = page.locator('.conversation[data-state="waiting"]');
    await chat.waitFor();
    await expect.poll(() => chat.innerText()).toContain(x.channel.chat);
    await chat.getByRole('button', { name: x.take }).click();
    await page.locator('#reply-text').waitFor();
    await expect.poll(() => page.locator('.message[data-direction="in"] .message-words').innerText()).toBe(CHAT_WORDS);
    expect(await page.locator('#reply-text-hint').innerText()).toBe(c.replyChatHint);
    await page.locator('#reply-text').fill(CHAT_REPLY);
    await page.getByRole('button', { name: c.send }).click();
    await page.getByRole('status').filter({ hasText: c.sent }).waitFor();
    await expect.poll(() => page.locator('.message[data-direction="out"] .message-words').innerText()).toBe(CHAT_REPLY);
    expect(await visitor.words()).toEqual([CHAT_WORDS, CHAT_REPLY]);
    await expectAccessible(page, 'a web chat, answered');

    // The promise: the person's words never left the server unsealed, and the reply went out once.
    const sent = traffic.sent;
    for (const request of sent) {
      expect(request.url).not.toContain(CANARY);
      expect(request.body).not.toContain(CANARY);
    }
    const withReply = sent.filter(
      (request) => request.url.includes(REPLY_CANARY) || request.body.includes(REPLY_CANARY),
    );
    expect(withReply.map((request) => [request.method, new URL(request.url).pathname])).toEqual([
      ['POST', expect.stringMatching(/^\/api\/conversations\/conv_[A-Za-z0-9_-]+\/messages$/)],
    ]);
    expect(JSON.parse(withReply[0]?.body ?? '{}')).toEqual({ text: REPLY });
    // The chat reply went as a sealed record under an id made here, and no chat words went in the clear.
    const chatReply = sent.filter((request) => request.method === 'POST' && request.url.endsWith('/messages')).at(-1);
    expect(Object.keys(JSON.parse(chatReply?.body ?? '{}') as object).sort()).toEqual(['id', 'record']);
    for (const request of sent)
      for (const secret of [CHAT_CANARY, CHAT_REPLY_CANARY]) expect(request.url + request.body).not.toContain(secret);
    const answers = await traffic.answers();
    expect(answers).toContain('"ciphertext":"');
    for (const secret of [CANARY, REPLY_CANARY, CHAT_CANARY, CHAT_REPLY_CANARY, "can't sleep"])
      expect(answers).not.toContain(secret);
    expect(problems).toEqual([]);
  }, 60_000);

  it('after a reload it unlocks; handing off re-seals the thread for the teammate; what Ana can no longer read says so; STOP ends replying; Texting settings', async () => {
    line = await startLine('sqlite', { ownAddress: true, cheapArgon: true });
    const l = line;
    // Ana also coordinates, so the same session sets how texting works at the end.
    const anaId = await l.addResponder({
      name: 'Ana Ruiz',
      phone: ANA,
      tier: 'primary',
      roles: ['phone', 'coordinator'],
    });
    const benId = await l.addResponder({ name: 'Ben Ortiz', phone: BEN });
    const ben = await enrolInNode(l, benId, 'ben.o');
    tab = await openPage(browser, { clock: line.clock, viewport: { width: 320, height: 640 } });
    const { page, problems } = tab;
    await joinByInvite(page, l.t, l.token, anaId, 'ana.r');
    expect(await page.locator('.texts-waiting').count()).toBe(0);
    l.sim.phone(PERSON).text(WORDS);
    await l.sim.runUntilIdle();
    // Home counts who waits in Texts, live.
    await expect
      .poll(() => page.locator('.texts-waiting').innerText())
      .toBe(`1 person is waiting in Texts. ${x.homeLink}`);

    // Straight to the conversation after a reload: the key is gone, so the unlock form comes first.
    await goToView(page, t.shell.nav.texts, x.heading);
    const link = page.locator('.conversation[data-state="waiting"] .card-title a');
    const alias = await link.innerText();
    await link.click();
    const heading = `Conversation ${alias}`;
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: t.signIn.unlockHeading }).waitFor();
    expect(await page.locator('main').innerText()).not.toContain(CANARY);
    await page.locator('#sign-in-name').fill('ana.r');
    await page.locator('#passphrase').fill(CONSOLE_PASSPHRASE);
    await page.locator('#passphrase').press('Enter');
    await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: 20_000 });
    const inbound = page.locator('.message[data-direction="in"]');
    await expect.poll(() => inbound.locator('.message-words').innerText()).toBe(WORDS);
    await expect.poll(() => page.locator('main').innerText()).toContain(c.takeFirst);
    expect(await page.locator('#reply-text').count()).toBe(0);

    // Taken from here; the reply box takes the keyboard.
    await page.getByRole('button', { name: c.take, exact: true }).click();
    await expect.poll(() => focused(page)).toBe('reply-text');
    await page.getByRole('status').filter({ hasText: c.taken }).waitFor();
    await expectAccessible(page, 'a conversation taken, at 320 px');

    // Handing off with nobody chosen is a named mistake; then to Ben, whose key the browser seals to.
    await page.getByRole('button', { name: c.handoffSubmit }).click();
    await expect.poll(() => page.locator('.error-summary a').allInnerTexts()).toEqual([c.handoffMissing]);
    await expectAccessible(page, 'hand off with nobody chosen');
    await page.locator('#handoff-to').selectOption({ label: 'Ben Ortiz' });
    await page.getByRole('button', { name: c.handoffSubmit }).click();
    await page.getByRole('status').filter({ hasText: 'Ben Ortiz has it now.' }).waitFor();
    await expect
      .poll(() => page.locator('main .lead').innerText())
      .toBe(`${x.channel.sms}. Ben Ortiz has this conversation.`);
    await expect
      .poll(() => page.locator('main').innerText())
      .toContain('Ben Ortiz has this conversation. Only they can reply.');
    const benView = await ben.client.request<{ thread: { record: SealedRecord | null }[] }>(
      'GET',
      `/api/conversations/${new URL(page.url()).pathname.split('/').pop() ?? ''}`,
      undefined,
      { origin: null },
    );
    expect(benView.status).toBe(200);
    const first = benView.body.thread[0]?.record;
    if (!first) throw new Error('Ben has no key to the first message');
    expect(openRecordText(first, ben.me)).toBe(WORDS);

    // The next text is sealed to Ben alone: Ana's page says, in plain words, that she cannot read it.
    l.sim.phone(PERSON).text(LATER);
    await l.sim.runUntilIdle();
    await expect.poll(() => inbound.count()).toBe(2);
    expect(await inbound.nth(1).locator('.message-words').innerText()).toBe(c.cannotRead);
    expect(await page.locator('main').innerText()).not.toContain(LATER);

    // STOP: the conversation closes and the page says why nobody can reply.
    l.sim.phone(PERSON).text('STOP');
    await l.sim.runUntilIdle();
    await page.getByText(c.optedOut).waitFor();
    expect(await page.locator('#reply-text').count()).toBe(0);
    expect(await page.locator('main .lead').innerText()).toBe(`${x.channel.sms}. ${c.state.closed}`);
    await expectAccessible(page, 'a conversation after STOP');
    await page.getByRole('link', { name: c.allTexts }).click();
    const closed = page.locator('.conversation[data-state="closed"]');
    await closed.waitFor();
    await expect.poll(() => closed.innerText()).toContain(x.optedOut);

    // Settings → Texting: mistakes named in the page, then saved in the one PATCH.
    const s = t.coordinate.settings;
    await goToView(page, t.shell.nav.settings, s.heading);
    await page.getByRole('heading', { level: 2, name: s.texting.heading }).waitFor();
    expect(await page.locator('#texting-relay-content').isChecked()).toBe(false);
    expect(await page.locator('#texting-claim-minutes').inputValue()).toBe('5');

    await page.locator('#texting-claim-minutes').fill('0');
    await page.locator('#texting-number-grace-hours').fill('a day');
    await page.getByRole('button', { name: s.save, exact: true }).last().click();
    await expect
      .poll(() => page.locator('.error-summary a').allInnerTexts())
      .toEqual([s.texting.errors.claimMinutes, s.texting.errors.numberGraceHours]);
    expect(await page.locator('#texting-claim-minutes').getAttribute('aria-describedby')).toBe(
      'texting-claim-minutes-hint texting-claim-minutes-error',
    );
    await expectAccessible(page, 'texting settings with mistakes');

    await page.locator('#texting-claim-minutes').fill('7');
    await page.locator('#texting-number-grace-hours').fill('2');
    await page.locator('#texting-relay-content').check();
    await page.locator('#texting-block-message').fill('This number can no longer text the line.');
    await page.getByRole('button', { name: s.save, exact: true }).last().click();
    await page.locator('.sticky-status', { hasText: s.saved }).waitFor();
    const program = await l.t.api<{ texting: Record<string, unknown> }>('GET', '/api/program', undefined, l.token);
    expect(program.body.texting).toMatchObject({
      relayContent: true,
      claimMinutes: 7,
      backupMinutes: 10,
      idleCloseMinutes: 120,
      numberGraceHours: 2,
      blockMessage: 'This number can no longer text the line.',
    });
    expect(problems).toEqual([]);
  }, 60_000);
});
