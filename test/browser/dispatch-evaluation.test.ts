import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { ResponseView } from '../../src/dispatch/types';
import { DISPATCH_DEFAULTS } from '../../src/program/dispatch';
import { en } from '../../src/web/i18n/en';
import { es } from '../../src/web/i18n/es';
import {
  chromiumTabs,
  describeInChromium,
  expectAccessible,
  expectFits,
  focused,
  tabUntil,
  summaryTakesFocus,
} from '../support/chromium';
import { goToView, joinByInvite } from '../support/console-page';
import { startDispatchLine, visit, type Who } from '../support/dispatch';

const t = en.console;
const e = t.evaluation;
const d = t.dispatch;
const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
/** A police category the program added itself: no catalog has words for it, so it is shown as its id. */
const OWN_CATEGORY = 'hospital-security';
const POLICE_CATEGORIES = [...DISPATCH_DEFAULTS.policeCategories, OWN_CATEGORY];

/** "October 25, 2026": the period line, in the reader's language, as the page writes it. */
const longDate = (date: string, lang: string) =>
  new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );

/** A breakdown as the page shows it: each row's words and its number, found by the table's caption. */
async function table(page: Page, caption: string): Promise<Record<string, string>> {
  const rows = await page.getByRole('table', { name: caption, exact: true }).locator('tbody tr').all();
  const out: Record<string, string> = {};
  for (const row of rows) out[await row.locator('th').innerText()] = await row.locator('td').innerText();
  return out;
}

/** The totals under a section's heading (a definition list). */
async function totals(page: Page, headingId: string): Promise<Record<string, string>> {
  const pairs = await page.locator(`section[aria-labelledby="${headingId}"] dl > div`).all();
  const out: Record<string, string> = {};
  for (const pair of pairs) out[await pair.locator('dt').innerText()] = await pair.locator('dd').innerText();
  return out;
}

/** Every id with its words and 0, then the counts that happened. */
function zeros(
  ids: readonly string[],
  words: Record<string, string>,
  counts: Record<string, number> = {},
): Record<string, string> {
  return Object.fromEntries(ids.map((id) => [words[id] ?? id, String(counts[id] ?? 0)]));
}

describeInChromium('counts for evaluation in the coordinator console, in a real browser', () => {
  const chrome = chromiumTabs();

  it('a coordinator opens the counts from the board by keyboard: they match what happened; a bad range is named; an empty period says so; Spanish in place; it fits 320 px; others see no numbers', async () => {
    const l = chrome.stopAfter(
      await startDispatchLine('sqlite', {
        ownAddress: true,
        cheapArgon: true,
        dispatch: { policeCategories: POLICE_CATEGORIES },
      }),
    );
    const api = <T>(method: string, path: string, body: unknown, who: Who) =>
      l.t.api<T>(method, path, body, l.tokens[who]);

    // R1: Ana and Beto go, Sam supports, and it is closed Resolved (two debriefs, not yet done).
    const r1 = await api<ResponseView>('POST', '/api/dispatch', visit(), 'Rita');
    expect(r1.status, JSON.stringify(r1.body)).toBe(201);
    await l.sim.runUntilIdle();
    for (const who of ['Ana', 'Beto', 'Sam'] as const)
      expect(
        (await api('POST', `/api/dispatch/${r1.body.id}/answer`, { accept: true, etaMinutes: 10 }, who)).status,
      ).toBe(200);
    const closed = await api<{ debriefs: unknown[] }>(
      'POST',
      `/api/dispatch/${r1.body.id}/close`,
      { outcome: 'resolved' },
      'Rita',
    );
    expect(closed.status).toBe(200);
    expect(closed.body.debriefs).toHaveLength(2);
    // R2, an emergency: emergency services the person agreed to, for a medical reason.
    const r2 = await api<ResponseView>('POST', '/api/dispatch', visit({ urgency: 'emergency' }), 'Rita');
    expect(r2.status).toBe(201);
    expect(
      (
        await api(
          'POST',
          `/api/dispatch/${r2.body.id}/events`,
          { kind: 'emergency_services', category: 'medical', personConsented: true },
          'Rita',
        )
      ).status,
    ).toBe(201);
    // R3: police arrived uninvited, and once more under the program's own category.
    const r3 = await api<ResponseView>('POST', '/api/dispatch', visit(), 'Rita');
    expect(r3.status).toBe(201);
    for (const category of ['arrived-uninvited', OWN_CATEGORY])
      expect(
        (await api('POST', `/api/dispatch/${r3.body.id}/events`, { kind: 'police_contact', category }, 'Rita')).status,
      ).toBe(201);
    await l.sim.runUntilIdle();
    const states: Record<string, number> = {};
    for (const id of [r1.body.id, r2.body.id, r3.body.id]) {
      const state = (await api<ResponseView>('GET', `/api/dispatch/${id}`, undefined, 'Rita')).body.state;
      states[state] = (states[state] ?? 0) + 1;
    }
    expect(states.closed).toBe(1);

    // Cora, the coordinator, at a desk. The page lives on the line's clock (a Monday in New York), as a real device's agrees with the server's.
    const tab = await chrome.open({ clock: l.clock, viewport: { width: 1280, height: 900 } });
    const { page } = tab;
    const asked: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/dispatch/evaluation')) asked.push(new URL(request.url()).search);
    });
    await joinByInvite(page, l.t, l.token, l.ids.Cora ?? '', 'cora');
    await goToView(page, d.nav, d.board.heading);

    // From the board's heading, by keyboard, to the counts.
    await expect.poll(() => focused(page)).toBe(`h1:${d.board.heading}`);
    await tabUntil(page, `a:${e.boardLink}`);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: e.heading }).waitFor();
    await expect.poll(() => focused(page)).toBe(`h1:${e.heading}`);
    await expect.poll(() => page.title()).toBe(`${e.title}${t.shell.titleSuffix}`);

    // The last 30 days where the line is, both included, and the numbers of what happened.
    expect(await page.locator('#evaluation-from').inputValue()).toBe('2026-10-25');
    expect(await page.locator('#evaluation-to').inputValue()).toBe('2026-11-23');
    await expect
      .poll(() => page.locator('#evaluation-period').textContent())
      .toBe(fill(e.period, { from: longDate('2026-10-25', 'en'), to: longDate('2026-11-23', 'en') }));
    expect(asked).toEqual(['?from=2026-10-25&to=2026-11-23']);
    expect(await page.getByText(e.empty).count()).toBe(0);
    expect(await totals(page, 'evaluation-responses')).toEqual({ [e.total]: '3' });
    expect(await table(page, e.responses.byState)).toEqual(
      zeros(['forming', 'formed', 'no_team', 'closed'], e.responses.states, states),
    );
    expect(await table(page, e.responses.byOutcome)).toEqual(
      zeros(DISPATCH_DEFAULTS.outcomes, d.outcomes, { resolved: 1 }),
    );
    expect(await table(page, e.responses.byUrgency)).toEqual(
      zeros(['emergency', 'crisis'], d.urgency, { emergency: 1, crisis: 2 }),
    );
    expect(await totals(page, 'evaluation-emergency')).toEqual({ [e.total]: '1' });
    expect(await table(page, e.emergency.byReason)).toEqual(
      zeros(DISPATCH_DEFAULTS.emergencyReasons, d.emergencyReasons, { medical: 1 }),
    );
    expect(await totals(page, 'evaluation-police')).toEqual({ [e.total]: '2' });
    expect(await page.locator('section[aria-labelledby="evaluation-police"] > p').innerText()).toBe(e.police.intro);
    const police = await table(page, e.police.byCategory);
    expect(police).toEqual(zeros(POLICE_CATEGORIES, d.policeCategories, { 'arrived-uninvited': 1, [OWN_CATEGORY]: 1 }));
    expect(police[OWN_CATEGORY]).toBe('1');
    expect(await totals(page, 'evaluation-debriefs')).toEqual({ [e.debriefs.done]: '0', [e.debriefs.notDone]: '2' });
    expect(await totals(page, 'evaluation-follow-ups')).toEqual({
      [e.followUps.done]: '0',
      [e.followUps.missed]: '0',
      [e.followUps.pending]: '0',
    });
    await expectAccessible(page, 'the counts for the last 30 days');

    // Spanish, in place: the same numbers under Spanish headings and words.
    await page.getByRole('link', { name: 'Español' }).click();
    const x = es.console.evaluation;
    await page.getByRole('heading', { level: 1, name: x.heading }).waitFor();
    expect(await page.evaluate<string>('document.documentElement.lang')).toBe('es');
    for (const heading of [
      x.responses.heading,
      x.emergency.heading,
      x.police.heading,
      x.debriefs.heading,
      x.followUps.heading,
    ]) {
      await page.getByRole('heading', { level: 2, name: heading, exact: true }).waitFor();
    }
    expect(await page.locator('#evaluation-period').textContent()).toBe(
      fill(x.period, { from: longDate('2026-10-25', 'es'), to: longDate('2026-11-23', 'es') }),
    );
    expect(await table(page, x.responses.byOutcome)).toEqual(
      zeros(DISPATCH_DEFAULTS.outcomes, es.console.dispatch.outcomes, { resolved: 1 }),
    );
    expect(await page.getByRole('button', { name: x.show }).count()).toBe(1);
    await expectAccessible(page, 'the counts in Spanish');
    await page.getByRole('link', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: e.heading }).waitFor();

    // To before From: the server refuses it, and the page names the field; no numbers stay on screen.
    await page.locator('#evaluation-from').fill('2026-11-23');
    await page.locator('#evaluation-to').fill('2026-11-01');
    await page.getByRole('button', { name: e.show }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    await summaryTakesFocus(page);
    expect(await summary.getByRole('link').allInnerTexts()).toEqual([e.errors.fromAfterTo]);
    expect(await page.locator('#evaluation-from-error').textContent()).toBe(
      `${t.shell.errorPrefix} ${e.errors.fromAfterTo}`,
    );
    expect(await page.locator('#evaluation-from').getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.title()).toBe(`${t.shell.errorTitlePrefix}${e.title}${t.shell.titleSuffix}`);
    expect(await page.locator('#evaluation-period').count()).toBe(0);
    expect(asked.at(-1)).toBe('?from=2026-11-23&to=2026-11-01');
    await expectAccessible(page, 'a range the server refused');
    // The summary's link takes the keyboard to the field.
    await summary.getByRole('link').click();
    await expect.poll(() => focused(page)).toBe('evaluation-from');

    // A period when nothing happened says so, with every count at 0.
    await page.locator('#evaluation-from').fill('2026-01-01');
    await page.locator('#evaluation-to').fill('2026-01-31');
    await page.getByRole('button', { name: e.show }).click();
    await page.getByText(e.empty).waitFor();
    expect(await summary.count()).toBe(0);
    expect(await totals(page, 'evaluation-responses')).toEqual({ [e.total]: '0' });
    expect(await table(page, e.responses.byState)).toEqual(
      zeros(['forming', 'formed', 'no_team', 'closed'], e.responses.states),
    );
    expect(await table(page, e.police.byCategory)).toEqual(zeros(POLICE_CATEGORIES, d.policeCategories));
    await expectAccessible(page, 'an empty period');

    // On a 320 px phone: the form and the tables fit, nothing scrolls sideways.
    await page.setViewportSize({ width: 320, height: 640 });
    await page.locator('#evaluation-from').fill('2026-10-25');
    await page.locator('#evaluation-to').fill('2026-11-23');
    await page.getByRole('button', { name: e.show }).click();
    await expect.poll(async () => (await totals(page, 'evaluation-responses'))[e.total]).toBe('3');
    await expectFits(page);
    await expectAccessible(page, 'the counts at 320 px');

    // Ana, a field responder, is no coordinator: no link, and the address shows no numbers.
    const other = await chrome.open({
      clock: l.clock,
      viewport: { width: 320, height: 640 },
      isMobile: true,
      hasTouch: true,
    });
    const seen: string[] = [];
    other.page.on('request', (request) => {
      if (request.url().includes('/api/dispatch/evaluation')) seen.push(request.url());
    });
    await joinByInvite(other.page, l.t, l.token, l.ids.Ana ?? '', 'ana');
    await goToView(other.page, d.nav, d.board.heading);
    expect(await other.page.getByRole('link', { name: e.boardLink }).count()).toBe(0);
    expect(await other.page.getByRole('link', { name: e.nav, exact: true }).count()).toBe(0);
    await other.page.goto(`${l.t.url}/console/field/evaluation`);
    await other.page.getByRole('heading', { level: 1, name: t.shell.notFoundHeading }).waitFor();
    expect(await other.page.getByRole('table').count()).toBe(0);
    expect(await other.page.getByText(e.heading).count()).toBe(0);
    expect(seen).toEqual([]);
    expect((await api('GET', '/api/dispatch/evaluation', undefined, 'Ana')).status).toBe(404);
    await expectAccessible(other.page, 'the counts’ address, for someone who is not a coordinator');
  }, 120_000);
});
