import { expect, it } from 'vitest';
import { onCallMember } from '../../src/chat/test-fixtures';
import { publicCatalogs } from '../../src/web/i18n';
import { chatTextFor } from '../../src/web/i18n/chat';
import { chatAr } from '../../src/web/i18n/chat/ar';
import { describeInChromium, expectAccessible } from '../support/chromium';
import { linePages } from '../support/line-pages';

describeInChromium('the web chat in every language, Arabic right to left, in a real browser', () => {
  const pages = linePages();

  it('is right to left and mirrored, in Arabic words, and accessible before and after sending', async () => {
    const line = await pages.start();
    await onCallMember(line, 'Ana', '+12025550111'); // someone to wait for: the page says "wait here"
    const opened = await pages.tab(line);
    const { page, problems } = opened;
    await page.goto(`${line.t.url}/chat?lang=ar`);

    await expect.poll(() => page.evaluate<string>('document.documentElement.lang')).toBe('ar');
    await expect.poll(() => page.evaluate<string>('document.documentElement.dir')).toBe('rtl');
    await expect
      .poll(() => page.evaluate<string>("getComputedStyle(document.querySelector('main')).direction"))
      .toBe('rtl');
    await expect.poll(() => page.locator('#leave').innerText()).toBe(chatAr.leave);
    await expect.poll(() => page.locator('h1').innerText()).toContain('محادثة مع');
    // The switcher offers Arabic among the public pages' languages, each named in itself.
    await expect.poll(() => page.locator('.language-switch a[lang="ar"]').getAttribute('aria-current')).toBe('true');

    // Mirrored: the switcher runs from the right, its first language right of its last.
    const first = await page.locator('.language-switch li').first().boundingBox();
    const last = await page.locator('.language-switch li').last().boundingBox();
    expect(first && last && first.x > last.x).toBe(true);
    // The message box starts at the right edge of its field, as Arabic is read.
    const box = await page.locator('#message').boundingBox();
    const field = await page.locator('#message').evaluate((el) => el.parentElement?.getBoundingClientRect().right ?? 0);
    expect(box && Math.abs(box.x + box.width - field)).toBeLessThan(2);
    await expectAccessible(page, 'ar: first screen');

    await page.locator('#message').fill('مرحبا، أحتاج إلى التحدث مع شخص');
    await page.locator('#send').click();
    await expect.poll(() => page.locator('#chat-status').innerText(), { timeout: 15_000 }).toBe(chatAr.client.waiting);
    // The person's own message is set off from the start of the line, which is now the right.
    const mine = page.locator('.message.from-person').first();
    await mine.waitFor();
    const margins = await page.evaluate<{ right: string; left: string }>(
      "(() => { const s = getComputedStyle(document.querySelector('.message.from-person')); return { right: s.marginRight, left: s.marginLeft }; })()",
    );
    expect(margins.right).not.toBe('0px');
    expect(margins.left).toBe('0px');
    await expectAccessible(page, 'ar: waiting');
    expect(problems).toEqual([]);
  });

  it('every public language’s chat page and front page: its own words, lang and dir, and axe-clean', async () => {
    const line = await pages.start();
    const opened = await pages.tab(line);
    const { page, problems } = opened;
    for (const catalog of publicCatalogs) {
      await page.goto(`${line.t.url}/chat?lang=${catalog.lang}`);
      await expect.poll(() => page.evaluate<string>('document.documentElement.lang')).toBe(catalog.lang);
      await expect.poll(() => page.evaluate<string>('document.documentElement.dir')).toBe(catalog.dir);
      await expect.poll(() => page.locator('#leave').innerText()).toBe(chatTextFor(catalog.lang).leave);
      await expectAccessible(page, `${catalog.lang}: chat`);
      await page.goto(`${line.t.url}/?lang=${catalog.lang}`);
      await expect.poll(() => page.locator('main').innerText()).toContain(catalog.front.reachHeading);
      await expectAccessible(page, `${catalog.lang}: front page`);
    }
    expect(publicCatalogs.length).toBeGreaterThanOrEqual(8);
    expect(problems).toEqual([]);
    // Twenty pages through axe: bounded by the number of languages, not by the default 30 s.
  }, 120_000);
});
