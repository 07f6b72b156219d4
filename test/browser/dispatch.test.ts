import { beforeAll, expect, it } from 'vitest';
import { keyId, ready, sealRecord } from '../../src/crypto/e2e';
import { dispatchDepsOf } from '../../src/dispatch/types';
import { sweepDispatch } from '../../src/dispatch/sweep';
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
import { enrolInNode } from '../support/enrol-in-node';
import { COMMUNITY_NUMBER, startLine, type Line } from '../support/line';

const t = en.console;
const d = t.dispatch;
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key]));
const ANA = '+12025550111';
const BEN = '+12025550112';
const CARA = '+12025550113';
const DEE = '+12025550114';
/** Where the team goes: sealed in a browser (or here, for the requester in Node), never in the clear on the wire. */
const PLACE = 'Corner of Elm and 5th, blue door, second floor';

/** On shift all week in a dispatch role: field responders and the support person. */
async function onShiftAllWeek(line: Line, responderId: string, role: 'field' | 'support'): Promise<void> {
  for (const day of ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']) {
    const made = await line.t.api(
      'POST',
      '/api/shifts/rules',
      { responderId, role, tier: 'primary', day, start: '00:00', end: '24:00' },
      line.token,
    );
    if (made.status !== 201) throw new Error(`shift failed: ${JSON.stringify(made.body)}`);
  }
}

interface Team {
  ana: string;
  ben: string;
  cara: string;
  dee: string;
}

/** Ana answers the phone; Ben and Cara go out; Dee supports them. */
async function team(line: Line): Promise<Team> {
  const ana = await line.addResponder({ name: 'Ana Ruiz', phone: ANA, tier: 'primary' });
  const ben = await line.addResponder({ name: 'Ben Okafor', phone: BEN, roles: ['field'], languages: ['en', 'es'] });
  const cara = await line.addResponder({ name: 'Cara Lind', phone: CARA, roles: ['field'] });
  const dee = await line.addResponder({ name: 'Dee Park', phone: DEE, roles: ['support'] });
  await onShiftAllWeek(line, ben, 'field');
  await onShiftAllWeek(line, cara, 'field');
  await onShiftAllWeek(line, dee, 'support');
  return { ana, ben, cara, dee };
}

interface ResponseView {
  id: string;
  alias: string;
  state: string;
  members: { responderId: string; status: string }[];
}

describeInChromium('field dispatch in the responder console, in a real browser', () => {
  const chrome = chromiumTabs();
  beforeAll(ready);

  it('the board on a desktop screen: a requester asks for a team by keyboard, consent to a visit first, and it appears as Forming, then Out, live', async () => {
    const l = chrome.stopAfter(await startLine('sqlite', { ownAddress: true, cheapArgon: true }));
    const ids = await team(l);
    // Ben, Cara and Dee have keys, so the brief can be sealed to them.
    const ben = await enrolInNode(l, ids.ben, 'ben.o');
    const cara = await enrolInNode(l, ids.cara, 'cara.l');
    await enrolInNode(l, ids.dee, 'dee.p');
    const tab = await chrome.open({ clock: l.clock, viewport: { width: 1280, height: 900 } });
    const { page } = tab;
    const sent: { method: string; url: string; body: string }[] = [];
    page.on('request', (request) =>
      sent.push({ method: request.method(), url: request.url(), body: request.postData() ?? '' }),
    );

    await joinByInvite(page, l.t, l.token, ids.ana, 'ana.r');
    await goToView(page, d.nav, d.board.heading);
    await page.getByText(d.board.openNone).waitFor();
    await page.evaluate('window.kithNotReloaded = true');
    await expectAccessible(page, 'the board, nothing open');

    // From the heading, by keyboard, to "Ask for a team".
    await expect.poll(() => focused(page)).toBe(`h1:${d.board.heading}`);
    await tabUntil(page, `a:${d.board.ask}`);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: d.ask.heading }).waitFor();
    await expect.poll(() => focused(page)).toBe(`h1:${d.ask.heading}`);
    await page.getByText(fill(d.ask.candidates.other, { count: 2 })).waitFor();
    expect(await page.locator('#agreed-hint').innerText()).toBe(d.ask.agreedHint);
    await expectAccessible(page, 'asking for a team, empty');

    // Urgency, a need, the place: everything but the person's consent to a visit.
    await tabUntil(page, 'urgency-emergency');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('#urgency-crisis').isChecked()).toBe(true);
    await tabUntil(page, 'needs-de-escalation');
    await page.keyboard.press('Space');
    await tabUntil(page, 'place');
    await page.keyboard.type(PLACE);
    await tabUntil(page, `button:${d.ask.submit}`);
    await page.keyboard.press('Enter');

    // The form refuses: the summary takes focus, names the consent, and nothing was sent.
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    await summaryTakesFocus(page);
    await expect.poll(() => summary.innerText()).toContain(d.ask.errors.visitMissing);
    await expect.poll(() => page.locator('#agreed-error').innerText()).toContain(d.ask.errors.visitMissing);
    await expect.poll(() => page.title()).toBe(`${t.shell.errorTitlePrefix}${d.ask.title}${t.shell.titleSuffix}`);
    expect(sent.filter((r) => r.method === 'POST' && r.url.endsWith('/api/dispatch'))).toEqual([]);
    expect((await l.t.api<unknown[]>('GET', '/api/dispatch', undefined, l.token)).body).toEqual([]);
    await expectAccessible(page, 'asking for a team, consent missing');

    // The summary's link takes the keyboard to the visit box; Space ticks it; then ask.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe(`a:${d.ask.errors.visitMissing}`);
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('agreed-visit');
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('#agreed-visit').isChecked()).toBe(true);
    await tabUntil(page, `button:${d.ask.submit}`);
    await page.keyboard.press('Enter');

    // Back on the board: the response, Forming, with who was asked; no reload on the way.
    await page.getByRole('heading', { level: 1, name: d.board.heading }).waitFor();
    await page.getByRole('status').filter({ hasText: d.ask.asked }).waitFor();
    const card = page.locator('.field-card');
    await card.waitFor();
    const alias = (await card.getAttribute('data-alias')) ?? '';
    expect(alias).toMatch(/^R\d+$/);
    expect(await card.getAttribute('data-state')).toBe('forming');
    await expect
      .poll(() => card.locator('.field-state').innerText())
      .toBe(`${d.urgency.crisis}. ${fill(d.board.forming, { accepted: 0, needed: 2, asked: 2 })}`);
    await expect
      .poll(() => card.innerText())
      .toContain(fill(d.board.member, { name: 'Ben Okafor', role: d.roles.field, status: d.memberStatus.asked }));
    await expect
      .poll(() => card.innerText())
      .toContain(fill(d.board.needsLine, { needs: d.needs['de-escalation'] ?? '' }));
    expect(await page.evaluate('window.kithNotReloaded')).toBe(true);
    await expectAccessible(page, 'the board, one response forming');

    // The place crossed the wire only sealed: in no request the page sent.
    expect(sent.some((r) => r.body.includes(PLACE) || r.url.includes(encodeURIComponent(PLACE)))).toBe(false);
    const posted = sent.find((r) => r.method === 'POST' && r.url.endsWith('/api/dispatch'));
    const body = JSON.parse(posted?.body ?? '{}') as {
      agreed: string[];
      urgency: string;
      needs: string[];
      brief: { keys: unknown[] };
    };
    expect(body.agreed).toEqual(['visit']);
    expect(body.urgency).toBe('crisis');
    expect(body.needs).toEqual(['de-escalation']);
    expect(body.brief.keys).toHaveLength(4); // Ana, Ben, Cara and Dee

    // Ben and Cara accept from elsewhere: the board follows live, Out with each ETA in words.
    const list = (await ben.client.request<ResponseView[]>('GET', '/api/dispatch')).body;
    const response = list.find((r) => r.alias === alias);
    expect(response).toBeDefined();
    const id = response?.id ?? '';
    expect(
      (await ben.client.request('POST', `/api/dispatch/${id}/answer`, { accept: true, etaMinutes: 12 })).status,
    ).toBe(200);
    await expect
      .poll(() => card.locator('.field-state').innerText())
      .toBe(`${d.urgency.crisis}. ${fill(d.board.forming, { accepted: 1, needed: 2, asked: 1 })}`);
    expect(
      (await cara.client.request('POST', `/api/dispatch/${id}/answer`, { accept: true, etaMinutes: 20 })).status,
    ).toBe(200);
    await expect.poll(() => card.getAttribute('data-state')).toBe('formed');
    expect(await card.locator('.field-state').innerText()).toBe(
      `${d.urgency.crisis}. ${fill(d.board.formed.other, { count: 2 })}`,
    );
    const eta = fill(d.board.withEta, { status: d.memberStatus.accepted, eta: fill(d.minutes.other, { count: 12 }) });
    await expect
      .poll(() => card.innerText())
      .toContain(fill(d.board.member, { name: 'Ben Okafor', role: d.roles.field, status: eta }));
    await expect.poll(() => card.innerText()).toContain(d.board.checkInDue.split('{time}')[0] ?? '');
    expect(await page.evaluate('window.kithNotReloaded')).toBe(true);
    await expectAccessible(page, 'the board, a team out');
  }, 120_000);

  it('a team member’s view on a 320 px phone: accept with ETA, on my way, check in, police guidance one tap away, need backup (asked first), emergency services only with consent, close with an outcome, aftercare, debrief and a follow-up called through the line; and in Spanish', async () => {
    const l = chrome.stopAfter(await startLine('sqlite', { ownAddress: true, cheapArgon: true }));
    const ids = await team(l);
    const tab = await chrome.open({
      clock: l.clock,
      viewport: { width: 320, height: 640 },
      isMobile: true,
      hasTouch: true,
    });
    const { page } = tab;

    // Ben sets up his sign-in on his phone; Cara and Dee elsewhere; Ana asks from her own console (here, Node).
    await joinByInvite(page, l.t, l.token, ids.ben, 'ben.o');
    await enrolInNode(l, ids.cara, 'cara.l');
    const dee = await enrolInNode(l, ids.dee, 'dee.p');
    const ana = await enrolInNode(l, ids.ana, 'ana.r');
    const people = (
      await ana.client.request<{ id: string; publicKey: string | null }[]>('GET', '/api/dispatch/candidates')
    ).body;
    expect(people.map((p) => p.id).sort()).toEqual([ids.ben, ids.cara, ids.dee].sort());
    const readers = [
      ana.me,
      ...people.flatMap((p) => (p.publicKey ? [{ keyId: keyId(p.publicKey), publicKey: p.publicKey }] : [])),
    ];
    const brief = sealRecord({
      recordId: '0b6f3c1e-5a2d-4e8f-9c7b-2d4e6f8a0b1c',
      plaintext: JSON.stringify({ v: 1, place: PLACE, point: { lat: 41.8781, lng: -87.6298 }, notes: '' }),
      readers,
    });
    const asked = await ana.client.request<ResponseView>('POST', '/api/dispatch', {
      source: null,
      urgency: 'emergency',
      needs: [],
      language: null,
      agreed: ['visit', 'transport'],
      brief,
    });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    const { id, alias } = asked.body;
    const heading = fill(d.response.heading, { alias });

    // Ben's board says he is asked; the response opens from its link.
    await goToView(page, d.nav, d.board.heading);
    const card = page.locator('.field-card');
    await card.waitFor();
    await expect.poll(() => card.innerText()).toContain(d.board.asksYou);
    await expectFits(page);
    await expectAccessible(page, 'phone: the board, asked');
    await page.getByRole('link', { name: fill(d.board.responseLink, { alias }) }).click();
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await page.getByRole('heading', { level: 2, name: d.response.askedHeading }).waitFor();
    await expect.poll(() => page.locator('main').innerText()).toContain(d.response.briefNotYet);
    expect(await page.locator('main').innerText()).not.toContain(PLACE);
    await expectFits(page);
    await expectAccessible(page, 'phone: asked to go');

    // Accept without minutes: named at the field. Then with 12 minutes.
    await page.getByRole('button', { name: d.response.accept, exact: true }).click();
    await page.locator('#eta-error').waitFor();
    await expect.poll(() => page.locator('#eta-error').innerText()).toContain(d.response.errors.eta);
    await expectAccessible(page, 'phone: accept without minutes');
    await page.getByLabel(d.response.eta.label).fill('12');
    await page.getByRole('button', { name: d.response.accept, exact: true }).click();
    await page.getByRole('status').filter({ hasText: d.response.accepted }).waitFor();
    // The brief, opened here with Ben's key now that he said yes.
    await expect.poll(() => page.locator('.brief-place').innerText()).toBe(PLACE);
    const mine = page.locator('#my-status');
    await expect
      .poll(() => mine.innerText())
      .toBe(
        fill(d.response.yourStatus, {
          status: fill(d.board.withEta, { status: d.memberStatus.accepted, eta: fill(d.minutes.other, { count: 12 }) }),
        }),
      );
    await expectFits(page);
    await expectAccessible(page, 'phone: accepted, brief open');

    // Cara says yes by the pager, from her own phone through the simulator: the team is out, live.
    l.sim.phone(CARA).text(`${alias} YES 9`);
    await l.sim.runUntilIdle();
    expect(l.sim.errors).toEqual([]);
    expect((await dee.client.request('POST', `/api/dispatch/${id}/answer`, { accept: true })).status).toBe(200);
    await expect.poll(() => page.locator('.field-state').getAttribute('data-state')).toBe('formed');

    // On my way, with the minutes kept.
    await page.getByRole('button', { name: d.response.onMyWay, exact: true }).click();
    await expect
      .poll(() => mine.innerText())
      .toBe(
        fill(d.response.yourStatus, {
          status: fill(d.board.withEta, {
            status: d.memberStatus.on_the_way,
            eta: fill(d.minutes.other, { count: 12 }),
          }),
        }),
      );
    await page.getByRole('status').filter({ hasText: d.response.statusSaved }).waitFor();
    const view = (
      await ana.client.request<
        ResponseView & { members: { responderId: string; status: string; etaMinutes: number | null }[] }
      >('GET', `/api/dispatch/${id}`)
    ).body;
    expect(view.members.find((m) => m.responderId === ids.ben)).toMatchObject({ status: 'on_the_way', etaMinutes: 12 });
    await expectAccessible(page, 'phone: on the way');

    // Check in.
    await page.getByRole('button', { name: d.response.checkIn, exact: true }).click();
    await page.getByRole('status').filter({ hasText: d.response.checkedIn }).waitFor();
    await expect
      .poll(
        async () =>
          (await ana.client.request<{ lastCheckInAt: number | null }>('GET', `/api/dispatch/${id}`)).body.lastCheckInAt,
      )
      .not.toBeNull();

    // The police-presence guidance: one tap away, the program's words in full.
    const police = page.getByRole('button', { name: d.response.policeButton });
    expect(await police.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#police-guidance').isVisible()).toBe(false);
    await police.click();
    await expect.poll(() => police.getAttribute('aria-expanded')).toBe('true');
    await expect
      .poll(() => page.locator('#police-guidance .guidance').innerText())
      .toBe(DISPATCH_DEFAULTS.policeGuidance.en);
    await expectFits(page);
    await expectAccessible(page, 'phone: police guidance shown');

    // Need backup asks first, in the page; cancelling sends nothing.
    await page.getByRole('button', { name: d.response.backup, exact: true }).click();
    await page.getByRole('heading', { level: 3, name: d.response.backupHeading }).waitFor();
    await expect.poll(() => focused(page)).toBe('confirm-backup-heading');
    await expectAccessible(page, 'phone: asked to confirm backup');
    await page.getByRole('button', { name: t.coordinate.common.cancel }).click();
    await expect.poll(() => focused(page)).toBe('backup');
    expect(await page.getByRole('heading', { level: 3, name: d.response.backupHeading }).count()).toBe(0);
    // Confirmed, it is asked for: the page says so and the keyboard stays on the button.
    await page.getByRole('button', { name: d.response.backup, exact: true }).click();
    await page.getByRole('button', { name: d.response.backupConfirm }).click();
    await page.getByRole('status').filter({ hasText: d.response.backupSent }).waitFor();
    await expect.poll(() => focused(page)).toBe('backup');
    await l.sim.runUntilIdle();

    // Emergency services are refused without ticking the person's consent.
    await page.getByLabel(d.response.reason).selectOption('medical');
    await page.getByRole('button', { name: d.response.record }).first().click();
    await page.locator('#emergency-consent-error').waitFor();
    await expect
      .poll(() => page.locator('#emergency-consent-error').innerText())
      .toContain(d.response.errors.consentMissing);
    await expectAccessible(page, 'phone: emergency services without consent');
    await page.getByLabel(d.response.consent.label).check();
    await page.getByRole('button', { name: d.response.record }).first().click();
    await page.getByRole('status').filter({ hasText: d.response.recorded }).waitFor();
    expect(await page.locator('#emergency-consent').isChecked()).toBe(false);

    // Spanish, in place: the key stays, the brief stays open.
    await page.getByRole('link', { name: 'Español' }).click();
    const x = es.console.dispatch;
    await page.getByRole('heading', { level: 1, name: fill(x.response.heading, { alias }) }).waitFor();
    await page.getByRole('button', { name: x.response.checkIn, exact: true }).waitFor();
    await expect.poll(() => page.locator('.brief-place').innerText()).toBe(PLACE);
    expect(await page.locator('#my-status').innerText()).toBe(
      fill(x.response.yourStatus, {
        status: fill(x.board.withEta, { status: x.memberStatus.on_the_way, eta: fill(x.minutes.other, { count: 12 }) }),
      }),
    );
    await page.getByRole('button', { name: x.response.policeButton }).click();
    await expect
      .poll(() => page.locator('#police-guidance .guidance').innerText())
      .toBe(DISPATCH_DEFAULTS.policeGuidance.es);
    expect(await page.evaluate<string>('document.documentElement.lang')).toBe('es');
    await expectFits(page);
    await expectAccessible(page, 'phone: a response in Spanish');
    await page.getByRole('link', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();

    // Close with an outcome: refused without one, then closed; the brief is gone.
    await page.getByRole('button', { name: d.response.close, exact: true }).click();
    await page.locator('#outcome-error').waitFor();
    await page.getByLabel(d.response.outcome).selectOption('resolved');
    await page.getByRole('button', { name: d.response.close, exact: true }).click();
    await page.getByRole('status').filter({ hasText: d.response.closedDone }).waitFor();
    await expect.poll(() => page.locator('.field-state').getAttribute('data-state')).toBe('closed');
    expect(await page.locator('.field-state').innerText()).toBe(
      `${d.urgency.emergency}. ${fill(d.board.closed, { outcome: d.outcomes.resolved ?? '' })}`,
    );
    await page.getByText(d.response.briefGone).waitFor();
    expect(await page.locator('main').innerText()).not.toContain(PLACE);
    expect(await page.getByRole('button', { name: d.response.checkIn, exact: true }).count()).toBe(0);
    await expectFits(page);
    await expectAccessible(page, 'phone: closed');

    // Aftercare, with the person's consent: their number for follow-ups (refused until consent is ticked), then a follow-up for Ben.
    const care = d.care;
    await page.getByLabel(care.number.label).fill('202 555 0177');
    await page.getByRole('button', { name: care.saveContact }).click();
    await page.locator('#contact-consent-error').waitFor();
    await expect.poll(() => page.locator('#contact-consent-error').innerText()).toContain(care.errors.consentMissing);
    await expectAccessible(page, 'phone: contact without consent');
    await page.getByLabel(care.contactConsent).check();
    await page.getByRole('button', { name: care.saveContact }).click();
    await page.getByRole('status').filter({ hasText: care.contactSaved }).waitFor();
    expect(await page.getByLabel(care.number.label).inputValue()).toBe('');
    await page.getByLabel(d.followUpKinds.call, { exact: true }).check();
    await page.getByLabel(care.date.label, { exact: true }).fill('2026-11-25');
    await page.getByLabel(care.time.label, { exact: true }).fill('14:00');
    await page.getByLabel(care.assignee).selectOption({ label: 'Ben Okafor' });
    await page.getByRole('button', { name: care.add }).click();
    await page.getByRole('status').filter({ hasText: care.added }).waitFor();
    await expectAccessible(page, 'phone: follow-up added');

    // After: Ben's debrief (held by Dee) and his follow-up, when in the program's time zone; both marked done.
    const a = d.after;
    await page.getByRole('link', { name: d.board.title, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: d.board.heading }).waitFor();
    await page.getByRole('link', { name: d.board.afterLink }).click();
    await page.getByRole('heading', { level: 1, name: a.heading }).waitFor();
    const followUp = fill(a.followUp, { kind: d.followUpKinds.call, alias, time: 'Wed, Nov 25, 14:00' });
    await page.getByText(followUp).waitFor();
    const debrief = fill(a.debriefHeldBy, { alias, name: 'Dee Park' });
    await page.getByText(debrief).waitFor();
    await expectFits(page);
    await expectAccessible(page, 'phone: debriefs and follow-ups');
    // The call goes through the line: Ben's phone rings first; no number is in the page.
    await page.getByRole('button', { name: a.callThem }).click();
    await page.getByRole('status').filter({ hasText: a.calling }).waitFor();
    expect(await page.locator('main').innerText()).not.toContain('555 0177');
    await page.getByRole('button', { name: `${a.followUpDone}: ${followUp}` }).click();
    await page.getByRole('status').filter({ hasText: a.followUpSaved }).waitFor();
    await page.getByLabel(a.words.label).fill('We talked it through; Ben is resting tomorrow.');
    await page.getByRole('button', { name: `${a.markDone}: ${debrief}` }).click();
    await page.getByRole('status').filter({ hasText: a.debriefSaved }).waitFor();
    await expect.poll(() => page.locator('main').innerText()).toContain(a.done);
    await expectAccessible(page, 'phone: debrief done');
  }, 150_000);

  it('asked from a call on Home and from a conversation: the form names each, is read in Spanish too, and the request is linked to it', async () => {
    const l = chrome.stopAfter(await startLine('sqlite', { ownAddress: true, cheapArgon: true }));
    const ids = await team(l);
    await enrolInNode(l, ids.ben, 'ben.o');
    const tab = await chrome.open({ clock: l.clock, viewport: { width: 1280, height: 900 } });
    const { page } = tab;
    const sent: { method: string; url: string; body: string }[] = [];
    page.on('request', (request) =>
      sent.push({ method: request.method(), url: request.url(), body: request.postData() ?? '' }),
    );
    await joinByInvite(page, l.t, l.token, ids.ana, 'ana.r');

    // A call Ana answers offers "Ask for a team" on Home; the form names the call.
    l.sim.placeCall({ from: '+12025550191', to: COMMUNITY_NUMBER });
    while (!l.sim.calls.some((call) => call.to === ANA)) await l.sim.advance(1);
    await l.sim.advance(30);
    const connected = page.locator('.card[data-call-state="connected"]');
    await connected.getByText('Connected with Ana Ruiz').waitFor();
    await connected.getByRole('link', { name: d.ask.title }).click();
    await page.getByRole('heading', { level: 1, name: d.ask.heading }).waitFor();
    expect(page.url()).toMatch(/\/console\/field\/new\?call=/);
    await page.getByText(new RegExp(`^${d.ask.forCall.split(' {time}')[0] ?? ''} `)).waitFor();
    await expectAccessible(page, 'asking for a team, from a call');

    // A person texts; Ana takes the conversation and asks for a team from it.
    l.sim.phone('+12025550190').text('can someone come, I am outside the library');
    await l.sim.runUntilIdle();
    await goToView(page, t.shell.nav.texts, t.texts.heading);
    const card = page.locator('.conversation[data-state="waiting"]');
    await card.waitFor();
    const alias = await card.locator('.card-title a').innerText();
    await page.getByRole('button', { name: `Take it: ${alias}` }).click();
    await page.getByRole('heading', { level: 1, name: `Conversation ${alias}` }).waitFor();
    const conversationId = page.url().split('/').at(-1) ?? '';
    await page.getByRole('link', { name: d.ask.title }).click();
    await page.getByRole('heading', { level: 1, name: d.ask.heading }).waitFor();
    expect(page.url()).toContain(`/console/field/new?conversation=${conversationId}`);
    await page.getByText(fill(d.ask.forConversation, { alias })).waitFor();

    // The form in Spanish, in place.
    const x = es.console.dispatch;
    await page.getByRole('link', { name: 'Español' }).click();
    await page.getByRole('heading', { level: 1, name: x.ask.heading }).waitFor();
    await page.getByText(fill(x.ask.forConversation, { alias })).waitFor();
    expect(await page.locator('#agreed-hint').innerText()).toBe(x.ask.agreedHint);
    await expectAccessible(page, 'asking for a team, in Spanish');
    await page.getByRole('link', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: d.ask.heading }).waitFor();

    // A map point out of range is named at its field; both halves are needed.
    await page.getByLabel(d.agreed.visit).check();
    await page.getByLabel(`${d.urgency.emergency} — ${d.urgencyHint.emergency}`).check();
    await page.getByLabel(d.ask.place.label).fill('Outside the library, by the steps');
    await page.getByLabel(d.ask.latitude).fill('95');
    await page.getByRole('button', { name: d.ask.submit }).click();
    await page.locator('#latitude-error').waitFor();
    await expect.poll(() => page.locator('.error-summary').innerText()).toContain(d.ask.errors.latitude);
    await expect.poll(() => page.locator('.error-summary').innerText()).toContain(d.ask.errors.pointHalf);
    await expectAccessible(page, 'asking for a team, a bad map point');
    await page.getByLabel(d.ask.latitude).fill('41.8781');
    await page.getByLabel(d.ask.longitude).fill('-87.6298');
    await page.getByRole('button', { name: d.ask.submit }).click();
    await page.getByRole('heading', { level: 1, name: d.board.heading }).waitFor();
    await page.locator('.field-card[data-state="forming"]').waitFor();

    const posted = sent.find((r) => r.method === 'POST' && r.url.endsWith('/api/dispatch'));
    const body = JSON.parse(posted?.body ?? '{}') as { source: unknown; urgency: string };
    expect(body.source).toEqual({ kind: 'conversation', id: conversationId });
    expect(body.urgency).toBe('emergency');
    expect(sent.some((r) => r.body.includes('library, by the steps') || r.body.includes('41.8781'))).toBe(false);
  }, 120_000);

  it('the board’s hard states: a missed check-in is a clear alert, and no team shows the program’s guidance in full', async () => {
    // The shortest timers the program allows, so the clock moves less than a session's idle limit.
    const l = chrome.stopAfter(
      await startLine('sqlite', {
        ownAddress: true,
        cheapArgon: true,
        program: { dispatch: { checkInMinutes: 5, formMinutes: 5 } },
      }),
    );
    const ids = await team(l);
    const rita = await l.addResponder({ name: 'Rita Gomez', phone: '+12025550115', tier: 'primary' });
    const ben = await enrolInNode(l, ids.ben, 'ben.o');
    const cara = await enrolInNode(l, ids.cara, 'cara.l');
    const asker = await enrolInNode(l, rita, 'rita.g');
    const tab = await chrome.open({ clock: l.clock, viewport: { width: 1280, height: 900 } });
    const { page } = tab;
    await joinByInvite(page, l.t, l.token, ids.ana, 'ana.r');
    await goToView(page, d.nav, d.board.heading);
    await page.getByText(d.board.openNone).waitFor();

    // R1: Ben and Cara go out. R2: nobody is left to ask.
    const first = await asker.client.request<ResponseView>('POST', '/api/dispatch', {
      source: null,
      urgency: 'crisis',
      needs: [],
      language: null,
      agreed: ['visit'],
      brief: null,
    });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(
      (await ben.client.request('POST', `/api/dispatch/${first.body.id}/answer`, { accept: true, etaMinutes: 10 }))
        .status,
    ).toBe(200);
    expect(
      (await cara.client.request('POST', `/api/dispatch/${first.body.id}/answer`, { accept: true, etaMinutes: 15 }))
        .status,
    ).toBe(200);
    const second = await asker.client.request<ResponseView>('POST', '/api/dispatch', {
      source: null,
      urgency: 'emergency',
      needs: [],
      language: null,
      agreed: ['visit'],
      brief: null,
    });
    expect(second.status, JSON.stringify(second.body)).toBe(201);
    const out = page.locator(`.field-card[data-alias="${first.body.alias}"]`);
    const none = page.locator(`.field-card[data-alias="${second.body.alias}"]`);
    await expect.poll(() => out.getAttribute('data-state')).toBe('formed');
    await none.waitFor();
    expect(await out.locator('[role="alert"]').count()).toBe(0);

    // Past the check-in and the time to form a team: the sweep runs as the server's job would.
    l.clock.advance(6 * 60_000);
    expect(await sweepDispatch(dispatchDepsOf(l.t.kith.ctx))).toMatchObject({ noTeam: 1, missedCheckIns: 1 });
    await l.sim.runUntilIdle();
    const alert = out.locator('.field-alert');
    await alert.waitFor();
    expect(await alert.getAttribute('role')).toBe('alert');
    expect(await alert.innerText()).toMatch(
      new RegExp(`^${d.board.alertPrefix} ${d.board.checkInMissed.split(' (')[0] ?? ''}`),
    );
    await expect.poll(() => none.getAttribute('data-state')).toBe('no_team');
    expect(await none.locator('.field-state').innerText()).toBe(`${d.urgency.emergency}. ${d.board.noTeam}`);
    expect(await none.locator('.guidance').innerText()).toBe(DISPATCH_DEFAULTS.noTeamGuidance.en);
    await expectAccessible(page, 'the board: a missed check-in, and no team');

    // The next check-in clears the alert, live.
    expect((await ben.client.request('POST', `/api/dispatch/${first.body.id}/check-in`, {})).status).toBe(200);
    await expect.poll(() => alert.count()).toBe(0);
    await out.getByText(d.board.checkInDue.split(' {time}')[0] ?? '').waitFor();
  }, 120_000);
});
