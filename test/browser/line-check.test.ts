import { expect, it } from 'vitest';
import { en } from '../../src/web/i18n/en';
import { es } from '../../src/web/i18n/es';
import { chromiumTabs, describeInChromium, expectAccessible, expectFits } from '../support/chromium';
import { goToView, joinByInvite } from '../support/console-page';
import { COMMUNITY_NUMBER, SIM_ACCOUNT, SIM_TOKEN, startLine, type Line } from '../support/line';

const FALLBACK = 'https://static.example.net/kith-fallback.xml';

/** Sets the fallback at the provider, as someone would in its website. */
async function setFallbackAtProvider(line: Line): Promise<void> {
  const auth = { authorization: `Basic ${Buffer.from(`${SIM_ACCOUNT}:${SIM_TOKEN}`).toString('base64')}` };
  const base = `${line.sim.apiBaseUrl}/2010-04-01/Accounts/${SIM_ACCOUNT}/IncomingPhoneNumbers`;
  const list = (await (
    await fetch(`${base}.json?PhoneNumber=${encodeURIComponent(COMMUNITY_NUMBER)}`, { headers: auth })
  ).json()) as { incoming_phone_numbers: { sid: string }[] };
  await fetch(`${base}/${list.incoming_phone_numbers[0]?.sid ?? ''}.json`, {
    method: 'POST',
    headers: auth,
    body: new URLSearchParams({ VoiceFallbackUrl: FALLBACK }),
  });
}

/** Settings' "Phone line check" in real Chromium: read-only, in English and Spanish, axe clean. */
describeInChromium('the phone line check in the console’s settings', () => {
  const chrome = chromiumTabs();

  it('shows each check with what to fix, checks again on request, and says it in Spanish', async () => {
    // Served at its own loopback address so the browser's Origin matches: which the check rightly calls unreachable.
    const line = chrome.stopAfter(await startLine('sqlite', { ownAddress: true, cheapArgon: true }));
    const roster = await line.t.api<{ id: string; name: string }[]>('GET', '/api/responders', undefined, line.token);
    const coordinatorId = roster.body.find((r) => r.name === 'Coordinator')?.id ?? '';
    const tab = await chrome.open({ clock: line.clock });
    const { page } = tab;
    await joinByInvite(page, line.t, line.token, coordinatorId, 'coord.one');
    await goToView(page, en.console.shell.nav.settings);

    const t = en.console.coordinate.settings.lineCheck;
    const list = page.locator('#line-check-list');
    await list.waitFor();
    const section = page.locator('section[aria-labelledby="line-check-heading"]');
    expect(await section.getByRole('status').innerText()).toBe(t.needsFixing.replace('{count}', '2'));
    const items = await list.locator('li').allInnerTexts();
    expect(items).toHaveLength(7);
    expect(items[0]).toContain(`${t.labels.credentials}: ${t.ok}`);
    expect(items[2]).toContain(`${t.labels['public-url']}: ${t.fix}`);
    expect(items[2]).toContain(t.problems.loopback);
    expect(items[3]).toContain(`${t.labels.voice}: ${t.ok}`);
    expect(items[3]).toContain(`${line.t.url}/webhooks/twilio/voice`);
    expect(items[5]).toContain(`${t.labels.fallback}: ${t.fix}`);
    expect(items[5]).toContain(t.problems['not-set']);
    await expect.poll(() => section.innerText()).toContain(t.howToFix);
    await expectAccessible(page, 'the line check, two things to fix');

    // Set at the provider; "Check again" asks afresh.
    await setFallbackAtProvider(line);
    await section.getByRole('button', { name: t.again }).click();
    await expect.poll(() => section.getByRole('status').innerText()).toBe(t.needsFixing.replace('{count}', '1'));
    await expect.poll(() => list.locator('li').nth(5).innerText()).toContain(FALLBACK);

    await page.getByRole('link', { name: 'Español' }).click();
    const x = es.console.coordinate.settings.lineCheck;
    await page.getByRole('heading', { level: 2, name: x.heading }).waitFor();
    expect(await page.evaluate<string>('document.documentElement.lang')).toBe('es');
    await expect.poll(() => list.locator('li').nth(2).innerText()).toContain(x.problems.loopback);
    expect(await section.getByRole('status').innerText()).toBe(x.needsFixing.replace('{count}', '1'));
    await expectAccessible(page, 'the line check in Spanish');

    // On a phone 320 px wide the addresses wrap; nothing scrolls sideways.
    await page.setViewportSize({ width: 320, height: 640 });
    await expectFits(page);
  }, 90_000);
});
