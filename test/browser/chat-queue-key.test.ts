import { beforeAll, expect, it } from 'vitest';
import { ready } from '../../src/crypto/e2e';
import { en } from '../../src/web/i18n/en';
import { describeInChromium, expectAccessible } from '../support/chromium';
import { goToView, joinByInvite } from '../support/console-page';
import type { Line } from '../support/line';
import { linePages } from '../support/line-pages';

const t = en.console;
const x = t.texts;
const ANA = '+12025550111';
const CORA = '+12025550113';
const WORDS = 'I do not feel safe at home tonight';

/**
 * Issue 15 in real browsers: a coordinator signing in makes the queue key without being asked, and
 * wraps it for a teammate who joins later; the visitor's page seals their first message to it alone; the on-call responder's console opens it with
 * the queue key while it waits, and after taking it re-seals it to her own key and still reads it.
 */
describeInChromium('the web chat queue key, in real browsers', () => {
  const pages = linePages();
  const tab = (l: Line) => pages.tab(l);
  beforeAll(ready);

  it('a first message sealed to the queue key is read by the on-call responder, waiting and after taking it', async () => {
    const l = await pages.start();
    const db = l.t.kith.ctx.db.kysely;
    const anaId = await l.addResponder({ name: 'Ana Ruiz', phone: ANA, tier: 'primary' });
    const coraId = await l.addResponder({ name: 'Cora Diaz', phone: CORA, roles: ['coordinator'] });

    // Cora sets up her console, which makes the queue key; Ana joins later, and Cora's open console
    // wraps it for her without being asked.
    const cora = await tab(l);
    await joinByInvite(cora.page, l.t, l.token, coraId, 'cora.d');
    await expect
      .poll(async () => (await db.selectFrom('queue_key_wraps').select('responder_id').execute()).length, {
        timeout: 15_000,
      })
      .toBe(1);
    const ana = await tab(l);
    await joinByInvite(ana.page, l.t, l.token, anaId, 'ana.r');
    await expect
      .poll(async () => (await db.selectFrom('queue_key_wraps').select('responder_id').execute()).length, {
        timeout: 15_000,
      })
      .toBe(2);
    const queue = await db.selectFrom('queue_keys').select(['key_id']).executeTakeFirstOrThrow();

    // The visitor's page seals to the queue key alone (and its own key).
    const visitor = await tab(l);
    await visitor.page.goto(`${l.t.url}/chat`);
    await visitor.page.locator('#chat-form[data-sealing="page"]').waitFor({ state: 'attached' });
    await visitor.page.locator('#message').fill(WORDS);
    await visitor.page.locator('#send').click();
    await expect.poll(() => visitor.page.locator('#thread').innerText()).toContain(WORDS);
    const readers = () =>
      db.selectFrom('message_readers').select(['reader', 'key_id']).where('reader', '!=', 'person').execute();
    expect(await readers()).toEqual([{ reader: 'queue', key_id: queue.key_id }]);

    // Ana's console opens the waiting chat with the queue key.
    await goToView(ana.page, t.shell.nav.texts, x.heading);
    const card = ana.page.locator('.conversation[data-state="waiting"]');
    await card.waitFor();
    await card.locator('.card-title a').click();
    const words = ana.page.locator('.message[data-direction="in"] .message-words');
    await expect.poll(() => words.innerText()).toBe(WORDS);
    await expectAccessible(ana.page, 'a waiting chat, opened with the queue key');

    // She takes it; her console moves its key to her own, and she still reads it.
    await ana.page.getByRole('button', { name: x.take }).first().click();
    await ana.page.locator('#reply-text').waitFor();
    await expect.poll(async () => (await readers()).map((r) => r.reader).sort()).toEqual([anaId, 'queue'].sort());
    await expect.poll(() => words.innerText()).toBe(WORDS);

    // Ana is paused: her wrap goes at once, and Cora's open console rotates the key without being asked.
    expect((await l.t.api('PATCH', `/api/responders/${anaId}`, { status: 'paused' }, l.token)).status).toBe(200);
    await expect
      .poll(async () => (await db.selectFrom('queue_keys').select('key_id').executeTakeFirst())?.key_id, {
        timeout: 15_000,
      })
      .not.toBe(queue.key_id);
    const rotated = await db.selectFrom('queue_keys').selectAll().executeTakeFirstOrThrow();
    expect(rotated.rotate_since).toBeNull();
    expect(await db.selectFrom('queue_key_wraps').select(['responder_id', 'queue_key_id']).execute()).toEqual([
      { responder_id: coraId, queue_key_id: rotated.key_id },
    ]);
    for (const opened of [ana, cora, visitor]) expect(opened.problems).toEqual([]);
  }, 90_000);
});
