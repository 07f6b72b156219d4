import { afterAll, beforeAll, expect, it } from 'vitest';
import { productionArgon } from '../../src/crypto/argon-policy';
import { unlockPlan } from '../../src/crypto/plan-lock';
import { en } from '../../src/web/i18n/en';
import { planPageEn, planPageEs } from '../../src/web/i18n/plan-page';
import {
  chromiumTabs,
  describeInChromium,
  expectAccessible,
  expectFits,
  focused,
  summaryTakesFocus,
  tabUntil,
} from '../support/chromium';
import { joinByInvite } from '../support/console-page';
import { COMMUNITY_NUMBER, startLine, type Line } from '../support/line';
import { aliasIn, bodies } from '../support/texting';

const ANA = '+12025550111';
const MO = '+12025550133'; // English
const LUZ = '+12025550134'; // Spanish
const PAZ = '+12025550135'; // Spanish
const TEO = '+12025550136'; // English, for the measurement
const NALOXONE = 'Inside pocket of my jacket';
const PHRASE = 'green door by the market';

/**
 * Members' plans in real Chromium: the member's own page with JavaScript on (the plan locked in the
 * browser; keyboard, 320 px, axe, the requests searched for the words and the phrase) and off, in
 * English and Spanish, and the responder's console view of a plan the browser locked, opened with
 * the phrase for their conversation, then of one opened by keypad for the call they took. One line
 * and one browser for the file.
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
      [PAZ, 'es'],
      [TEO, 'en'],
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

  it('with JavaScript the plan is locked in the browser: keyboard, 320 px, axe, progress shown; no plan words or code in any request', async () => {
    const { page } = await chrome.open({ clock: line.clock, viewport: { width: 320, height: 640 } });
    const t = planPageEn;
    // Every request body the page sends, to look for the plan's words and the phrase in.
    const posted: string[] = [];
    page.on('request', (request) => posted.push(`${request.url()} ${request.postData() ?? ''}`));
    await page.goto(await linkFor(MO));
    await page.getByRole('heading', { level: 1, name: t.title }).waitFor();
    await expect.poll(() => page.locator('#plan-sealing-note').isVisible()).toBe(true);
    await expectFits(page);
    await expectAccessible(page, 'plan page, empty');

    await tabUntil(page, 'plan-helps');
    await page.keyboard.type('Stay with me and keep talking');
    await tabUntil(page, 'plan-naloxone');
    await page.keyboard.type(NALOXONE);
    await tabUntil(page, 'plan-secret');
    await page.keyboard.type(PHRASE);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('plan-secret-again');
    await page.keyboard.type('green door by the markt'); // a slip: refused here, the words kept
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('alert').innerText()).toContain(t.problems.mismatch);
    await summaryTakesFocus(page);
    expect(await page.locator('#plan-helps').inputValue()).toBe('Stay with me and keep talking');
    await expectAccessible(page, 'plan page, a problem');
    await page.locator('#plan-secret-again').fill('');
    await tabUntil(page, 'plan-secret-again');
    await page.keyboard.type(PHRASE);

    // The worker's script is held, so the page can be seen while it works (and no navigation is
    // pending meanwhile, which playwright's key presses and axe would wait on).
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/assets/plan-worker.*', async (route) => {
      await held;
      await route.continue();
    });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').innerText()).toBe(t.sealing.working);
    expect(await page.locator('#plan-progress').isVisible()).toBe(true);
    expect(await focused(page)).toBe('plan-secret-again'); // focus stays put while it works
    await page.keyboard.press('Enter'); // a second press is ignored
    await expectAccessible(page, 'plan page, locking');
    release();
    await page.getByRole('heading', { level: 1, name: t.saved.heading }).waitFor();
    await page.unroute('**/assets/plan-worker.*');
    await expectAccessible(page, 'plan saved');

    const posts = posted.filter((p) => p.includes('action=sealed'));
    expect(posts).toHaveLength(1);
    for (const secret of ['Stay with me', 'keep talking', NALOXONE, 'jacket', PHRASE, 'green+door', 'green%20door'])
      expect(posted.filter((p) => p.includes(secret))).toEqual([]);
    const sealed = JSON.parse(new URLSearchParams(posts[0]?.split(' ')[1] ?? '').get('sealed') ?? '{}') as {
      ciphertext?: string;
    };
    expect(sealed.ciphertext?.length).toBeGreaterThan(40);

    // A new link shows the history and the ways to see, change or destroy it (no script needed).
    await page.goto(await linkFor(MO));
    await page.getByRole('heading', { level: 2, name: t.history.heading }).waitFor();
    expect(await page.locator('script[src]').count()).toBe(0);
    await expectFits(page);
    await expectAccessible(page, 'plan page, a plan held');
  }, 180_000); // five axe runs and a derivation: minutes on a machine shared by many test runs

  it('in Spanish, with JavaScript on and off: both write the plan', async () => {
    const es = planPageEs;
    // JavaScript off, Spanish from the member's own language: the forms alone write the plan.
    const noScript = await chrome.open({ clock: line.clock, javaScriptEnabled: false });
    await noScript.page.goto(await linkFor(LUZ));
    await noScript.page.getByRole('heading', { level: 1, name: es.title }).waitFor();
    expect(await noScript.page.locator('html').getAttribute('lang')).toBe('es');
    expect(await noScript.page.locator('#plan-sealing-note').isVisible()).toBe(false);
    await noScript.page.getByLabel(es.fields.helps.label).fill('Música tranquila');
    await noScript.page.getByLabel(es.secret.label, { exact: true }).fill('482913');
    await noScript.page.getByLabel(es.secret.again).fill('482913');
    await noScript.page.getByRole('button', { name: es.save }).click();
    await noScript.page.getByRole('heading', { level: 1, name: es.saved.heading }).waitFor();

    // JavaScript on, at 320 px: locked in the browser, in Spanish.
    const { page } = await chrome.open({ clock: line.clock, viewport: { width: 320, height: 640 } });
    const posted: string[] = [];
    page.on('request', (request) => posted.push(request.postData() ?? ''));
    await page.goto(await linkFor(PAZ));
    await page.getByRole('heading', { level: 1, name: es.title }).waitFor();
    await expect.poll(() => page.locator('#plan-sealing-note').innerText()).toBe(es.sealing.note);
    await expectFits(page);
    await expectAccessible(page, 'plan page in Spanish, script on');
    await page.getByLabel(es.fields.people.label).fill('Llamen a Rosa');
    await page.getByLabel(es.secret.label, { exact: true }).fill('7305 1186');
    await page.getByLabel(es.secret.again).fill('7305 1186');
    await page.getByRole('button', { name: es.save }).click();
    await page.getByRole('heading', { level: 1, name: es.saved.heading }).waitFor();
    expect(posted.filter((p) => p.includes('action=sealed'))).toHaveLength(1);
    expect(posted.filter((p) => /Rosa|7305/.test(p))).toEqual([]);

    await page.goto(await linkFor(LUZ));
    await page.getByRole('heading', { level: 2, name: es.history.heading }).waitFor();
    await expectAccessible(page, 'plan page in Spanish, a plan held');
  }, 90_000);

  it('the production parameters (Argon2id, 3 passes, 256 MiB) run in Chromium’s worker, and the server opens the result', async () => {
    const { page } = await chrome.open({ clock: line.clock });
    await page.goto(await linkFor(TEO));
    const data = JSON.parse((await page.locator('#plan-data').textContent()) ?? '{}') as {
      worker: string;
      pepper: string;
      boundTo: string;
    };
    const params = productionArgon().enrol;
    const plaintext = JSON.stringify({ helps: 'measured' });
    const request = { secret: '482913', plaintext, boundTo: data.boundTo, pepper: data.pepper, params };
    // The page's own worker, as the script starts it; twice, for a second (warm) figure.
    const runs = await page.evaluate<{ sealed?: string; ms?: number; error?: string }[]>(`(async () => {
      const runs = [];
      for (let i = 0; i < 2; i += 1) {
        const worker = new Worker(${JSON.stringify(data.worker)}, { type: 'module' });
        runs.push(await new Promise((resolve) => {
          worker.addEventListener('message', (event) => resolve(event.data));
          worker.addEventListener('error', () => resolve({ error: 'worker error' }));
          worker.postMessage(${JSON.stringify(request)});
        }));
        worker.terminate();
      }
      return runs;
    })()`);
    expect(runs.map((r) => r.error)).toEqual([undefined, undefined]);
    const sealed = runs[0]?.sealed ?? '';
    expect(JSON.parse(sealed)).toMatchObject({ opslimit: params.opslimit, memlimit: params.memlimit });
    expect(await unlockPlan({ secret: '482 913', sealed, boundTo: data.boundTo, pepper: data.pepper })).toBe(plaintext);
    console.log(`plan sealed in Chromium at 256 MiB, 3 passes: ${runs.map((r) => r.ms).join(' ms, ')} ms`);
  }, 120_000);

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
