import { afterAll, beforeAll, expect, it } from 'vitest';
import { en } from '../../src/web/i18n/en';
import { planPageEn, planPageEs } from '../../src/web/i18n/plan-page';
import { chromiumTabs, describeInChromium, expectAccessible, expectFits, focused, tabUntil } from '../support/chromium';
import { joinByInvite } from '../support/console-page';
import { COMMUNITY_NUMBER, startLine, type Line } from '../support/line';
import { aliasIn, bodies } from '../support/texting';

const ANA = '+12025550111';
const MO = '+12025550133'; // English
const LUZ = '+12025550134'; // Spanish
const PHRASE = 'green door by the market';

/**
 * Members' plans in real Chromium: the member's own page with JavaScript off (keyboard, 320 px,
 * Spanish, axe), and the responder's console view of a plan opened for their conversation (by phrase)
 * and for a call they took (by the member's keypad). One line and one browser for the file.
 */
describeInChromium('members’ crisis plans in the browser', () => {
  const chrome = chromiumTabs();
  let line: Line;
  const numbers: Record<string, string> = {};
  beforeAll(async () => {
    line = await startLine('sqlite', { ownAddress: true, cheapArgon: true, program: { languages: ['en', 'es'] } });
    await line.addResponder({ name: 'Ana', phone: ANA, tier: 'primary' });
    for (const [phone, language] of [
      [MO, 'en'],
      [LUZ, 'es'],
    ] as const) {
      const member = await line.t.api<{ number: string }>('POST', '/api/members', { language, phone }, line.token);
      expect(member.status).toBe(201);
      numbers[phone] = member.body.number;
      line.sim.phone(phone);
    }
  }, 60_000);
  afterAll(async () => line?.stop());
  const acceptedBy = async (responderId: string | undefined) =>
    (await line.t.kith.ctx.db.kysely.selectFrom('calls').select('accepted_by').execute()).some(
      (c) => c.accepted_by === responderId,
    );

  const linkFor = async (phone: string) => {
    line.sim.phone(phone).text('PLAN');
    await line.sim.runUntilIdle();
    const match = /(http:\/\/127\.0\.0\.1:\d+\/plan\/[\w-]+)/.exec(bodies(line, phone).at(-1) ?? '');
    if (!match?.[1]) throw new Error('no plan link');
    return match[1];
  };

  it('the member writes a plan on the page: by keyboard at 320 px (axe), and without JavaScript in Spanish', async () => {
    // The page has no script at all, so a tab with JavaScript on (which axe and the keyboard helpers need) shows it as is.
    const { page } = await chrome.open({ clock: line.clock, viewport: { width: 320, height: 640 } });
    const t = planPageEn;
    await page.goto(await linkFor(MO));
    await page.getByRole('heading', { level: 1, name: t.title }).waitFor();
    expect(await page.locator('script').count()).toBe(0);
    await expectFits(page);
    await expectAccessible(page, 'plan page, empty');

    await tabUntil(page, 'plan-helps');
    await page.keyboard.type('Stay with me and keep talking');
    await tabUntil(page, 'plan-naloxone');
    await page.keyboard.type('Inside pocket of my jacket');
    await tabUntil(page, 'plan-secret');
    await page.keyboard.type(PHRASE);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('plan-secret-again');
    await page.keyboard.type('green door by the markt'); // a slip: refused, the words kept
    await page.keyboard.press('Enter');
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').innerText()).toContain(t.problems.mismatch);
    expect(await page.locator('#plan-helps').inputValue()).toBe('Stay with me and keep talking');
    await expectAccessible(page, 'plan page, a problem');
    await tabUntil(page, 'plan-secret');
    await page.keyboard.type(PHRASE);
    await page.keyboard.press('Tab');
    await page.keyboard.type(PHRASE);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: t.saved.heading }).waitFor();
    await expectAccessible(page, 'plan saved');

    // A new link shows the history and the ways to see, change or destroy it.
    await page.goto(await linkFor(MO));
    await page.getByRole('heading', { level: 2, name: t.history.heading }).waitFor();
    await expectFits(page);
    await expectAccessible(page, 'plan page, a plan held');

    // JavaScript off, Spanish from the member's own language: the forms alone write the plan.
    const es = planPageEs;
    const noScript = await chrome.open({ clock: line.clock, javaScriptEnabled: false });
    await noScript.page.goto(await linkFor(LUZ));
    await noScript.page.getByRole('heading', { level: 1, name: es.title }).waitFor();
    expect(await noScript.page.locator('html').getAttribute('lang')).toBe('es');
    await noScript.page.getByLabel(es.fields.helps.label).fill('Música tranquila');
    await noScript.page.getByLabel(es.secret.label, { exact: true }).fill('482913');
    await noScript.page.getByLabel(es.secret.again).fill('482913');
    await noScript.page.getByRole('button', { name: es.save }).click();
    await noScript.page.getByRole('heading', { level: 1, name: es.saved.heading }).waitFor();
    await page.goto(await linkFor(LUZ));
    await page.getByRole('heading', { level: 2, name: es.history.heading }).waitFor();
    await expectAccessible(page, 'plan page in Spanish, a plan held');
  }, 90_000);

  it('a responder opens a plan with the phrase for their conversation and reads it until it closes; then one opened by keypad for the call they took', async () => {
    const t = en.console.memberPlans;
    const { page } = await chrome.open({ clock: line.clock });
    await joinByInvite(page, line.t, line.token, line.ids.Ana ?? '', 'ana.one');
    line.sim.phone(MO).text('rough night, can we talk');
    await line.sim.runUntilIdle();
    const alias = aliasIn(line, ANA);
    line.sim.phone(ANA).text(`${alias} I am here`);
    await line.sim.runUntilIdle();
    const [conversation] = (await line.t.api<{ id: string }[]>('GET', '/api/conversations', undefined, line.token))
      .body;
    // In-console navigation, as a link would: the key stays in memory.
    const path = `/console/members/plans?conversation=${conversation?.id ?? ''}`;
    await page.evaluate(
      `history.pushState(null, '', ${JSON.stringify(path)}); dispatchEvent(new PopStateEvent('popstate'))`,
    );
    await page.getByRole('heading', { level: 1, name: t.heading }).waitFor();
    await expect.poll(() => page.locator('main').innerText()).toContain(t.none);
    await expectAccessible(page, 'plans view, none open');

    await tabUntil(page, 'plan-member');
    await page.keyboard.type(numbers[MO] ?? '');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('plan-secret');
    await page.keyboard.type('wrong words entirely');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('alert').innerText()).toContain(t.errors.secret);
    await expectAccessible(page, 'plans view, a wrong phrase');
    await page.locator('#plan-secret').fill(PHRASE.toUpperCase());
    await page.locator('#plan-secret').press('Enter');
    const form = page.locator('form[aria-labelledby="unlock-heading"]');
    await expect.poll(() => form.getByRole('status').innerText()).toBe('The plan is open to: Ana.');
    const plan = page.locator('section[aria-labelledby^="plan-"]');
    await expect.poll(() => plan.innerText()).toContain('Inside pocket of my jacket');
    expect(await plan.innerText()).toContain(t.fields.naloxone);
    await expectAccessible(page, 'plans view, a plan open');

    // The conversation closes: the plan is gone from the view (a live event refetches).
    line.sim.phone(ANA).text(`${alias} done`);
    await line.sim.runUntilIdle();
    await expect.poll(() => page.locator('main').innerText(), { timeout: 15_000 }).toContain(t.none);
    expect(await page.locator('main').innerText()).not.toContain('Inside pocket');

    // Luz calls and keys her plan code (written on the page above): Ana takes the call and reads it
    // in the same view, for the call, until it ends (docs/CRYPTO.md, "By keypad during a call").
    const luz = line.sim.placeCall({
      from: LUZ,
      to: COMMUNITY_NUMBER,
      caller: { press: ['*', numbers[LUZ] ?? '', '*482913#'], hangUpAfterSeconds: 90 },
    });
    for (let waited = 0; waited < 120 && !(await acceptedBy(line.ids.Ana)); waited += 2) await line.sim.advance(2);
    const taken = page.locator('section[aria-labelledby^="plan-"]');
    await expect.poll(() => taken.innerText(), { timeout: 15_000 }).toContain('Música tranquila');
    expect(await taken.innerText()).toContain(t.forScope.call);
    await expectAccessible(page, 'plans view, a plan opened by keypad for a call');
    await line.sim.runUntilIdle();
    expect(luz.status).toBe('completed');
    expect(line.sim.errors).toEqual([]);
    await expect.poll(() => page.locator('main').innerText(), { timeout: 15_000 }).toContain(t.none);
    expect(await page.locator('main').innerText()).not.toContain('Música tranquila');
  }, 150_000);
});
