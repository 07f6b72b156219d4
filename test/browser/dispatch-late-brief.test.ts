import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { openRecordText, ready, sealRecord, type PublicIdentity } from '../../src/crypto/e2e';
import type { ResponseView } from '../../src/dispatch/types';
import { en } from '../../src/web/i18n/en';
import { chromiumTabs, describeInChromium, expectAccessible } from '../support/chromium';
import { goToView, joinByInvite } from '../support/console-page';
import { enrolInNode } from '../support/enrol-in-node';
import { startDispatchLine, visit } from '../support/dispatch';

const d = en.console.dispatch;
const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
/** Where the team goes: sealed in Node for the requester, opened only in the team's browsers. */
const PLACE = 'Bus shelter at Grand and 3rd, north side';

/**
 * A teammate who joins after the brief was written (here, a yes after their ask timed out, which
 * deleted their key) waits for it with a plain notice; the console of anyone holding the brief
 * shares it without being asked, and the waiting page opens it live.
 */
describeInChromium('the brief reaches someone who joined late, in a real browser', () => {
  const chrome = chromiumTabs();
  beforeAll(ready);

  async function openResponse(page: Page, alias: string): Promise<void> {
    await goToView(page, d.nav, d.board.heading);
    await page.getByRole('link', { name: fill(d.board.responseLink, { alias }) }).click();
    await page.getByRole('heading', { level: 1, name: fill(d.response.heading, { alias }) }).waitFor();
  }

  it('the late joiner is told to wait, a teammate’s console shares the brief on its own, and it opens on the late joiner’s phone', async () => {
    const l = chrome.stopAfter(await startDispatchLine('sqlite', { ownAddress: true, cheapArgon: true }));
    // Ana (late) on her phone; Beto (on the team, holding the brief) at a desk; Rita asks from Node.
    const anaTab = await chrome.open({
      clock: l.clock,
      viewport: { width: 320, height: 640 },
      isMobile: true,
      hasTouch: true,
    });
    const betoTab = await chrome.open({ clock: l.clock, viewport: { width: 1280, height: 900 } });
    await joinByInvite(anaTab.page, l.t, l.token, l.ids.Ana ?? '', 'ana');
    await joinByInvite(betoTab.page, l.t, l.token, l.ids.Beto ?? '', 'beto');
    const rita = await enrolInNode(l, l.ids.Rita ?? '', 'rita');
    const people = (
      await rita.client.request<{ id: string; publicKey: string | null; keyId: string | null }[]>(
        'GET',
        '/api/dispatch/candidates?needs=de-escalation',
      )
    ).body;
    const readers: PublicIdentity[] = [
      rita.me,
      ...people.flatMap((p) => (p.publicKey && p.keyId ? [{ keyId: p.keyId, publicKey: p.publicKey }] : [])),
    ];
    expect(readers).toHaveLength(3); // Rita, Ana and Beto: only they have signed in
    const brief = sealRecord({
      recordId: '3c0d7a52-8e1f-4b6a-9d2c-5f7e1a3b9c4d',
      plaintext: JSON.stringify({ v: 1, place: PLACE, point: null, notes: '' }),
      readers,
    });
    const asked = await rita.client.request<ResponseView>('POST', '/api/dispatch', visit({ brief }));
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    const { id, alias } = asked.body;
    await l.sim.runUntilIdle();

    // Beto says yes; Ana's ask runs out (her key to the brief goes); then she says yes anyway.
    await l.text('Beto', `${alias} YES 10`);
    l.clock.advance(4 * 60_000);
    await l.sweep();
    await l.text('Ana', `${alias} YES 5`);
    expect(l.inbox('Ana').at(-1)).toContain('you are on the team');

    // Ana's page: she is on the team, the brief exists, and it waits for a teammate's console.
    const ana = anaTab.page;
    await openResponse(ana, alias);
    const waiting = ana.locator('section[aria-labelledby="brief-heading"]');
    await expect.poll(() => waiting.innerText()).toContain(d.response.briefWaiting);
    expect(await ana.locator('main').innerText()).not.toContain(PLACE);
    await expectAccessible(ana, 'phone: on the team, waiting for the brief');

    // Beto opens the response: his console shares the brief with Ana and says so.
    const beto = betoTab.page;
    await openResponse(beto, alias);
    await expect.poll(() => beto.locator('.brief-place').innerText()).toBe(PLACE);
    await beto
      .getByRole('status')
      .filter({ hasText: fill(d.response.briefShared, { names: 'Ana' }) })
      .waitFor();
    await expectAccessible(beto, 'desk: the brief shared with a late joiner');

    // Ana's page hears the change and opens the brief with her own key.
    await expect.poll(() => ana.locator('.brief-place').count()).toBe(1);
    expect(await ana.locator('.brief-place').innerText()).toBe(PLACE);
    expect(await ana.locator('main').innerText()).not.toContain(d.response.briefWaiting);
    // The server held only sealed keys: Rita's view lists nobody waiting, and her own copy still opens.
    const after = (await rita.client.request<ResponseView>('GET', `/api/dispatch/${id}`)).body;
    expect(after.briefWaiting).toEqual([]);
    expect(JSON.parse(openRecordText(after.brief ?? brief, rita.me)) as { place: string }).toMatchObject({
      place: PLACE,
    });
    expect(l.sim.messages.map((m) => m.body).join(' ')).not.toContain('Grand');
  }, 120_000);
});
